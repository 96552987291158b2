import FluidKit
import FluidModel
import Foundation

/// kube-controller-manager's Job controller, for the Jobs Fluid's charts install (the DataLoad
/// loader, the DataProcess processor, the DataMigrate mover): one pod at a time (completions
/// and parallelism 1); after a pod fails, a replacement after the controller's backoff (10 s,
/// doubling, at most 6 min) until more than `backoffLimit` pods failed, then `Failed`
/// (`BackoffLimitExceeded`); `Complete` once a pod succeeds. What runs inside the pod, and
/// when it ends, is the workload's business (for a loader, the DataLoad controller's data
/// plane), as a kubelet reports a container's exit. `spec.suspend` stops the Job's pods and
/// starts none (condition `Suspended`) until it is resumed.
struct JobController: Controller {
  static let component = "job-controller"
  var primary: ResourceDescriptor { CoreKinds.job }
  var watchedKinds: Set<String> { [CoreKinds.job.qualifiedPlural, CoreKinds.pod.qualifiedPlural] }

  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    let ns = changed["metadata"]?["namespace"]?.stringValue
    if kind == CoreKinds.job { return [ClusterSnapshot.key(ns, changed["metadata"]?["name"]?.stringValue ?? "")] }
    guard kind == CoreKinds.pod, let job = changed["metadata"]?["labels"]?[Self.jobNameLabel]?.stringValue else { return [] }
    return [ClusterSnapshot.key(ns, job)]
  }

  /// What a Job counts of its pods is whether they are ready, ended or gone (the pod it creates
  /// is counted active at once); its own status writes change nothing it acts on.
  func affected(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    if kind == CoreKinds.pod {
      guard changed["metadata"]?["labels"]?[Self.jobNameLabel] != nil else { return [] }
      let phase = changed["status"]?["phase"]?.stringValue ?? ""
      let ended = (phase == "Succeeded" || phase == "Failed") && previous?["status"]?["phase"] != changed["status"]?["phase"]
      let gone = snapshot.get(CoreKinds.pod, changed["metadata"]?["namespace"]?.stringValue, changed["metadata"]?["name"]?.stringValue ?? "") == nil
      let readiness = previous.map { SnapshotIndexes.isReady($0) != SnapshotIndexes.isReady(changed) } ?? false
      if !gone, !ended, !readiness { return [] }
    }
    if kind == CoreKinds.job, let previous, previous["spec"] == changed["spec"],
      previous["metadata"]?["deletionTimestamp"] == changed["metadata"]?["deletionTimestamp"]
    {
      return []
    }
    return affected(by: changed, kind: kind, in: snapshot)
  }

  func reconcile(_ job: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    if job["metadata"]?["deletionTimestamp"] != nil || Self.finished(job) != nil { return r }
    let pods = Self.pods(of: job, in: s)
    let succeeded = pods.filter { $0["status"]?["phase"] == "Succeeded" }
    let failed = pods.filter { $0["status"]?["phase"] == "Failed" }
    let active = pods.filter { !["Succeeded", "Failed"].contains($0["status"]?["phase"]?.stringValue ?? "") }
    let backoffLimit = Int(job["spec"]?["backoffLimit"]?.intValue ?? 6)
    var st = job["status"]?.objectValue ?? [:]
    st["startTime"] = st["startTime"] ?? .string(s.nowText)
    st["terminating"] = 0
    st["uncountedTerminatedPods"] = .object([:])
    st["succeeded"] = succeeded.isEmpty ? nil : .int(Int64(succeeded.count))
    st["failed"] = failed.isEmpty ? nil : .int(Int64(failed.count))
    var activeCount = active.count
    if let done = succeeded.first {
      let at = Self.finishedAt(done) ?? s.now
      st["completionTime"] = .string(Timestamps.format(at))
      st["conditions"] = .array(["SuccessCriteriaMet", "Complete"].map {
        Self.condition($0, "CompletionsReached", "Reached expected number of succeeded pods", at: at, now: s.now)
      })
      r.add(event(job, "Normal", "Completed", "Job completed"))
      activeCount = 0
    } else if failed.count > backoffLimit {
      st["conditions"] = .array(["FailureTarget", "Failed"].map {
        Self.condition($0, "BackoffLimitExceeded", "Job has reached the specified backoff limit", at: s.now, now: s.now)
      })
      r.add(event(job, "Warning", "BackoffLimitExceeded", "Job has reached the specified backoff limit"))
      activeCount = 0
    } else if job["spec"]?["suspend"]?.boolValue == true {
      // A suspended Job stops its pods and starts none until it is resumed.
      for pod in active {
        r.add(.delete(CoreKinds.pod, namespace: pod["metadata"]?["namespace"]?.stringValue, name: pod["metadata"]?["name"]?.stringValue ?? ""))
      }
      activeCount = 0
      var conditions = (st["conditions"]?.arrayValue ?? []).filter { $0["type"] != "Suspended" }
      let since = (job["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"] == "Suspended" && $0["status"] == "True" }
      conditions.append(since ?? Self.condition("Suspended", "JobSuspended", "Job suspended", at: s.now, now: s.now))
      st["conditions"] = .array(conditions)
      if since == nil { r.add(event(job, "Normal", "Suspended", "Job suspended")) }
    } else if active.isEmpty {
      if (st["conditions"]?.arrayValue ?? []).contains(where: { $0["type"] == "Suspended" && $0["status"] == "True" }) {
        st["conditions"] = .array((st["conditions"]?.arrayValue ?? []).filter { $0["type"] != "Suspended" })
        r.add(event(job, "Normal", "Resumed", "Job resumed"))
      }
      if let next = Self.nextAttempt(failed: failed), s.now < next {
        r.requeueAfter = next.timeIntervalSince(s.now)
      } else {
        let pod = Self.pod(of: job, attempt: failed.count)
        r.add(.create(CoreKinds.pod, pod))
        r.add(event(job, "Normal", "SuccessfulCreate", "Created pod: \(pod["metadata"]?["name"]?.stringValue ?? "")"))
        activeCount = 1
      }
    }
    st["active"] = activeCount > 0 ? .int(Int64(activeCount)) : nil
    st["ready"] = .int(Int64(active.filter(SnapshotIndexes.isReady).count))
    if job["status"]?.objectValue != st {
      var updated = job
      updated["status"] = .object(st)
      r.add(.updateStatus(CoreKinds.job, updated))
    }
    return r
  }

  func event(_ job: JSONValue, _ type: String, _ reason: String, _ message: String) -> ControllerAction {
    .event(SimEvent(about: job, type: type, reason: reason, message: message, component: Self.component))
  }

  static func condition(_ type: String, _ reason: String, _ message: String, at: Date, now: Date) -> JSONValue {
    [
      "type": .string(type), "status": "True", "reason": .string(reason), "message": .string(message),
      "lastProbeTime": .string(Timestamps.format(now)), "lastTransitionTime": .string(Timestamps.format(at)),
    ]
  }
}

extension JobController {
  static let jobNameLabel = "batch.kubernetes.io/job-name"
  static let controllerUIDLabel = "batch.kubernetes.io/controller-uid"

  /// The Job's terminal condition (`Complete` or `Failed`) once it has one.
  static func finished(_ job: JSONValue?) -> JSONValue? {
    (job?["status"]?["conditions"]?.arrayValue ?? []).first {
      ($0["type"] == "Complete" || $0["type"] == "Failed") && $0["status"] == "True"
    }
  }

  /// The name of a Job's pod for its `attempt`-th try (0 first): the Job's name and a
  /// five-character suffix, as kube-controller-manager's generated names look, derived from
  /// the Job's uid so that a simulation is deterministic.
  static func podName(ofJob job: JSONValue, attempt: Int) -> String {
    let name = job["metadata"]?["name"]?.stringValue ?? ""
    let seed = EmbeddedCluster.hash(joinedBy: UInt8(ascii: "#"), job["metadata"]?["uid"]?.stringValue ?? name, String(attempt))
    return "\(name)-\(FluidNames.suffix5(seed))"
  }

  /// The Job's pods, one per attempt so far, oldest first.
  static func pods(of job: JSONValue, in s: ClusterSnapshot) -> [JSONValue] {
    let ns = job["metadata"]?["namespace"]?.stringValue
    let limit = Int(job["spec"]?["backoffLimit"]?.intValue ?? 6)
    var out: [JSONValue] = []
    for attempt in 0...max(0, limit) {
      guard let pod = s.get(CoreKinds.pod, ns, podName(ofJob: job, attempt: attempt)) else { break }
      out.append(pod)
    }
    return out
  }

  /// When the Job controller starts the next pod after the failed ones (10 s after the last
  /// failure, doubling per failure, at most 6 min); nil before any failure.
  static func nextAttempt(failed: [JSONValue]) -> Date? {
    guard let last = failed.compactMap(finishedAt).max() else { return nil }
    return last.addingTimeInterval(min(360, 10 * pow(2, Double(failed.count - 1))))
  }

  /// `nextAttempt` for a Job, from its pods.
  static func nextAttempt(of job: JSONValue, in s: ClusterSnapshot) -> Date? {
    nextAttempt(failed: pods(of: job, in: s).filter { $0["status"]?["phase"] == "Failed" })
  }

  /// The pod running now (or the last one), if any.
  static func currentPod(of job: JSONValue, in s: ClusterSnapshot) -> JSONValue? { pods(of: job, in: s).last }

  /// The pod of the Job's `attempt`-th try, from its template.
  static func pod(of job: JSONValue, attempt: Int) -> JSONValue {
    let meta = job["metadata"]
    let template = job["spec"]?["template"]
    var labels = template?["metadata"]?["labels"]?.objectValue ?? [:]
    let uid = meta?["uid"] ?? ""
    let name = meta?["name"] ?? ""
    labels[controllerUIDLabel] = uid
    labels[jobNameLabel] = name
    labels["controller-uid"] = uid
    labels["job-name"] = name
    var podMeta: [String: JSONValue] = [
      "name": .string(podName(ofJob: job, attempt: attempt)), "namespace": meta?["namespace"] ?? "default", "labels": .object(labels),
      "ownerReferences": [[
        "apiVersion": "batch/v1", "kind": "Job", "name": name, "uid": uid, "controller": true, "blockOwnerDeletion": true,
      ]],
    ]
    if let annotations = template?["metadata"]?["annotations"] { podMeta["annotations"] = annotations }
    return ["apiVersion": "v1", "kind": "Pod", "metadata": .object(podMeta), "spec": template?["spec"] ?? .object([:])]
  }

  /// When a terminated pod's container ended.
  static func finishedAt(_ pod: JSONValue) -> Date? {
    (pod["status"]?["containerStatuses"]?.arrayValue ?? []).compactMap {
      $0["state"]?["terminated"]?["finishedAt"]?.stringValue.flatMap(Timestamps.parse)
    }.max()
  }

  /// `pod` after its containers exited at `at`: Succeeded (exit code 0) or Failed (`exitCode`,
  /// 1 by default), as the kubelet reports it.
  static func terminated(_ pod: JSONValue, succeeded: Bool, at: Date, exitCode: Int = 1) -> JSONValue {
    var o = pod
    let t = Timestamps.format(at)
    let reason = succeeded ? "Completed" : "Error"
    let containers = (pod["status"]?["containerStatuses"]?.arrayValue ?? []).map { c -> JSONValue in
      var c = c
      let started = c["state"]?["running"]?["startedAt"] ?? .string(t)
      c["ready"] = false
      c["started"] = false
      c["state"] = ["terminated": ["exitCode": .int(succeeded ? 0 : Int64(exitCode)), "reason": .string(reason), "startedAt": started, "finishedAt": .string(t)]]
      return c
    }
    let conditions = (pod["status"]?["conditions"]?.arrayValue ?? []).map { c -> JSONValue in
      guard c["type"] == "Ready" || c["type"] == "ContainersReady" else { return c }
      return ["type": c["type"] ?? "", "status": "False", "reason": "PodCompleted", "lastTransitionTime": .string(t)]
    }
    o[path: ["status", "phase"]] = .string(succeeded ? "Succeeded" : "Failed")
    o[path: ["status", "conditions"]] = .array(conditions)
    o[path: ["status", "containerStatuses"]] = .array(containers)
    return o
  }
}
