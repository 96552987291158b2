import FluidKit
import FluidModel
import Foundation

extension RuntimeController {
  func labels(_ rt: GenericRuntime, _ ds: Dataset, role: String) -> JSONValue {
    [
      "app": .string(engine.type), "release": .string(rt.name), "role": .string(role),
      "fluid.io/dataset-id": .string(FluidNames.datasetID(rt.namespace, rt.name, uid: datasetUID(rt, ds))),
    ]
  }

  /// The controller of a component pod: its StatefulSet (master, worker) or DaemonSet (fuse)
  /// once that exists, else the runtime (the workload controller adopts the pod when its
  /// workload appears, see `WorkloadStatusController`).
  func componentOwner(_ rt: GenericRuntime, role: String, in s: ClusterSnapshot) -> JSONValue {
    let (kind, component): (ResourceDescriptor, String) =
      role == fuseRole ? (CoreKinds.daemonSet, "fuse") : (CoreKinds.statefulSet, role == engine.masterRole ? "master" : "worker")
    let name = workloadName(rt, component)
    if let uid = s.get(kind, rt.namespace, name)?["metadata"]?["uid"] {
      return ["apiVersion": "apps/v1", "kind": .string(kind.kind), "name": .string(name), "uid": uid, "controller": true, "blockOwnerDeletion": true]
    }
    return OwnerReference(apiVersion: descriptor.apiVersion, kind: descriptor.kind, name: rt.name, uid: rt.metadata.uid ?? "").json
  }

  /// A master (or other non-worker) pod of the runtime, controlled by its workload.
  func componentPod(_ rt: GenericRuntime, _ ds: Dataset, role: String, name: String, startup: Double, jitter: Bool = true, in s: ClusterSnapshot) -> JSONValue {
    var pod: JSONValue = [
      "apiVersion": "v1", "kind": "Pod",
      "metadata": [
        "name": .string(name), "namespace": .string(rt.namespace ?? "default"), "labels": labels(rt, ds, role: role),
        "annotations": [.init(stringLiteral: SimPodAnnotations.startupSeconds): .string(jitter ? jittered(startup, name) : String(startup))],
        "ownerReferences": [componentOwner(rt, role: role, in: s)],
      ],
      "spec": [
        "containers": [["name": .string(role), "image": .string("fluidcloudnative/\(engine.type):sim")]],
        "restartPolicy": "Always",
      ],
    ]
    if let tolerations = ds.json["spec"]?["tolerations"] { pod[path: ["spec", "tolerations"]] = tolerations }
    if let selector = rt.json["spec"]?["master"]?["nodeSelector"], role == engine.masterRole {
      pod[path: ["spec", "nodeSelector"]] = selector
    }
    return pod
  }

  /// Worker `index`: Fluid's placement labels, the dataset's node affinity and tolerations, and
  /// the tiered-store quotas as cache requests on its node.
  func workerPod(_ rt: GenericRuntime, _ ds: Dataset, index: Int, in s: ClusterSnapshot) -> JSONValue {
    let name = engine.workerPodName(rt.name, index)
    var pod = componentPod(rt, ds, role: engine.workerRole, name: name, startup: 6, in: s)
    pod[path: ["metadata", "labels", "fluid.io/dataset"]] = .string(FluidNames.datasetID(rt.namespace, rt.name, uid: datasetUID(rt, ds)))
    pod[path: ["metadata", "labels", "fluid.io/dataset-placement"]] = .string(ds.placement.isEmpty ? "Exclusive" : ds.placement)
    pod[path: ["metadata", "annotations", cachedBytesAnnotation]] = "0"
    var perMedium: [String: Double] = [:]
    for level in rt.tieredStoreLevels { perMedium[level.mediumType, default: 0] += level.quota?.value ?? 0 }
    for (medium, key) in [("MEM", SimPodAnnotations.cacheMem), ("SSD", SimPodAnnotations.cacheSSD), ("HDD", SimPodAnnotations.cacheHDD)] {
      if let v = perMedium[medium], v > 0 { pod[path: ["metadata", "annotations", key]] = .string(String(Int64(v))) }
    }
    if let required = ds.requiredNodeAffinity {
      pod[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]] = required
    }
    if let selector = rt.json["spec"]?["worker"]?["nodeSelector"] { pod[path: ["spec", "nodeSelector"]] = selector }
    if let resources = rt.json["spec"]?["worker"]?["resources"] {
      var containers = pod["spec"]?["containers"]?.arrayValue ?? []
      if !containers.isEmpty { containers[0]["resources"] = resources }
      pod[path: ["spec", "containers"]] = .array(containers)
    }
    return pod
  }

  /// `base` seconds with a stable ±25% jitter per pod name.
  func jittered(_ base: Double, _ name: String) -> String {
    String(format: "%.1f", base * (0.75 + 0.5 * stableFraction(name)))
  }
}
