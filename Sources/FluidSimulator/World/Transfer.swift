import FluidModel
import Foundation

/// One DataLoad's transfer as the simulated data plane tracks it: the bytes to move, the bytes
/// moved by `updatedAt`, the rate since then, when it started and finished, and since when its
/// UFS has been unreachable. World-model state like the UFS catalog and the faults, not a
/// Kubernetes object: a real cluster has no object that changes with a loader's progress, so
/// the driver keeps these beside the objects (the `transfers` table), keyed by the loader Job's
/// `namespace/name` (see `loaderKey`), and no watcher sees a write per rate change.
///
/// Times are seconds since 1970 on the simulated clock; sizes are bytes.
public struct Transfer: Sendable, Equatable {
  public var targetBytes: Double
  public var loadedBytes: Double
  public var rate: Double
  public var updatedAt: Double
  /// When bytes began to move (after the job started and metadata was loaded).
  public var startedAt: Double
  public var finishedAt: Double?
  public var ufsDownSince: Double?

  public init(
    targetBytes: Double, loadedBytes: Double = 0, rate: Double = 0, updatedAt: Double, startedAt: Double, finishedAt: Double? = nil,
    ufsDownSince: Double? = nil
  ) {
    self.targetBytes = targetBytes
    self.loadedBytes = loadedBytes
    self.rate = rate
    self.updatedAt = updatedAt
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.ufsDownSince = ufsDownSince
  }

  /// Bytes moved by `time` on the recorded rate since `updatedAt`, never past the target.
  public func extrapolated(to time: Double) -> Double {
    min(targetBytes, loadedBytes + rate * max(0, time - updatedAt))
  }

  /// The name of a DataLoad's loader Job (or CronJob), from Fluid's chart: the release
  /// `<name>-loader` and `-job`. Earlier versions of fluidctl gave a bare loader pod this name.
  public static func loaderJobName(ofLoad name: String) -> String { OperationReleases.workload(kind: "DataLoad", name: name) }

  /// The key of a DataLoad's transfer: its loader Job's `namespace/name`.
  public static func loaderKey(ofLoad name: String, namespace: String?) -> String {
    ClusterSnapshot.key(namespace, loaderJobName(ofLoad: name))
  }

  /// Whether `object` is part of a loader: its Job (role `dataload-job`), its pods
  /// (`dataload-pod`), or a bare loader pod of an earlier version (`dataload-job`).
  static func isLoader(_ object: JSONValue?) -> Bool {
    let role = object?["metadata"]?["labels"]?["role"]?.stringValue
    return role == "dataload-job" || role == "dataload-pod"
  }

  /// The progress a loader pod carried in annotations before transfers had their own table
  /// (states written by earlier versions); nil without them.
  init?(legacyAnnotationsOf pod: JSONValue) {
    let a = pod["metadata"]?["annotations"]
    func n(_ k: String) -> Double? { Double(a?[k]?.stringValue ?? "") }
    guard let updatedAt = n(LegacyLoaderAnnotations.updatedAt) else { return nil }
    self.init(
      targetBytes: n(LegacyLoaderAnnotations.targetBytes) ?? 0, loadedBytes: n(LegacyLoaderAnnotations.loadedBytes) ?? 0,
      rate: n(LegacyLoaderAnnotations.rate) ?? 0, updatedAt: updatedAt, startedAt: n(LegacyLoaderAnnotations.startedAt) ?? updatedAt,
      finishedAt: n(LegacyLoaderAnnotations.finishedAt), ufsDownSince: n(LegacyLoaderAnnotations.ufsDownSince))
  }

  /// Whether the flow plan may differ between `a` and `b` (a transfer that appears, finishes,
  /// or loses its UFS); progress alone does not change which flows run.
  static func sameTopology(_ a: Transfer?, _ b: Transfer?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return (a.finishedAt == nil) == (b.finishedAt == nil) && (a.ufsDownSince == nil) == (b.ufsDownSince == nil)
  }
}

/// Annotations on which loader pods carried their progress before the `transfers` table; read
/// only, to carry on a state written by an earlier version.
enum LegacyLoaderAnnotations {
  static let targetBytes = "sim.fluidctl.io/target-bytes"
  static let loadedBytes = "sim.fluidctl.io/loaded-bytes"
  static let rate = "sim.fluidctl.io/bytes-per-second"
  static let updatedAt = "sim.fluidctl.io/updated-at"
  static let finishedAt = "sim.fluidctl.io/finished-at"
  static let startedAt = "sim.fluidctl.io/transfer-started-at"
  static let ufsDownSince = "sim.fluidctl.io/ufs-down-since"
}
