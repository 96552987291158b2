import FluidKit
import FluidModel
import Foundation

/// kube-controller-manager's node lifecycle controller: a node whose Ready condition is False
/// is tainted `node.kubernetes.io/not-ready`, one whose Ready is Unknown (its kubelet stopped
/// reporting) `node.kubernetes.io/unreachable`, each with NoSchedule and NoExecute; the taints
/// go when the node is Ready again. The taint manager's evictions are `PodController`'s.
struct NodeLifecycleController: Controller {
  static let notReady = "node.kubernetes.io/not-ready"
  static let unreachable = "node.kubernetes.io/unreachable"
  var primary: ResourceDescriptor { CoreKinds.node }

  /// The taint key for a node's Ready condition status, nil when none is due.
  static func taintKey(readyStatus: String?) -> String? {
    switch readyStatus {
    case "False": return notReady
    case "Unknown": return unreachable
    default: return nil
    }
  }

  static func readyStatus(_ node: JSONValue) -> String? {
    (node["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"] == "Ready" }?["status"]?.stringValue
  }

  func reconcile(_ node: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard node["metadata"]?["deletionTimestamp"] == nil else { return r }
    let current = node["spec"]?["taints"]?.arrayValue ?? []
    let managed = [Self.notReady, Self.unreachable]
    var taints = current.filter { !managed.contains($0["key"]?.stringValue ?? "") }
    if let key = Self.taintKey(readyStatus: Self.readyStatus(node)) {
      for effect in ["NoSchedule", "NoExecute"] {
        let kept = current.first { $0["key"]?.stringValue == key && $0["effect"]?.stringValue == effect }
        taints.append(kept ?? ["key": .string(key), "effect": .string(effect), "timeAdded": .string(s.nowText)])
      }
    }
    guard taints != current else { return r }
    var updated = node
    updated[path: ["spec", "taints"]] = taints.isEmpty ? nil : .array(taints)
    r.add(.update(CoreKinds.node, updated))
    return r
  }
}
