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
  /// Bytes per second the cache filled at, per interval (oldest first).
  public var rates: [Double]
  public var load: LoadInfo?

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

  /// The rows of every dataset in `data`, in key order.
  public static func rows(_ data: DashboardData) -> [DatasetRow] {
    data.items(DashboardKinds.dataset).map { row($0, data) }
  }

  static func row(_ ds: JSONValue, _ data: DashboardData) -> DatasetRow {
    let key = InformerStore.ObjectKey(ds)
    let report = data.report(ds)
    let rt = data.runtime(of: key)
    let rates = data.rates(key)
    var load: LoadInfo?
    if let (_, op) = data.operations(of: key).first(where: { $0.descriptor.kind == "DataLoad" && ["Pending", "Executing", ""].contains($0.object["status"]?["phase"]?.stringValue ?? "") }) {
      let progress = report.cachedBytes.flatMap { c in report.ufsTotalBytes.flatMap { $0 > 0 ? min(1, c / $0) : nil } }
      var eta: Double?
      if let rate = rates.suffix(10).filter({ $0 > 0 }).last, let total = report.ufsTotalBytes, let c = report.cachedBytes, total > c {
        eta = ((total - c) / rate).rounded(.up)
      }
      load = LoadInfo(name: op["metadata"]?["name"]?.stringValue ?? "", phase: op["status"]?["phase"]?.stringValue ?? "Pending", progress: progress, etaSeconds: eta)
    }
    return DatasetRow(
      key: key, runtimeKind: rt.map { shortKind($0.descriptor.kind) } ?? "-", phase: ds["status"]?["phase"]?.stringValue ?? "",
      reason: reason(ds, rt?.object), report: report, rates: rates, load: load)
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
