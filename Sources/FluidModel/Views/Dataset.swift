/// A Fluid Dataset (`data.fluid.io/v1alpha1`): where the data lives and how it may be cached.
public struct Dataset: ResourceView {
  public static let descriptor = FluidCRDs.named("datasets")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }

  public var mounts: [Mount] {
    get { views("spec", "mounts") }
    set { set(["spec", "mounts"], Self.encode(newValue)) }
  }
  /// `Exclusive` (also when empty) or `Shared`.
  public var placement: String {
    get { string("spec", "placement") ?? "Exclusive" }
    set { set(["spec", "placement"], .string(newValue)) }
  }
  public var sharedOptions: [String: String] { stringMap("spec", "sharedOptions") }
  public var accessModes: [String] { (at("spec", "accessModes")?.arrayValue ?? []).compactMap(\.stringValue) }
  /// `spec.nodeAffinity.required` (a NodeSelector), as JSON.
  public var requiredNodeAffinity: JSONValue? { at("spec", "nodeAffinity", "required") }
  public var tolerations: [JSONValue] { at("spec", "tolerations")?.arrayValue ?? [] }

  public var phase: String? {
    get { string("status", "phase") }
    set { set(["status", "phase"], Self.encode(newValue)) }
  }
  public var conditions: [Condition] {
    get { views("status", "conditions") }
    set { set(["status", "conditions"], .array(newValue.map(\.json))) }
  }
  public var ufsTotal: String? {
    get { string("status", "ufsTotal") }
    set { set(["status", "ufsTotal"], Self.encode(newValue)) }
  }
  public var fileNum: String? {
    get { string("status", "fileNum") }
    set { set(["status", "fileNum"], Self.encode(newValue)) }
  }
  /// `status.cacheStates`: cached, cacheCapacity, cachedPercentage, cacheHitRatio...
  public var cacheStates: [String: String] {
    get { stringMap("status", "cacheStates") }
    set { set(["status", "cacheStates"], Self.encode(newValue)) }
  }
  public var statusRuntimes: [JSONValue] { at("status", "runtimes")?.arrayValue ?? [] }
  /// The dataset's operation lock: operation type → comma-separated names.
  public var operationRef: [String: String] {
    get { stringMap("status", "operationRef") }
    set { set(["status", "operationRef"], Self.encode(newValue)) }
  }
}

/// One entry of `spec.mounts`.
public struct Mount: JSONView {
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public init(mountPoint: String, name: String) { json = ["mountPoint": .string(mountPoint), "name": .string(name)] }

  public var mountPoint: String { string("mountPoint") ?? "" }
  public var name: String { string("name") ?? "" }
  /// `path`, defaulting to `/<name>` as Fluid does.
  public var path: String { string("path") ?? "/\(name)" }
  public var options: [String: String] { stringMap("options") }
  public var readOnly: Bool { bool("readOnly") ?? false }
  public var shared: Bool { bool("shared") ?? false }
  /// The URL scheme (`oss`, `s3`, `pvc`, `local`, `dataset`...), lower-cased.
  public var scheme: String {
    guard let r = mountPoint.firstRange(of: "://") else { return "" }
    return mountPoint[..<r.lowerBound].lowercased()
  }
}

extension String {
  func firstRange(of needle: String) -> Range<String.Index>? {
    var i = startIndex
    while i < endIndex {
      if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
      i = index(after: i)
    }
    return nil
  }
}
