import FluidKit
import FluidModel
import Foundation

/// kube-controller-manager's CronJob controller, for a Cron DataLoad's CronJob: at each
/// scheduled time it creates the Job `<cronjob>-<minutes since 1970>` from the job template
/// (only the latest of several missed times, as upstream does), records `lastScheduleTime`
/// and the `active` Jobs, notes finished Jobs (`lastSuccessfulTime`) and keeps
/// `successfulJobsHistoryLimit` / `failedJobsHistoryLimit` finished Jobs. concurrencyPolicy
/// Allow (the default, and what Fluid's chart leaves) starts a run whatever is running; Forbid
/// skips a run while a Job is active; Replace deletes the active Jobs first.
struct CronJobController: Controller {
  static let component = "cronjob-controller"
  var primary: ResourceDescriptor { CoreKinds.cronJob }
  var watchedKinds: Set<String> { [CoreKinds.cronJob.qualifiedPlural, CoreKinds.job.qualifiedPlural] }

  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    let ns = changed["metadata"]?["namespace"]?.stringValue
    if kind == CoreKinds.cronJob { return [ClusterSnapshot.key(ns, changed["metadata"]?["name"]?.stringValue ?? "")] }
    guard kind == CoreKinds.job,
      let owner = (changed["metadata"]?["ownerReferences"]?.arrayValue ?? []).first(where: { $0["kind"] == "CronJob" })
    else { return [] }
    return [ClusterSnapshot.key(ns, owner["name"]?.stringValue ?? "")]
  }

  func reconcile(_ cj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard cj["metadata"]?["deletionTimestamp"] == nil else { return r }
    let ns = cj["metadata"]?["namespace"]?.stringValue
    var st = cj["status"]?.objectValue ?? [:]
    let jobs = Self.jobs(of: cj, in: s)
    // Finished Jobs leave `active`; the last success is recorded.
    var active: [JSONValue] = []
    for job in jobs {
      let name = job["metadata"]?["name"]?.stringValue ?? ""
      guard let outcome = JobController.finished(job) else {
        active.append(["apiVersion": "batch/v1", "kind": "Job", "name": .string(name), "namespace": .string(ns ?? "default"), "uid": job["metadata"]?["uid"] ?? ""])
        continue
      }
      let wasActive = (cj["status"]?["active"]?.arrayValue ?? []).contains { $0["name"]?.stringValue == name }
      if wasActive {
        r.add(event(cj, "Normal", "SawCompletedJob", "Saw completed job: \(name), condition: \(outcome["type"]?.stringValue ?? "")"))
      }
      if outcome["type"] == "Complete", let done = job["status"]?["completionTime"]?.stringValue,
        done > st["lastSuccessfulTime"]?.stringValue ?? ""
      {
        // RFC 3339 times in UTC compare as strings.
        st["lastSuccessfulTime"] = .string(done)
      }
    }
    r.actions += pruneHistory(cj, jobs)
    // The next run, unless suspended.
    if cj["spec"]?["suspend"]?.boolValue != true, let cron = (cj["spec"]?["schedule"]?.stringValue).flatMap { CronSchedule($0) } {
      let since = (st["lastScheduleTime"]?.stringValue ?? cj["metadata"]?["creationTimestamp"]?.stringValue).flatMap(Timestamps.parse) ?? s.now
      var due: Date?
      var next = cron.next(after: since)
      var steps = 0
      while let n = next, n <= s.now, steps < 1000 {
        due = n
        next = cron.next(after: n)
        steps += 1
      }
      let policy = cj["spec"]?["concurrencyPolicy"]?.stringValue ?? "Allow"
      if let due, policy != "Forbid" || active.isEmpty {
        let job = Self.job(of: cj, scheduledAt: due)
        let name = job["metadata"]?["name"]?.stringValue ?? ""
        if s.get(CoreKinds.job, ns, name) == nil {
          if policy == "Replace" {
            // The running Jobs give way to the new one.
            for old in active {
              let oldName = old["name"]?.stringValue ?? ""
              r.add(.delete(CoreKinds.job, namespace: ns, name: oldName))
              r.add(event(cj, "Normal", "SuccessfulDelete", "Deleted job \(oldName)"))
            }
            active = []
          }
          r.add(.create(CoreKinds.job, job))
          r.add(event(cj, "Normal", "SuccessfulCreate", "Created job \(name)"))
          active.append(["apiVersion": "batch/v1", "kind": "Job", "name": .string(name), "namespace": .string(ns ?? "default")])
        }
        st["lastScheduleTime"] = .string(Timestamps.format(due))
      }
      if let next { r.requeueAfter = max(0.001, next.timeIntervalSince(s.now)) }
    }
    st["active"] = active.isEmpty ? nil : .array(active)
    if cj["status"]?.objectValue != st {
      var updated = cj
      updated["status"] = .object(st)
      r.add(.updateStatus(CoreKinds.cronJob, updated))
    }
    return r
  }

  /// Deletes the oldest finished Jobs beyond the history limits.
  func pruneHistory(_ cj: JSONValue, _ jobs: [JSONValue]) -> [ControllerAction] {
    var out: [ControllerAction] = []
    for (type, limitField, fallback) in [("Complete", "successfulJobsHistoryLimit", 3), ("Failed", "failedJobsHistoryLimit", 1)] {
      let limit = Int(cj["spec"]?[limitField]?.intValue ?? Int64(fallback))
      let finished = jobs.filter { JobController.finished($0)?["type"]?.stringValue == type }
      for job in finished.dropLast(max(0, limit)) {
        let name = job["metadata"]?["name"]?.stringValue ?? ""
        out.append(.delete(CoreKinds.job, namespace: job["metadata"]?["namespace"]?.stringValue, name: name))
        out.append(event(cj, "Normal", "SuccessfulDelete", "Deleted job \(name)"))
      }
    }
    return out
  }

  func event(_ cj: JSONValue, _ type: String, _ reason: String, _ message: String) -> ControllerAction {
    .event(SimEvent(about: cj, type: type, reason: reason, message: message, component: Self.component))
  }
}

extension CronJobController {
  /// The name of the Job a CronJob runs at `time`: upstream's `<name>-<minutes since 1970>`.
  static func jobName(_ cronJob: String, scheduledAt time: Date) -> String {
    "\(cronJob)-\(Int64(time.timeIntervalSince1970 / 60))"
  }

  /// The Job of a CronJob's last scheduled run, while it exists.
  static func currentRun(of cj: JSONValue, in s: ClusterSnapshot) -> JSONValue? {
    guard let last = cj["status"]?["lastScheduleTime"]?.stringValue.flatMap(Timestamps.parse) else { return nil }
    return s.get(CoreKinds.job, cj["metadata"]?["namespace"]?.stringValue, jobName(cj["metadata"]?["name"]?.stringValue ?? "", scheduledAt: last))
  }

  /// A finished Cron operation's `status` moved back to Pending (duration "-", Fluid's mark of
  /// a new run) when its CronJob has started a run it has not seen; nil otherwise.
  static func rerunStatus(_ status: JSONValue?, cronJob cj: JSONValue, in s: ClusterSnapshot) -> JSONValue? {
    guard let last = cj["status"]?["lastScheduleTime"], last != status?["lastScheduleTime"],
      let run = currentRun(of: cj, in: s), JobController.finished(run) == nil
    else { return nil }
    var st = status ?? .object([:])
    st["phase"] = "Pending"
    st["duration"] = "-"
    st["lastScheduleTime"] = last
    return st
  }

  /// The Jobs a CronJob created that still exist, oldest first (their names sort by time).
  static func jobs(of cj: JSONValue, in s: ClusterSnapshot) -> [JSONValue] {
    let uid = cj["metadata"]?["uid"]
    let prefix = (cj["metadata"]?["name"]?.stringValue ?? "") + "-"
    let ns = cj["metadata"]?["namespace"]?.stringValue ?? ""
    let all = s.objects[CoreKinds.job.qualifiedPlural] ?? [:]
    return all.filter { key, job in
      key.hasPrefix("\(ns)/\(prefix)") && (job["metadata"]?["ownerReferences"]?.arrayValue ?? []).contains { $0["uid"] == uid }
    }.map(\.value).sorted {
      Int64(($0["metadata"]?["name"]?.stringValue ?? "").dropFirst(prefix.count)) ?? 0
        < Int64(($1["metadata"]?["name"]?.stringValue ?? "").dropFirst(prefix.count)) ?? 0
    }
  }

  /// The Job of the run scheduled at `time`, from the job template.
  static func job(of cj: JSONValue, scheduledAt time: Date) -> JSONValue {
    let name = cj["metadata"]?["name"]?.stringValue ?? ""
    let template = cj["spec"]?["jobTemplate"]
    var meta: JSONValue = [
      "name": .string(jobName(name, scheduledAt: time)), "namespace": cj["metadata"]?["namespace"] ?? "default",
      "annotations": ["batch.kubernetes.io/cronjob-scheduled-timestamp": .string(Timestamps.format(time))],
      "ownerReferences": [[
        "apiVersion": "batch/v1", "kind": "CronJob", "name": .string(name), "uid": cj["metadata"]?["uid"] ?? "", "controller": true,
        "blockOwnerDeletion": true,
      ]],
    ]
    if let labels = template?["metadata"]?["labels"] { meta["labels"] = labels }
    return ["apiVersion": "batch/v1", "kind": "Job", "metadata": meta, "spec": template?["spec"] ?? .object([:])]
  }
}
