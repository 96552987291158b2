import FluidKit
import FluidModel
import Foundation

/// Fluid's hit ratios (b.5): sampled at most once a minute from counter deltas — bytes the
/// dataset's readers got from the cache against bytes read through from the UFS — and `0.0%`
/// when nothing was read in the interval. The previous sample is kept in an annotation of the
/// runtime. Readers on a node with a worker count as local hits, others as remote.
enum HitRatios {
  static let sampleAnnotation = "sim.fluidctl.io/read-sample"

  struct Counters: Equatable {
    var local = 0.0
    var remote = 0.0
    var ufs = 0.0
  }

  /// Bytes read so far by the dataset's readers, by where they came from (extrapolated to now).
  static func counters(_ ds: Dataset, in s: ClusterSnapshot) -> Counters {
    var c = Counters()
    let workerNodes = Set(DataLoadPlan.readyWorkers(of: ds, in: s).compactMap { $0.pod["spec"]?["nodeName"]?.stringValue })
    for p in s.readers(of: ds.name, namespace: ds.namespace) {
      let a = p["metadata"]?["annotations"]
      guard let source = a?[ReadAnnotations.source]?.stringValue, Pod(json: p).claimNames.contains(ds.name),
        p["metadata"]?["namespace"]?.stringValue == ds.namespace
      else { continue }
      func n(_ k: String) -> Double { Double(a?[k]?.stringValue ?? "") ?? 0 }
      var done = n(ReadAnnotations.done)
      if a?[ReadAnnotations.finishedAt] == nil {
        done = min(n(ReadAnnotations.bytes), done + n(ReadAnnotations.rate) * max(0, s.now.timeIntervalSince1970 - n(ReadAnnotations.updatedAt)))
      }
      if source == "cache" {
        if let node = p["spec"]?["nodeName"]?.stringValue, workerNodes.contains(node) { c.local += done } else { c.remote += done }
      } else {
        c.ufs += done
      }
    }
    return c
  }

  /// The ratios to show now, and the sample annotation to keep (nil: keep the old one).
  static func sample(_ rt: GenericRuntime, _ ds: Dataset, in s: ClusterSnapshot) -> (ratios: [String: String], annotation: String?)? {
    let now = s.now.timeIntervalSince1970
    let parts = (rt.metadata.annotations[sampleAnnotation] ?? "").split(separator: ",").compactMap { Double($0) }
    if parts.count == 4, now - parts[0] < 60 { return nil }
    let current = counters(ds, in: s)
    guard parts.count == 4 else {
      return ([:], "\(now),\(current.local),\(current.remote),\(current.ufs)")
    }
    let dl = current.local - parts[1]
    let dr = current.remote - parts[2]
    let du = current.ufs - parts[3]
    // Nothing read since the last sample: the ratios are 0.0% and the sample can stay.
    let idle = abs(dl) < 0.5 && abs(dr) < 0.5 && abs(du) < 0.5
    if idle {
      let zero = ["cacheHitRatio", "localHitRatio", "remoteHitRatio", "cacheThroughputRatio", "localThroughputRatio", "remoteThroughputRatio"]
      return (Dictionary(uniqueKeysWithValues: zero.map { ($0, "0.0%") }), nil)
    }
    let total = dl + dr + du
    func pct(_ x: Double) -> String { total > 0 ? FluidFormat.percent(x / total) : "0.0%" }
    let ratios = [
      "cacheHitRatio": pct(dl + dr), "localHitRatio": pct(dl), "remoteHitRatio": pct(dr),
      "cacheThroughputRatio": pct(dl + dr), "localThroughputRatio": pct(dl), "remoteThroughputRatio": pct(dr),
    ]
    return (ratios, "\(now),\(current.local),\(current.remote),\(current.ufs)")
  }
}
