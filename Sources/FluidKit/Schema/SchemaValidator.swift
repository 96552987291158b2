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

  let root: SchemaNode
  public init(schema: JSONValue) { root = SchemaNode(schema) }

  /// The validator of a data.fluid.io kind's schema, compiled once per process.
  public static func forFluidKind(plural: String) -> SchemaValidator? {
    compiled.lock.withLock {
      if let v = compiled.byPlural[plural] { return v }
      guard let schema = FluidCRDs.schema(plural: plural) else { return nil }
      let v = SchemaValidator(schema: schema)
      compiled.byPlural[plural] = v
      return v
    }
  }
  private static let compiled = CompiledValidators()

  /// Prunes, defaults and validates `object`. Parts equal to those of `previous` (an object this
  /// schema already processed, such as the stored version an update replaces) are kept as they
  /// are, at any depth of declared properties: processing them again would give them back
  /// unchanged and valid.
  public func process(_ object: JSONValue, previous: JSONValue? = nil) -> Outcome {
    // Most writes are valid and know every field: a first pass neither builds field paths nor
    // sorts keys. Only when it finds an error or an unknown field does a second pass list them
    // with their paths, in order.
    let quick = run(object, previous: previous, detail: false)
    if quick.errors.isEmpty && quick.unknownFields.isEmpty { return quick }
    return run(object, previous: previous, detail: true)
  }

  /// One pass over `object`. Without `detail`, errors and unknown fields carry no paths and
  /// come in no particular order (only whether there are any counts).
  func run(_ object: JSONValue, previous: JSONValue?, detail: Bool) -> Outcome {
    var unknown: [String] = []
    guard case .object(var fields) = object else {
      return Outcome(object: object, errors: [FieldError("<root>", .invalid(value: "\"\(object.typeName)\"", detail: "must be an object"))], unknownFields: [])
    }
    let meta = fields["metadata"]
    fields["metadata"] = nil
    let props = root.properties ?? [:]
    let unchanged = previous.map { UnchangedParts(.object(fields), previous: $0, node: root) } ?? .none
    func kept(_ key: String) -> Bool { key == "apiVersion" || key == "kind" || unchanged.child(key).isAll }
    for key in Self.keys(of: fields, sorted: detail) where !kept(key) {
      guard let sub = props[key] else {
        unknown.append(key)
        fields[key] = nil
        continue
      }
      fields[key] = fields[key].flatMap { Self.prune($0, sub, path: key, unknown: &unknown, unchanged: unchanged.child(key), detail: detail) }
    }
    for (key, sub) in root.defaulting where !kept(key) {
      if fields[key] == nil, let d = sub.defaultValue { fields[key] = d }
      if var child = fields[key] {
        fields[key] = nil
        Self.applyDefaults(&child, sub, unchanged: unchanged.child(key))
        fields[key] = child
      }
    }
    var errors: [FieldError] = []
    for key in root.required where key != "metadata" && fields[key] == nil {
      errors.append(FieldError(key, .required(detail: nil)))
    }
    for key in Self.keys(of: fields, sorted: detail) where !kept(key) {
      if let sub = props[key], let v = fields[key] { Self.validate(v, sub, path: key, errors: &errors, unchanged: unchanged.child(key), detail: detail) }
    }
    if let meta { fields["metadata"] = meta }
    return Outcome(object: .object(fields), errors: errors, unknownFields: unknown)
  }

  static func keys(of o: JSONObject, sorted: Bool) -> [String] { sorted ? o.keys.sorted() : o.keys }

  /// `path` followed by `.key`, when paths are wanted.
  static func field(_ path: String, _ key: String, _ detail: Bool) -> String { detail ? path + "." + key : "" }

  // MARK: pruning

  /// Returns nil when the value itself is dropped (a null in a non-nullable field).
  static func prune(
    _ v: JSONValue, _ s: SchemaNode, path: String, unknown: inout [String], unchanged: UnchangedParts = .none, detail: Bool = true
  ) -> JSONValue? {
    if v.isNull { return s.nullable ? v : nil }
    if s.embeddedResource || s.preservesUnknown, s.properties == nil, !s.hasAdditional, !s.hasItems {
      return v
    }
    switch v {
    case .object(var o):
      if let props = s.properties {
        for key in keys(of: o, sorted: detail) {
          if let sub = props[key] {
            let same = unchanged.child(key)
            if same.isAll { continue }
            // Pruning keeps a scalar as it is (only a null may go).
            if let child = o[key], !child.isNull, !child.isContainer { continue }
            o[key] = o[key].flatMap { prune($0, sub, path: field(path, key, detail), unknown: &unknown, unchanged: same, detail: detail) }
          } else if s.embeddedResource, ["apiVersion", "kind", "metadata"].contains(key) {
            continue
          } else if !s.preservesUnknown {
            unknown.append(field(path, key, detail))
            o[key] = nil
          }
        }
        return .object(o)
      }
      if let add = s.additional {
        for key in keys(of: o, sorted: detail) {
          o[key] = o[key].flatMap { prune($0, add, path: detail ? path + "[" + key + "]" : "", unknown: &unknown, detail: detail) }
        }
        return .object(o)
      }
      if s.type == "object", !s.additionalAllowed, !s.preservesUnknown {
        for key in keys(of: o, sorted: detail) { unknown.append(field(path, key, detail)) }
        return .object([:])
      }
      return v
    case .array(let a):
      guard let items = s.items else { return v }
      return .array(a.enumerated().compactMap { i, e in prune(e, items, path: detail ? "\(path)[\(i)]" : "", unknown: &unknown, detail: detail) ?? .null })
    default:
      return v
    }
  }

  // MARK: defaulting

  static func applyDefaults(_ v: inout JSONValue, _ s: SchemaNode, unchanged: UnchangedParts = .none) {
    switch v {
    case .object(var o):
      v = .null
      if s.properties != nil {
        for (key, sub) in s.defaulting {
          let same = unchanged.child(key)
          if same.isAll { continue }
          if o[key] == nil, let d = sub.defaultValue { o[key] = d }
          if var child = o[key] {
            o[key] = nil
            applyDefaults(&child, sub, unchanged: same)
            o[key] = child
          }
        }
      } else if let add = s.additional, add.defaultsBelow {
        for key in o.keys {
          if var child = o[key] {
            o[key] = nil
            applyDefaults(&child, add)
            o[key] = child
          }
        }
      }
      v = .object(o)
    case .array(var a):
      guard let items = s.items, items.defaultsBelow else { return }
      v = .null
      for i in a.indices { applyDefaults(&a[i], items) }
      v = .array(a)
    default:
      return
    }
  }

  // MARK: validation

  static func validate(
    _ v: JSONValue, _ s: SchemaNode, path: String, errors: inout [FieldError], unchanged: UnchangedParts = .none, detail: Bool = true
  ) {
    // `nullable: true` admits null whatever the type, as kube-apiserver's validation does.
    if v.isNull, s.nullable { return }
    if let type = s.type, !s.intOrString, !typeMatches(v, type) {
      errors.append(
        FieldError(path, .invalid(value: "\"\(v.typeName)\"", detail: "\(path) in body must be of type \(type): \"\(v.typeName)\"")))
      return
    }
    if s.intOrString, !(v.intValue != nil || v.stringValue != nil) {
      errors.append(
        FieldError(path, .invalid(value: "\"\(v.typeName)\"", detail: "\(path) in body must be of type integer,string: \"\(v.typeName)\"")))
      return
    }
    if let allowed = s.enumValues, !allowed.contains(where: { $0.semanticallyEquals(v) }) {
      errors.append(FieldError(path, .notSupported(value: goValue(v), allowed: allowed.map(plain))))
    }
    switch v {
    case .string(let str):
      if let min = s.minLength, str.count < min {
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should be at least \(min) chars long")))
      }
      if let max = s.maxLength, str.count > max {
        errors.append(FieldError(path, .tooLong(detail: "may not be more than \(max) bytes")))
      }
      let matches = s.matchesPattern(str)
      if let pattern = s.pattern, !matches {
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should match '\(pattern)'")))
      }
      if s.isQuantity, matches { quantityErrors(str, path: path, errors: &errors) }
      if s.dateTime, !Timestamps.isRFC3339(str) {
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body must be of type date-time: \(goValue(v))")))
      }
    case .int, .double:
      guard let d = v.doubleValue else { break }
      if s.isQuantity { quantityErrors(JSONWriter.compact(v), path: path, errors: &errors) }
      if let bounds = s.integerRange, !bounds.range.contains(d) {
        let words = d < 0 ? "greater than or equal to \(bounds.lower)" : "less than or equal to \(bounds.upper)"
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should be \(words)")))
      }
      if let min = s.minimum, min.exclusive ? d <= min.value : d < min.value {
        let words = min.exclusive ? "greater than" : "greater than or equal to"
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should be \(words) \(min.text)")))
      }
      if let max = s.maximum, max.exclusive ? d >= max.value : d > max.value {
        let words = max.exclusive ? "less than" : "less than or equal to"
        errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body should be \(words) \(max.text)")))
      }
    case .array(let a):
      if let min = s.minItems, a.count < min {
        errors.append(FieldError(path, .invalid(value: String(a.count), detail: "\(path) in body should have at least \(min) items")))
      }
      if let max = s.maxItems, a.count > max {
        errors.append(FieldError(path, .tooLong(detail: "must have at most \(max) items")))
      }
      if let items = s.items {
        for (i, e) in a.enumerated() { validate(e, items, path: detail ? "\(path)[\(i)]" : "", errors: &errors, detail: detail) }
      }
      validateListType(a, s, path: path, errors: &errors)
    case .object(let o):
      for key in s.required where o[key] == nil {
        errors.append(FieldError(path + "." + key, .required(detail: nil)))
      }
      if let props = s.properties {
        if detail {
          for key in o.keys.sorted() {
            let same = unchanged.child(key)
            if same.isAll { continue }
            if let sub = props[key], let child = o[key] { validate(child, sub, path: path + "." + key, errors: &errors, unchanged: same) }
          }
        } else {
          for (key, child) in o {
            let same = unchanged.child(key)
            if same.isAll { continue }
            if let sub = props[key] { validate(child, sub, path: "", errors: &errors, unchanged: same, detail: false) }
          }
        }
      } else if let add = s.additional {
        for (key, child) in detail ? o.sortedByKey : Array(o) {
          validate(child, add, path: detail ? path + "[" + key + "]" : "", errors: &errors, detail: detail)
        }
      }
    default:
      break
    }
    if let anyOf = s.anyOf, !s.intOrString {
      let ok = anyOf.contains { branch in
        var e: [FieldError] = []
        validate(v, branch, path: path, errors: &e)
        return e.isEmpty
      }
      if !ok { errors.append(FieldError(path, .invalid(value: goValue(v), detail: "\(path) in body must validate at least one schema (anyOf)"))) }
    }
  }

  /// A quantity must fit int64 in base units (kube-apiserver keeps no more) and, in Fluid's
  /// kinds, where every quantity is a size or a resource, must not be negative.
  static func quantityErrors(_ text: String, path: String, errors: inout [FieldError]) {
    guard let q = Quantity(text) else { return }
    let value = SchemaValidator.goValue(.string(text))
    if !q.isInInt64Range {
      errors.append(FieldError(path, .invalid(value: value, detail: "must be less than 8Ei (9223372036854775808, past the int64 range)")))
    } else if q.value < 0 {
      errors.append(FieldError(path, .invalid(value: value, detail: "must be greater than or equal to 0")))
    }
  }

  static func validateListType(_ a: [JSONValue], _ s: SchemaNode, path: String, errors: inout [FieldError]) {
    switch s.listType {
    case "set":
      var seen: [JSONValue] = []
      for (i, e) in a.enumerated() {
        if seen.contains(where: { $0.semanticallyEquals(e) }) { errors.append(FieldError("\(path)[\(i)]", .duplicate(value: goValue(e)))) }
        seen.append(e)
      }
    case "map":
      let keys = s.listMapKeys
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

/// The compiled validators of Fluid's kinds, shared by every write in a process.
private final class CompiledValidators: @unchecked Sendable {
  let lock = NSLock()
  var byPlural: [String: SchemaValidator] = [:]
}
