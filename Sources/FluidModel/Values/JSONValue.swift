/// A JSON document as a value tree: how every object travels and is stored.
///
/// Objects stay generic so that a field fluidctl does not model is never lost on a
/// read-modify-write. Integers keep their exact value (`int`); any number with a fraction
/// or an exponent is a `double`. Objects keep their members in the order they were added, but
/// compare and hash regardless of it; writers sort keys, as Kubernetes clients print
/// unstructured objects.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)
}

extension JSONValue {
  /// The member `key` of an object, or nil for a missing key or a non-object.
  public subscript(key: String) -> JSONValue? {
    @inlinable get {
      if case .object(let o) = self { return o[key] }
      return nil
    }
    set {
      guard case .object(var o) = self else {
        if let newValue { self = .object([key: newValue]) }
        return
      }
      self = .null  // release the storage so the mutation below does not copy
      o[key] = newValue
      self = .object(o)
    }
  }

  /// The value at a path of object keys; nil when any step is missing.
  public subscript(path path: [String]) -> JSONValue? {
    @inlinable get {
      var cur: JSONValue? = self
      for k in path { cur = cur?[k] }
      return cur
    }
    set {
      guard let first = path.first else {
        if let newValue { self = newValue }
        return
      }
      if path.count == 1 {
        self[first] = newValue
        return
      }
      var child = self[first] ?? .object([:])
      child[path: Array(path.dropFirst())] = newValue
      self[first] = child
    }
  }

  @inlinable public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
  @inlinable public var intValue: Int64? {
    switch self {
    case .int(let i): return i
    case .double(let d) where d == d.rounded() && abs(d) < 9e15: return Int64(d)
    default: return nil
    }
  }
  @inlinable public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }
  @inlinable public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }
  @inlinable public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }
  @inlinable public var objectValue: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }
  /// An object or an array.
  @inlinable public var isContainer: Bool {
    switch self {
    case .object, .array: return true
    default: return false
    }
  }
  @inlinable public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The JSON type name kube-apiserver uses in validation messages.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .int: return "integer"
    case .double: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }

  /// Semantic equality: `1` and `1.0` are equal, as they are in JSON.
  public func semanticallyEquals(_ other: JSONValue) -> Bool {
    switch (self, other) {
    case (.int(let a), .double(let b)), (.double(let b), .int(let a)): return Double(a) == b
    case (.array(let a), .array(let b)):
      return a.count == b.count
        && (a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { x.baseAddress == $0.baseAddress } }
          || zip(a, b).allSatisfy { $0.semanticallyEquals($1) })
    case (.object(let a), .object(let b)):
      return a.count == b.count
        && (a.sharesStorage(with: b) || a.allSatisfy { k, v in b[k].map { v.semanticallyEquals($0) } ?? false })
    default: return self == other
    }
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByFloatLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    var o = JSONObject(minimumCapacity: elements.count)
    for (k, v) in elements { o[k] = v }
    self = .object(o)
  }
}
