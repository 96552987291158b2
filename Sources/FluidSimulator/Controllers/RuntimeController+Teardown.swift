import FluidKit
import FluidModel
import Foundation

extension RuntimeController {
  /// Runtime deletion (b.9): volumes first, then the engine (pods, node labels), then the
  /// dataset is reset to `NotBound`, and the finalizer goes.
  func teardown(_ rt: GenericRuntime, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard rt.metadata.finalizers.contains(engine.finalizer) else { return r }
    let ns = rt.namespace ?? "default"
    if s.get(CoreKinds.persistentVolumeClaim, ns, rt.name) != nil {
      r.add(.delete(CoreKinds.persistentVolumeClaim, namespace: ns, name: rt.name))
    }
    if s.get(CoreKinds.persistentVolume, nil, "\(ns)-\(rt.name)") != nil {
      r.add(.delete(CoreKinds.persistentVolume, namespace: nil, name: "\(ns)-\(rt.name)"))
    }
    let dsJSON = s.get(Dataset.descriptor, rt.namespace, rt.name)
    let ds = dsJSON.map(Dataset.init(json:)) ?? Dataset(name: rt.name, namespace: rt.namespace)
    r.actions += nodeLabels(rt, ds, readyWorkers: [], in: s)
    let fuseLabel = FluidNames.fuseLabel(ns, rt.name, uid: datasetUID(rt, ds))
    for node in s.list(CoreKinds.node) where node["metadata"]?["labels"]?[fuseLabel] != nil {
      var n = node
      n[path: ["metadata", "labels", fuseLabel]] = nil
      r.add(.update(CoreKinds.node, n))
    }
    for role in [engine.masterRole, engine.workerRole, fuseRole] {
      for p in pods(of: rt, role: role, in: s) {
        r.add(.delete(CoreKinds.pod, namespace: ns, name: p["metadata"]?["name"]?.stringValue ?? ""))
      }
    }
    if var d = dsJSON, d["metadata"]?["deletionTimestamp"] == nil, d["status"]?["phase"]?.stringValue != "NotBound" || d["status"]?["runtimes"] != nil {
      d["status"] = ["phase": "NotBound", "conditions": .array([]), "ufsTotal": "", "fileNum": "", "cacheStates": .object([:])]
      r.add(.updateStatus(Dataset.descriptor, d))
    }
    var updated = rt
    updated.metadata.finalizers.removeAll { $0 == engine.finalizer }
    r.add(.update(descriptor, updated.json))
    return r
  }
}
