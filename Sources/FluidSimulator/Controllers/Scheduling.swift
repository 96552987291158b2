import FluidKit
import FluidModel
import Foundation

/// kube-scheduler's filters as the simulator applies them, with kube-scheduler's words.
enum Scheduling {
  /// Why `pod` cannot run on `node` (nil: it fits).
  static func whyNot(_ pod: JSONValue, fitsOn node: JSONValue, podsOnNode: [JSONValue]) -> String? {
    let n = Node(json: node)
    if !n.isReady { return "node(s) were not ready" }
    if n.unschedulable { return "node(s) were unschedulable" }
    let labels = n.labels
    for (k, v) in pod["spec"]?["nodeSelector"]?.objectValue ?? [:] where labels[k] != v.stringValue {
      return "node(s) didn't match Pod's node affinity/selector"
    }
    if let required = pod["spec"]?["affinity"]?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"],
      !matchesNodeSelector(required, labels)
    {
      return "node(s) didn't match Pod's node affinity/selector"
    }
    let tolerations = pod["spec"]?["tolerations"]?.arrayValue ?? []
    for taint in n.taints where ["NoSchedule", "NoExecute"].contains(taint["effect"]?.stringValue ?? "") {
      if !tolerations.contains(where: { tolerates($0, taint) }) {
        let k = taint["key"]?.stringValue ?? ""
        let v = taint["value"]?.stringValue.map { ": \($0)" } ?? ""
        return "node(s) had untolerated taint {\(k)\(v)}"
      }
    }
    // Fluid placement: one worker of a dataset per node; Exclusive keeps other datasets away.
    let myDataset = pod["metadata"]?["labels"]?["fluid.io/dataset"]?.stringValue
    let myPlacement = pod["metadata"]?["labels"]?["fluid.io/dataset-placement"]?.stringValue ?? "Exclusive"
    if let myDataset {
      for other in podsOnNode {
        guard let theirs = other["metadata"]?["labels"]?["fluid.io/dataset"]?.stringValue else { continue }
        let theirPlacement = other["metadata"]?["labels"]?["fluid.io/dataset-placement"]?.stringValue ?? "Exclusive"
        if theirs == myDataset || myPlacement == "Exclusive" || theirPlacement == "Exclusive" {
          return "node(s) didn't match pod anti-affinity rules"
        }
      }
    }
    // Resources: CPU and memory requests, and cache quotas per medium.
    let alloc = n.allocatable
    func requested(_ p: JSONValue, _ resource: String) -> Double {
      (p["spec"]?["containers"]?.arrayValue ?? []).reduce(0) {
        $0 + (($1["resources"]?["requests"]?[resource]?.stringValue).flatMap(Quantity.init)?.value ?? 0)
      }
    }
    func cache(_ p: JSONValue, _ key: String) -> Double {
      Double(p["metadata"]?["annotations"]?[key]?.stringValue ?? "") ?? 0
    }
    let cpuFree = (alloc["cpu"]?.value ?? 0) - podsOnNode.reduce(0) { $0 + requested($1, "cpu") }
    if requested(pod, "cpu") > cpuFree + 1e-9 { return "Insufficient cpu" }
    let memUsed = podsOnNode.reduce(0) { $0 + requested($1, "memory") + cache($1, SimPodAnnotations.cacheMem) }
    let memNeed = requested(pod, "memory") + cache(pod, SimPodAnnotations.cacheMem)
    if memNeed > (alloc["memory"]?.value ?? 0) - memUsed + 1e-9 { return "Insufficient memory" }
    for (key, ann, word) in [(SimPodAnnotations.cacheSSD, SimAnnotations.ssdBytes, "SSD"), (SimPodAnnotations.cacheHDD, SimAnnotations.hddBytes, "HDD")] {
      let need = cache(pod, key)
      guard need > 0 else { continue }
      let total = Double(node["metadata"]?["annotations"]?[ann]?.stringValue ?? "") ?? 0
      let used = podsOnNode.reduce(0) { $0 + cache($1, key) }
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
    for claim in Pod(json: pod).claimNames where s.get(Dataset.descriptor, ns, claim) != nil {
      let key = "fluid.io/s-\(ns)-\(claim)"
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
