import FluidKit
import FluidModel
import Foundation

extension DataLoadController {
  /// Deletes the loader Job (its pods follow by garbage collection), or a bare loader pod an
  /// earlier version created.
  func deleteLoader(_ load: DataLoad, in s: ClusterSnapshot) -> [ControllerAction] {
    let name = Transfer.loaderJobName(ofLoad: load.name)
    return [CoreKinds.cronJob, CoreKinds.job, CoreKinds.pod].compactMap { kind in
      s.get(kind, load.namespace, name) == nil ? nil : .delete(kind, namespace: load.namespace, name: name)
    }
  }

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
    r.add(.updateStatus(DataLoad.descriptor, executing.json))
    if load.policy == "Cron" {
      // The CronJob is installed next (its schedule checked first).
      r.requeueAfter = 0.001
      return r
    }
    if s.get(CoreKinds.job, ns, Transfer.loaderJobName(ofLoad: load.name)) == nil {
      r.add(.create(CoreKinds.job, loaderJob(load, ds)))
      r.add(newTransfer(load, ds, in: s))
    }
    r.requeueAfter = Self.tick
    return r
  }

  /// A new transfer for the loader's run starting now: bytes start to move once the metadata
  /// is loaded.
  func newTransfer(_ load: DataLoad, _ ds: Dataset, in s: ClusterSnapshot) -> ControllerAction {
    let total = DataLoadPlan.targetBytes(load, ds, in: s)
    let metadataDelay = load.loadMetadata ? Metadata.of(ds, in: s).syncSeconds : 0
    let start = s.now.timeIntervalSince1970 + metadataDelay
    // Whole bytes, as the loader counts them.
    let transfer = Transfer(targetBytes: total.rounded(.down), updatedAt: start, startedAt: start)
    return .transfer(key: Transfer.loaderKey(ofLoad: load.name, namespace: load.namespace), transfer)
  }

  /// The chart's CronJob for a Cron DataLoad: the loader Job as its template, run on the
  /// DataLoad's schedule.
  func loaderCronJob(_ load: DataLoad, _ ds: Dataset) -> JSONValue {
    let job = loaderJob(load, ds)
    var cj = job
    cj["kind"] = "CronJob"
    cj[path: ["metadata", "labels", "role"]] = "dataload-cronjob"
    cj[path: ["metadata", "labels", "dataload"]] = .string(load.name)
    cj[path: ["metadata", "labels", "fluid.io/jobPolicy"]] = "cron"
    var jobSpec = job["spec"] ?? .object([:])
    jobSpec[path: ["template", "metadata", "labels", "cronjob"]] = job["metadata"]?["name"] ?? ""
    cj["spec"] = ["schedule": .string(load.schedule ?? ""), "jobTemplate": ["spec": jobSpec]]
    return cj
  }

  /// The chart's Job: labels `release`, `role: dataload-job`, `app`, `targetDataset`; owned by
  /// the DataLoad; backoffLimit 3; its pods labelled `role: dataload-pod`, never restarted, and
  /// placed with the DataLoad's scheduling fields.
  func loaderJob(_ load: DataLoad, _ ds: Dataset) -> JSONValue {
    let release = OperationReleases.release(kind: "DataLoad", name: load.name)
    let app = JSONValue.string(ds.statusRuntimes.first?["type"]?.stringValue ?? "alluxio")
    let spec = load.json["spec"]
    var podSpec: JSONValue = [
      "restartPolicy": "Never", "containers": [["name": "dataloader", "image": "fluidcloudnative/fluid-dataloader:sim", "imagePullPolicy": "IfNotPresent"]],
    ]
    for field in ["nodeSelector", "affinity", "tolerations", "schedulerName"] { podSpec[field] = spec?[field] }
    var podLabels: JSONValue = ["release": .string(release), "role": "dataload-pod", "app": app, "targetDataset": .string(ds.name)]
    for (k, v) in spec?["podMetadata"]?["labels"]?.objectValue ?? [:] { podLabels[k] = v }
    var podAnnotations: JSONValue = ["sidecar.istio.io/inject": "false", .init(stringLiteral: SimPodAnnotations.startupSeconds): "1"]
    for (k, v) in spec?["podMetadata"]?["annotations"]?.objectValue ?? [:] { podAnnotations[k] = v }
    return [
      "apiVersion": "batch/v1", "kind": "Job",
      "metadata": [
        "name": .string(Transfer.loaderJobName(ofLoad: load.name)), "namespace": .string(load.namespace ?? "default"),
        "labels": ["release": .string(release), "role": "dataload-job", "app": app, "targetDataset": .string(ds.name)],
        "ownerReferences": [[
          "apiVersion": .string(DataLoad.descriptor.apiVersion), "kind": "DataLoad", "name": .string(load.name),
          "uid": .string(load.metadata.uid ?? ""), "controller": true, "blockOwnerDeletion": true,
        ]],
      ],
      "spec": [
        "backoffLimit": 3, "completions": 1, "parallelism": 1,
        "template": ["metadata": ["name": .string(release), "labels": podLabels, "annotations": podAnnotations], "spec": podSpec],
      ],
    ]
  }

  func finished(_ load: DataLoad, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    if load.policy == "Cron" {
      // A new run of the CronJob re-enters Pending (duration "-"), re-locks, and executes.
      guard let cj = s.get(CoreKinds.cronJob, load.namespace, Transfer.loaderJobName(ofLoad: load.name)),
        let st = CronJobController.rerunStatus(load.json["status"], cronJob: cj, in: s)
      else { return r }
      var again = load
      again.status = st
      r.add(.updateStatus(DataLoad.descriptor, again.json))
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
    r.actions += deleteLoader(load, in: s)
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
