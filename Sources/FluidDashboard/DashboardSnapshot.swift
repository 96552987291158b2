public import FluidKit
public import FluidModel
import Foundation

/// `top --once`: every figure the screen shows, as a document (`-o json|yaml`) or a table.
/// The schema is the same on both backends:
///
///     { "context", "namespace" (null: all), "time", "simulated",
///       "datasets": [ CacheReport (as `cache -o json`) + "runtimeKind", "reason",
///                     "usedRatio", "throughputBytesPerSecond", "load": {name, phase, progress, etaSeconds} ],
///       "operations": [ {namespace, name, kind, dataset, phase, duration} ],
///       "events": [ {type, reason, object, message, count, lastTimestamp} ] }
public enum DashboardSnapshot {
  public static func json(_ s: DashboardState) -> JSONValue {
    let rows = s.visibleRows
    var operations: [JSONValue] = []
    for d in DashboardKinds.operations {
      for o in s.data.items(d) {
        operations.append([
          "namespace": .string(o["metadata"]?["namespace"]?.stringValue ?? ""), "name": .string(o["metadata"]?["name"]?.stringValue ?? ""),
          "kind": .string(d.kind), "dataset": DashboardData.datasetName(ofOperation: o).map(JSONValue.string) ?? .null,
          "phase": .string(o["status"]?["phase"]?.stringValue ?? ""), "duration": .string(o["status"]?["duration"]?.stringValue ?? ""),
        ])
      }
    }
    let events: [JSONValue] = s.data.fluidEvents.prefix(50).map { e in
      [
        "type": e["type"] ?? .null, "reason": e["reason"] ?? .null, "message": e["message"] ?? .null, "count": e["count"] ?? .null,
        "object": .string("\(e["involvedObject"]?["kind"]?.stringValue ?? "")/\(e["involvedObject"]?["name"]?.stringValue ?? "")"),
        "namespace": e["involvedObject"]?["namespace"] ?? .null, "lastTimestamp": e["lastTimestamp"] ?? .null,
      ]
    }
    return [
      "context": .string(s.context), "namespace": s.namespace.map(JSONValue.string) ?? .null,
      "time": .string(Timestamps.format(s.now)), "simulated": .bool(s.simulated),
      "datasets": .array(rows.map(dataset)), "operations": .array(operations), "events": .array(events),
    ]
  }

  static func dataset(_ r: DatasetRow) -> JSONValue {
    var o = r.report.json
    o["runtimeKind"] = .string(r.runtimeKind)
    o["reason"] = r.reason.map(JSONValue.string) ?? .null
    o["usedRatio"] = r.usedRatio.map(JSONValue.double) ?? .null
    o["throughputBytesPerSecond"] = r.throughput.map(JSONValue.double) ?? .null
    o["load"] = r.load.map { l in
      [
        "name": .string(l.name), "phase": .string(l.phase), "progress": l.progress.map(JSONValue.double) ?? .null,
        "etaSeconds": l.etaSeconds.map(JSONValue.double) ?? .null,
      ]
    } ?? .null
    return o
  }

  /// The snapshot as a table, like `kubectl top`: one line per dataset.
  public static func table(_ s: DashboardState) -> String {
    var rows = [["NAMESPACE", "NAME", "RUNTIME", "PHASE", "UFS", "CACHED", "CAPACITY", "USED", "HIT", "THROUGHPUT", "WORKERS", "LOAD"]]
    for r in s.visibleRows {
      var load = "-"
      if let l = r.load {
        load = "\(l.name) " + (l.progress.map { FluidFormat.fixed($0 * 100, decimals: 1) + "%" } ?? l.phase)
        if let eta = l.etaSeconds { load += " ETA " + FluidFormat.duration(eta) }
      }
      func or(_ t: String) -> String { t.isEmpty ? "-" : t }
      rows.append([
        r.key.namespace, r.key.name, r.runtimeKind, or(r.phase) + (r.reason.map { " (\($0))" } ?? ""), or(r.report.ufsTotal),
        or(r.report.cached), or(r.report.cacheCapacity), r.usedRatio.map { FluidFormat.fixed($0 * 100, decimals: 1) + "%" } ?? "-",
        or(r.report.cacheHitRatio), r.throughput.map { FluidFormat.bytes($0) + "/s" } ?? "-",
        "\(r.report.workersReady)/\(r.report.workersDesired)", load,
      ])
    }
    return TablePrinter.align(rows)
  }
}
