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
    for (k, o) in objects[Self.podKind] ?? [:] { pod(k, o, adding: true) }
    for (k, o) in objects[Self.loadKind] ?? [:] { load(k, o, adding: true) }
  }

  /// Follows one object's replacement (`nil` old: created; `nil` new: removed).
  func update(kind: String, key: String, old: JSONValue?, new: JSONValue?) {
    if (old == nil) != (new == nil) { sorted[kind] = nil }
    if kind == CoreKinds.node.qualifiedPlural { nodeList = nil }
    guard built else { return }
    switch kind {
    case Self.podKind:
      if let old { pod(key, old, adding: false) }
      if let new { pod(key, new, adding: true) }
    case Self.loadKind:
      if let old { load(key, old, adding: false) }
      if let new { load(key, new, adding: true) }
    default: break
    }
  }

  private func pod(_ key: String, _ o: JSONValue, adding: Bool) {
    let meta = o["metadata"]
    let ns = meta?["namespace"]?.stringValue ?? ""
    if let release = meta?["labels"]?["release"]?.stringValue { Self.edit(&podsByRelease, "\(ns)/\(release)", key, adding) }
    for claim in Pod(json: o).claimNames { Self.edit(&podsByClaim, "\(ns)/\(claim)", key, adding) }
    let annotations = meta?["annotations"]
    if annotations?[ReadAnnotations.bytes] != nil, annotations?[ReadAnnotations.finishedAt] == nil {
      if adding { activeReaders.insert(key) } else { activeReaders.remove(key) }
    }
    let deleting = meta?["deletionTimestamp"] != nil
    if let dataset = meta?["labels"]?["fluid.io/dataset"]?.stringValue, !deleting, Self.isReady(o) {
      Self.edit(&readyWorkers, dataset, key, adding)
    }
    let phase = o["status"]?["phase"]?.stringValue ?? ""
    if let node = o["spec"]?["nodeName"]?.stringValue {
      Self.edit(&podsBoundTo, node, key, adding)
    } else if !deleting {
      if adding { unscheduledPods.insert(key) } else { unscheduledPods.remove(key) }
    }
    if let node = o["spec"]?["nodeName"]?.stringValue, !deleting, phase != "Succeeded", phase != "Failed" {
      usage(ofNode: node).add(PodDemand(o), adding ? 1 : -1)
    }
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
