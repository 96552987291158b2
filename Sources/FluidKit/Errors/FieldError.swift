/// One field-level validation failure, worded as kube-apiserver words it
/// (`spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or equal to 0`).
public struct FieldError: Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    case required(detail: String?)
    /// `value` is already rendered as Go's `%#v` would render it (strings quoted).
    case invalid(value: String, detail: String)
    case notSupported(value: String, allowed: [String])
    case tooLong(detail: String)
    case forbidden(detail: String)
    case duplicate(value: String)
  }

  public var path: String
  public var kind: Kind

  public init(_ path: String, _ kind: Kind) {
    self.path = path
    self.kind = kind
  }

  public var description: String { "\(path): \(causeMessage)" }

  /// The message without the path, as in a Status cause.
  public var causeMessage: String {
    switch kind {
    case .required(let d): return d.map { "Required value: \($0)" } ?? "Required value"
    case .invalid(let v, let d): return "Invalid value: \(v): \(d)"
    case .notSupported(let v, let allowed):
      return "Unsupported value: \(v): supported values: " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
    case .tooLong(let d): return "Too long: \(d)"
    case .forbidden(let d): return "Forbidden: \(d)"
    case .duplicate(let v): return "Duplicate value: \(v)"
    }
  }

  /// The `FieldValueXxx` reason of a Status cause.
  public var reasonCode: String {
    switch kind {
    case .required: return "FieldValueRequired"
    case .invalid: return "FieldValueInvalid"
    case .notSupported: return "FieldValueNotSupported"
    case .tooLong: return "FieldValueTooLong"
    case .forbidden: return "FieldValueForbidden"
    case .duplicate: return "FieldValueDuplicate"
    }
  }
}
