import FluidKit
import FluidModel
import Foundation

/// What a data operation runs, as Fluid's charts install it: DataBackup a bare pod
/// `<name>-pod` (release `<name>-charts`); DataMigrate the Job `<name>-migrate-migrate`
/// (release `<name>-migrate`); DataProcess the Job `<name>-processor-job` (release
/// `<name>-processor`). Each is owned by its operation; with `policy: Cron` (DataMigrate,
/// DataProcess) a CronJob of that name runs a Job per scheduled time. The simulated work ends
/// after the kind's run time: the pod exits 0 (the Job controller then completes the Job), and
/// the operation takes the outcome on its next 20 s poll.
extension DataOperationController {
  enum Workload {
    case pod(JSONValue)
    case job(JSONValue)
    /// A CronJob between runs (or before its first).
    case cronWaiting
  }

  func isCron(_ obj: JSONValue) -> Bool { opType != "DataBackup" && obj["spec"]?["policy"]?.stringValue == "Cron" }

  /// The Job a Cron operation's CronJob runs now (its last scheduled one), if any.
  func cronRun(_ obj: JSONValue, in s: ClusterSnapshot) -> (cronJob: JSONValue, run: JSONValue?)? {
    let ns = obj["metadata"]?["namespace"]?.stringValue
    let name = workloadName(obj["metadata"]?["name"]?.stringValue ?? "")
    guard let cj = s.get(CoreKinds.cronJob, ns, name) else { return nil }
    return (cj, CronJobController.currentRun(of: cj, in: s))
  }

  func workloadName(_ name: String) -> String { OperationReleases.workload(kind: opType, name: name) }

  func release(_ name: String) -> String { OperationReleases.release(kind: opType, name: name) }

  /// The workload as it exists now, if it does.
  func existingWorkload(_ obj: JSONValue, in s: ClusterSnapshot) -> Workload? {
    let ns = obj["metadata"]?["namespace"]?.stringValue
    let name = workloadName(obj["metadata"]?["name"]?.stringValue ?? "")
    if opType == "DataBackup" { return s.get(CoreKinds.pod, ns, name).map(Workload.pod) }
    if isCron(obj) { return cronRun(obj, in: s).map { $0.run.map(Workload.job) ?? .cronWaiting } }
    return s.get(CoreKinds.job, ns, name).map(Workload.job)
  }

  /// Creates the workload.
  func createWorkload(_ obj: JSONValue) -> ControllerAction {
    let meta = obj["metadata"]
    let name = meta?["name"]?.stringValue ?? ""
    let container = opType == "DataProcess" ? "processor" : opType.lowercased()
    let podSpec: JSONValue = [
      "restartPolicy": "Never", "containers": [["name": .string(container), "image": .string("fluidcloudnative/\(opType.lowercased()):sim")]],
    ]
    let labels: JSONValue = ["release": .string(release(name))]
    let owner: JSONValue = [[
      "apiVersion": .string(primary.apiVersion), "kind": .string(opType), "name": .string(name), "uid": meta?["uid"] ?? "",
      "controller": true, "blockOwnerDeletion": true,
    ]]
    let metadata: JSONValue = [
      "name": .string(workloadName(name)), "namespace": meta?["namespace"] ?? "default", "labels": labels, "ownerReferences": owner,
    ]
    if opType == "DataBackup" {
      // The backup chart mounts a pvc:// target's claim: without the claim the pod stays Pending.
      var spec = podSpec
      let path = obj["spec"]?["backupPath"]?.stringValue ?? ""
      if path.hasPrefix("pvc://"), let claim = path.dropFirst("pvc://".count).split(separator: "/").first {
        spec["volumes"] = [["name": "backup-pvc", "persistentVolumeClaim": ["claimName": .string(String(claim))]]]
        spec[path: ["containers"]] = [[
          "name": .string(container), "image": .string("fluidcloudnative/\(opType.lowercased()):sim"),
          "volumeMounts": [["name": "backup-pvc", "mountPath": "/pvc"]],
        ]]
      }
      return .create(CoreKinds.pod, ["apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": spec])
    }
    let jobSpec: JSONValue = ["backoffLimit": 3, "completions": 1, "parallelism": 1, "template": ["metadata": ["labels": labels], "spec": podSpec]]
    if isCron(obj) {
      return .create(CoreKinds.cronJob, [
        "apiVersion": "batch/v1", "kind": "CronJob", "metadata": metadata,
        "spec": ["schedule": obj["spec"]?["schedule"] ?? "", "jobTemplate": ["metadata": ["labels": labels], "spec": jobSpec]],
      ])
    }
    return .create(CoreKinds.job, ["apiVersion": "batch/v1", "kind": "Job", "metadata": metadata, "spec": jobSpec])
  }

  /// When the workload started (its creation), its running pod, and its outcome once it ended
  /// (a Job's terminal condition; for a bare pod, its phase).
  func progress(of w: Workload, in s: ClusterSnapshot) -> (start: Date?, running: JSONValue?, outcome: JSONValue?) {
    switch w {
    case .pod(let pod):
      let phase = pod["status"]?["phase"]?.stringValue ?? ""
      let ended = phase == "Succeeded" || phase == "Failed"
      let outcome: JSONValue? =
        ended
        ? (phase == "Succeeded"
          ? ["type": "Complete", "reason": "CompletionsReached", "message": "Reached expected number of succeeded pods"]
          : ["type": "Failed", "reason": pod["status"]?["reason"] ?? "PodFailed", "message": .string("pod \(pod["metadata"]?["name"]?.stringValue ?? "") failed")])
        : nil
      return (created(pod), ended ? nil : pod, outcome)
    case .job(let job):
      let current = JobController.currentPod(of: job, in: s)
      let running = current.flatMap { ["Succeeded", "Failed"].contains($0["status"]?["phase"]?.stringValue ?? "") ? nil : $0 }
      return (created(job), running, JobController.finished(job))
    case .cronWaiting:
      return (nil, nil, nil)
    }
  }

  func created(_ o: JSONValue) -> Date? { o["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse) }
}
