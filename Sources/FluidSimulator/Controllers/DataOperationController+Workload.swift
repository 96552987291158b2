import FluidKit
import FluidModel
import Foundation

/// What a data operation runs, as Fluid's charts install it: DataBackup a bare pod
/// `<name>-pod` (release `<name>-charts`); DataMigrate the Job `<name>-migrate-migrate`
/// (release `<name>-migrate`); DataProcess the Job `<name>-processor-job` (release
/// `<name>-processor`). Each is owned by its operation. The simulated work ends after the
/// kind's run time: the pod exits 0 (the Job controller then completes the Job), and the
/// operation takes the outcome on its next 20 s poll.
extension DataOperationController {
  enum Workload {
    case pod(JSONValue)
    case job(JSONValue)
  }

  /// The workload's name for operation `name`.
  func workloadName(_ name: String) -> String {
    switch opType {
    case "DataBackup": return "\(name)-pod"
    case "DataMigrate": return "\(name)-migrate-migrate"
    default: return "\(name)-processor-job"
    }
  }

  func release(_ name: String) -> String {
    switch opType {
    case "DataBackup": return "\(name)-charts"
    case "DataMigrate": return "\(name)-migrate"
    default: return "\(name)-processor"
    }
  }

  /// The workload as it exists now, if it does.
  func existingWorkload(_ obj: JSONValue, in s: ClusterSnapshot) -> Workload? {
    let ns = obj["metadata"]?["namespace"]?.stringValue
    let name = workloadName(obj["metadata"]?["name"]?.stringValue ?? "")
    if opType == "DataBackup" { return s.get(CoreKinds.pod, ns, name).map(Workload.pod) }
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
      return .create(CoreKinds.pod, ["apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": podSpec])
    }
    return .create(CoreKinds.job, [
      "apiVersion": "batch/v1", "kind": "Job", "metadata": metadata,
      "spec": ["backoffLimit": 3, "completions": 1, "parallelism": 1, "template": ["metadata": ["labels": labels], "spec": podSpec]],
    ])
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
    }
  }

  func created(_ o: JSONValue) -> Date? { o["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse) }
}
