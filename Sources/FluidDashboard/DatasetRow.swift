public import FluidKit
public import FluidModel
import Foundation

/// One line of the datasets table: every figure the screen shows for a dataset.
public struct DatasetRow: Sendable, Equatable {
  public var key: InformerStore.ObjectKey
  public var runtimeKind: String
  public var phase: String
  /// Why it is not Bound, in a few words (nil when Bound).
  public var reason: String?
  public var report: CacheReport
  /// Bytes per second the cache filled at over the last minutes, in ten spans (oldest first).
  public var rates: [Double]
  public var load: LoadInfo?
  /// The autoscaler of the dataset's runtime, when one exists.
  public var autoscaler: AutoscalerInfo?

  public struct AutoscalerInfo: Sendable, Equatable {
    public var min: Int
    public var max: Int
    public var current: Int
    public var desired: Int
    /// kubectl's TARGETS text (`92/90`, `cpu: <unknown>/60%`).
    public var targets: String
    /// Why it does not scale (its ScalingActive condition, when False).
    public var notScaling: String?
  }

  public struct LoadInfo: Sendable, Equatable {
    public var name: String
    public var phase: String
    /// 0...1, from the dataset's cached bytes against its UFS total.
    public var progress: Double?
    public var etaSeconds: Double?
  }

  /// Cached over capacity (0...1); nil when either is unknown.
  public var usedRatio: Double? {
    guard let c = report.cachedBytes, let cap = report.capacityBytes, cap > 0 else { return nil }
    return min(1, c / cap)
  }

  public var throughput: Double? { rates.last }

  /// The rows of every dataset in `data`, in key order (computed from scratch; the dashboard
  /// uses `DashboardData.updateRows()`, which recomputes only what changed).
  public static func rows(_ data: DashboardData) -> [DatasetRow] {
    data.items(DashboardKinds.dataset).map { withRates(base($0, data), data) }
  }

  /// Everything but the rates: the part that depends only on the objects and metrics.
  static func base(_ ds: JSONValue, _ data: DashboardData) -> DatasetRow {
    let key = InformerStore.ObjectKey(ds)
    let report = data.report(ds)
    let rt = data.runtime(of: key)
    var load: LoadInfo?
    if let (_, op) = data.operations(of: key).first(where: { $0.descriptor.kind == "DataLoad" && ["Pending", "Executing", ""].contains($0.object["status"]?["phase"]?.stringValue ?? "") }) {
      let progress = report.cachedBytes.flatMap { c in report.ufsTotalBytes.flatMap { $0 > 0 ? min(1, c / $0) : nil } }
      load = LoadInfo(name: op["metadata"]?["name"]?.stringValue ?? "", phase: op["status"]?["phase"]?.stringValue ?? "Pending", progress: progress, etaSeconds: nil)
    }
    var autoscaler: AutoscalerInfo?
    if let hpa = data.autoscaler(of: key) {
      let st = hpa["status"]
      let inactive = (st?["conditions"]?.arrayValue ?? []).first { $0["type"] == "ScalingActive" && $0["status"] == "False" }
      autoscaler = AutoscalerInfo(
        min: Int(hpa["spec"]?["minReplicas"]?.intValue ?? 1), max: Int(hpa["spec"]?["maxReplicas"]?.intValue ?? 0),
        current: Int(st?["currentReplicas"]?.intValue ?? 0), desired: Int(st?["desiredReplicas"]?.intValue ?? 0),
        targets: CoreColumns.hpaTargets(hpa), notScaling: inactive?["message"]?.stringValue)
    }
    return DatasetRow(
      key: key, runtimeKind: rt.map { shortKind($0.descriptor.kind) } ?? "-", phase: ds["status"]?["phase"]?.stringValue ?? "",
      reason: reason(ds, rt?.object), report: report, rates: [], load: load, autoscaler: autoscaler)
  }

  /// `base` with the fill rates of the history and the running load's ETA from them.
  static func withRates(_ base: DatasetRow, _ data: DashboardData) -> DatasetRow {
    var row = base
    row.rates = data.rates(base.key)
    if row.load != nil, let rate = data.recentRate(base.key), rate > 0, let total = row.report.ufsTotalBytes,
      let c = row.report.cachedBytes, total > c
    {
      row.load?.etaSeconds = ((total - c) / rate).rounded(.up)
    }
    return row
  }

  /// `AlluxioRuntime` → `alluxio`.
  static func shortKind(_ kind: String) -> String {
    kind.hasSuffix("Runtime") ? String(kind.dropLast(7)).lowercased() : kind.lowercased()
  }

  /// Why a dataset is not Bound, in the words `describe` uses, shortened for a cell.
  public static func reason(_ ds: JSONValue, _ runtime: JSONValue?) -> String? {
    if ds["metadata"]?["deletionTimestamp"] != nil {
      let f = (ds["metadata"]?["finalizers"]?.arrayValue ?? []).compactMap(\.stringValue)
      return f.isEmpty ? "being deleted" : "deleting: waits for \(f.joined(separator: ","))"
    }
    let phase = ds["status"]?["phase"]?.stringValue ?? ""
    if phase == "Bound" { return nil }
    guard let runtime else { return "no runtime named \"\(ds["metadata"]?["name"]?.stringValue ?? "")\"" }
    if phase.isEmpty { return "not processed yet (no phase)" }
    return "runtime: " + RuntimeStateText.of(runtime)
  }
}
