import FluidKit
import FluidModel
import Foundation

/// The workloads Fluid's charts install for a runtime: StatefulSets `<name>-master` and
/// `<name>-worker` (with the engine's infix, e.g. `-jindofs-`) and the fuse DaemonSet
/// `<name>-fuse`, owned by the runtime. Their pods are created by the runtime controller here,
/// controlled by their workload (adopted by it when created before it); `WorkloadStatusController`
/// keeps the workloads' status.
extension RuntimeController {
  func workloadName(_ rt: GenericRuntime, _ component: String) -> String { "\(rt.name)-\(engine.componentInfix)\(component)" }

  /// Creates the workloads of the components set up so far, and follows the worker count.
  func workloadActions(_ rt: GenericRuntime, _ ds: Dataset, status st: JSONValue, in s: ClusterSnapshot) -> [ControllerAction] {
    var out: [ControllerAction] = []
    var wanted: [(ResourceDescriptor, String, String, Int64?)] = []
    if engine.hasMaster, !(st["masterPhase"]?.stringValue ?? "").isEmpty {
      wanted.append((CoreKinds.statefulSet, "master", engine.masterRole, 1))
    }
    if !(st["workerPhase"]?.stringValue ?? "").isEmpty {
      wanted.append((CoreKinds.statefulSet, "worker", engine.workerRole, rt.replicas))
      wanted.append((CoreKinds.daemonSet, "fuse", fuseRole, nil))
    }
    for (kind, component, role, replicas) in wanted {
      let name = workloadName(rt, component)
      guard var existing = s.get(kind, rt.namespace, name) else {
        out.append(.create(kind, workload(rt, ds, kind: kind, name: name, role: role, replicas: replicas)))
        continue
      }
      if let replicas, existing["spec"]?["replicas"]?.intValue != replicas {
        existing[path: ["spec", "replicas"]] = .int(replicas)
        out.append(.update(kind, existing))
      }
    }
    return out
  }

  func workload(_ rt: GenericRuntime, _ ds: Dataset, kind: ResourceDescriptor, name: String, role: String, replicas: Int64?) -> JSONValue {
    let ns = rt.namespace ?? "default"
    let selector: JSONValue = ["app": .string(engine.type), "release": .string(rt.name), "role": .string(role)]
    var template: JSONValue = [
      "metadata": ["labels": labels(rt, ds, role: role)],
      "spec": ["containers": [["name": .string(role), "image": .string("fluidcloudnative/\(engine.type):sim")]]],
    ]
    var spec: JSONValue = ["selector": ["matchLabels": selector]]
    if let replicas {
      spec["replicas"] = .int(replicas)
      spec["serviceName"] = .string(name)
      spec["podManagementPolicy"] = "Parallel"
    } else {
      template[path: ["spec", "nodeSelector"]] = [.init(stringLiteral: FluidNames.fuseLabel(ns, rt.name, uid: datasetUID(rt, ds))): "true"]
    }
    spec["template"] = template
    return [
      "apiVersion": "apps/v1", "kind": .string(kind.kind),
      "metadata": [
        "name": .string(name), "namespace": .string(ns), "labels": labels(rt, ds, role: role),
        "ownerReferences": [OwnerReference(apiVersion: descriptor.apiVersion, kind: descriptor.kind, name: rt.name, uid: rt.metadata.uid ?? "").json],
      ],
      "spec": spec,
    ]
  }
}

/// kube-controller-manager's status keeping for StatefulSets and DaemonSets: counts of the
/// pods their selector picks (`release` and `role`), and adoption of those the runtime created
/// before the workload existed (their controller reference moves from the runtime to the
/// workload, as a workload controller adopts the pods it selects).
struct WorkloadStatusController: Controller {
  let primary: ResourceDescriptor

  var watchedKinds: Set<String> { [primary.qualifiedPlural, CoreKinds.pod.qualifiedPlural] }

  /// A component pod is named `<workload>-<ordinal or suffix>`.
  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    let ns = changed["metadata"]?["namespace"]?.stringValue
    let name = changed["metadata"]?["name"]?.stringValue ?? ""
    if kind.qualifiedPlural == primary.qualifiedPlural { return [ClusterSnapshot.key(ns, name)] }
    // Component pods carry their engine's `app` label (loaders and applications do not).
    guard kind.qualifiedPlural == RuntimeController.podKind, changed["metadata"]?["labels"]?["release"] != nil,
      changed["metadata"]?["labels"]?["app"] != nil,
      let dash = name.utf8.lastIndex(of: UInt8(ascii: "-"))
    else { return [] }
    let owner = String(name[..<dash])
    return snapshot.get(primary, ns, owner) == nil ? [] : [ClusterSnapshot.key(ns, owner)]
  }

  func reconcile(_ obj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let ns = obj["metadata"]?["namespace"]?.stringValue
    let match = obj["spec"]?["selector"]?["matchLabels"]
    guard let release = match?["release"]?.stringValue, obj["metadata"]?["deletionTimestamp"] == nil else { return r }
    let pods = s.pods(release: release, namespace: ns).filter {
      $0["metadata"]?["labels"]?["role"] == match?["role"] && $0["metadata"]?["deletionTimestamp"] == nil
    }
    let uid = obj["metadata"]?["uid"] ?? ""
    let runtimeUID = (obj["metadata"]?["ownerReferences"]?.arrayValue ?? []).first?["uid"]
    for pod in pods {
      let refs = pod["metadata"]?["ownerReferences"]?.arrayValue ?? []
      guard !refs.contains(where: { $0["uid"] == uid }), let runtimeUID, refs.contains(where: { $0["uid"] == runtimeUID }) else { continue }
      var adopted = pod
      adopted[path: ["metadata", "ownerReferences"]] = [[
        "apiVersion": "apps/v1", "kind": .string(primary.kind), "name": obj["metadata"]?["name"] ?? "", "uid": uid,
        "controller": true, "blockOwnerDeletion": true,
      ]]
      r.add(.update(CoreKinds.pod, adopted))
    }
    let ready = Int64(pods.filter(SnapshotIndexes.isReady).count)
    let scheduled = Int64(pods.filter { $0["spec"]?["nodeName"] != nil }.count)
    let generation = obj["metadata"]?["generation"] ?? 1
    let status: JSONValue =
      primary == CoreKinds.daemonSet
      ? [
        "desiredNumberScheduled": .int(Int64(pods.count)), "currentNumberScheduled": .int(scheduled), "numberReady": .int(ready),
        "updatedNumberScheduled": .int(scheduled), "numberAvailable": .int(ready), "numberMisscheduled": 0,
        "observedGeneration": generation,
      ]
      : [
        "replicas": .int(Int64(pods.count)), "readyReplicas": .int(ready), "currentReplicas": .int(Int64(pods.count)),
        "updatedReplicas": .int(Int64(pods.count)), "availableReplicas": .int(ready), "observedGeneration": generation,
      ]
    if obj["status"] != status {
      var updated = obj
      updated["status"] = status
      r.add(.updateStatus(primary, updated))
    }
    return r
  }
}
