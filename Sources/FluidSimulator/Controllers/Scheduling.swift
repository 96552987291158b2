import FluidKit
import FluidModel
import Foundation

/// kube-scheduler's state between scheduling cycles: where the next search for feasible nodes
/// starts (`nextStartNodeIndex`). Reference type on purpose, like the snapshot's caches.
final class SchedulerMemory: @unchecked Sendable {
  var nextStartNodeIndex = 0
}

/// kube-scheduler's filters as the simulator applies them, with kube-scheduler's words.
enum Scheduling {
  /// How many feasible nodes kube-scheduler looks for before it stops filtering
  /// (`numFeasibleNodesToFind` with the default adaptive `percentageOfNodesToScore`): every node
  /// below 100, else 50 % minus 1 % per 125 nodes (at least 5 %), and never fewer than 100.
  static func feasibleNodesToFind(_ nodeCount: Int) -> Int {
    if nodeCount < 100 { return nodeCount }
    let percentage = max(50 - nodeCount / 125, 5)
    return max(nodeCount * percentage / 100, 100)
  }

  /// Why a pod asking for `pod` cannot run on `node`, given what already runs there (nil: it fits).
  static func whyNot(_ pod: PodDemand, fitsOn node: NodeInfo, usage: NodeUsage) -> String? {
    // Called for hundreds of nodes per pod: empty collections are not iterated at all.
    if node.unschedulable { return "node(s) were unschedulable" }
    if !pod.nodeSelector.isEmpty {
      for (k, v) in pod.nodeSelector where node.labels[k] != v {
        return "node(s) didn't match Pod's node affinity/selector"
      }
    }
    if let required = pod.requiredAffinity, !matchesNodeSelector(required, node.labels) {
      return "node(s) didn't match Pod's node affinity/selector"
    }
    if !node.taints.isEmpty {
      for taint in node.taints where !pod.tolerations.contains(where: { tolerates($0, taint) }) {
        return "node(s) had untolerated taint {\(taint["key"]?.stringValue ?? ""): \(taint["value"]?.stringValue ?? "")}"
      }
    }
    // A down node carries the unreachable taint (see `setNode`); one whose Ready condition was
    // edited by hand without it is still not used.
    if !node.ready { return "node(s) were not ready" }
    // Fluid placement: one worker of a dataset per node; Exclusive keeps other datasets away.
    if usage.datasetPods > 0, let mine = pod.dataset,
      usage.perDataset[mine] != nil || pod.placement == "Exclusive" || usage.exclusive > 0
    {
      return "node(s) didn't match pod anti-affinity rules"
    }
    // Resources: CPU and memory requests, and cache quotas per medium.
    if pod.cpu > node.cpu - usage.cpu + 1e-9 { return "Insufficient cpu" }
    if pod.memory > node.memory - usage.memory + 1e-9 { return "Insufficient memory" }
    if pod.ssd > 0, pod.ssd > node.ssd - usage.ssd + 1e-9 { return "Insufficient SSD cache space (need \(FluidFormat.bytes(pod.ssd)))" }
    if pod.hdd > 0, pod.hdd > node.hdd - usage.hdd + 1e-9 { return "Insufficient HDD cache space (need \(FluidFormat.bytes(pod.hdd)))" }
    return nil
  }

  /// The cache-locality affinity Fluid's webhook (NodeAffinityWithCache) gives a pod that mounts
  /// datasets: nodes labelled `fluid.io/s-<ns>-<name>=true` are preferred, or required when the
  /// pod has the label `fluid.io/dataset.<name>.sched: required`.
  static func cacheLocality(_ pod: JSONValue, in s: ClusterSnapshot) -> (preferred: [String], required: [String]) {
    let ns = pod["metadata"]?["namespace"]?.stringValue ?? "default"
    let labels = pod["metadata"]?["labels"]?.objectValue ?? [:]
    var preferred: [String] = []
    var required: [String] = []
    for claim in Pod(json: pod).claimNames {
      guard let ds = s.get(Dataset.descriptor, ns, claim) else { continue }
      let key = FluidNames.cacheLabel(ns, claim, uid: ds["metadata"]?["uid"]?.stringValue)
      if labels["fluid.io/dataset.\(claim).sched"]?.stringValue == "required" { required.append(key) } else { preferred.append(key) }
    }
    return (preferred, required)
  }

  static func tolerates(_ toleration: JSONValue, _ taint: JSONValue) -> Bool {
    if let effect = toleration["effect"]?.stringValue, !effect.isEmpty, effect != taint["effect"]?.stringValue { return false }
    let op = toleration["operator"]?.stringValue ?? "Equal"
    guard let key = toleration["key"]?.stringValue, !key.isEmpty else { return op == "Exists" }
    guard key == taint["key"]?.stringValue else { return false }
    return op == "Exists" || toleration["value"]?.stringValue == taint["value"]?.stringValue
  }

  /// A core NodeSelector (terms ORed, expressions ANDed).
  static func matchesNodeSelector(_ selector: JSONValue, _ labels: [String: String]) -> Bool {
    let terms = selector["nodeSelectorTerms"]?.arrayValue ?? []
    if terms.isEmpty { return true }
    return terms.contains { term in
      (term["matchExpressions"]?.arrayValue ?? []).allSatisfy { e in
        let key = e["key"]?.stringValue ?? ""
        let values = (e["values"]?.arrayValue ?? []).compactMap(\.stringValue)
        switch e["operator"]?.stringValue {
        case "In": return labels[key].map(values.contains) ?? false
        case "NotIn": return !(labels[key].map(values.contains) ?? false)
        case "Exists": return labels[key] != nil
        case "DoesNotExist": return labels[key] == nil
        case "Gt": return Double(labels[key] ?? "").flatMap { v in Double(values.first ?? "").map { v > $0 } } ?? false
        case "Lt": return Double(labels[key] ?? "").flatMap { v in Double(values.first ?? "").map { v < $0 } } ?? false
        default: return false
        }
      }
    }
  }
}
