import FluidKit
import FluidModel
import Foundation

/// Lookups over a snapshot's objects: built once on first use, then kept up to date object by
/// object as the driver replaces objects, so that no reconcile scans every pod or DataLoad.
/// Reference type on purpose: snapshots are values, the indexes follow them. Groups keep their
/// keys sorted, so every lookup is deterministic.
final class SnapshotIndexes: @unchecked Sendable {
  private static let podKind = CoreKinds.pod.qualifiedPlural
  private static let loadKind = DataLoad.descriptor.qualifiedPlural

  private var sorted: [String: [String]] = [:]
  private var built = false
  /// `namespace/release` → pod keys.
  private(set) var podsByRelease: [String: [String]] = [:]
  /// `namespace/claim` → keys of pods that mount the claim.
  private(set) var podsByClaim: [String: [String]] = [:]
  /// `namespace/dataset` → DataLoad keys.
  private(set) var loadsByDataset: [String: [String]] = [:]
  /// DataLoads in phase Executing.
  private(set) var executingLoads = Set<String>()
  /// Reader pods (`sim.fluidctl.io/read-bytes`) that have not finished.
  private(set) var activeReaders = Set<String>()
  /// Dataset id (`<namespace>-<name>`, the `fluid.io/dataset` label) → ready worker pod keys.
  private(set) var readyWorkers: [String: [String]] = [:]
  /// Node name → keys of every pod bound to it.
  private(set) var podsBoundTo: [String: [String]] = [:]
  /// Pods not bound to a node yet (and not being deleted).
  private(set) var unscheduledPods = Set<String>()
  /// Node name → what the pods that occupy it (bound, not deleting, not terminated) take.
  private var nodeUsage: [String: NodeUsage] = [:]
  /// Pod key → the facts of its current version (as `pod(_:_:adding:)` recorded them).
  private var podFacts: [String: PodFacts] = [:]
  /// Parsed nodes by name and resourceVersion.
  private var nodes: [String: (version: String, info: NodeInfo)] = [:]

  private var nodeList: [NodeInfo]?

  /// Every node as the scheduler reads it, in name order (parsed again only after a node changed).
  func nodeInfos(_ nodes: () -> [JSONValue]) -> [NodeInfo] {
    if let l = nodeList { return l }
    let l = nodes().map(nodeInfo)
    nodeList = l
    return l
  }

  /// The scheduler's view of a node (parsed once per version).
  func nodeInfo(_ node: JSONValue) -> NodeInfo {
    let name = node["metadata"]?["name"]?.stringValue ?? ""
    let version = node["metadata"]?["resourceVersion"]?.stringValue ?? ""
    if let cached = nodes[name], cached.version == version { return cached.info }
    let info = NodeInfo(node, usage: usage(ofNode: name))
    nodes[name] = (version, info)
    return info
  }

  /// Keys of `kind` in order (re-sorted only after an object of the kind came or went).
  func sortedKeys(_ kind: String, _ byKey: [String: JSONValue]) -> [String] {
    if let k = sorted[kind], k.count == byKey.count { return k }
    let k = byKey.keys.sorted()
    sorted[kind] = k
    return k
  }

  func build(_ objects: [String: [String: JSONValue]]) {
    guard !built else { return }
    built = true
    for (k, o) in objects[Self.podKind] ?? [:] { pod(k, old: nil, new: o) }
    for (k, o) in objects[Self.loadKind] ?? [:] { load(k, o, adding: true) }
  }

  /// Follows one object's replacement (`nil` old: created; `nil` new: removed).
  func update(kind: String, key: String, old: JSONValue?, new: JSONValue?) {
    if (old == nil) != (new == nil) { sorted[kind] = nil }
    if kind == CoreKinds.node.qualifiedPlural { nodeList = nil }
    guard built else { return }
    switch kind {
    case Self.podKind: pod(key, old: old, new: new)
    case Self.loadKind:
      if let old { load(key, old, adding: false) }
      if let new { load(key, new, adding: true) }
    default: break
    }
  }

  /// What the indexes record of one pod version.
  private struct PodFacts: Equatable {
    var release: String?
    var claims: [String] = []
    var activeReader = false
    var readyWorkerOf: String?
    var boundTo: String?
    var unscheduled = false
    /// The node whose usage the pod counts in, and what it takes there.
    var occupies: (node: String, cpu: Double, memory: Double, ssd: Double, hdd: Double, dataset: String?, exclusive: Bool)?

    init(_ o: JSONValue) {
      let meta = o["metadata"]
      let ns = meta?["namespace"]?.stringValue ?? ""
      let labels = meta?["labels"]
      if let r = labels?["release"]?.stringValue { release = "\(ns)/\(r)" }
      claims = Pod(json: o).claimNames.map { "\(ns)/\($0)" }
      let annotations = meta?["annotations"]
      activeReader = annotations?[ReadAnnotations.bytes] != nil && annotations?[ReadAnnotations.finishedAt] == nil
      let deleting = meta?["deletionTimestamp"] != nil
      if let dataset = labels?["fluid.io/dataset"]?.stringValue, !deleting, SnapshotIndexes.isReady(o) { readyWorkerOf = dataset }
      let node = o["spec"]?["nodeName"]?.stringValue
      boundTo = node
      unscheduled = node == nil && !deleting
      let phase = o["status"]?["phase"]?.stringValue ?? ""
      if let node, !deleting, phase != "Succeeded", phase != "Failed" {
        let d = PodDemand(o)
        occupies = (node, d.cpu, d.memory, d.ssd, d.hdd, d.dataset, d.placement == "Exclusive")
      }
    }

    static func == (a: PodFacts, b: PodFacts) -> Bool {
      guard a.release == b.release, a.claims == b.claims, a.activeReader == b.activeReader, a.readyWorkerOf == b.readyWorkerOf,
        a.boundTo == b.boundTo, a.unscheduled == b.unscheduled
      else { return false }
      switch (a.occupies, b.occupies) {
      case (nil, nil): return true
      case (let x?, let y?):
        return x.node == y.node && x.cpu == y.cpu && x.memory == y.memory && x.ssd == y.ssd && x.hdd == y.hdd && x.dataset == y.dataset
          && x.exclusive == y.exclusive
      default: return false
      }
    }
  }

  /// Follows a pod's replacement: only what differs between the two versions' facts is edited.
  private func pod(_ key: String, old: JSONValue?, new: JSONValue?) {
    // The facts of the replaced version were recorded when it came in.
    let before = old.map { podFacts[key] ?? PodFacts($0) }
    let after = new.map(PodFacts.init)
    podFacts[key] = after
    if before == after { return }
    if let before { pod(key, before, adding: false) }
    if let after { pod(key, after, adding: true) }
  }

  private func pod(_ key: String, _ f: PodFacts, adding: Bool) {
    if let release = f.release { Self.edit(&podsByRelease, release, key, adding) }
    for claim in f.claims { Self.edit(&podsByClaim, claim, key, adding) }
    if f.activeReader {
      if adding { activeReaders.insert(key) } else { activeReaders.remove(key) }
    }
    if let dataset = f.readyWorkerOf { Self.edit(&readyWorkers, dataset, key, adding) }
    if let node = f.boundTo { Self.edit(&podsBoundTo, node, key, adding) }
    if f.unscheduled {
      if adding { unscheduledPods.insert(key) } else { unscheduledPods.remove(key) }
    }
    if let o = f.occupies { usage(ofNode: o.node).add(cpu: o.cpu, memory: o.memory, ssd: o.ssd, hdd: o.hdd, dataset: o.dataset, exclusive: o.exclusive, adding ? 1 : -1) }
  }

  /// The usage record of the node `name`, created empty on first use; one object per node
  /// name, which the node's `NodeInfo` shares.
  private func usage(ofNode name: String) -> NodeUsage {
    if let known = nodeUsage[name] { return known }
    let usage = NodeUsage()
    nodeUsage[name] = usage
    return usage
  }

  private func load(_ key: String, _ o: JSONValue, adding: Bool) {
    let ns = o["metadata"]?["namespace"]?.stringValue ?? ""
    if let dataset = o["spec"]?["dataset"]?["name"]?.stringValue { Self.edit(&loadsByDataset, "\(ns)/\(dataset)", key, adding) }
    if o["status"]?["phase"]?.stringValue == "Executing" {
      if adding { executingLoads.insert(key) } else { executingLoads.remove(key) }
    }
  }

  static func isReady(_ o: JSONValue) -> Bool {
    (o["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
  }

  /// Inserts or removes `key` in the sorted group `group`.
  private static func edit(_ groups: inout [String: [String]], _ group: String, _ key: String, _ adding: Bool) {
    // Taken out of the dictionary, so that the edit does not copy the array.
    var keys = groups.removeValue(forKey: group) ?? []
    var lo = 0
    var hi = keys.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if keys[mid] < key { lo = mid + 1 } else { hi = mid }
    }
    let present = lo < keys.count && keys[lo] == key
    if adding, !present { keys.insert(key, at: lo) }
    if !adding, present { keys.remove(at: lo) }
    groups[group] = keys.isEmpty ? nil : keys
  }
}
