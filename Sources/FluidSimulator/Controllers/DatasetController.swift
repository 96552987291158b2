import FluidKit
import FluidModel
import Foundation

/// Fluid's dataset controller (b.1, b.9): finalizer, `NotBound`, reference datasets (a
/// ThinRuntime for a `dataset://` mount), and deletion blocked while pods use the PVC.
struct DatasetController: Controller {
  static let finalizer = "fluid-dataset-controller-finalizer"
  static let component = "Dataset"
  var primary: ResourceDescriptor { Dataset.descriptor }

  var watchedKinds: Set<String> { [Dataset.descriptor.qualifiedPlural, CoreKinds.pod.qualifiedPlural] }

  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    let ns = changed["metadata"]?["namespace"]?.stringValue
    switch kind {
    case Dataset.descriptor: return [ClusterSnapshot.key(ns, changed["metadata"]?["name"]?.stringValue ?? "")]
    case CoreKinds.pod:
      // A pod that stops using a PVC may unblock a dataset's deletion.
      return Pod(json: changed).claimNames.map { ClusterSnapshot.key(ns, $0) }
    default: return []
    }
  }

  func reconcile(_ obj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    var ds = Dataset(json: obj)
    if !ObjectMetaValidation.isDNS1035Label(ds.name) {
      r.add(.event(SimEvent(about: obj, type: "Warning", reason: "ErrorCreateDataset",
        message: "Failed to create dataset because err: \(ObjectMetaValidation.dns1035LabelMessage)", component: Self.component)))
      return r
    }
    if ds.metadata.deletionTimestamp != nil { return delete(ds, in: s) }
    if !ds.metadata.finalizers.contains(Self.finalizer) {
      ds.metadata.finalizers.append(Self.finalizer)
      r.add(.update(Dataset.descriptor, ds.json))
      return r
    }
    let refs = ds.mounts.filter { $0.scheme == "dataset" }
    if !refs.isEmpty {
      if refs.count != 1 || ds.mounts.count != 1 {
        r.add(.event(SimEvent(about: obj, type: "Warning", reason: "ErrorCreateDataset",
          message: "Failed to create dataset because err: a reference dataset must have exactly one dataset:// mount and no other", component: Self.component)))
        return r
      }
      if s.get(ThinRuntime.descriptor, ds.namespace, ds.name) == nil {
        var thin = ThinRuntime(name: ds.name, namespace: ds.namespace)
        thin.json["spec"] = .object([:])
        r.add(.create(ThinRuntime.descriptor, thin.json))
      }
    }
    if (ds.phase ?? "").isEmpty {
      var updated = ds
      updated.phase = "NotBound"
      updated.conditions = []
      r.add(.updateStatus(Dataset.descriptor, updated.json))
    }
    return r
  }

  func delete(_ ds: Dataset, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard ds.metadata.finalizers.contains(Self.finalizer) else { return r }
    let users = s.users(of: ds.name, namespace: ds.namespace).map(Pod.init(json:)).filter {
      $0.namespace == ds.namespace && $0.claimNames.contains(ds.name) && !["Succeeded", "Failed"].contains($0.phase ?? "")
        && $0.metadata.deletionTimestamp == nil
    }
    if let user = users.first {
      r.add(.event(SimEvent(about: ds.json, type: "Warning", reason: "ErrorDeleteDataset",
        message: "Failed to delete dataset because err: can not delete dataset because Pod \(user.name) in Namespace \(user.namespace ?? "") is using it",
        component: Self.component)))
      r.requeueAfter = 10
      return r
    }
    var updated = ds
    updated.metadata.finalizers.removeAll { $0 == Self.finalizer }
    r.add(.update(Dataset.descriptor, updated.json))
    return r
  }
}
