/// A Kubernetes resource quantity (`100Gi`, `1.5T`, `500m`, `1e3`), as its canonical text
/// and its value.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
  public let text: String
  /// The value in base units (bytes for storage); fractional for milli-units.
  public let value: Double

  static let binary: [String: Double] = [
    "Ki": 1024, "Mi": 1_048_576, "Gi": 1_073_741_824, "Ti": 1_099_511_627_776, "Pi": 1_125_899_906_842_624,
    "Ei": 1_152_921_504_606_846_976,
  ]
  static let decimal: [String: Double] = [
    "n": 1e-9, "u": 1e-6, "m": 1e-3, "": 1, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18,
  ]

  /// The message kube-apiserver gives for a malformed quantity.
  public static let formatMessage =
    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"

  /// The values an int64 holds, as doubles: 2^63 itself is out (Double(Int64.max) rounds up to
  /// it, so the upper bound is the largest double below).
  public static let int64Range: ClosedRange<Double> = -9_223_372_036_854_775_808.0...9_223_372_036_854_775_807.0.nextDown

  /// Whether the value fits the int64 range of its canonical form in base units, as
  /// kube-apiserver requires of the quantities it keeps.
  public var isInInt64Range: Bool { value.isFinite && Self.int64Range.contains(value) }

  /// Parses `text`; nil when it is not a quantity.
  public init?(_ text: String) {
    var s = Substring(text)
    var sign = 1.0
    if s.first == "+" || s.first == "-" {
      if s.first == "-" { sign = -1 }
      s = s.dropFirst()
    }
    let number = s.prefix(while: { $0.isASCII && ($0.isNumber || $0 == ".") })
    guard !number.isEmpty, number.filter({ $0 == "." }).count <= 1, number != ".", let n = Double(number) else {
      return nil
    }
    let suffix = String(s.dropFirst(number.count))
    let multiplier: Double
    if let b = Self.binary[suffix] {
      multiplier = b
    } else if let d = Self.decimal[suffix] {
      multiplier = d
    } else if let f = suffix.first, f == "e" || f == "E", let exp = Int(suffix.dropFirst()) {
      multiplier = pow10(exp)
    } else {
      return nil
    }
    self.text = text
    self.value = sign * n * multiplier
  }

  public var description: String { text }
}

private func pow10(_ e: Int) -> Double {
  // Past 10^±400 a Double is infinite or zero: no need to loop there (an exponent of 10^12
  // would otherwise hang).
  if e > 400 { return .infinity }
  if e < -400 { return 0 }
  var r = 1.0
  for _ in 0..<abs(e) { r *= 10 }
  return e < 0 ? 1 / r : r
}
