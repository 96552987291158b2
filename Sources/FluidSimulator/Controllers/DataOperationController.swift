import FluidKit
import FluidModel
import Foundation

/// DataBackup, DataMigrate and DataProcess (b.11): the lifecycle Fluid's operation controller
/// gives every data operation — validation, dataset lock, a Job polled every 20 s, Job-style
/// conditions, events, runAfter, TTL — with each kind's rules in a small table.
struct DataOperationController: Controller {
  struct Kind: Sendable {
    var descriptor: ResourceDescriptor
    var engines: Set<String>
    /// A validation failure: (reason, message).
    var validate: @Sendable (JSONValue) -> (String, String)?
    var datasetName: @Sendable (JSONValue) -> String?
    /// How long the operation's Job runs, in simulated seconds.
    var runSeconds: @Sendable (JSONValue, Metadata) -> Double
    /// Dataset phase while it runs (DataMigrate: DataMigrating).
    var datasetPhase: String?
  }

  let kind: Kind
  var primary: ResourceDescriptor { kind.descriptor }
  var watchedKinds: Set<String> { [primary.qualifiedPlural, CoreKinds.cronJob.qualifiedPlural] }

  /// The operation's own changes, and its CronJob's (a run starting or ending).
  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    let ns = changed["metadata"]?["namespace"]?.stringValue
    if kind == primary { return [ClusterSnapshot.key(ns, changed["metadata"]?["name"]?.stringValue ?? "")] }
    guard kind == CoreKinds.cronJob,
      let owner = (changed["metadata"]?["ownerReferences"]?.arrayValue ?? []).first(where: { $0["kind"]?.stringValue == opType })
    else { return [] }
    return [ClusterSnapshot.key(ns, owner["name"]?.stringValue ?? "")]
  }
  var opType: String { kind.descriptor.kind }
  var finalizer: String { "fluid-\(opType.lowercased())-controller-finalizer" }

  func event(_ obj: JSONValue, _ type: String, _ reason: String, _ message: String) -> ControllerAction {
    .event(SimEvent(about: obj, type: type, reason: reason, message: message, component: opType))
  }

  func status(_ phase: String, duration: String, conditions: [JSONValue] = [], infos: JSONValue = .object([:])) -> JSONValue {
    ["phase": .string(phase), "duration": .string(duration), "conditions": .array(conditions), "infos": infos]
  }

  func condition(_ type: String, _ reason: String, _ message: String, at: String, now: String) -> JSONValue {
    [
      "type": .string(type), "status": "True", "reason": .string(reason), "message": .string(message),
      "lastProbeTime": .string(now), "lastTransitionTime": .string(at),
    ]
  }

  func reconcile(_ obj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let meta = ObjectMeta(json: obj["metadata"] ?? .object([:]))
    let ns = meta.namespace ?? "default"
    let name = meta.name
    let phase = obj["status"]?["phase"]?.stringValue ?? ""
    if meta.deletionTimestamp != nil {
      guard meta.finalizers.contains(finalizer) else { return r }
      r.actions += lock(obj, acquire: false, in: s)
      var o = obj
      o[path: ["metadata", "finalizers"]] = .array(meta.finalizers.filter { $0 != finalizer }.map { .string($0) })
      r.add(.update(primary, o))
      return r
    }
    if phase == "Complete" || phase == "Failed" { return isCron(obj) ? nextCronRun(obj, in: s) : ttl(obj, in: s) }
    let ds: Dataset
    let runtimeType: String
    switch OperationPreflight.check(obj, datasetName: kind.datasetName(obj), finalizer: finalizer, kind: primary, component: opType, in: s) {
    case .stop(let wait): return wait
    case .proceed(let d, let t): (ds, runtimeType) = (d, t)
    }
    var o = obj
    switch phase {
    case "":
      if let (reason, message) = kind.validate(obj) {
        o["status"] = status("Failed", duration: "0s", conditions: [condition("Failed", reason, message, at: s.nowText, now: s.nowText)])
        r.add(event(obj, "Warning", reason, message))
        r.add(event(obj, "Warning", "DataOperationNotValid", message))
      } else {
        o["status"] = status("Pending", duration: "Unfinished")
        if obj["spec"]?["runAfter"] != nil { o[path: ["status", "waitingFor"]] = ["operationComplete": true] }
      }
      r.add(.updateStatus(primary, o))
    case "Pending":
      if let wait = OperationPreflight.waitForPreceding(obj, component: opType, in: s) { return wait }
      guard ds.phase == "Bound" || ds.phase == kind.datasetPhase else {
        r.add(event(obj, "Normal", "RuntimeNotReady", "Bounded accelerate runtime not ready"))
        r.requeueAfter = 20
        return r
      }
      guard kind.engines.contains(runtimeType) else {
        let message = "RuntimeType \(runtimeType) not support \(opType)"
        r.add(event(obj, "Warning", "DataOperationNotSupport", message))
        o["status"] = status("Failed", duration: "0s", conditions: [condition("Failed", "DataOperationNotSupport", message, at: s.nowText, now: s.nowText)])
        r.add(.updateStatus(primary, o))
        return r
      }
      let holders = FluidFormat.commaSeparated(ds.operationRef[opType] ?? "").filter { $0 != name }
      if let other = holders.first, s.get(primary, ns, other) != nil {
        r.requeueAfter = 20
        return r
      }
      r.actions += lock(obj, acquire: true, in: s)
      o[path: ["status", "phase"]] = "Executing"
      r.add(.updateStatus(primary, o))
      if existingWorkload(obj, in: s) == nil { r.add(createWorkload(obj)) }
      r.requeueAfter = 1
    case "Executing":
      return executing(obj, ds, in: s)
    default:
      break
    }
    return r
  }

  /// The workload runs for the kind's run time, then exits 0; the operation copies the outcome
  /// on its next 20 s poll from the workload's start.
  func executing(_ obj: JSONValue, _ ds: Dataset, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let name = obj["metadata"]?["name"]?.stringValue ?? ""
    guard let workload = existingWorkload(obj, in: s) else {
      // A state from an earlier version kept no workload: it starts now.
      r.add(createWorkload(obj))
      r.requeueAfter = 1
      return r
    }
    // A CronJob before its next run: its change (the run's Job) wakes the operation.
    if case .cronWaiting = workload { return r }
    let (started, running, outcome) = progress(of: workload, in: s)
    let start = started ?? s.now
    let run = kind.runSeconds(obj, Metadata.of(ds, in: s))
    let done = start.addingTimeInterval(run)
    if outcome == nil {
      guard let running else {
        // A Job's next pod is being created.
        r.requeueAfter = 1
        return r
      }
      // A pod that cannot be scheduled (a missing claim, no node that fits) does no work: the
      // operation stays Executing, as Fluid's does, until it runs.
      guard running["spec"]?["nodeName"] != nil else {
        r.requeueAfter = 20
        return r
      }
      guard s.now >= done else {
        r.requeueAfter = done.timeIntervalSince(s.now)
        return r
      }
      r.add(.updateStatus(CoreKinds.pod, JobController.terminated(running, succeeded: true, at: Date(timeIntervalSince1970: done.timeIntervalSince1970.rounded(.up)))))
    }
    // Fluid polls the workload every 20 s.
    let ended = outcome?["lastTransitionTime"]?.stringValue.flatMap(Timestamps.parse) ?? done
    let noticed = start.addingTimeInterval((max(0, ended.timeIntervalSince(start)) / 20).rounded(.up) * 20)
    guard let outcome, s.now >= noticed else {
      r.requeueAfter = max(1, noticed.timeIntervalSince(s.now))
      return r
    }
    var infos = obj["status"]?["infos"]?.objectValue ?? [:]
    infos["sim.startTime"] = nil
    let succeeded = outcome["type"] == "Complete"
    if opType == "DataBackup", succeeded {
      let path = obj["spec"]?["backupPath"]?.stringValue ?? ""
      infos["BackupLocationPath"] = .string(path)
      let node = running?["spec"]?["nodeName"] ?? (existingPod(workload)?["spec"]?["nodeName"])
      infos["BackupLocationNodeName"] = path.hasPrefix("pvc://") ? "NA" : (node ?? "NA")
    }
    var o = obj
    o["status"] = status(succeeded ? "Complete" : "Failed", duration: FluidFormat.duration(ended.timeIntervalSince(start)), conditions: [
      condition(outcome["type"]?.stringValue ?? "", outcome["reason"]?.stringValue ?? "", outcome["message"]?.stringValue ?? "",
        at: Timestamps.format(ended), now: s.nowText)
    ], infos: .object(infos))
    if let (cj, _) = isCron(obj) ? cronRun(obj, in: s) : nil {
      // Fluid copies the CronJob's schedule times.
      o[path: ["status", "lastScheduleTime"]] = cj["status"]?["lastScheduleTime"]
      if succeeded { o[path: ["status", "lastSuccessfulTime"]] = .string(Timestamps.format(ended)) }
    }
    r.add(.updateStatus(primary, o))
    r.actions += lock(obj, acquire: false, in: s)
    if succeeded {
      r.add(event(obj, "Normal", "DataOperationSucceed", "\(opType) \(name) succeeded"))
    } else {
      r.add(event(obj, "Warning", "DataOperationFailed", "\(opType) \(name) failed"))
    }
    return r
  }

  func existingPod(_ w: Workload) -> JSONValue? {
    if case .pod(let p) = w { return p }
    return nil
  }

  /// Takes or releases the dataset's lock (`status.operationRef[<kind>]`), and for DataMigrate
  /// moves the dataset to DataMigrating and back.
  func lock(_ obj: JSONValue, acquire: Bool, in s: ClusterSnapshot) -> [ControllerAction] {
    let ns = obj["metadata"]?["namespace"]?.stringValue
    guard let dsName = kind.datasetName(obj), let dsJSON = s.get(Dataset.descriptor, ns, dsName) else { return [] }
    var ds = Dataset(json: dsJSON)
    let name = obj["metadata"]?["name"]?.stringValue ?? ""
    var holders = FluidFormat.commaSeparated(ds.operationRef[opType] ?? "").filter { $0 != name }
    if acquire { holders.append(name) }
    ds.operationRef[opType] = holders.isEmpty ? nil : holders.joined(separator: ",")
    if let p = kind.datasetPhase { ds.phase = acquire ? p : (ds.phase == p ? "Bound" : ds.phase) }
    return ds.json == dsJSON ? [] : [.updateStatus(Dataset.descriptor, ds.json)]
  }

  /// A Cron operation whose CronJob started a new run goes Pending again (duration "-"),
  /// re-takes the dataset and executes it.
  func nextCronRun(_ obj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard let (cj, _) = cronRun(obj, in: s), let st = CronJobController.rerunStatus(obj["status"], cronJob: cj, in: s) else { return r }
    var o = obj
    o["status"] = st
    r.add(.updateStatus(primary, o))
    return r
  }

  func ttl(_ obj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard let ttl = obj["spec"]?["ttlSecondsAfterFinished"]?.intValue else { return r }
    let doneAt = (obj["status"]?["conditions"]?.arrayValue ?? []).first?["lastTransitionTime"]?.stringValue.flatMap(Timestamps.parse) ?? s.now
    let at = doneAt.addingTimeInterval(Double(ttl))
    if s.now >= at {
      r.add(.delete(primary, namespace: obj["metadata"]?["namespace"]?.stringValue, name: obj["metadata"]?["name"]?.stringValue ?? ""))
    } else {
      r.requeueAfter = at.timeIntervalSince(s.now)
    }
    return r
  }
}

extension DataOperationController {
  static let kinds: [Kind] = [
    Kind(
      descriptor: FluidCRDs.named("databackups"), engines: ["alluxio", "cache"],
      validate: { o in
        let p = o["spec"]?["backupPath"]?.stringValue ?? ""
        return p.hasPrefix("pvc://") || p.hasPrefix("local://") ? nil : ("PathNotSupported", "backupPath \(p) is not supported: use pvc:// or local://")
      },
      datasetName: { $0["spec"]?["dataset"]?.stringValue },
      runSeconds: { _, m in 10 + Double(m.files) / 20_000 }, datasetPhase: nil),
    Kind(
      descriptor: FluidCRDs.named("datamigrates"), engines: ["juicefs", "cache"],
      validate: { o in
        let parallelism = o["spec"]?["parallelism"]?.intValue ?? 1
        let ssh = o["spec"]?["parallelOptions"]?["sshSecretName"]?.stringValue ?? ""
        return parallelism > 1 && ssh.isEmpty ? ("TargetSSHSecretNameNotSet", "parallelOptions.sshSecretName is required when parallelism > 1") : nil
      },
      datasetName: { o in o["spec"]?["to"]?["dataset"]?["name"]?.stringValue ?? o["spec"]?["from"]?["dataset"]?["name"]?.stringValue },
      runSeconds: { _, m in max(10, m.totalBytes / 125_000_000) }, datasetPhase: "DataMigrating"),
    Kind(
      descriptor: FluidCRDs.named("dataprocesses"), engines: ["alluxio", "jindo", "juicefs", "efc", "thin", "vineyard", "cache"],
      validate: { o in
        let p = o["spec"]?["processor"]
        let n = (p?["job"] != nil ? 1 : 0) + (p?["script"] != nil ? 1 : 0)
        if n == 0 { return ("ProcessorNotSpecified", "no processor specified: set spec.processor.job or spec.processor.script") }
        if n > 1 { return ("MultipleProcessorSpecified", "only one of spec.processor.job and spec.processor.script may be set") }
        if (o["spec"]?["policy"]?.stringValue ?? "Once") == "Cron", o["spec"]?["schedule"] == nil {
          return ("ScheduleNotSpecified", "spec.schedule is required for policy Cron")
        }
        return nil
      },
      datasetName: { $0["spec"]?["dataset"]?["name"]?.stringValue },
      runSeconds: { _, _ in 60 }, datasetPhase: nil),
  ]
}
