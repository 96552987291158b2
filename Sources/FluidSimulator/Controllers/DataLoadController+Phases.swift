import FluidKit
import FluidModel
import Foundation

extension DataLoadController {
  func loaderName(_ load: DataLoad) -> String { Transfer.loaderPodName(ofLoad: load.name) }

  func pending(_ load: DataLoad, _ ds: Dataset, runtimeType: String, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let ns = load.namespace ?? "default"
    if let wait = OperationPreflight.waitForPreceding(load.json, component: Self.component, in: s) { return wait }
    guard ds.phase == "Bound" else {
      r.add(event(load.json, "Normal", "RuntimeNotReady", "Bounded accelerate runtime not ready"))
      r.requeueAfter = 20
      return r
    }
    guard Engine.forType(runtimeType)?.supportsDataLoad == true else {
      r.add(event(load.json, "Warning", "DataOperationNotSupport", "RuntimeType \(runtimeType) not support DataLoad"))
      var failed = load
      failed.status = ["phase": "Failed", "duration": "0s", "conditions": [condition("Failed", "DataOperationNotSupport", "RuntimeType \(runtimeType) not support DataLoad", s)], "infos": .object([:])]
      r.add(.updateStatus(DataLoad.descriptor, failed.json))
      return r
    }
    let holders = FluidFormat.commaSeparated(ds.operationRef["DataLoad"] ?? "")
    if let other = holders.first(where: { $0 != load.name }), s.get(DataLoad.descriptor, ns, other) != nil {
      // Fluid requeues every 20 s until the holder releases the dataset; nothing else happens
      // meanwhile, so the polls coalesce (see `polled`).
      r.refreshEvery = Self.poll
      return r
    }
    var locked = ds
    locked.operationRef["DataLoad"] = load.name
    r.add(.updateStatus(Dataset.descriptor, locked.json))
    var executing = load
    executing.phase = "Executing"
    if load.policy == "Cron" {
      // The chart installs a CronJob; its Jobs start on the schedule (see `executing`).
      r.add(.updateStatus(DataLoad.descriptor, executing.json))
      r.requeueAfter = 0.001
      return r
    }
    r.add(.updateStatus(DataLoad.descriptor, executing.json))
    r.actions += startLoader(load, ds, in: s)
    r.requeueAfter = Self.tick
    return r
  }

  /// The next run of a Cron DataLoad after its last one (or its creation).
  func nextRun(_ load: DataLoad) -> Date? {
    guard let cron = load.schedule.flatMap(CronSchedule.init) else { return nil }
    let last = (load.json["status"]?["lastScheduleTime"]?.stringValue ?? load.metadata.creationTimestamp).flatMap(Timestamps.parse)
    return last.flatMap { cron.next(after: $0) }
  }

  /// The loader Job's pod, and its transfer (see `Transfer`): bytes start to move once the
  /// metadata is loaded.
  func startLoader(_ load: DataLoad, _ ds: Dataset, in s: ClusterSnapshot) -> [ControllerAction] {
    let ns = load.namespace ?? "default"
    let total = DataLoadPlan.targetBytes(load, ds, in: s)
    let metadataDelay = load.loadMetadata ? Metadata.of(ds, in: s).syncSeconds : 0
    let pod: JSONValue = [
      "apiVersion": "v1", "kind": "Pod",
      "metadata": [
        "name": .string(loaderName(load)), "namespace": .string(ns),
        "labels": ["job-name": .string(loaderName(load)), "release": .string("\(load.name)-loader"), "role": "dataload-job"],
        "annotations": [.init(stringLiteral: SimPodAnnotations.startupSeconds): "1"],
        "ownerReferences": [OwnerReference(apiVersion: DataLoad.descriptor.apiVersion, kind: "DataLoad", name: load.name, uid: load.metadata.uid ?? "").json],
      ],
      "spec": [
        "containers": [["name": "dataloader", "image": "fluidcloudnative/fluid-dataloader:sim"]], "restartPolicy": "Never",
      ],
    ]
    let start = s.now.timeIntervalSince1970 + metadataDelay
    // Whole bytes, as the loader counts them.
    let transfer = Transfer(targetBytes: Double(Int64(total)), updatedAt: start, startedAt: start)
    return [.create(CoreKinds.pod, pod), .transfer(key: Transfer.key(ofLoader: pod), transfer)]
  }

  func finished(_ load: DataLoad, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    if load.policy == "Cron" {
      // The next scheduled Job re-enters Pending (duration "-"), re-locks, and runs.
      guard let next = nextRun(load) else { return r }
      if s.now >= next {
        var again = load
        var st = load.json["status"] ?? .object([:])
        st["phase"] = "Pending"
        st["duration"] = "-"
        again.status = st
        r.add(.updateStatus(DataLoad.descriptor, again.json))
        if s.get(CoreKinds.pod, load.namespace, loaderName(load)) != nil {
          r.add(.delete(CoreKinds.pod, namespace: load.namespace, name: loaderName(load)))
        }
      } else {
        r.requeueAfter = next.timeIntervalSince(s.now)
      }
      return r
    }
    guard let ttl = load.ttlSecondsAfterFinished, load.json["spec"]?["policy"]?.stringValue ?? "Once" == "Once" else { return r }
    let doneAt = load.conditions.first?.lastTransitionTime.flatMap(Timestamps.parse) ?? s.now
    let at = doneAt.addingTimeInterval(Double(ttl))
    if s.now >= at {
      r.add(.delete(DataLoad.descriptor, namespace: load.namespace, name: load.name))
    } else {
      r.requeueAfter = at.timeIntervalSince(s.now)
    }
    return r
  }

  /// Deletion: release the dataset's lock, remove the loader, drop the finalizer.
  func cleanup(_ load: DataLoad, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard load.metadata.finalizers.contains(Self.finalizer) else { return r }
    r.actions += releaseLock(load, in: s)
    if s.get(CoreKinds.pod, load.namespace, loaderName(load)) != nil {
      r.add(.delete(CoreKinds.pod, namespace: load.namespace, name: loaderName(load)))
    }
    var updated = load
    updated.metadata.finalizers.removeAll { $0 == Self.finalizer }
    r.add(.update(DataLoad.descriptor, updated.json))
    return r
  }

  func releaseLock(_ load: DataLoad, in s: ClusterSnapshot) -> [ControllerAction] {
    guard let name = load.datasetName, let dsJSON = s.get(Dataset.descriptor, load.namespace, name) else { return [] }
    var ds = Dataset(json: dsJSON)
    let holders = FluidFormat.commaSeparated(ds.operationRef["DataLoad"] ?? "").filter { $0 != load.name }
    if holders.joined(separator: ",") == (ds.operationRef["DataLoad"] ?? "") { return [] }
    ds.operationRef["DataLoad"] = holders.isEmpty ? nil : holders.joined(separator: ",")
    return [.updateStatus(Dataset.descriptor, ds.json)]
  }
}
