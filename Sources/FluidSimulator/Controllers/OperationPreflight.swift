import FluidKit
import FluidModel
import Foundation

/// What every data operation checks before anything else (b.10 steps 1–3, b.11): its dataset
/// exists and has a bound runtime, the operation carries its finalizer and an owner reference
/// to the dataset, and (when `runAfter` is set) the operation it follows has completed.
enum OperationPreflight {
  enum Outcome {
    case proceed(Dataset, runtimeType: String)
    case stop(Reconciliation)
  }

  static func event(_ obj: JSONValue, _ component: String, _ type: String, _ reason: String, _ message: String) -> ControllerAction {
    .event(SimEvent(about: obj, type: type, reason: reason, message: message, component: component))
  }

  static func check(
    _ obj: JSONValue, datasetName: String?, finalizer: String, kind: ResourceDescriptor, component: String, in s: ClusterSnapshot
  ) -> Outcome {
    var r = Reconciliation()
    let meta = ObjectMeta(json: obj["metadata"] ?? .object([:]))
    let ns = meta.namespace ?? "default"
    guard let dsName = datasetName, let dsJSON = s.get(Dataset.descriptor, ns, dsName) else {
      r.add(event(obj, component, "Warning", "TargetDatasetNotFound", "Target dataset not found: \(ns)/\(datasetName ?? "")"))
      r.requeueAfter = 20
      return .stop(r)
    }
    let ds = Dataset(json: dsJSON)
    guard let runtimeType = ds.statusRuntimes.first?["type"]?.stringValue else {
      r.add(event(obj, component, "Normal", "RuntimeNotReady", "Bounded accelerate runtime not ready"))
      r.requeueAfter = 20
      return .stop(r)
    }
    if !meta.finalizers.contains(finalizer) || !meta.ownerReferences.contains(where: { $0.uid == ds.metadata.uid }) {
      var m = meta
      if !m.finalizers.contains(finalizer) { m.finalizers.append(finalizer) }
      if !m.ownerReferences.contains(where: { $0.uid == ds.metadata.uid }) {
        m.ownerReferences.append(OwnerReference(apiVersion: Dataset.descriptor.apiVersion, kind: "Dataset", name: ds.name, uid: ds.metadata.uid ?? ""))
      }
      var o = obj
      o["metadata"] = m.json
      r.add(.update(kind, o))
      return .stop(r)
    }
    return .proceed(ds, runtimeType: runtimeType)
  }

  /// nil when the operation may go on; otherwise the wait (events, requeue).
  static func waitForPreceding(_ obj: JSONValue, component: String, in s: ClusterSnapshot) -> Reconciliation? {
    guard let after = obj["spec"]?["runAfter"] else { return nil }
    var r = Reconciliation()
    let ns = obj["metadata"]?["namespace"]?.stringValue ?? "default"
    let kind = after["kind"]?.stringValue ?? "DataLoad"
    let name = after["name"]?.stringValue ?? ""
    let afterNS = after["namespace"]?.stringValue ?? ns
    guard let d = FluidCRDs.descriptors.first(where: { $0.kind == kind }), let prior = s.get(d, afterNS, name) else {
      r.add(event(obj, component, "Warning", "DataOperationNotFound", "Preceding operation \(kind) \"\(afterNS)/\(name)\" not found"))
      r.requeueAfter = 20
      return r
    }
    if prior["status"]?["phase"]?.stringValue != "Complete" {
      r.add(event(obj, component, "Normal", "DataOperationWaiting", "Waiting for operation \(kind) \"\(afterNS)/\(name)\" to complete"))
      r.requeueAfter = 20
      return r
    }
    return nil
  }
}
