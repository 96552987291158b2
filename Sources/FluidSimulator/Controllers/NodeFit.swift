import FluidKit
import FluidModel
import Foundation

/// What a pod asks of a node, read from its JSON once per scheduling attempt (and once per
/// change for the node usage it adds).
struct PodDemand {
  var nodeSelector: [String: String] = [:]
  var requiredAffinity: JSONValue?
  var tolerations: [JSONValue] = []
  /// The `fluid.io/dataset` label (cache workers) and the placement mode.
  var dataset: String?
  var placement = "Exclusive"
  var cpu = 0.0
  /// Memory requests plus MEM cache quota.
  var memory = 0.0
  var ssd = 0.0
  var hdd = 0.0

  init(_ pod: JSONValue) {
    let spec = pod["spec"]
    nodeSelector = spec?["nodeSelector"]?.objectValue?.compactMapValues(\.stringValue) ?? [:]
    requiredAffinity = spec?["affinity"]?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"]
    tolerations = spec?["tolerations"]?.arrayValue ?? []
    let labels = pod["metadata"]?["labels"]
    dataset = labels?["fluid.io/dataset"]?.stringValue
    placement = labels?["fluid.io/dataset-placement"]?.stringValue ?? "Exclusive"
    for c in spec?["containers"]?.arrayValue ?? [] {
      let requests = c["resources"]?["requests"]
      cpu += (requests?["cpu"]?.stringValue).flatMap(Quantity.init)?.value ?? 0
      memory += (requests?["memory"]?.stringValue).flatMap(Quantity.init)?.value ?? 0
    }
    let a = pod["metadata"]?["annotations"]
    func cache(_ key: String) -> Double { Double(a?[key]?.stringValue ?? "") ?? 0 }
    memory += cache(SimPodAnnotations.cacheMem)
    ssd = cache(SimPodAnnotations.cacheSSD)
    hdd = cache(SimPodAnnotations.cacheHDD)
  }
}

/// A node as the scheduler reads it, parsed once per version of the node. A class: the
/// scheduler visits hundreds per pod, and a reference costs less to pass than the fields.
final class NodeInfo: @unchecked Sendable {
  let name: String
  let ready: Bool
  let unschedulable: Bool
  let labels: [String: String]
  let taints: [JSONValue]
  let cpu: Double
  let memory: Double
  let ssd: Double
  let hdd: Double
  let ip: String?
  /// What the pods bound to the node take (kept up to date by `SnapshotIndexes`).
  let usage: NodeUsage

  init(_ node: JSONValue, usage: NodeUsage) {
    self.usage = usage
    let n = Node(json: node)
    name = n.name
    ready = n.isReady
    unschedulable = n.unschedulable
    labels = n.labels
    taints = n.taints.filter { ["NoSchedule", "NoExecute"].contains($0["effect"]?.stringValue ?? "") }
    let alloc = n.allocatable
    cpu = alloc["cpu"]?.value ?? 0
    memory = alloc["memory"]?.value ?? 0
    let a = node["metadata"]?["annotations"]
    ssd = Double(a?[SimAnnotations.ssdBytes]?.stringValue ?? "") ?? 0
    hdd = Double(a?[SimAnnotations.hddBytes]?.stringValue ?? "") ?? 0
    ip = (node["status"]?["addresses"]?.arrayValue ?? []).first { $0["type"] == "InternalIP" }?["address"]?.stringValue
  }
}

/// What the pods bound to a node take from it (kept up to date by `SnapshotIndexes`, in
/// place: a class, like `NodeInfo`).
final class NodeUsage: @unchecked Sendable {
  var pods = 0
  var cpu = 0.0
  var memory = 0.0
  var ssd = 0.0
  var hdd = 0.0
  /// Pods carrying a `fluid.io/dataset` label, in total, per dataset, and how many are Exclusive.
  var datasetPods = 0
  var perDataset: [String: Int] = [:]
  var exclusive = 0

  func add(cpu: Double, memory: Double, ssd: Double, hdd: Double, dataset: String?, exclusive: Bool, _ sign: Int) {
    let s = Double(sign)
    pods += sign
    self.cpu += s * cpu
    self.memory += s * memory
    self.ssd += s * ssd
    self.hdd += s * hdd
    guard let dataset else { return }
    datasetPods += sign
    perDataset[dataset, default: 0] += sign
    if perDataset[dataset] == 0 { perDataset[dataset] = nil }
    if exclusive { self.exclusive += sign }
  }

}
