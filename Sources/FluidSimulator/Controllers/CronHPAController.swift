import FluidKit
import FluidModel
import Foundation

/// kubernetes-cronhpa-controller for the simulator: each job of a CronHorizontalPodAutoscaler
/// runs at its schedule (six fields, seconds first, UTC) and sets its target's size. A target
/// with a scale subresource (a runtime) gets `targetSize` replicas; a HorizontalPodAutoscaler
/// gets its bounds moved as upstream moves them (max raised to the size, min lowered to it, and
/// min raised to it while the HPA runs fewer). Each job keeps a condition (`Submitted`, then
/// `Succeed` or `Failed` with the message upstream writes) and each run leaves an event.
/// `cronMode: Disable` stops the runs; `runOnce` jobs run once; a run whose date matches one of
/// `excludeDates` is skipped.
struct CronHPAController: Controller {
  static let component = "cron-horizontal-pod-autoscaler"
  var primary: ResourceDescriptor { CoreKinds.cronHorizontalPodAutoscaler }

  struct Job {
    var name: String
    var schedule: String
    var targetSize: Int64
    var runOnce: Bool
  }

  func reconcile(_ cron: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    guard cron["metadata"]?["deletionTimestamp"] == nil, let spec = cron["spec"] else { return r }
    let ns = cron["metadata"]?["namespace"]?.stringValue
    let now = s.now
    let disabled = spec["cronMode"] == "Disable"
    let excluded = (spec["excludeDates"]?.arrayValue ?? []).compactMap(\.stringValue)
    var conditions = cron["status"]?["conditions"]?.arrayValue ?? []
    var target = TargetEdit(ref: spec["scaleTargetRef"], namespace: ns, in: s)
    var wake = Double.infinity
    for j in spec["jobs"]?.arrayValue ?? [] {
      let job = Job(
        name: j["name"]?.stringValue ?? "", schedule: j["schedule"]?.stringValue ?? "", targetSize: j["targetSize"]?.intValue ?? 0,
        runOnce: j["runOnce"]?.boolValue ?? false)
      let index = conditions.firstIndex { $0["name"]?.stringValue == job.name }
      var c = index.map { conditions[$0] } ?? [:]
      // A new or changed job is (re)submitted.
      if index == nil || c["schedule"]?.stringValue != job.schedule || c["targetSize"]?.intValue != job.targetSize || c["runOnce"]?.boolValue != job.runOnce {
        c = [
          "name": .string(job.name), "jobId": .string(EmbeddedCluster.uuid(fromParts: cron["metadata"]?["uid"]?.stringValue ?? "", job.name)),
          "schedule": .string(job.schedule), "targetSize": .int(job.targetSize), "runOnce": .bool(job.runOnce), "state": "Submitted",
          "lastProbeTime": .string(s.nowText), "message": "",
        ]
      }
      defer {
        if let index { conditions[index] = c } else { conditions.append(c) }
      }
      guard let schedule = CronSchedule(job.schedule, seconds: true) else {
        let message = "cron hpa failed to execute, because of failed to parse schedule \"\(job.schedule)\": expected 6 fields (second minute hour day-of-month month day-of-week)"
        if c["message"]?.stringValue != message {
          c["state"] = "Failed"
          c["message"] = .string(message)
          r.add(.event(SimEvent(about: cron, type: "Warning", reason: "Failed", message: message, component: Self.component)))
        }
        continue
      }
      if disabled || (job.runOnce && c["state"] != "Submitted") { continue }
      let last = Timestamps.parse(c["lastProbeTime"]?.stringValue ?? "") ?? now
      guard let due = schedule.next(after: last) else { continue }
      guard due <= now else {
        wake = min(wake, due.timeIntervalSince(now))
        continue
      }
      c["lastProbeTime"] = .string(Timestamps.format(due))
      if let date = excluded.first(where: { Self.matches(day: due, $0) }) {
        c["message"] = .string("cron hpa job \(job.name) skipped: \(Timestamps.format(due)) matches excludeDates \"\(date)\"")
      } else {
        switch target.scale(to: job.targetSize) {
        case .success(let detail):
          c["state"] = "Succeed"
          c["message"] = .string("cron hpa job \(job.name) executed successfully. \(detail)")
          r.add(.event(SimEvent(about: cron, type: "Normal", reason: "Succeed", message: c["message"]?.stringValue ?? "", component: Self.component)))
        case .failure(let why):
          c["state"] = "Failed"
          c["message"] = .string("cron hpa failed to execute, because of \(why.message)")
          r.add(.event(SimEvent(about: cron, type: "Warning", reason: "Failed", message: c["message"]?.stringValue ?? "", component: Self.component)))
        }
      }
      if !job.runOnce, let next = schedule.next(after: due) { wake = min(wake, max(0.001, next.timeIntervalSince(now))) }
    }
    if let (d, object) = target.changed { r.add(.update(d, object)) }
    var status: JSONValue = ["scaleTargetRef": spec["scaleTargetRef"] ?? [:], "excludeDates": .array(excluded.map { .string($0) }), "conditions": .array(conditions)]
    status["cronMode"] = spec["cronMode"] ?? "Enable"
    if cron["status"] != status {
      var o = cron
      o["status"] = status
      r.add(.update(CoreKinds.cronHorizontalPodAutoscaler, o))
    }
    if wake.isFinite { r.requeueAfter = wake }
    return r
  }

  /// Whether `date` falls on a day an `excludeDates` entry names (six fields; its day-of-month,
  /// month and day-of-week fields decide, as in `* * * 15 11 *`).
  static func matches(day date: Date, _ entry: String) -> Bool {
    let f = entry.split(separator: " ", omittingEmptySubsequences: true)
    guard f.count == 6, let day = CronSchedule("0 0 \(f[3]) \(f[4]) \(f[5])") else { return false }
    let midnight = (date.timeIntervalSince1970 / 86400).rounded(.down) * 86400
    return day.next(after: Date(timeIntervalSince1970: midnight - 1))?.timeIntervalSince1970 == midnight
  }

  struct Failure: Error {
    var message: String
  }

  /// The job's target, edited in place so that several jobs firing together write it once.
  struct TargetEdit {
    var descriptor: ResourceDescriptor?
    var object: JSONValue?
    var name: String
    var edited = false

    init(ref: JSONValue?, namespace ns: String?, in s: ClusterSnapshot) {
      let kind = ref?["kind"]?.stringValue ?? ""
      name = ref?["name"]?.stringValue ?? ""
      descriptor =
        kind == "HorizontalPodAutoscaler" ? CoreKinds.horizontalPodAutoscaler : FluidCRDs.descriptors.first { $0.kind == kind && $0.scale != nil }
      object = descriptor.flatMap { s.get($0, ns, name) }
    }

    var changed: (ResourceDescriptor, JSONValue)? {
      guard edited, let descriptor, let object else { return nil }
      return (descriptor, object)
    }

    /// Sets the target's size; the detail upstream appends to its message.
    mutating func scale(to size: Int64) -> Result<String, Failure> {
      guard let descriptor, var o = object else { return .failure(Failure(message: "Failed to found source target \(name)")) }
      let old = o
      let detail: String
      if descriptor == CoreKinds.horizontalPodAutoscaler {
        let current = o["status"]?["currentReplicas"]?.intValue ?? 0
        if size > o["spec"]?["maxReplicas"]?.intValue ?? 0 { o[path: ["spec", "maxReplicas"]] = .int(size) }
        if size < o["spec"]?["minReplicas"]?.intValue ?? 1 || current < size { o[path: ["spec", "minReplicas"]] = .int(size) }
        detail = "current replicas:\(current), desired replicas:\(size)."
      } else if let scale = descriptor.scale {
        let keys = scale.specReplicasPath.split(separator: ".").map(String.init)
        detail = "current replicas:\(o[path: keys]?.intValue ?? 0), desired replicas:\(size)"
        o[path: keys] = .int(size)
      } else {
        return .failure(Failure(message: "\(descriptor.kind) \(name) has no scale subresource"))
      }
      if o != old {
        object = o
        edited = true
      }
      return .success(detail)
    }
  }
}
