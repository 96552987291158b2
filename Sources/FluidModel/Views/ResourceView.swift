/// A typed view over an object's JSON tree: typed getters and setters for the fields fluidctl
/// uses, while every other field stays in `json` untouched (read-modify-write loses nothing).
public protocol JSONView: Sendable, Equatable {
  var json: JSONValue { get set }
  init(json: JSONValue)
}

/// A typed view of a whole API object of one kind.
public protocol ResourceView: JSONView {
  static var descriptor: ResourceDescriptor { get }
}

extension JSONView {
  // Fixed numbers of steps rather than a variadic path: views read fields on every reconcile,
  // and a variadic call allocates its array each time.
  func at(_ a: String) -> JSONValue? { json[a] }
  func at(_ a: String, _ b: String) -> JSONValue? { json[a]?[b] }
  func at(_ a: String, _ b: String, _ c: String) -> JSONValue? { json[a]?[b]?[c] }
  func at(_ a: String, _ b: String, _ c: String, _ d: String) -> JSONValue? { json[a]?[b]?[c]?[d] }
  mutating func set(_ path: [String], _ value: JSONValue?) { json[path: path] = value }

  func string(_ a: String) -> String? { json[a]?.stringValue }
  func string(_ a: String, _ b: String) -> String? { json[a]?[b]?.stringValue }
  func string(_ a: String, _ b: String, _ c: String) -> String? { json[a]?[b]?[c]?.stringValue }
  func string(_ a: String, _ b: String, _ c: String, _ d: String) -> String? { json[a]?[b]?[c]?[d]?.stringValue }
  func int(_ a: String) -> Int64? { json[a]?.intValue }
  func int(_ a: String, _ b: String) -> Int64? { json[a]?[b]?.intValue }
  func int(_ a: String, _ b: String, _ c: String) -> Int64? { json[a]?[b]?[c]?.intValue }
  func bool(_ a: String) -> Bool? { json[a]?.boolValue }
  func bool(_ a: String, _ b: String) -> Bool? { json[a]?[b]?.boolValue }
  func bool(_ a: String, _ b: String, _ c: String) -> Bool? { json[a]?[b]?[c]?.boolValue }
  func stringMap(_ path: String...) -> [String: String] {
    json[path: path]?.objectValue?.compactMapValues(\.stringValue) ?? [:]
  }
  func views<V: JSONView>(_ path: String...) -> [V] { (json[path: path]?.arrayValue ?? []).map { V(json: $0) } }

  static func encode(_ s: String?) -> JSONValue? { s.map { .string($0) } }
  static func encode(_ i: Int64?) -> JSONValue? { i.map { .int($0) } }
  static func encode(_ b: Bool?) -> JSONValue? { b.map { .bool($0) } }
  static func encode(_ m: [String: String]) -> JSONValue? { m.isEmpty ? nil : .object(JSONObject(m.mapValues { .string($0) })) }
  static func encode<V: JSONView>(_ a: [V]) -> JSONValue? { a.isEmpty ? nil : .array(a.map(\.json)) }
}

extension ResourceView {
  public init(name: String, namespace: String? = nil) {
    var j: JSONValue = ["apiVersion": .string(Self.descriptor.apiVersion), "kind": .string(Self.descriptor.kind)]
    j[path: ["metadata", "name"]] = .string(name)
    if let namespace, Self.descriptor.namespaced { j[path: ["metadata", "namespace"]] = .string(namespace) }
    self.init(json: j)
  }

  /// The view of `json` when it is an object of this kind, else nil.
  public init?(checking json: JSONValue) {
    guard json["kind"]?.stringValue == Self.descriptor.kind, json["apiVersion"]?.stringValue == Self.descriptor.apiVersion
    else { return nil }
    self.init(json: json)
  }

  public var metadata: ObjectMeta {
    get { ObjectMeta(json: json["metadata"] ?? .object([:])) }
    set { json["metadata"] = newValue.json }
  }
  public var name: String { metadata.name }
  public var namespace: String? { metadata.namespace }
}

/// `metadata` of any object.
public struct ObjectMeta: JSONView {
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }

  public var name: String {
    get { string("name") ?? "" }
    set { set(["name"], .string(newValue)) }
  }
  public var generateName: String? {
    get { string("generateName") }
    set { set(["generateName"], Self.encode(newValue)) }
  }
  public var namespace: String? {
    get { string("namespace") }
    set { set(["namespace"], Self.encode(newValue)) }
  }
  public var uid: String? { string("uid") }
  public var resourceVersion: String? {
    get { string("resourceVersion") }
    set { set(["resourceVersion"], Self.encode(newValue)) }
  }
  public var generation: Int64? { int("generation") }
  public var creationTimestamp: String? { string("creationTimestamp") }
  public var deletionTimestamp: String? { string("deletionTimestamp") }
  public var labels: [String: String] {
    get { stringMap("labels") }
    set { set(["labels"], Self.encode(newValue)) }
  }
  public var annotations: [String: String] {
    get { stringMap("annotations") }
    set { set(["annotations"], Self.encode(newValue)) }
  }
  public var finalizers: [String] {
    get { (at("finalizers")?.arrayValue ?? []).compactMap(\.stringValue) }
    set { set(["finalizers"], newValue.isEmpty ? nil : .array(newValue.map { .string($0) })) }
  }
  public var ownerReferences: [OwnerReference] {
    get { views("ownerReferences") }
    set { set(["ownerReferences"], Self.encode(newValue)) }
  }
}

public struct OwnerReference: JSONView {
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public init(apiVersion: String, kind: String, name: String, uid: String, controller: Bool = true) {
    json = [
      "apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name), "uid": .string(uid),
      "controller": .bool(controller), "blockOwnerDeletion": true,
    ]
  }
  public var apiVersion: String { string("apiVersion") ?? "" }
  public var kind: String { string("kind") ?? "" }
  public var name: String { string("name") ?? "" }
  public var uid: String { string("uid") ?? "" }
  public var controller: Bool { bool("controller") ?? false }
}

/// A status condition (Fluid's Dataset, runtime and data-operation conditions share this shape).
public struct Condition: JSONView {
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public init(type: String, status: String, reason: String, message: String, time: String, timeField: String = "lastTransitionTime") {
    json = [
      "type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
      timeField: .string(time),
    ]
  }
  public var type: String { string("type") ?? "" }
  public var status: String { string("status") ?? "" }
  public var reason: String? { string("reason") }
  public var message: String? { string("message") }
  public var lastTransitionTime: String? { string("lastTransitionTime") }
}
