import FluidKit
import FluidModel
import Foundation

extension PlanReport {
  /// What was asked, in one line.
  public var summary: String {
    let r = request
    let read = r.fraction < 1 ? "\(FluidFormat.fixed(r.fraction * 100, decimals: 0)) % of " : ""
    let times = r.reads == 1 ? "" : " \(r.reads) times"
    let when = r.burstAt.map { "\(FluidFormat.duration($0)) after the cache is asked for" } ?? "as soon as the cache is ready"
    return "Plan: \(r.pods) pods each read \(read)\(FluidFormat.bytes(r.datasetBytes))\(times), starting \(when); UFS \(Bandwidth.format(r.ufsBitsPerSecond)); "
      + "up to \(r.cacheNodes) cache nodes (\(Bandwidth.format(r.workerNICBitsPerSecond)) NIC); goal: burst done (p95) within \(FluidFormat.duration(r.deadline)). "
      + "\(rows.filter { $0.outcome != nil }.count) configurations simulated."
  }

  /// Why the recommended (or, when none meets the goal, the fastest) configuration does what it
  /// does: where its pods' bytes come from and which link limits them.
  public func bottleneck(of i: Int) -> Bottleneck? {
    guard let o = rows[i].outcome else { return nil }
    let cache = o.bursts.reduce(0) { $0 + $1.cacheBytes }
    let ufs = o.bursts.reduce(0) { $0 + $1.ufsBytes }
    return BurstPlanner.bottleneck(request, rows[i].config, fromCache: cache >= ufs)
  }

  static func rate(_ bytesPerSecond: Double) -> String { Bandwidth.format(bytesPerSecond * 8) }

  /// `the workers' NICs (10 × 25Gbps = 250Gbps); the cache tier (MEM) allows 800Gbps and the pods' NICs 1Tbps`.
  static func explain(_ b: Bottleneck, autoscaled: Bool) -> String {
    let l = b.limiting
    let others = b.links.filter { $0 != l }.map { "\($0.name) \(rate($0.bytesPerSecond))" }
    let upTo = autoscaled && l.detail.contains("×") ? "up to " : ""
    var s = "\(l.name) (\(upTo)\(l.detail)\(l.detail == rate(l.bytesPerSecond) ? "" : " = " + rate(l.bytesPerSecond)))"
    if !others.isEmpty {
      s += "; " + (others.count == 1 ? others[0] : others.dropLast().joined(separator: ", ") + " and " + others[others.count - 1]) + " would allow more"
    }
    return s
  }

  /// Two lines: the recommendation (or that none meets the goal) and the bottleneck.
  public var advice: String {
    let deadline = FluidFormat.duration(request.deadline)
    if let i = recommended, let o = rows[i].outcome, let b = bottleneck(of: i) {
      return "Recommended: \(rows[i].config.name). The burst is done (p95) \(FluidFormat.duration(o.completionP95)) after it starts, "
        + "within \(deadline), for \(FluidFormat.fixed(o.workerHours, decimals: 2)) worker-hours; it is limited by \(Self.explain(b, autoscaled: rows[i].config.autoscale != nil))."
    }
    guard let i = fastest, let o = rows[i].outcome, let b = bottleneck(of: i) else { return "No configuration could be simulated." }
    return "No configuration meets the deadline of \(deadline). The fastest, \(rows[i].config.name), is done (p95) in "
      + "\(FluidFormat.duration(o.completionP95)); it is limited by \(Self.explain(b, autoscaled: rows[i].config.autoscale != nil))."
  }

  public var json: JSONValue {
    let r = request
    var req: JSONValue = [
      "datasetBytes": .double(r.datasetBytes), "files": .int(r.files), "ufsBitsPerSecond": .double(r.ufsBitsPerSecond),
      "pods": .int(Int64(r.pods)), "fraction": .double(r.fraction), "reads": .int(Int64(r.reads)), "deadlineSeconds": .double(r.deadline),
      "cacheNodes": .int(Int64(r.cacheNodes)), "workerNICBitsPerSecond": .double(r.workerNICBitsPerSecond),
      "appNICBitsPerSecond": .double(r.appNICBitsPerSecond), "nodeMemoryBytes": .double(r.nodeMemoryBytes), "nodeSSDBytes": .double(r.nodeSSDBytes),
    ]
    req["burstAtSeconds"] = r.burstAt.map { .double($0) } ?? .null
    var out: JSONValue = [
      "request": req,
      "configurations": .array(rows.map { row in
        var o: JSONValue = ["name": .string(row.config.name), "config": row.config.json, "meetsGoal": .bool(row.meetsGoal)]
        o["skipped"] = row.skipped.map { .string($0) } ?? .null
        if let c = row.outcome {
          o["warmupSeconds"] = c.warmupSeconds.map(ScenarioReport.seconds) ?? .null
          o["burstStartSeconds"] = ScenarioReport.seconds(c.bursts.first?.start ?? 0)
          o["completion"] = c.bursts.first?.completion.json ?? .null
          o["workerHours"] = .double((c.workerHours * 1000).rounded() / 1000)
          o["peakWorkers"] = .int(Int64(c.peakWorkers))
        }
        return o
      }),
      "advice": .string(advice),
    ]
    out["recommended"] = recommended.map { .string(rows[$0].config.name) } ?? .null
    if let i = recommended ?? fastest, let b = bottleneck(of: i) {
      out["bottleneck"] = [
        "link": .string(b.limiting.name), "bytesPerSecond": .double(b.limiting.bytesPerSecond),
        "links": .array(b.links.map { ["name": .string($0.name), "bytesPerSecond": .double($0.bytesPerSecond), "detail": .string($0.detail)] }),
      ]
    } else {
      out["bottleneck"] = .null
    }
    return out
  }
}
