import FluidKit
import FluidModel
import Foundation

/// kube-scheduler's filters as the simulator applies them, with kube-scheduler's words.
enum Scheduling {
  /// Why a pod asking for `pod` cannot run on `node`, given what already runs there (nil: it fits).
  static func whyNot(_ pod: PodDemand, fitsOn node: NodeInfo, usage: NodeUsage) -> String? {
    if !node.ready { return "node(s) were not ready" }
    if node.unschedulable { return "node(s) were unschedulable" }
    for (k, v) in pod.nodeSelector where node.labels[k] != v {
      return "node(s) didn't match Pod's node affinity/selector"
    }
    if let required = pod.requiredAffinity, !matchesNodeSelector(required, node.labels) {
      return "node(s) didn't match Pod's node affinity/selector"
    }
    for taint in node.taints where !pod.tolerations.contains(where: { tolerates($0, taint) }) {
      let k = taint["key"]?.stringValue ?? ""
      let v = taint["value"]?.stringValue.map { ": \($0)" } ?? ""
      return "node(s) had untolerated taint {\(k)\(v)}"
    }
    // Fluid placement: one worker of a dataset per node; Exclusive keeps other datasets away.
    if let mine = pod.dataset, usage.datasetPods > 0,
      usage.perDataset[mine] != nil || pod.placement == "Exclusive" || usage.exclusive > 0
    {
      return "node(s) didn't match pod anti-affinity rules"
    }
    // Resources: CPU and memory requests, and cache quotas per medium.
    if pod.cpu > node.cpu - usage.cpu + 1e-9 { return "Insufficient cpu" }
    if pod.memory > node.memory - usage.memory + 1e-9 { return "Insufficient memory" }
    for (need, total, used, word) in [(pod.ssd, node.ssd, usage.ssd, "SSD"), (pod.hdd, node.hdd, usage.hdd, "HDD")] where need > 0 {
      if need > total - used + 1e-9 { return "Insufficient \(word) cache space (need \(FluidFormat.bytes(need)))" }
    }
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
