import FluidKit
import FluidModel
import Foundation

extension RuntimeController {
  var fuseRole: String { "\(engine.type)-fuse" }

  /// Lazy fuse (b.7): a node where an application mounts the dataset's PVC gets the label
  /// `fluid.io/f-<ns>-<name>=true` (the CSI plugin's doing), and the fuse DaemonSet, whose
  /// selector includes that label, starts a fuse pod there. Labels stay until the runtime is
  /// deleted, or go with the last user under `fuse.cleanPolicy: OnDemand`. Sets the fuse counters.
  func fuses(_ rt: GenericRuntime, _ ds: Dataset, status st: inout JSONValue, in s: ClusterSnapshot) -> [ControllerAction] {
    let ns = rt.namespace ?? "default"
    let label = FluidNames.fuseLabel(ns, rt.name, uid: datasetUID(rt, ds))
    let onDemand = rt.json["spec"]?["fuse"]?["cleanPolicy"]?.stringValue == "OnDemand"
    var actions: [ControllerAction] = []
    // Nodes with a running (not finished) user of the PVC.
    var wanted = Set<String>()
    for p in s.users(of: rt.name, namespace: ns) {
      guard let node = p["spec"]?["nodeName"]?.stringValue, !["Succeeded", "Failed"].contains(p["status"]?["phase"]?.stringValue ?? "") else { continue }
      wanted.insert(node)
    }
    let fusePods = pods(of: rt, role: fuseRole, in: s)
    if wanted.isEmpty && fusePods.isEmpty && !onDemand {
      st["desiredFuseNumberScheduled"] = 0
      st["currentFuseNumberScheduled"] = 0
      st["fuseNumberReady"] = 0
      st["fuseNumberAvailable"] = 0
      st["fusePhase"] = "Ready"
      return []
    }
    // Labels and fuse pods go together here: the labelled nodes are those with a fuse pod.
    var labelled = Set(fusePods.compactMap { $0["spec"]?["nodeName"]?.stringValue })
    for name in wanted.subtracting(labelled).sorted() {
      guard var node = s.get(CoreKinds.node, nil, name) else { continue }
      node[path: ["metadata", "labels", label]] = "true"
      actions.append(.update(CoreKinds.node, node))
      labelled.insert(name)
    }
    if onDemand {
      for name in labelled.subtracting(wanted).sorted() {
        guard var node = s.get(CoreKinds.node, nil, name) else { continue }
        node[path: ["metadata", "labels", label]] = nil
        actions.append(.update(CoreKinds.node, node))
        labelled.remove(name)
      }
    }
    // The DaemonSet: one fuse pod per labelled node.
    let byNode = Dictionary(grouping: fusePods) { $0["spec"]?["nodeName"]?.stringValue ?? "" }
    for name in labelled.sorted() where byNode[name] == nil {
      var pod = componentPod(rt, ds, role: fuseRole, name: "\(rt.name)-\(engine.componentInfix)fuse-\(String(Self.hash5(name)))", startup: 4, jitter: false, in: s)
      pod[path: ["spec", "nodeName"]] = .string(name)
      actions.append(.create(CoreKinds.pod, pod))
    }
    for (name, list) in byNode where !labelled.contains(name) {
      for p in list { actions.append(.delete(CoreKinds.pod, namespace: ns, name: p["metadata"]?["name"]?.stringValue ?? "")) }
    }
    let ready = fusePods.filter { p in
      labelled.contains(p["spec"]?["nodeName"]?.stringValue ?? "")
        && (p["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
    }.count
    st["desiredFuseNumberScheduled"] = .int(Int64(labelled.count))
    st["currentFuseNumberScheduled"] = .int(Int64(fusePods.filter { labelled.contains($0["spec"]?["nodeName"]?.stringValue ?? "") }.count))
    st["fuseNumberReady"] = .int(Int64(ready))
    st["fuseNumberAvailable"] = .int(Int64(ready))
    st["fusePhase"] = "Ready"
    return actions
  }

  /// A DaemonSet-like 5-character suffix, stable per node.
  static func hash5(_ s: String) -> String { FluidNames.suffix5(UInt64(stableFraction(s) * 1e9)) }
}
