import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

@testable import FluidSimulator

/// A DataLoad runs as Fluid's chart runs it: a batch/v1 Job (a CronJob for policy Cron) whose
/// pods the Job controller creates, retries with its backoff, and turns into the Job's
/// condition, which the DataLoad copies on its 20 s poll.
@Suite struct LoaderJobTests {
  let dir = TemporaryDirectory()
  let wall = ManualClock()

  func boundCluster() async throws -> EmbeddedCluster {
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let c = try EmbeddedCluster.initialize(path: dir.file("s.db"), scenario: .laptop, clock: clock, now: { wall.now() })
    try c.setUFS(Scenario.UFSEndpoint(prefix: "oss://b", totalBytes: 8 * 1_073_741_824, files: 100, bitsPerSecond: 1e9, perConnectionBitsPerSecond: 0))
    _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
    let rd = FluidCRDs.descriptors.first { $0.kind == "AlluxioRuntime" }!
    _ = try await c.apply(rd, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "d"], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "16Gi"]]]]], options: ApplyOptions())
    try advance(c, 120)
    return c
  }

  func advance(_ c: EmbeddedCluster, _ seconds: Double) throws {
    try c.updateClock { clock, w in clock.advance(seconds, wall: w) }
    try c.advanceWorld()
  }

  func load(_ c: EmbeddedCluster, _ name: String, _ spec: JSONValue = [:]) async throws {
    var s = spec
    s["dataset"] = ["name": "d", "namespace": "default"]
    _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": .string(name)], "spec": s], options: WriteOptions())
  }

  func get(_ c: EmbeddedCluster, _ d: ResourceDescriptor, _ name: String) async throws -> JSONValue {
    try await c.get(d, namespace: "default", name: name)
  }

  func events(_ c: EmbeddedCluster, about name: String) async throws -> [String] {
    try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).items
      .filter { $0["involvedObject"]?["name"]?.stringValue == name }
      .sorted { Int($0["metadata"]?["resourceVersion"]?.stringValue ?? "") ?? 0 < Int($1["metadata"]?["resourceVersion"]?.stringValue ?? "") ?? 0 }
      .map { "\($0["type"]?.stringValue ?? "") \($0["reason"]?.stringValue ?? ""): \($0["message"]?.stringValue ?? "")" }
  }

  @Test func aLoadRunsAsTheChartsJob() async throws {
    let c = try await boundCluster()
    try await load(c, "l")
    try advance(c, 1)
    let job = try await get(c, CoreKinds.job, "l-loader-job")
    let uid = try #require(job["metadata"]?["uid"]?.stringValue)
    #expect(job["metadata"]?["labels"] == ["release": "l-loader", "role": "dataload-job", "app": "alluxio", "targetDataset": "d"])
    #expect(job["metadata"]?["ownerReferences"]?.arrayValue?.first?["kind"] == "DataLoad")
    #expect(job["spec"]?["backoffLimit"] == 3 && job["spec"]?["completions"] == 1 && job["spec"]?["completionMode"] == "NonIndexed")
    #expect(job["spec"]?["selector"] == ["matchLabels": ["batch.kubernetes.io/controller-uid": .string(uid)]])
    #expect(job["spec"]?["template"]?["metadata"]?["labels"]?["job-name"] == "l-loader-job")
    let podName = JobController.podName(ofJob: job, attempt: 0)
    #expect(podName.range(of: "^l-loader-job-[bcdfghjklmnpqrstvwxz2456789]{5}$", options: .regularExpression) != nil)
    let pod = try await get(c, CoreKinds.pod, podName)
    #expect(pod["metadata"]?["labels"]?["role"] == "dataload-pod" && pod["metadata"]?["labels"]?["controller-uid"] == .string(uid))
    #expect(pod["metadata"]?["ownerReferences"]?.arrayValue?.first?["kind"] == "Job" && pod["metadata"]?["ownerReferences"]?.arrayValue?.first?["controller"] == true)
    #expect(job["status"]?["active"] == 1 && job["status"]?["startTime"] != nil)

    // 8 GiB at 1 Gbps: about 69 s; Fluid sees the Job finished on its poll at 80 s.
    try advance(c, 75)
    let done = try await get(c, CoreKinds.job, "l-loader-job")
    #expect(done["status"]?["succeeded"] == 1 && done["status"]?["active"] == nil && done["status"]?["completionTime"] != nil)
    #expect((done["status"]?["conditions"]?.arrayValue ?? []).map { $0["type"]?.stringValue ?? "" } == ["SuccessCriteriaMet", "Complete"])
    #expect(try await get(c, CoreKinds.pod, podName)["status"]?["phase"] == "Succeeded")
    #expect(try await get(c, DataLoad.descriptor, "l")["status"]?["phase"] == "Executing")
    try advance(c, 10)
    let finished = try await get(c, DataLoad.descriptor, "l")
    #expect(finished["status"]?["phase"] == "Complete")
    #expect(finished["status"]?["conditions"]?.arrayValue?.first?["reason"] == "CompletionsReached")
    #expect(finished["status"]?["conditions"]?.arrayValue?.first?["lastTransitionTime"] == done["status"]?["completionTime"])
    #expect(try await events(c, about: "l-loader-job") == ["Normal SuccessfulCreate: Created pod: \(podName)", "Normal Completed: Job completed"])
  }

  /// The loader fails while its UFS is down; the Job retries 10, 20 and 40 s after each
  /// failure, then fails with BackoffLimitExceeded, and so does the DataLoad.
  @Test func anUnreachableUFSExhaustsTheJobsBackoff() async throws {
    let c = try await boundCluster()
    try await load(c, "l")
    try advance(c, 10)
    try c.updateFaults { $0.ufsDown.insert("oss://b") }
    try advance(c, 200)
    let job = try await get(c, CoreKinds.job, "l-loader-job")
    var pods: [JSONValue] = []
    for attempt in 0..<8 {
      guard let pod = try? await get(c, CoreKinds.pod, JobController.podName(ofJob: job, attempt: attempt)) else { break }
      pods.append(pod)
    }
    #expect(pods.count == 4 && pods.allSatisfy { $0["status"]?["phase"] == "Failed" })
    let starts = try pods.map { try #require($0["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse)) }
    let ends = try pods.map { try #require(JobController.finishedAt($0)) }
    #expect(zip(ends.dropLast(), starts.dropFirst()).map { $1.timeIntervalSince($0) } == [10, 20, 40])
    #expect(job["status"]?["failed"] == 4)
    #expect(JobController.finished(job)?["reason"] == "BackoffLimitExceeded")
    let failed = try await get(c, DataLoad.descriptor, "l")
    #expect(failed["status"]?["phase"] == "Failed")
    #expect(failed["status"]?["conditions"]?.arrayValue?.first?["message"] == "Job has reached the specified backoff limit")
    #expect(try await events(c, about: "l-loader-job").last == "Warning BackoffLimitExceeded: Job has reached the specified backoff limit")
  }

  /// A UFS back before the backoff limit: the next pod finishes the load.
  @Test func aRetryAfterTheUFSIsBackCompletesTheLoad() async throws {
    let c = try await boundCluster()
    try await load(c, "l")
    try advance(c, 10)
    try c.updateFaults { $0.ufsDown.insert("oss://b") }
    try advance(c, 12)
    try c.updateFaults { $0.ufsDown.remove("oss://b") }
    try advance(c, 300)
    let job = try await get(c, CoreKinds.job, "l-loader-job")
    #expect(job["status"]?["failed"] == 1 && job["status"]?["succeeded"] == 1)
    #expect(try await get(c, DataLoad.descriptor, "l")["status"]?["phase"] == "Complete")
    let cached = try await get(c, Dataset.descriptor, "d")["status"]?["cacheStates"]?["cachedPercentage"]
    #expect(cached == "100.0%")
  }

  /// A Cron DataLoad installs a CronJob; each scheduled time runs a Job `<cronjob>-<minutes>`,
  /// the DataLoad goes Executing and Complete again, and three successful Jobs are kept.
  @Test func aCronLoadRunsItsCronJobsJobs() async throws {
    let c = try await boundCluster()
    try await load(c, "cr", ["policy": "Cron", "schedule": "*/10 * * * *"])
    var phases: [String] = []
    for _ in 0..<(60 * 60 / 5) {
      try advance(c, 5)
      let p = try await get(c, DataLoad.descriptor, "cr")["status"]?["phase"]?.stringValue ?? ""
      if phases.last != p { phases.append(p) }
    }
    let cj = try await get(c, CoreKinds.cronJob, "cr-loader-job")
    #expect(cj["metadata"]?["labels"]?["dataload"] == "cr" && cj["metadata"]?["labels"]?["role"] == "dataload-cronjob")
    #expect(cj["spec"]?["schedule"] == "*/10 * * * *" && cj["spec"]?["successfulJobsHistoryLimit"] == 3)
    let last = try #require(cj["status"]?["lastScheduleTime"]?.stringValue.flatMap(Timestamps.parse))
    #expect(Int(last.timeIntervalSince1970) % 600 == 0)
    let jobs = try await c.list(CoreKinds.job, namespace: "default", options: ListOptions()).items.compactMap { $0["metadata"]?["name"]?.stringValue }
    #expect(jobs.count == 3)
    #expect(jobs.allSatisfy { name in Int64(name.dropFirst("cr-loader-job-".count)).map { $0 % 10 == 0 } ?? false })
    #expect(jobs.contains(CronJobController.jobName("cr-loader-job", scheduledAt: last)))
    let load = try await get(c, DataLoad.descriptor, "cr")
    #expect(load["status"]?["lastScheduleTime"] == cj["status"]?["lastScheduleTime"])
    #expect(load["status"]?["lastSuccessfulTime"] == cj["status"]?["lastSuccessfulTime"])
    // Each run re-enters Pending and Executing within the same instant.
    #expect(phases.starts(with: ["Executing", "Complete", "Executing", "Complete"]) && phases.filter { $0 == "Complete" }.count == 6)
    #expect(try await events(c, about: "cr-loader-job").contains { $0.hasPrefix("Normal SuccessfulDelete: Deleted job cr-loader-job-") })
  }

  /// A user's Job whose pods carry `sim.fluidctl.io/run-seconds` completes (or, with a non-zero
  /// `exit-code`, fails after its backoff limit), as `kubectl wait --for=condition=complete`
  /// expects.
  @Test func usersJobsRunForTheirRunSeconds() async throws {
    let c = try await boundCluster()
    func job(_ name: String, exitCode: String, backoffLimit: Int64) -> JSONValue {
      [
        "apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": .string(name)],
        "spec": [
          "backoffLimit": .int(backoffLimit),
          "template": [
            "metadata": ["annotations": ["sim.fluidctl.io/run-seconds": "30", "sim.fluidctl.io/exit-code": .string(exitCode)]],
            "spec": ["restartPolicy": "Never", "containers": [["name": "c", "image": "busybox"]]],
          ],
        ],
      ]
    }
    _ = try await c.create(CoreKinds.job, namespace: "default", object: job("ok", exitCode: "0", backoffLimit: 6), options: WriteOptions())
    _ = try await c.create(CoreKinds.job, namespace: "default", object: job("bad", exitCode: "2", backoffLimit: 1), options: WriteOptions())
    try advance(c, 20)
    #expect(JobController.finished(try await get(c, CoreKinds.job, "ok")) == nil)
    try advance(c, 20)
    let ok = try await get(c, CoreKinds.job, "ok")
    #expect(JobController.finished(ok)?["type"] == "Complete" && ok["status"]?["succeeded"] == 1)
    try advance(c, 60)
    let bad = try await get(c, CoreKinds.job, "bad")
    #expect(JobController.finished(bad)?["type"] == "Failed" && bad["status"]?["failed"] == 2)
    let pod = try await get(c, CoreKinds.pod, JobController.podName(ofJob: bad, attempt: 0))
    #expect(pod["status"]?["containerStatuses"]?.arrayValue?.first?["state"]?["terminated"]?["exitCode"] == 2)
  }

  /// concurrencyPolicy: Forbid never runs two Jobs at once; Replace deletes the running one.
  @Test func cronJobConcurrencyPolicies() async throws {
    let c = try await boundCluster()
    for policy in ["Forbid", "Replace"] {
      let cj: JSONValue = [
        "apiVersion": "batch/v1", "kind": "CronJob", "metadata": ["name": .string(policy.lowercased())],
        "spec": [
          "schedule": "* * * * *", "concurrencyPolicy": .string(policy),
          "jobTemplate": ["spec": ["template": [
            "metadata": ["annotations": ["sim.fluidctl.io/run-seconds": "150"]],
            "spec": ["restartPolicy": "Never", "containers": [["name": "c", "image": "busybox"]]],
          ]]],
        ],
      ]
      _ = try await c.create(CoreKinds.cronJob, namespace: "default", object: cj, options: WriteOptions())
    }
    var mostActive: [String: Int] = [:]
    for _ in 0..<(8 * 60 / 10) {
      try advance(c, 10)
      let jobs = try await c.list(CoreKinds.job, namespace: "default", options: ListOptions()).items
      for policy in ["forbid", "replace"] {
        let active = jobs.filter { ($0["metadata"]?["name"]?.stringValue ?? "").hasPrefix(policy + "-") && JobController.finished($0) == nil }
        mostActive[policy] = max(mostActive[policy] ?? 0, active.count)
      }
    }
    #expect(mostActive == ["forbid": 1, "replace": 1])
    let forbidden = try await c.list(CoreKinds.job, namespace: "default", options: ListOptions()).items.filter {
      ($0["metadata"]?["name"]?.stringValue ?? "").hasPrefix("forbid-") && JobController.finished($0)?["type"] == "Complete"
    }
    #expect(forbidden.count >= 2, "runs that found a Job running start once it is done")
    #expect(try await events(c, about: "replace").contains { $0.hasPrefix("Normal SuccessfulDelete: Deleted job replace-") })
  }

  /// A suspended Job stops its pod and reports Suspended; resumed, it starts a new pod.
  @Test func suspendedJobsStopAndResume() async throws {
    let c = try await boundCluster()
    let job: JSONValue = [
      "apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": "s"],
      "spec": ["template": ["spec": ["restartPolicy": "Never", "containers": [["name": "c", "image": "busybox"]]]]],
    ]
    _ = try await c.create(CoreKinds.job, namespace: "default", object: job, options: WriteOptions())
    try advance(c, 5)
    var j = try await get(c, CoreKinds.job, "s")
    let first = JobController.podName(ofJob: j, attempt: 0)
    #expect(try await get(c, CoreKinds.pod, first)["status"]?["phase"] == "Running")
    j[path: ["spec", "suspend"]] = true
    _ = try await c.update(CoreKinds.job, namespace: "default", object: j, subresource: nil, options: WriteOptions())
    try advance(c, 5)
    j = try await get(c, CoreKinds.job, "s")
    #expect(j["status"]?["conditions"]?.arrayValue?.first?["type"] == "Suspended" && j["status"]?["active"] == nil)
    #expect(await (try? get(c, CoreKinds.pod, first)) == nil)
    j[path: ["spec", "suspend"]] = false
    _ = try await c.update(CoreKinds.job, namespace: "default", object: j, subresource: nil, options: WriteOptions())
    try advance(c, 5)
    j = try await get(c, CoreKinds.job, "s")
    #expect(j["status"]?["active"] == 1 && (j["status"]?["conditions"]?.arrayValue ?? []).isEmpty)
    // The second "Created pod" repeats the first (the same name again) and is counted on it.
    #expect(try await events(c, about: "s").map { String($0.split(separator: ":").first ?? "") } == [
      "Normal Suspended", "Normal Resumed", "Normal SuccessfulCreate",
    ])
  }
}
