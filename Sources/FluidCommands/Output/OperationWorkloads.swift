import FluidKit
import FluidModel
import Foundation

/// The workloads Fluid's charts install for a data operation, found by their names: a
/// DataLoad's Job `<name>-loader-job` (a CronJob for `policy: Cron`), DataProcess
/// `<name>-processor-job`, DataMigrate `<name>-migrate-migrate` (`<name>-migrate-job` before
/// Fluid 1.0), DataBackup's pod `<name>-pod`; and the pods of a Job, by its `job-name` label.
/// Only API reads, so it works against any cluster.
struct OperationWorkloads {
  let client: any ClusterClient

  struct Found {
    var descriptor: ResourceDescriptor
    var object: JSONValue
  }

  /// The candidate (kind, name) pairs of an operation's workload, most likely first.
  static func candidates(kind: String, name: String, policy: String?) -> [(ResourceDescriptor, String)] {
    let workload = OperationReleases.workload(kind: kind, name: name)
    switch kind {
    case "DataLoad", "DataProcess":
      return [(policy == "Cron" ? CoreKinds.cronJob : CoreKinds.job, workload)]
    case "DataMigrate":
      return [(CoreKinds.job, workload), (CoreKinds.cronJob, workload), (CoreKinds.job, "\(name)-migrate-job")]
    case "DataBackup":
      return [(CoreKinds.pod, workload)]
    default:
      return []
    }
  }

  /// The operation's workload, if it exists.
  func workload(of d: ResourceDescriptor, _ o: JSONValue) async throws -> Found? {
    let name = o["metadata"]?["name"]?.stringValue ?? ""
    let ns = o["metadata"]?["namespace"]?.stringValue
    let rel = FluidRelations(client: client)
    for (kind, candidate) in Self.candidates(kind: d.kind, name: name, policy: o["spec"]?["policy"]?.stringValue) {
      if let found = try await rel.optionalGet(kind, ns, candidate) { return Found(descriptor: kind, object: found) }
    }
    return nil
  }

  /// The Job's pods, oldest first.
  func pods(ofJob job: JSONValue) async throws -> [JSONValue] {
    let name = job["metadata"]?["name"]?.stringValue ?? ""
    let options = ListOptions(labelSelector: try LabelSelector(parsing: "job-name=\(name)"))
    return try await client.list(CoreKinds.pod, namespace: job["metadata"]?["namespace"]?.stringValue, options: options).items.sorted {
      ($0["metadata"]?["creationTimestamp"]?.stringValue ?? "") < ($1["metadata"]?["creationTimestamp"]?.stringValue ?? "")
    }
  }

  /// "job.batch/x (Running, 1 active, 2 failed)", "cronjob.batch/x (schedule ..., last run 5m ago)".
  func summary(_ w: Found, now: Date) -> String {
    let o = w.object
    let st = o["status"]
    let ref = "\(w.descriptor.qualifiedSingular)/\(o["metadata"]?["name"]?.stringValue ?? "")"
    switch w.descriptor.kind {
    case "Job":
      var parts = [CoreColumns.value("@job.status", o, now: now)]
      for field in ["active", "succeeded", "failed"] {
        if let n = st?[field]?.intValue, n > 0 { parts.append("\(n) \(field)") }
      }
      return "\(ref) (\(parts.joined(separator: ", ")))"
    case "CronJob":
      let last = CoreColumns.value("@cj.lastSchedule", o, now: now)
      var parts = ["schedule \(o["spec"]?["schedule"]?.stringValue ?? "?")", last == "<none>" ? "not run yet" : "last run \(last) ago"]
      if let n = st?["active"]?.arrayValue?.count, n > 0 { parts.append("\(n) active") }
      return "\(ref) (\(parts.joined(separator: ", ")))"
    default:
      return "\(ref) (\(CoreColumns.value("@pod.status", o, now: now)))"
    }
  }

  /// Why a running operation's workload is not done: its pod cannot be scheduled, or earlier
  /// tries failed; nil when nothing stands out.
  func whyRunning(_ w: Found) async throws -> String? {
    switch w.descriptor.kind {
    case "Job":
      let pods = try await pods(ofJob: w.object)
      let ref = "job.batch/\(w.object["metadata"]?["name"]?.stringValue ?? "")"
      if let pending = pods.last, let why = Self.unschedulable(pending) {
        return "its pod \(pending["metadata"]?["name"]?.stringValue ?? "") (\(ref)) cannot be scheduled: \(why)"
      }
      let failed = pods.filter { $0["status"]?["phase"] == "Failed" }.count
      guard failed > 0 else { return nil }
      let tries = (w.object["spec"]?["backoffLimit"]?.intValue ?? 6) + 1
      if let last = pods.last, !["Succeeded", "Failed"].contains(last["status"]?["phase"]?.stringValue ?? "") {
        return "\(ref) is on try \(failed + 1) of at most \(tries) (\(failed) failed)"
      }
      return "\(ref) has \(failed) failed pod(s) of at most \(tries) tries; the next starts after the Job's backoff"
    case "Pod":
      return Self.unschedulable(w.object).map { "its pod \(w.object["metadata"]?["name"]?.stringValue ?? "") cannot be scheduled: \($0)" }
    default:
      return nil
    }
  }

  /// kube-scheduler's message on a pod it could not place.
  static func unschedulable(_ pod: JSONValue) -> String? {
    guard pod["spec"]?["nodeName"] == nil else { return nil }
    let c = (pod["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"] == "PodScheduled" && $0["status"] == "False" }
    return c.map { $0["message"]?.stringValue ?? $0["reason"]?.stringValue ?? "Unschedulable" }
  }
}
