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
  /// kubectl's client-side apply annotation: a copy of the applied object, Secret data included.
  public static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

  /// The size in bytes of each value: `data` decoded from base64, `stringData` as UTF-8.
  public var valueSizes: [String: Int] {
    var sizes: [String: Int] = [:]
    for (k, v) in json["data"]?.objectValue ?? [:] { sizes[k] = Self.decodedSize(v.stringValue ?? "") }
    for (k, v) in json["stringData"]?.objectValue ?? [:] { sizes[k] = v.stringValue?.utf8.count ?? 0 }
    return sizes
  }

  /// The length of what base64 `text` decodes to (padding and line breaks discounted).
  static func decodedSize(_ text: String) -> Int {
    let symbols = text.utf8.filter { $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }.count
    return symbols * 3 / 4
  }

  /// The object with every value of `data` and `stringData` replaced by its size, and the
  /// last-applied annotation (which repeats them) by its own.
  public var redactedForDisplay: JSONValue {
    var o = json
    let sizes = valueSizes
    for field in ["data", "stringData"] {
      if let d = o[field]?.objectValue {
        var redacted = d
        for k in d.keys { redacted[k] = .string("REDACTED (\(sizes[k] ?? 0) bytes)") }
        o[field] = .object(redacted)
      }
    }
    let lastApplied = ["metadata", "annotations", Self.lastAppliedAnnotation]
    if let text = o[path: lastApplied]?.stringValue { o[path: lastApplied] = .string("REDACTED (\(text.utf8.count) bytes)") }
    return o
  }
}

public struct ConfigMap: ResourceView {
  public static let descriptor = CoreKinds.configMap
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var data: [String: String] { stringMap("data") }
}
