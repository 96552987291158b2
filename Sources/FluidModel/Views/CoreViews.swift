public struct Namespace: ResourceView {
  public static let descriptor = CoreKinds.namespace
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var phase: String? { string("status", "phase") }
}

public struct Node: ResourceView {
  public static let descriptor = CoreKinds.node
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var labels: [String: String] { metadata.labels }
  public var taints: [JSONValue] { at("spec", "taints")?.arrayValue ?? [] }
  public var unschedulable: Bool { bool("spec", "unschedulable") ?? false }
  /// `status.allocatable` quantities by resource name (cpu, memory, ephemeral-storage...).
  public var allocatable: [String: Quantity] { stringMap("status", "allocatable").compactMapValues(Quantity.init) }
  public var isReady: Bool {
    (at("status", "conditions")?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
  }
}

public struct Pod: ResourceView {
  public static let descriptor = CoreKinds.pod
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var nodeName: String? {
    get { string("spec", "nodeName") }
    set { set(["spec", "nodeName"], Self.encode(newValue)) }
  }
  public var phase: String? {
    get { string("status", "phase") }
    set { set(["status", "phase"], Self.encode(newValue)) }
  }
  /// Names of the PersistentVolumeClaims the pod mounts.
  public var claimNames: [String] {
    (at("spec", "volumes")?.arrayValue ?? []).compactMap { $0["persistentVolumeClaim"]?["claimName"]?.stringValue }
  }
}

public struct PersistentVolume: ResourceView {
  public static let descriptor = CoreKinds.persistentVolume
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var capacity: Quantity? { string("spec", "capacity", "storage").flatMap(Quantity.init) }
  public var claimRef: (namespace: String, name: String)? {
    guard let n = string("spec", "claimRef", "name") else { return nil }
    return (string("spec", "claimRef", "namespace") ?? "", n)
  }
  public var phase: String? { string("status", "phase") }
}

public struct PersistentVolumeClaim: ResourceView {
  public static let descriptor = CoreKinds.persistentVolumeClaim
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var volumeName: String? { string("spec", "volumeName") }
  public var phase: String? { string("status", "phase") }
}

/// A core Event. `message` is free text; `involvedObject` names the object it is about.
public struct Event: ResourceView {
  public static let descriptor = CoreKinds.event
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var type: String? { string("type") }
  public var reason: String? { string("reason") }
  public var message: String? { string("message") }
  public var involvedKind: String? { string("involvedObject", "kind") }
  public var involvedName: String? { string("involvedObject", "name") }
  public var involvedUID: String? { string("involvedObject", "uid") }
  public var count: Int64 { int("count") ?? 1 }
}

/// A Secret. Its values are never printed (see `redactedForDisplay`).
public struct Secret: ResourceView {
  public static let descriptor = CoreKinds.secret
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var keys: [String] {
    Array((json["data"]?.objectValue ?? [:]).keys) + Array((json["stringData"]?.objectValue ?? [:]).keys)
  }
  /// The object with every value of `data` and `stringData` replaced by its size.
  public var redactedForDisplay: JSONValue {
    var o = json
    for field in ["data", "stringData"] {
      if let d = o[field]?.objectValue {
        o[field] = .object(d.mapValues { v in .string("REDACTED (\(v.stringValue?.utf8.count ?? 0) bytes)") })
      }
    }
    return o
  }
}

public struct ConfigMap: ResourceView {
  public static let descriptor = CoreKinds.configMap
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var data: [String: String] { stringMap("data") }
}
