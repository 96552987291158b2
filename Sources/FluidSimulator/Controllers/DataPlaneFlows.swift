import FluidKit
import FluidModel
import Foundation

/// Every transfer in flight, as flows over links, and their max-min fair rates (bytes/s):
/// DataLoads (UFS → workers) and application reads (UFS → pod, cache → pod, or UFS → workers
/// → pod when the data is not cached yet).
enum DataPlane {
  struct Plan {
    var rates: [String: Double]
    /// For reads: `ufs`, `cache` or `ufs-via-cache`.
    var sources: [String: String]
  }

  static func dataset(of pod: JSONValue, in s: ClusterSnapshot) -> Dataset? {
    let ns = pod["metadata"]?["namespace"]?.stringValue
    for claim in Pod(json: pod).claimNames {
      if let d = s.get(Dataset.descriptor, ns, claim) { return Dataset(json: d) }
    }
    return nil
  }

  static func nodeNIC(_ pod: JSONValue, in s: ClusterSnapshot) -> Double {
    DataLoadPlan.nicBytesPerSecond(pod["spec"]?["nodeName"]?.stringValue.flatMap { s.get(CoreKinds.node, nil, $0) })
  }

  static func ufsLink(_ url: String, in s: ClusterSnapshot, capacity: inout [String: Double]) -> String {
    let endpoint = Metadata.endpoint(for: url, in: s.ufs)
    let link = "ufs:" + (endpoint?.prefix ?? String(url.split(separator: "/").prefix(3).joined(separator: "/")))
    let nominal = (endpoint?.bitsPerSecond ?? DataLoadPlan.defaultBitsPerSecond(url)) / 8
    capacity[link] = s.faults.isDown(url) ? 0 : nominal / s.faults.slowdown(url)
    return link
  }

  /// The plan for the snapshot's topology (cached).
  static func flows(in s: ClusterSnapshot) -> Plan {
    s.planCache.sync(s.topology)
    if let p = s.planCache.plan { return p }
    let p = computeFlows(in: s)
    s.planCache.plan = p
    return p
  }

  static func computeFlows(in s: ClusterSnapshot) -> Plan {
    var flows: [MaxMinFairness.Flow] = []
    var capacity: [String: Double] = [:]
    var sources: [String: String] = [:]
    // DataLoads.
    let loads = DataLoadPlan.loadFlows(in: s, capacity: &capacity)
    flows += loads
    // Application reads (the index keeps the unfinished readers; key order as a list gives).
    let pods = s.objects[CoreKinds.pod.qualifiedPlural] ?? [:]
    for p in s.activeReaderKeys().sorted().compactMap({ pods[$0] }) {
      let ann = p["metadata"]?["annotations"]
      guard ann?[ReadAnnotations.bytes] != nil, ann?[ReadAnnotations.finishedAt] == nil,
        (p["status"]?["conditions"]?.arrayValue ?? []).contains(where: { $0["type"] == "Ready" && $0["status"] == "True" })
      else { continue }
      let ns = p["metadata"]?["namespace"]?.stringValue ?? "default"
      let id = "\(ns)/\(p["metadata"]?["name"]?.stringValue ?? "")"
      // Readers on one node share its NIC.
      let podLink = p["spec"]?["nodeName"]?.stringValue.map { "node-in:\($0)" } ?? "pod:\(id)"
      capacity[podLink] = nodeNIC(p, in: s)
      if let url = ann?[ReadAnnotations.url]?.stringValue {
        flows.append(MaxMinFairness.Flow(id: id, links: [ufsLink(url, in: s, capacity: &capacity), podLink]))
        sources[id] = "ufs"
        continue
      }
      guard let ds = dataset(of: p, in: s) else { continue }
      let workers = DataLoadPlan.readyWorkers(of: ds, in: s)
      let outLink = "cache-out:\(ns)/\(ds.name)"
      capacity[outLink] = workers.reduce(0.0) { $0 + DataLoadPlan.nicBytesPerSecond($1.node) }
      let cached = workers.reduce(0.0) { $0 + (Double($1.pod["metadata"]?["annotations"]?[cachedBytesAnnotation]?.stringValue ?? "") ?? 0) }
      let total = Metadata.of(ds, in: s).totalBytes
      if let known = ann?[ReadAnnotations.source]?.stringValue, known == "cache" || (known == "ufs-via-cache") {
        sources[id] = known
      } else {
        sources[id] = total > 0 && cached >= total * 0.999 ? "cache" : "ufs-via-cache"
      }
      // The cache tier's media: read when serving, written when filling (shared with loads).
      let tierLink = "tier:\(ns)/\(ds.name)"
      capacity[tierLink] = Double(workers.count) * TierBandwidth.bytesPerSecond(GenericRuntimeLevels.firstMedium(ds, in: s))
      if sources[id] == "cache" {
        flows.append(MaxMinFairness.Flow(id: id, links: [outLink, tierLink, podLink]))
      } else {
        let inLink = "nic:\(ns)/\(ds.name)"
        capacity[inLink] = capacity[outLink]
        flows.append(MaxMinFairness.Flow(id: id, links: [ufsLink(ds.mounts.first?.mountPoint ?? "", in: s, capacity: &capacity), inLink, tierLink, outLink, podLink]))
      }
    }
    return Plan(rates: MaxMinFairness.allocate(flows, capacity: capacity), sources: sources)
  }
}
