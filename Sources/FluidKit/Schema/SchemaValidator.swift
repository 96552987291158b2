public import FluidModel
import Foundation

/// Applies a CRD's structural schema to an object the way kube-apiserver does on every write:
/// prune unknown fields (and nulls in non-nullable fields), apply defaults, then validate.
///
/// Errors are worded as kube-apiserver words them and listed in document order of the schema.
/// `metadata` is handled by `ObjectMetaValidation`, not by the schema.
public struct SchemaValidator: Sendable {
  public struct Outcome: Sendable {
    /// The pruned and defaulted object.
    public var object: JSONValue
    public var errors: [FieldError]
    /// Paths of fields the schema does not know (pruned), for strict or warn field validation.
    public var unknownFields: [String]
  }

  public let schema: JSONValue
  public init(schema: JSONValue) { self.schema = schema }

  /// Prunes, defaults and validates `object`. Top-level fields equal to those of `previous` (an
  /// object this schema already processed, such as the stored version an update replaces) are
  /// kept as they are: processing them again would give them back unchanged and valid.
  public func process(_ object: JSONValue, previous: JSONValue? = nil) -> Outcome {
    var unknown: [String] = []
    var obj = object
    guard case .object(var root) = obj else {
      return Outcome(object: object, errors: [FieldError("<root>", .invalid(value: "\"\(object.typeName)\"", detail: "must be an object"))], unknownFields: [])
    }
    let meta = root["metadata"]
    root["metadata"] = nil
    let props = schema["properties"]?.objectValue ?? [:]
    var kept: Set<String> = ["metadata", "apiVersion", "kind"]
    if let previous {
      for (key, value) in root where props[key] != nil && previous[key] == value { kept.insert(key) }
    }
    for key in root.keys.sorted() where !kept.contains(key) {
      guard let sub = props[key] else {
        unknown.append(key)
        root[key] = nil
        continue
      }
      if let v = root[key], let pruned = Self.prune(v, sub, path: key, unknown: &unknown) {
        root[key] = pruned
      } else {
        root[key] = nil
      }
    }
    obj = .object(root)
    Self.applyDefaults(&obj, schema, skip: kept)
    var errors: [FieldError] = []
    if case .object(let o) = obj {
      for key in (schema["required"]?.arrayValue ?? []).compactMap(\.stringValue)
      where key != "metadata" && o[key] == nil {
        errors.append(FieldError(key, .required(detail: nil)))
      }
      for key in o.keys.sorted() where !kept.contains(key) {
        if let sub = props[key], let v = o[key] { Self.validate(v, sub, path: key, errors: &errors) }
      }
    }
    if let meta { obj["metadata"] = meta }
    return Outcome(object: obj, errors: errors, unknownFields: unknown)
  }

  // MARK: pruning

  static func preservesUnknown(_ s: JSONValue) -> Bool { s["x-kubernetes-preserve-unknown-fields"]?.boolValue == true }

  /// Returns nil when the value itself is dropped (a null in a non-nullable field).
  static func prune(_ v: JSONValue, _ s: JSONValue, path: String, unknown: inout [String]) -> JSONValue? {
    if v.isNull { return s["nullable"]?.boolValue == true ? v : nil }
    if s["x-kubernetes-embedded-resource"]?.boolValue == true || preservesUnknown(s),
      s["properties"] == nil, s["additionalProperties"] == nil, s["items"] == nil
    {
      return v
    }
    switch v {
    case .object(var o):
      if let props = s["properties"]?.objectValue {
        for key in o.keys.sorted() {
          if let sub = props[key] {
            o[key] = o[key].flatMap { prune($0, sub, path: path + "." + key, unknown: &unknown) }
          } else if s["x-kubernetes-embedded-resource"]?.boolValue == true, ["apiVersion", "kind", "metadata"].contains(key) {
            continue
          } else if !preservesUnknown(s) {
            unknown.append(path + "." + key)
            o[key] = nil
          }
        }
        return .object(o)
      }
      if let add = s["additionalProperties"], case .object = add {
        for key in o.keys.sorted() {
          o[key] = o[key].flatMap { prune($0, add, path: path + "[" + key + "]", unknown: &unknown) }
        }
        return .object(o)
      }
      if s["type"]?.stringValue == "object", s["additionalProperties"]?.boolValue != true, !preservesUnknown(s) {
        for key in o.keys.sorted() { unknown.append(path + "." + key) }
        return .object([:])
      }
      return v
    case .array(let a):
      guard let items = s["items"], case .object = items else { return v }
      return .array(a.enumerated().compactMap { i, e in prune(e, items, path: "\(path)[\(i)]", unknown: &unknown) ?? .null })
    default:
      return v
    }
  }

  // MARK: defaulting

  static func applyDefaults(_ v: inout JSONValue, _ s: JSONValue, skip: Set<String> = []) {
    switch v {
    case .object(var o):
      v = .null
      if let props = s["properties"]?.objectValue {
        for (key, sub) in props where !skip.contains(key) {
          if o[key] == nil, let d = sub["default"] { o[key] = d }
          if var child = o[key] {
            applyDefaults(&child, sub)
            o[key] = child
          }
        }
      } else if let add = s["additionalProperties"], case .object = add {
        for key in Array(o.keys) {
          if var child = o[key] {
            applyDefaults(&child, add)
            o[key] = child
          }
        }
      }
      v = .object(o)
    case .array(var a):
      guard let items = s["items"], case .object = items else { return }
      v = .null
      for i in a.indices { applyDefaults(&a[i], items) }
      v = .array(a)
    default:
      return
    }
  }

  // MARK: validation

  static func validate(_ v: JSONValue, _ s: JSONValue, path: String, errors: inout [FieldError]) {
    let intOrString = s["x-kubernetes-int-or-string"]?.boolValue == true
    if let type = s["type"]?.stringValue, !intOrString, !typeMatches(v, type) {
      errors.append(
        FieldError(path, .invalid(value: "\"\(v.typeName)\"", detail: "\(path) in body must be of type \(type): \"\(v.typeName)\"")))
      return
    }
    if intOrString, !(v.intValue != nil || v.stringValue != nil) {
      errors.append(
        FieldError(path, .invalid(value: "\"\(v.typeName)\"", detail: "\(path) in body must be of type integer,string: \"\(v.typeName)\"")))
      return
    }
    if let allowed = s["enum"]?.arrayValue, !allowed.contains(where: { $0.semanticallyEquals(v) }) {
      errors.append(FieldError(path, .notSupported(value: goValue(v), allowed: allowed.map(plain))))
    }
    switch v {
    case .string(let str):
      if let min = s["minLength"]?.intValue, str.count < min {
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should be at least \(min) chars long")))
      }
      if let max = s["maxLength"]?.intValue, str.count > max {
        errors.append(FieldError(path, .tooLong(detail: "may not be more than \(max) bytes")))
      }
      if let pattern = s["pattern"]?.stringValue, !PatternCache.shared.matches(pattern, str) {
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should match '\(pattern)'")))
      }
      if s["format"]?.stringValue == "date-time", !Timestamps.isRFC3339(str) {
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body must be of type date-time: \(goValue(v))")))
      }
    case .int, .double:
      guard let d = v.doubleValue else { break }
      if let min = s["minimum"]?.doubleValue {
        let exclusive = s["exclusiveMinimum"]?.boolValue == true
        if exclusive ? d <= min : d < min {
          let words = exclusive ? "greater than" : "greater than or equal to"
          errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should be \(words) \(plain(s["minimum"] ?? .null))")))
        }
      }
      if let max = s["maximum"]?.doubleValue {
        let exclusive = s["exclusiveMaximum"]?.boolValue == true
        if exclusive ? d >= max : d > max {
          let words = exclusive ? "less than" : "less than or equal to"
          errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should be \(words) \(plain(s["maximum"] ?? .null))")))
        }
      }
    case .array(let a):
      if let min = s["minItems"]?.intValue, a.count < min {
        errors.append(FieldError(path, .invalid(value: String(a.count), detail: "\(path) in body should have at least \(min) items")))
      }
      if let max = s["maxItems"]?.intValue, a.count > max {
        errors.append(FieldError(path, .tooLong(detail: "must have at most \(max) items")))
      }
      if let items = s["items"] {
        for (i, e) in a.enumerated() { validate(e, items, path: "\(path)[\(i)]", errors: &errors) }
      }
      validateListType(a, s, path: path, errors: &errors)
    case .object(let o):
      for key in (s["required"]?.arrayValue ?? []).compactMap(\.stringValue) where o[key] == nil {
        errors.append(FieldError(path + "." + key, .required(detail: nil)))
      }
      if let props = s["properties"]?.objectValue {
        for key in o.keys.sorted() {
          if let sub = props[key], let child = o[key] { validate(child, sub, path: path + "." + key, errors: &errors) }
        }
      } else if let add = s["additionalProperties"], case .object = add {
        for key in o.keys.sorted() {
          if let child = o[key] { validate(child, add, path: path + "[" + key + "]", errors: &errors) }
        }
      }
    default:
      break
    }
    if let anyOf = s["anyOf"]?.arrayValue, !intOrString {
      let ok = anyOf.contains { branch in
        var e: [FieldError] = []
        validate(v, branch, path: path, errors: &e)
        return e.isEmpty
      }
      if !ok { errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body must validate at least one schema (anyOf)"))) }
    }
  }

  static func validateListType(_ a: [JSONValue], _ s: JSONValue, path: String, errors: inout [FieldError]) {
    switch s["x-kubernetes-list-type"]?.stringValue {
    case "set":
      var seen: [JSONValue] = []
      for (i, e) in a.enumerated() {
        if seen.contains(where: { $0.semanticallyEquals(e) }) { errors.append(FieldError("\(path)[\(i)]", .duplicate(value: goValue(e)))) }
        seen.append(e)
      }
    case "map":
      let keys = (s["x-kubernetes-list-map-keys"]?.arrayValue ?? []).compactMap(\.stringValue)
      var seen: Set<[JSONValue]> = []
      for (i, e) in a.enumerated() {
        let k = keys.map { e[$0] ?? .null }
        if seen.contains(k) {
          let rendered = "map[string]interface {}{" + zip(keys, k).map { "\"\($0)\":\(goValue($1))" }.joined(separator: ", ") + "}"
          errors.append(FieldError("\(path)[\(i)]", .duplicate(value: rendered)))
        }
        seen.insert(k)
      }
    default:
      break
    }
  }

  static func typeMatches(_ v: JSONValue, _ type: String) -> Bool {
    switch type {
    case "object": return v.objectValue != nil
    case "array": return v.arrayValue != nil
    case "string": return v.stringValue != nil
    case "boolean": return v.boolValue != nil
    case "integer":
      if case .int = v { return true }
      if case .double(let d) = v { return d == d.rounded() }
      return false
    case "number": return v.doubleValue != nil
    default: return true
    }
  }

  /// A value as Go's `%#v` prints it in kube-apiserver's messages.
  public static func goValue(_ v: JSONValue) -> String {
    switch v {
    case .string(let s): return JSONWriter.compact(.string(s))
    case .null: return "null"
    default: return JSONWriter.compact(v)
    }
  }

  static func plain(_ v: JSONValue) -> String {
    if case .string(let s) = v { return s }
    return JSONWriter.compact(v)
  }
}

/// Compiled schema patterns, shared by all validations in a process.
final class PatternCache: @unchecked Sendable {
  static let shared = PatternCache()
  private let lock = NSLock()
  private var compiled: [String: NSRegularExpression] = [:]

  func matches(_ pattern: String, _ s: String) -> Bool {
    lock.lock()
    let re: NSRegularExpression?
    if let c = compiled[pattern] {
      re = c
    } else {
      re = try? NSRegularExpression(pattern: pattern)
      if let re { compiled[pattern] = re }
    }
    lock.unlock()
    guard let re else { return true }  // a pattern this engine cannot compile is not enforced
    return re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
  }
}
