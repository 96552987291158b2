import FluidKit
import FluidModel

/// The per-engine differences of Fluid's runtimes, as one table (not a class hierarchy): names
/// of the component pods, the runtime type string, finalizer, what it supports.
public struct Engine: Sendable {
  public var kind: String
  /// `alluxio`, `jindo`, `juicefs`, `efc`, `vineyard`, `thin`, `cache`, `goosefs`.
  public var type: String
  public var hasMaster: Bool
  /// Component name infix: `<name>-master` or `<name>-jindofs-master`.
  public var componentInfix: String
  public var supportsDataLoad: Bool
  public var mountType: String
  /// Thin reports every cache state as `N/A`.
  public var reportsCacheStates: Bool
  /// Jindo caps `cachedPercentage` at 100%.
  public var capsCachedPercentage: Bool

  public var finalizer: String { "\(type)-runtime-controller-finalizer" }
  public var workerRole: String { "\(type)-worker" }
  public var masterRole: String { "\(type)-master" }

  public func masterPodName(_ runtime: String) -> String { "\(runtime)-\(componentInfix)master-0" }
  public func workerPodName(_ runtime: String, _ i: Int) -> String { "\(runtime)-\(componentInfix)worker-\(i)" }
  public func workerPrefix(_ runtime: String) -> String { "\(runtime)-\(componentInfix)worker-" }
  public func valueFile(_ runtime: String) -> String { type == "thin" ? "N/A" : "\(runtime)-\(type)-values" }

  /// The worker pods' label selector (the scale subresource's `status.selector`).
  public func selector(_ runtime: String) -> String { "app=\(type),release=\(runtime),role=\(workerRole)" }

  static let table: [Engine] = [
    Engine(kind: "AlluxioRuntime", type: "alluxio", hasMaster: true, componentInfix: "", supportsDataLoad: true, mountType: "fuse.alluxio-fuse", reportsCacheStates: true, capsCachedPercentage: false),
    Engine(kind: "JindoRuntime", type: "jindo", hasMaster: true, componentInfix: "jindofs-", supportsDataLoad: true, mountType: "fuse.jindofs-fuse", reportsCacheStates: true, capsCachedPercentage: true),
    Engine(kind: "JuiceFSRuntime", type: "juicefs", hasMaster: false, componentInfix: "", supportsDataLoad: true, mountType: "JuiceFS", reportsCacheStates: true, capsCachedPercentage: false),
    Engine(kind: "EFCRuntime", type: "efc", hasMaster: true, componentInfix: "", supportsDataLoad: false, mountType: "alifuse.aliyun-alinas-efc", reportsCacheStates: true, capsCachedPercentage: false),
    Engine(kind: "VineyardRuntime", type: "vineyard", hasMaster: true, componentInfix: "", supportsDataLoad: false, mountType: "vineyard-fuse", reportsCacheStates: true, capsCachedPercentage: false),
    Engine(kind: "ThinRuntime", type: "thin", hasMaster: false, componentInfix: "", supportsDataLoad: false, mountType: "thin-fuse-mount", reportsCacheStates: false, capsCachedPercentage: false),
    Engine(kind: "GooseFSRuntime", type: "goosefs", hasMaster: true, componentInfix: "", supportsDataLoad: true, mountType: "fuse.goosefs-fuse", reportsCacheStates: true, capsCachedPercentage: false),
  ]

  public static func forKind(_ kind: String) -> Engine? { table.first { $0.kind == kind } }
  public static func forType(_ type: String) -> Engine? { table.first { $0.type == type } }
}
