import FluidKit
import FluidModel
import Foundation

/// The Executing phase: Fluid's side (install the loader Job, poll it every 20 s, copy its
/// outcome) and the loader's side (move the bytes through the data plane, then exit, which the
/// Job controller turns into the Job's condition).
extension DataLoadController {
  func executing(_ load: DataLoad, _ ds: Dataset, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let ns = load.namespace ?? "default"
    let jobName = Transfer.loaderJobName(ofLoad: load.name)
    let job: JSONValue
    if load.policy == "Cron" {
      guard let run = cronRun(load, ds, in: s, &r) else { return r }
      job = run
    } else {
      guard let once = s.get(CoreKinds.job, ns, jobName) else {
        if s.get(CoreKinds.pod, ns, jobName) != nil {
          // A state from an earlier version: its bare loader pod gives way to the Job, and the
          // progress it carried goes on in the Job's transfer.
          let key = Transfer.loaderKey(ofLoad: load.name, namespace: ns)
          if let t = s.transfer(ofLoad: load.name, namespace: ns) { r.add(.transfer(key: key, t)) }
          r.add(.delete(CoreKinds.pod, namespace: ns, name: jobName))
          r.add(.create(CoreKinds.job, loaderJob(load, ds)))
          r.requeueAfter = 0.001
          return r
        }
        r.add(.create(CoreKinds.job, loaderJob(load, ds)))
        r.add(newTransfer(load, ds, in: s))
        r.requeueAfter = Self.tick
        return r
      }
      job = once
    }
    let created = job["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse)?.timeIntervalSince1970 ?? s.now.timeIntervalSince1970
    // A Job that replaced an earlier version's bare loader pod carries on its transfer: the load
    // started when the transfer did.
    let recorded = s.transfer(ofLoad: load.name, namespace: ns)
    let start = min(created, recorded?.startedAt ?? created)
    if let outcome = JobController.finished(job) { return jobFinished(load, job: job, outcome: outcome, start: start, in: s) }
    guard let pod = JobController.currentPod(of: job, in: s), !["Succeeded", "Failed"].contains(pod["status"]?["phase"]?.stringValue ?? "") else {
      // The Job controller starts the next pod after its backoff (or ends the Job); the loader
      // looks again then.
      let next = JobController.nextAttempt(of: job, in: s) ?? s.now.addingTimeInterval(Self.poll)
      r.requeueAfter = max(0.001, next.timeIntervalSince(s.now))
      return r
    }
    let now = s.now.timeIntervalSince1970
    let key = Transfer.loaderKey(ofLoad: load.name, namespace: ns)
    var transfer = recorded ?? Transfer(targetBytes: 0, updatedAt: now, startedAt: now)
    if let mount = ds.mounts.first?.mountPoint, s.faults.isDown(mount), transfer.finishedAt == nil {
      return ufsDown(pod: pod, transfer: transfer, key: key, ds, in: s)
    }
    if transfer.ufsDownSince != nil {
      // The UFS is back: this pod reads again from where the data stands.
      transfer.ufsDownSince = nil
      transfer.updatedAt = max(now, transfer.updatedAt)
      r.add(.transfer(key: key, transfer))
    }
    let target = transfer.targetBytes
    let loaded = transfer.loadedBytes
    let rate = transfer.rate
    let updatedAt = transfer.updatedAt
    var finishedAt = transfer.finishedAt
    var newLoaded = loaded
    if finishedAt == nil, now > updatedAt {
      newLoaded = transfer.extrapolated(to: now)
      if newLoaded >= target - 0.5 {
        newLoaded = target
        finishedAt = rate > 0 ? updatedAt + (target - loaded) / rate : now
      }
    }
    if target <= 0, finishedAt == nil, now >= updatedAt { finishedAt = now }
    let newRate = finishedAt == nil && now >= updatedAt - 1e-6 ? (DataLoadPlan.rates(in: s)["\(ns)/\(load.name)"] ?? 0) : 0
    // Progress is (loaded, updatedAt, rate): rewritten only when the rate changes or the load
    // ends, so that a steady transfer costs nothing between events.
    let steady = finishedAt == nil && abs(newRate - rate) < 0.5 && now >= updatedAt - 1e-6
    if !steady {
      // Whole bytes, and a rate in whole bytes per second.
      var next = transfer
      next.loadedBytes = newLoaded.rounded(.down)
      next.rate = newRate.rounded(.toNearestOrEven)
      next.updatedAt = max(now, updatedAt)
      if let finishedAt { next.finishedAt = finishedAt }
      if next != transfer { r.add(.transfer(key: key, next)) }
      if newLoaded > loaded { r.actions += fillCache(ds, bytes: newLoaded - loaded, in: s) }
    }
    guard let done = finishedAt else {
      let effectiveLoaded = steady ? loaded + rate * max(0, now - updatedAt) : newLoaded
      let currentRate = steady ? rate : newRate
      let toFinish = currentRate > 0 ? (target - effectiveLoaded) / currentRate : 3600
      r.requeueAfter = max(0.001, now < updatedAt ? updatedAt - now : toFinish)
      return r
    }
    // The loader exits; the Job controller marks the Job Complete, and Fluid notices it on its
    // next 20 s poll.
    let podStart = pod["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse)?.timeIntervalSince1970 ?? done
    r.add(.updateStatus(CoreKinds.pod, JobController.terminated(pod, succeeded: true, at: Date(timeIntervalSince1970: max(done, podStart).rounded(.up)))))
    r.requeueAfter = max(0.001, noticed(start: start, done: done) - now)
    return r
  }

  /// A Cron DataLoad's current run: the Job its CronJob created at the last scheduled time.
  /// Creates the CronJob first (failing the load when its schedule does not parse); nil until
  /// a run starts (the CronJob's change wakes the load). A new run starts a new transfer.
  func cronRun(_ load: DataLoad, _ ds: Dataset, in s: ClusterSnapshot, _ r: inout Reconciliation) -> JSONValue? {
    let ns = load.namespace ?? "default"
    let name = Transfer.loaderJobName(ofLoad: load.name)
    guard let cj = s.get(CoreKinds.cronJob, ns, name) else {
      if load.schedule.flatMap { CronSchedule($0) } == nil {
        var failed = load
        let message = "invalid schedule \"\(load.schedule ?? "")\""
        failed.status = ["phase": "Failed", "duration": "0s", "conditions": [condition("Failed", "ScheduleNotValid", message, s)], "infos": .object([:])]
        r.add(.updateStatus(DataLoad.descriptor, failed.json))
        r.actions += releaseLock(load, in: s)
      } else {
        r.add(.create(CoreKinds.cronJob, loaderCronJob(load, ds)))
      }
      return nil
    }
    guard let run = CronJobController.currentRun(of: cj, in: s) else { return nil }
    let created = run["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse)?.timeIntervalSince1970 ?? 0
    if let t = s.transfer(ofLoad: load.name, namespace: ns), t.startedAt + 1e-6 >= created { return run }
    r.add(newTransfer(load, ds, in: s))
    r.requeueAfter = 0.001
    return nil
  }

  /// When Fluid's poll, every 20 s from the Job's start, sees a Job that ended at `done`.
  func noticed(start: Double, done: Double) -> Double {
    start + (max(done - start, 0) / Self.poll).rounded(.up) * Self.poll
  }

  /// The loader Job ended: on Fluid's next poll the DataLoad takes its outcome (the Job's
  /// condition, its reason and message), releases the dataset and reports.
  func jobFinished(_ load: DataLoad, job: JSONValue, outcome: JSONValue, start: Double, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let ns = load.namespace ?? "default"
    let transfer = s.transfer(ofLoad: load.name, namespace: ns)
    let endedAt = outcome["lastTransitionTime"]?.stringValue.flatMap(Timestamps.parse)?.timeIntervalSince1970 ?? s.now.timeIntervalSince1970
    let succeeded = outcome["type"] == "Complete"
    // Fluid's duration runs from the Job's creation to its condition's transition.
    let done = succeeded ? (transfer?.finishedAt ?? endedAt) : endedAt
    let now = s.now.timeIntervalSince1970
    let at = noticed(start: start, done: done)
    if now + 1e-6 < at {
      r.requeueAfter = at - now
      return r
    }
    var ended = load
    let doneText = Timestamps.format(Date(timeIntervalSince1970: done.rounded(.up)))
    var st: JSONValue = [
      "phase": .string(succeeded ? "Complete" : "Failed"), "duration": .string(FluidFormat.duration(endedAt - start)),
      "conditions": [[
        "type": outcome["type"] ?? "", "status": "True", "reason": outcome["reason"] ?? "", "message": outcome["message"] ?? "",
        "lastProbeTime": .string(s.nowText), "lastTransitionTime": .string(doneText),
      ]],
      "infos": .object([:]),
    ]
    if succeeded { st["lastSuccessfulTime"] = .string(doneText) }
    if load.policy == "Cron", let cj = s.get(CoreKinds.cronJob, ns, Transfer.loaderJobName(ofLoad: load.name)) {
      st["lastScheduleTime"] = cj["status"]?["lastScheduleTime"]
    }
    ended.status = st
    r.add(.updateStatus(DataLoad.descriptor, ended.json))
    r.actions += releaseLock(load, in: s)
    if succeeded {
      r.add(event(load.json, "Normal", "DataOperationSucceed", "DataLoad \(load.name) succeeded"))
    } else {
      r.add(event(load.json, "Warning", "DataOperationFailed", "DataLoad \(load.name) failed"))
    }
    return r
  }

  /// The loader cannot read its UFS: the transfer stalls, and the pod exits with an error 5 s
  /// after the UFS went down (or after it started, for a retry); the Job controller retries with
  /// its backoff, then fails the Job once the backoff limit is reached.
  func ufsDown(pod: JSONValue, transfer: Transfer, key: String, _ ds: Dataset, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let now = s.now.timeIntervalSince1970
    guard let since = transfer.ufsDownSince else {
      // What moved at the old rate until now is kept (and cached) before the transfer stalls.
      var stalled = transfer
      let moved = transfer.extrapolated(to: now).rounded(.down)
      if moved > transfer.loadedBytes { r.actions += fillCache(ds, bytes: moved - transfer.loadedBytes, in: s) }
      stalled.loadedBytes = max(moved, transfer.loadedBytes)
      stalled.updatedAt = max(now, transfer.updatedAt)
      stalled.ufsDownSince = now
      stalled.rate = 0
      r.add(.transfer(key: key, stalled))
      r.requeueAfter = Self.connectTimeout
      return r
    }
    let podStart = pod["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse)?.timeIntervalSince1970 ?? since
    let exit = max(since, podStart) + Self.connectTimeout
    if now + 1e-6 < exit {
      r.requeueAfter = exit - now
      return r
    }
    r.add(.updateStatus(CoreKinds.pod, JobController.terminated(pod, succeeded: false, at: Date(timeIntervalSince1970: exit.rounded(.up)))))
    r.requeueAfter = Self.poll
    return r
  }

  /// How long a loader tries to reach an unreachable UFS before it exits with an error.
  static let connectTimeout: TimeInterval = 5
}
