import ArgumentParser
import Foundation

/// Whole numbers given on the command line, range-checked where they enter: a count field of a
/// Kubernetes object is an int32, so `--replicas -1` and `--replicas 99999999999` are refused
/// with the range rather than stored or wrapped.
enum WholeNumber {
  /// The largest value of an int32 field (kube-apiserver refuses more).
  static let int32Max = Int(Int32.max)

  /// `text` as a whole number within `range`, or a usage error naming `what` and the range.
  static func parse(_ text: String, _ what: String, in range: ClosedRange<Int>) throws -> Int {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }) else {
      throw ValidationError("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
    }
    guard let value = Int(trimmed), range.contains(value) else {
      throw ValidationError("\(what) must be from \(range.lowerBound) to \(range.upperBound), not \(trimmed)")
    }
    return value
  }

  /// A number of cache workers (`--replicas`): 0 to the int32 maximum. ArgumentParser names the
  /// option and the value in front of the message.
  static func replicas(_ text: String) throws -> Int {
    guard let value = try? parse(text, "--replicas", in: 0...int32Max) else {
      throw ValidationError("expected a whole number from 0 to \(int32Max)")
    }
    return value
  }
}
