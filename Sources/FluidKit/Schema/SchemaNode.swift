public import FluidModel
import Foundation

/// One node of a structural schema, read once from its JSON form: what pruning, defaulting and
/// validation ask of a node, as fields instead of dictionary lookups on every visit.
final class SchemaNode: @unchecked Sendable {
  let type: String?
  let intOrString: Bool
  let nullable: Bool
  let preservesUnknown: Bool
  let embeddedResource: Bool
  /// `properties`, when it is an object, in key order.
  let properties: KeyedList<SchemaNode>?
  /// `additionalProperties`, when it is a schema.
  let additional: SchemaNode?
  /// `additionalProperties` is present (a schema or a boolean).
  let hasAdditional: Bool
  /// `additionalProperties: true`.
  let additionalAllowed: Bool
  /// `items`, when it is a schema.
  let items: SchemaNode?
  let hasItems: Bool
  let required: [String]
  let enumValues: [JSONValue]?
  let minLength: Int64?
  let maxLength: Int64?
  let pattern: String?
  let regex: NSRegularExpression?
  let dateTime: Bool
  /// The range an integer's values must fit (its `format`: int32, else int64), with the
  /// bounds as kube-apiserver prints them.
  let integerRange: (range: ClosedRange<Double>, lower: String, upper: String)?
  /// An int-or-string holding a Kubernetes quantity (its pattern is the quantity grammar).
  let isQuantity: Bool
  /// Bounds with the text kube-apiserver prints for them.
  let minimum: (value: Double, text: String, exclusive: Bool)?
  let maximum: (value: Double, text: String, exclusive: Bool)?
  let minItems: Int64?
  let maxItems: Int64?
  let listType: String?
  let listMapKeys: [String]
  let anyOf: [SchemaNode]?
  let defaultValue: JSONValue?
  /// Some node under this one (a property, `additionalProperties` or `items`, at any depth) has
  /// a default.
  let defaultsBelow: Bool
  /// The properties defaulting can change: those with a default or with defaults below.
  let defaulting: [(key: String, node: SchemaNode)]

  init(_ s: JSONValue) {
    type = s["type"]?.stringValue
    intOrString = s["x-kubernetes-int-or-string"]?.boolValue == true
    nullable = s["nullable"]?.boolValue == true
    preservesUnknown = s["x-kubernetes-preserve-unknown-fields"]?.boolValue == true
    embeddedResource = s["x-kubernetes-embedded-resource"]?.boolValue == true
    properties = s["properties"]?.objectValue.map { props in
      var list = KeyedList<SchemaNode>()
      for (key, sub) in props.sorted(by: { $0.key < $1.key }) { list[key] = SchemaNode(sub) }
      return list
    }
    hasAdditional = s["additionalProperties"] != nil
    additionalAllowed = s["additionalProperties"]?.boolValue == true
    if let add = s["additionalProperties"], case .object = add { additional = SchemaNode(add) } else { additional = nil }
    hasItems = s["items"] != nil
    if let i = s["items"], case .object = i { items = SchemaNode(i) } else { items = nil }
    required = (s["required"]?.arrayValue ?? []).compactMap(\.stringValue)
    enumValues = s["enum"]?.arrayValue
    minLength = s["minLength"]?.intValue
    maxLength = s["maxLength"]?.intValue
    pattern = s["pattern"]?.stringValue
    regex = pattern.flatMap { try? NSRegularExpression(pattern: $0) }
    dateTime = s["format"]?.stringValue == "date-time"
    if s["format"]?.stringValue == "int32" {
      integerRange = (Double(Int32.min)...Double(Int32.max), String(Int32.min), String(Int32.max))
    } else if s["format"]?.stringValue == "int64" || s["type"]?.stringValue == "integer" {
      integerRange = (Quantity.int64Range, String(Int64.min), String(Int64.max))
    } else {
      integerRange = nil
    }
    isQuantity = intOrString && (pattern?.contains("[KMGTPE]i") ?? false)
    minimum = Self.bound(s, "minimum", "exclusiveMinimum")
    maximum = Self.bound(s, "maximum", "exclusiveMaximum")
    minItems = s["minItems"]?.intValue
    maxItems = s["maxItems"]?.intValue
    listType = s["x-kubernetes-list-type"]?.stringValue
    listMapKeys = (s["x-kubernetes-list-map-keys"]?.arrayValue ?? []).compactMap(\.stringValue)
    anyOf = s["anyOf"]?.arrayValue?.map(SchemaNode.init)
    defaultValue = s["default"]
    defaulting = properties.map { props in props.filter { $0.value.defaultValue != nil || $0.value.defaultsBelow }.map { ($0.key, $0.value) } } ?? []
    defaultsBelow = !defaulting.isEmpty || additional.map { $0.defaultValue != nil || $0.defaultsBelow } == true
      || items.map { $0.defaultValue != nil || $0.defaultsBelow } == true
  }

  static func bound(_ s: JSONValue, _ key: String, _ exclusiveKey: String) -> (value: Double, text: String, exclusive: Bool)? {
    guard let v = s[key], let d = v.doubleValue else { return nil }
    return (d, SchemaValidator.plain(v), s[exclusiveKey]?.boolValue == true)
  }

  /// Whether `s` matches the node's pattern (a pattern this engine cannot compile is not
  /// enforced).
  func matchesPattern(_ s: String) -> Bool {
    guard let regex else { return true }
    return regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
  }
}

/// Which parts of a value equal the version it replaces, and so need no processing again.
enum UnchangedParts {
  /// The whole value equals the previous one.
  case all
  /// Some fields of an object (with declared properties) equal the previous ones.
  indirect case fields(KeyedList<UnchangedParts>)
  case none

  /// Compares `value` with `previous` down through objects whose schema declares properties.
  init(_ value: JSONValue, previous: JSONValue?, node: SchemaNode) {
    guard let previous else {
      self = .none
      return
    }
    guard case .object(let o) = value, case .object(let p) = previous, let props = node.properties else {
      self = value == previous ? .all : .none
      return
    }
    // An object copied from the previous version shares its storage: equal at once.
    if o.sharesStorage(with: p) {
      self = .all
      return
    }
    var fields = KeyedList<UnchangedParts>(minimumCapacity: o.count)
    var all = o.count == p.count
    for (key, v) in o {
      guard let sub = props[key] else {
        all = false
        continue
      }
      let part = UnchangedParts(v, previous: p[key], node: sub)
      if case .all = part { fields[key] = .all } else {
        all = false
        if case .fields = part { fields[key] = part }
      }
    }
    if all {
      self = .all
    } else {
      self = fields.isEmpty ? .none : .fields(fields)
    }
  }

  func child(_ key: String) -> UnchangedParts {
    if case .fields(let f) = self { return f[key] ?? .none }
    return .none
  }

  var isAll: Bool {
    if case .all = self { return true }
    return false
  }
}
