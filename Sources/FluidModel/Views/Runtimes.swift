/// What every Fluid cache runtime has in common: cache workers (`spec.replicas`), tiered store
/// levels, and the shared `RuntimeStatus` (phases and counts of master, workers and fuse).
public protocol RuntimeView: ResourceView {}

extension RuntimeView {
  /// The number of cache workers.
  public var replicas: Int64 {
    get { int("spec", "replicas") ?? 1 }
    set { set(["spec", "replicas"], .int(newValue)) }
  }
  public var tieredStoreLevels: [TieredStoreLevel] {
    get { views("spec", "tieredstore", "levels") }
    set { set(["spec", "tieredstore", "levels"], Self.encode(newValue)) }
  }
  public var masterPhase: String? { string("status", "masterPhase") }
  public var workerPhase: String? { string("status", "workerPhase") }
  public var fusePhase: String? { string("status", "fusePhase") }
  public var workerNumberReady: Int64 { int("status", "workerNumberReady") ?? 0 }
  public var desiredWorkerNumberScheduled: Int64 { int("status", "desiredWorkerNumberScheduled") ?? 0 }
  public var currentWorkerNumberScheduled: Int64 { int("status", "currentWorkerNumberScheduled") ?? 0 }
  public var conditions: [Condition] { views("status", "conditions") }
  public var cacheStates: [String: String] { stringMap("status", "cacheStates") }
  public var selector: String? { string("status", "selector") }
  public var setupDuration: String? { string("status", "setupDuration") }
  /// The whole status, for controllers that write it.
  public var status: JSONValue? {
    get { json["status"] }
    set { json["status"] = newValue }
  }
}

/// One level of `spec.tieredstore.levels`.
public struct TieredStoreLevel: JSONView {
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  /// `MEM`, `SSD` or `HDD`.
  public var mediumType: String { string("mediumtype") ?? "MEM" }
  public var path: String? { string("path") }
  /// The quota as written (`2Gi`), or nil.
  public var quota: Quantity? {
    switch json["quota"] {
    case .string(let s)?: return Quantity(s)
    case .int(let i)?: return Quantity(String(i))
    default: return nil
    }
  }
  public var high: Double? { string("high").flatMap(Double.init) }
  public var low: Double? { string("low").flatMap(Double.init) }
  public var volumeType: String { string("volumeType") ?? "hostPath" }
}

public struct AlluxioRuntime: RuntimeView {
  public static let descriptor = FluidCRDs.named("alluxioruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
}
public struct JindoRuntime: RuntimeView {
  public static let descriptor = FluidCRDs.named("jindoruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
}
public struct JuiceFSRuntime: RuntimeView {
  public static let descriptor = FluidCRDs.named("juicefsruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
}
public struct EFCRuntime: RuntimeView {
  public static let descriptor = FluidCRDs.named("efcruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
}
public struct VineyardRuntime: RuntimeView {
  public static let descriptor = FluidCRDs.named("vineyardruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
}
public struct ThinRuntime: RuntimeView {
  public static let descriptor = FluidCRDs.named("thinruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var profileName: String? { string("spec", "profileName") }
}
/// Removed upstream (PR #5703); recognised so that old manifests still read.
public struct GooseFSRuntime: RuntimeView {
  public static let descriptor = FluidCRDs.named("goosefsruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
}
/// The generic, class-driven runtime; its status has per-component phases instead.
public struct CacheRuntime: ResourceView {
  public static let descriptor = FluidCRDs.named("cacheruntimes")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var runtimeClassName: String? { string("spec", "runtimeClassName") }
  public var workerPhase: String? { string("status", "worker", "phase") }
}
public struct CacheRuntimeClass: ResourceView {
  public static let descriptor = FluidCRDs.named("cacheruntimeclasses")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
}
public struct ThinRuntimeProfile: ResourceView {
  public static let descriptor = FluidCRDs.named("thinruntimeprofiles")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var fileSystemType: String? { string("spec", "fileSystemType") }
}
