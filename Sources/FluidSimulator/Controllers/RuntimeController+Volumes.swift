import FluidKit
import FluidModel
import Foundation

extension RuntimeController {
  /// The PV `<namespace>-<name>` and PVC `<name>` Fluid creates once the dataset is bound (b.6).
  func volumes(_ rt: GenericRuntime, _ ds: Dataset, in s: ClusterSnapshot) -> [ControllerAction] {
    let ns = rt.namespace ?? "default"
    let pvName = "\(ns)-\(rt.name)"
    var actions: [ControllerAction] = []
    let uid = datasetUID(rt, ds)
    let labels: JSONValue = [
      .init(stringLiteral: FluidNames.cacheLabel(ns, rt.name, uid: uid)): "true",
      "fluid.io/dataset-id": .string(FluidNames.datasetID(ns, rt.name, uid: uid)),
    ]
    let capacity = ds.metadata.annotations["pvc.fluid.io/resources.requests.storage"] ?? "100Pi"
    let modes: JSONValue = ds.accessModes.isEmpty ? ["ReadOnlyMany"] : .array(ds.accessModes.map { .string($0) })
    if s.get(CoreKinds.persistentVolume, nil, pvName) == nil {
      actions.append(.create(CoreKinds.persistentVolume, [
        "apiVersion": "v1", "kind": "PersistentVolume",
        "metadata": ["name": .string(pvName), "labels": labels, "annotations": ["CreatedBy": "fluid"]],
        "spec": [
          "accessModes": modes, "capacity": ["storage": .string(capacity)], "storageClassName": "fluid",
          "persistentVolumeReclaimPolicy": "Retain",
          "claimRef": ["namespace": .string(ns), "name": .string(rt.name)],
          "csi": [
            "driver": "fuse.csi.fluid.io", "volumeHandle": .string(pvName),
            "volumeAttributes": [
              "fluid_path": .string("/runtime-mnt/\(engine.type)/\(ns)/\(rt.name)/\(engine.type)-fuse"),
              "mount_type": .string(engine.mountType), "runtime_namespace": .string(ns), "runtime_name": .string(rt.name),
              "mount_pod_node_selector_key": .string(FluidNames.fuseLabel(ns, rt.name, uid: uid)),
            ],
          ],
        ],
      ]))
    } else if s.get(CoreKinds.persistentVolume, nil, pvName)?["status"]?["phase"]?.stringValue != "Bound" {
      var pv = s.get(CoreKinds.persistentVolume, nil, pvName) ?? .null
      pv["status"] = ["phase": "Bound"]
      actions.append(.updateStatus(CoreKinds.persistentVolume, pv))
    }
    if s.get(CoreKinds.persistentVolumeClaim, ns, rt.name) == nil {
      actions.append(.create(CoreKinds.persistentVolumeClaim, [
        "apiVersion": "v1", "kind": "PersistentVolumeClaim",
        "metadata": ["name": .string(rt.name), "namespace": .string(ns), "labels": labels],
        "spec": [
          "accessModes": modes, "resources": ["requests": ["storage": .string(capacity)]], "storageClassName": "fluid",
          "volumeName": .string(pvName),
        ],
      ]))
    } else if s.get(CoreKinds.persistentVolumeClaim, ns, rt.name)?["status"]?["phase"]?.stringValue != "Bound" {
      var pvc = s.get(CoreKinds.persistentVolumeClaim, ns, rt.name) ?? .null
      pvc["status"] = ["phase": "Bound", "accessModes": modes, "capacity": ["storage": .string(capacity)]]
      actions.append(.updateStatus(CoreKinds.persistentVolumeClaim, pvc))
    }
    return actions
  }

  /// Fluid's node labels (b.7) on nodes with a ready worker of this dataset, removed elsewhere.
  func nodeLabels(_ rt: GenericRuntime, _ ds: Dataset, readyWorkers: [JSONValue], in s: ClusterSnapshot) -> [ControllerAction] {
    let ns = rt.namespace ?? "default"
    let uid = datasetUID(rt, ds)
    let ready = Set(readyWorkers.filter { p in
      (p["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
    }.compactMap { $0["spec"]?["nodeName"]?.stringValue })
    var mem = 0.0
    var disk = 0.0
    for l in rt.tieredStoreLevels {
      if l.mediumType == "MEM" { mem += l.quota?.value ?? 0 } else { disk += l.quota?.value ?? 0 }
    }
    let exclusive = ds.placement != "Shared"
    var actions: [ControllerAction] = []
    // Only nodes that host a ready worker now, or carried this dataset's labels before.
    let labelledBefore = Set(FluidFormat.commaSeparated(rt.metadata.annotations[labelledNodesAnnotation] ?? ""))
    // The same for every node: the label keys and the capacity values.
    let keys = ["fluid.io/s-\(engine.type)-", "fluid.io/s-", "fluid.io/s-h-\(engine.type)-m-", "fluid.io/s-h-\(engine.type)-d-", "fluid.io/s-h-\(engine.type)-t-"]
      .map { FluidNames.namespaced($0, ns, rt.name, uid: uid) }
    let memText = JSONValue.string(FluidFormat.bytes(mem).replacingTwoDecimals())
    let diskText = JSONValue.string(FluidFormat.bytes(disk).replacingTwoDecimals())
    let totalText = JSONValue.string(FluidFormat.bytes(mem + disk).replacingTwoDecimals())
    let owner = "\(ns)_\(rt.name)"
    for name in ready.union(labelledBefore).sorted() {
      guard let node = s.get(CoreKinds.node, nil, name) else { continue }
      var labels = node["metadata"]?["labels"]?.objectValue ?? [:]
      let before = labels
      if ready.contains(name) {
        labels[keys[0]] = "true"
        labels[keys[1]] = "true"
        if mem > 0 { labels[keys[2]] = memText }
        if disk > 0 { labels[keys[3]] = diskText }
        labels[keys[4]] = totalText
        if exclusive { labels["fluid_exclusive"] = .string(owner) }
      } else if labels[keys[1]] != nil {
        for k in keys { labels[k] = nil }
        if labels["fluid_exclusive"]?.stringValue == owner { labels["fluid_exclusive"] = nil }
      }
      let count = labels.keys.filter { $0.utf8.starts(with: "fluid.io/s-".utf8) && !$0.utf8.starts(with: "fluid.io/s-h-".utf8) }.count / 2
      labels["fluid.io/dataset-num"] = count > 0 ? .string(String(count)) : nil
      if labels != before {
        var n = node
        n[path: ["metadata", "labels"]] = .object(labels)
        actions.append(.update(CoreKinds.node, n))
      }
    }
    let now = ready.sorted().joined(separator: ",")
    if now != (rt.metadata.annotations[labelledNodesAnnotation] ?? ""), s.get(descriptor, rt.namespace, rt.name) != nil {
      var updated = rt
      updated.metadata.annotations[labelledNodesAnnotation] = now.isEmpty ? nil : now
      actions.append(.update(descriptor, updated.json))
    }
    return actions
  }
}

/// Annotation on a runtime: the nodes it labelled (so that a sync looks only at those).
let labelledNodesAnnotation = "sim.fluidctl.io/labelled-nodes"

extension String {
  /// `10.00GiB` → `10GiB` (Fluid's node labels use whole units when they can).
  /// The string without any `.00` (scanned left to right, as `replacingOccurrences` does).
  func replacingTwoDecimals() -> String {
    let u = Array(utf8)
    guard u.count >= 3 else { return self }
    var out: [UInt8] = []
    out.reserveCapacity(u.count)
    var i = 0
    while i < u.count {
      if i + 2 < u.count, u[i] == 0x2E, u[i + 1] == 0x30, u[i + 2] == 0x30 {
        i += 3
      } else {
        out.append(u[i])
        i += 1
      }
    }
    return out.count == u.count ? self : String(decoding: out, as: UTF8.self)
  }
}
