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

  /// A master (or other non-worker) pod of the runtime, owned by it.
  func componentPod(_ rt: GenericRuntime, _ ds: Dataset, role: String, name: String, startup: Double, jitter: Bool = true) -> JSONValue {
    var pod: JSONValue = [
      "apiVersion": "v1", "kind": "Pod",
      "metadata": [
        "name": .string(name), "namespace": .string(rt.namespace ?? "default"), "labels": labels(rt, ds, role: role),
        "annotations": [.init(stringLiteral: SimPodAnnotations.startupSeconds): .string(jitter ? jittered(startup, name) : String(startup))],
        "ownerReferences": [OwnerReference(apiVersion: descriptor.apiVersion, kind: descriptor.kind, name: rt.name, uid: rt.metadata.uid ?? "").json],
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
  func workerPod(_ rt: GenericRuntime, _ ds: Dataset, index: Int) -> JSONValue {
    let name = engine.workerPodName(rt.name, index)
    var pod = componentPod(rt, ds, role: engine.workerRole, name: name, startup: 6)
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
