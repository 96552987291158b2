import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

@testable import FluidSimulator

/// DataLoad policies and the other data operations, on a manual clock.
@Suite struct DataOperationTests {
  let dir = TemporaryDirectory()
  let wall = ManualClock()

  func boundCluster(runtime: String = "AlluxioRuntime") async throws -> EmbeddedCluster {
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let c = try EmbeddedCluster.initialize(path: dir.file("s.db"), scenario: .laptop, clock: clock, now: { wall.now() })
    _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
    let rd = FluidCRDs.descriptors.first { $0.kind == runtime }!
    _ = try await c.apply(rd, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": .string(runtime), "metadata": ["name": "d"], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "4Gi"]]]]], options: ApplyOptions())
    try advance(c, 120)
    return c
  }

  func advance(_ c: EmbeddedCluster, _ seconds: Double) throws {
    try c.updateClock { clock, w in clock.advance(seconds, wall: w) }
    try c.advanceWorld()
  }

  func phase(_ c: EmbeddedCluster, _ d: ResourceDescriptor, _ name: String) async throws -> String? {
    try await c.get(d, namespace: "default", name: name)["status"]?["phase"]?.stringValue
  }

  @Test func onceLoadLocksTheDatasetAndReleasesIt() async throws {
    let c = try await boundCluster()
    _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "l"], "spec": ["dataset": ["name": "d", "namespace": "default"], "ttlSecondsAfterFinished": 60]], options: WriteOptions())
    try c.advanceWorld()
    #expect(try await phase(c, DataLoad.descriptor, "l") == "Executing")
    #expect(try await c.get(Dataset.descriptor, namespace: "default", name: "d")["status"]?["operationRef"]?["DataLoad"] == "l")
    try advance(c, 600)
    #expect(await (try? phase(c, DataLoad.descriptor, "l")) == nil, "deleted after its TTL")
    #expect(try await c.get(Dataset.descriptor, namespace: "default", name: "d")["status"]?["operationRef"]?["DataLoad"] == nil)
  }

  /// With loadMetadata the transfer starts after the metadata sync; it must then get its share.
  @Test func loadMetadataDelaysTheTransferThenRuns() async throws {
    let c = try await boundCluster()
    _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "m"], "spec": ["dataset": ["name": "d", "namespace": "default"], "loadMetadata": true]], options: WriteOptions())
    try c.advanceWorld()
    #expect(try await phase(c, DataLoad.descriptor, "m") == "Executing")
    try advance(c, 600)
    #expect(try await phase(c, DataLoad.descriptor, "m") == "Complete")
  }

  /// Fluid's labels switch to the dataset's UID when `<prefix><namespace>-<name>` would reach
  /// 63 characters: the node labels of a 52-character name, and every label of a 56-character one.
  @Test func longNamesUseTheDatasetUIDInLabels() async throws {
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let c = try EmbeddedCluster.initialize(path: dir.file("long.db"), scenario: .laptop, clock: clock, now: { wall.now() })
    for name in [String(repeating: "a", count: 52), String(repeating: "b", count: 56)] {
      _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": .string(name)], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]], "placement": "Shared"]], options: ApplyOptions())
      _ = try await c.apply(AlluxioRuntime.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": .string(name)], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "1Gi"]]]]], options: ApplyOptions())
    }
    try c.updateClock { clock, w in clock.advance(300, wall: w) }
    try c.advanceWorld()
    let nodeLabels = try await c.list(CoreKinds.node, namespace: nil, options: ListOptions()).items
      .flatMap { ($0["metadata"]?["labels"]?.objectValue ?? [:]).keys }
    for (name, idOverflows) in [(String(repeating: "a", count: 52), false), (String(repeating: "b", count: 56), true)] {
      let ds = try await c.get(Dataset.descriptor, namespace: "default", name: name)
      let uid = try #require(ds["metadata"]?["uid"]?.stringValue)
      #expect(ds["status"]?["phase"] == "Bound")
      #expect(ds["metadata"]?["labels"]?["fluid.io/dataset-id"]?.stringValue == (idOverflows ? uid : "default-\(name)"))
      #expect(nodeLabels.contains("fluid.io/s-\(uid)"))
      #expect(nodeLabels.contains("fluid.io/s-h-alluxio-t-\(uid)"))
      #expect(!nodeLabels.contains("fluid.io/s-default-\(name)"))
      let pv = try await c.get(CoreKinds.persistentVolume, namespace: nil, name: "default-\(name)")
      #expect(pv["metadata"]?["labels"]?["fluid.io/s-\(uid)"] == "true")
      #expect(pv["spec"]?["csi"]?["volumeAttributes"]?["mount_pod_node_selector_key"]?.stringValue == "fluid.io/f-\(uid)")
    }
  }

  /// A load larger than the cache: without watermarks the worker ends full; with `high`/`low`
  /// it evicts down to `low` each time it reaches `high`, and ends between them.
  @Test func watermarksEvictDownToLow() async throws {
    var cached: [Double] = []
    for (i, marks) in [nil, ("0.9", "0.5")].enumerated() {
      let wall = ManualClock()
      var clock = SimulationClock.following(wall: wall.now())
      clock.mode = .manual
      let c = try EmbeddedCluster.initialize(path: dir.file("wm\(i).db"), scenario: .laptop, clock: clock, now: { wall.now() })
      var level: JSONValue = ["mediumtype": "MEM", "path": "/dev/shm", "quota": "4Gi"]
      if let marks {
        level["high"] = .string(marks.0)
        level["low"] = .string(marks.1)
      }
      _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
      _ = try await c.apply(AlluxioRuntime.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "d"], "spec": ["replicas": 1, "tieredstore": ["levels": [level]]]], options: ApplyOptions())
      _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "l"], "spec": ["dataset": ["name": "d", "namespace": "default"]]], options: WriteOptions())
      try c.updateClock { clock, w in clock.advance(1800, wall: w) }
      try c.advanceWorld()
      #expect(try await phase(c, DataLoad.descriptor, "l") == "Complete")
      let worker = try await c.get(CoreKinds.pod, namespace: "default", name: "d-worker-0")
      cached.append(Double(worker["metadata"]?["annotations"]?[cachedBytesAnnotation]?.stringValue ?? "") ?? -1)
    }
    let gib = 1024.0 * 1024 * 1024
    #expect(abs(cached[0] - 4 * gib) < 1)
    #expect(cached[1] >= 0.5 * 4 * gib - 1 && cached[1] <= 0.9 * 4 * gib + 1)
    #expect(cached[1] < cached[0])
  }

  /// Readers on one node share its NIC: two pods reading 10 GB on a 10 Gbps node take 16 s each,
  /// a pod alone on another node 8 s (the UFS is far faster).
  @Test func readersOnANodeShareItsNIC() async throws {
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let c = try EmbeddedCluster.initialize(path: dir.file("nic.db"), scenario: .laptop, clock: clock, now: { wall.now() })
    try c.setUFS(Scenario.UFSEndpoint(prefix: "oss://fast", totalBytes: 1e12, files: 1000, bitsPerSecond: 1e12, perConnectionBitsPerSecond: 0))
    for (name, node) in [("a", "sim-node-1"), ("b", "sim-node-1"), ("c", "sim-node-2")] {
      let pod: JSONValue = [
        "apiVersion": "v1", "kind": "Pod",
        "metadata": ["name": .string(name), "annotations": [.init(stringLiteral: ReadAnnotations.bytes): "10000000000", .init(stringLiteral: ReadAnnotations.url): "oss://fast/model"]],
        "spec": ["nodeName": .string(node), "containers": [["name": "app", "image": "app"]]],
      ]
      _ = try await c.create(CoreKinds.pod, namespace: "default", object: pod, options: WriteOptions())
    }
    try advance(c, 120)
    var seconds: [String: Double] = [:]
    for name in ["a", "b", "c"] {
      let a = try await c.get(CoreKinds.pod, namespace: "default", name: name)["metadata"]?["annotations"]
      let start = try #require(Double(a?[ReadAnnotations.startedAt]?.stringValue ?? ""))
      let end = try #require(Double(a?[ReadAnnotations.finishedAt]?.stringValue ?? ""))
      seconds[name] = end - start
    }
    #expect(abs(seconds["a"]! - 16) < 0.01)
    #expect(abs(seconds["b"]! - 16) < 0.01)
    #expect(abs(seconds["c"]! - 8) < 0.01)
  }

  /// A deleted worker or master pod comes back under its name, as from its StatefulSet, and the
  /// runtime is Ready again.
  @Test func deletedComponentPodsAreRecreated() async throws {
    let c = try await boundCluster()
    for name in ["d-worker-0", "d-master-0"] {
      _ = try await c.delete(CoreKinds.pod, namespace: "default", name: name, options: DeleteOptions())
    }
    try c.advanceWorld()
    let before = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "d")["metadata"]?["uid"]
    try advance(c, 120)
    for name in ["d-worker-0", "d-master-0"] {
      let pod = try await c.get(CoreKinds.pod, namespace: "default", name: name)
      #expect(pod["status"]?["phase"] == "Running", "\(name)")
    }
    let rt = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "d")
    #expect(rt["metadata"]?["uid"] == before)
    #expect(rt["status"]?["workerPhase"] == "Ready")
    #expect(rt["status"]?["masterPhase"] == "Ready")
  }

  /// A worker on a node that stopped reporting is evicted after the default 300 s toleration and
  /// comes back on another node; the runtime is Ready again (with an empty cache).
  @Test func workersOnADownNodeAreEvictedAndReplaced() async throws {
    let c = try await boundCluster()
    let first = try await c.get(CoreKinds.pod, namespace: "default", name: "d-worker-0")
    let node = try #require(first["spec"]?["nodeName"]?.stringValue)
    try await c.setNode(node, ready: false)
    // The node lifecycle controller taints it; the scheduler names the taint.
    let taints = try await c.get(CoreKinds.node, namespace: nil, name: node)["spec"]?["taints"]?.arrayValue ?? []
    #expect(taints.map { "\($0["key"]?.stringValue ?? ""):\($0["effect"]?.stringValue ?? "")" } == ["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"])
    let pinned: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "pinned"], "spec": ["nodeSelector": ["kubernetes.io/hostname": .string(node)], "containers": [["name": "app", "image": "app"]]]]
    _ = try await c.create(CoreKinds.pod, namespace: "default", object: pinned, options: WriteOptions())
    try advance(c, 200)
    let why = try await c.get(CoreKinds.pod, namespace: "default", name: "pinned")["status"]?["conditions"]?.arrayValue?.first?["message"]?.stringValue
    #expect(why == "0/3 nodes are available: 2 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }.")
    let waiting = try await c.get(CoreKinds.pod, namespace: "default", name: "d-worker-0")
    #expect(waiting["metadata"]?["uid"] == first["metadata"]?["uid"])
    #expect(try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "d")["status"]?["workerPhase"] == "NotReady")
    try advance(c, 200)
    let events = try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).items
    #expect(events.contains { $0["reason"] == "TaintManagerEviction" && $0["message"] == "Marking for deletion Pod default/d-worker-0" })
    let replaced = try await c.get(CoreKinds.pod, namespace: "default", name: "d-worker-0")
    #expect(replaced["metadata"]?["uid"] != first["metadata"]?["uid"])
    #expect(replaced["spec"]?["nodeName"]?.stringValue != node)
    #expect(replaced["status"]?["phase"] == "Running")
    #expect(try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "d")["status"]?["workerPhase"] == "Ready")
    try await c.setNode(node, ready: true)
    #expect(try await c.get(CoreKinds.node, namespace: nil, name: node)["spec"]?["taints"] == nil)
  }

  /// A node whose Ready condition turns False (a status write, as a kubelet would make) is
  /// tainted not-ready; a pod that tolerates that taint for 60 s is evicted after 60 s, the
  /// others after the default 300 s; the taints go when the node is Ready again.
  @Test func notReadyNodesAreTaintedAndDrained() async throws {
    let c = try await boundCluster()
    let node = "sim-node-3"
    let pod: JSONValue = [
      "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "app"],
      "spec": [
        "nodeSelector": ["kubernetes.io/hostname": .string(node)], "containers": [["name": "app", "image": "app"]],
        "tolerations": [["key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 60]],
      ],
    ]
    _ = try await c.create(CoreKinds.pod, namespace: "default", object: pod, options: WriteOptions())
    try advance(c, 10)
    func setReady(_ status: String) async throws {
      var n = try await c.get(CoreKinds.node, namespace: nil, name: node)
      let t = Timestamps.format(try await c.currentTime())
      n[path: ["status", "conditions"]] = [["type": "Ready", "status": .string(status), "reason": "KubeletNotReady", "lastTransitionTime": .string(t)]]
      _ = try await c.update(CoreKinds.node, namespace: nil, object: n, subresource: "status", options: WriteOptions())
      try c.advanceWorld()
    }
    try await setReady("False")
    let taints = try await c.get(CoreKinds.node, namespace: nil, name: node)["spec"]?["taints"]?.arrayValue ?? []
    #expect(taints.map { "\($0["key"]?.stringValue ?? ""):\($0["effect"]?.stringValue ?? "")" } == ["node.kubernetes.io/not-ready:NoSchedule", "node.kubernetes.io/not-ready:NoExecute"])
    try advance(c, 50)
    #expect(await (try? c.get(CoreKinds.pod, namespace: "default", name: "app")) != nil)
    try advance(c, 15)
    #expect(await (try? c.get(CoreKinds.pod, namespace: "default", name: "app")) == nil, "evicted after its 60 s toleration")
    try await setReady("True")
    #expect(try await c.get(CoreKinds.node, namespace: nil, name: node)["spec"]?["taints"] == nil)
  }

  /// A pod bound to a node that does not exist is removed by pod garbage collection.
  @Test func podsOnMissingNodesAreCollected() async throws {
    let c = try await boundCluster()
    let pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "lost"], "spec": ["nodeName": "no-such-node", "containers": [["name": "app", "image": "app"]]]]
    _ = try await c.create(CoreKinds.pod, namespace: "default", object: pod, options: WriteOptions())
    try advance(c, 30)
    #expect(try await c.get(CoreKinds.pod, namespace: "default", name: "lost")["status"]?["phase"] == "Pending")
    try advance(c, 30)
    await #expect(throws: FluidError.self) { try await c.get(CoreKinds.pod, namespace: "default", name: "lost") }
  }

  @Test func cronLoadsRunOnSchedule() async throws {
    let c = try await boundCluster()
    _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "cron"], "spec": ["dataset": ["name": "d", "namespace": "default"], "policy": "Cron", "schedule": "*/30 * * * *"]], options: WriteOptions())
    var schedules = Set<String>()
    for _ in 0..<8 {
      try advance(c, 15 * 60)
      if let t = try await c.get(DataLoad.descriptor, namespace: "default", name: "cron")["status"]?["lastScheduleTime"]?.stringValue { schedules.insert(t) }
    }
    #expect(schedules.count >= 3)
    #expect(schedules.allSatisfy { $0.hasSuffix(":00:00Z") || $0.hasSuffix(":30:00Z") })
  }

  @Test func runtimesWithoutDataLoadFail() async throws {
    let c = try await boundCluster(runtime: "EFCRuntime")
    _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "l"], "spec": ["dataset": ["name": "d", "namespace": "default"]]], options: WriteOptions())
    try advance(c, 30)
    let l = try await c.get(DataLoad.descriptor, namespace: "default", name: "l")
    #expect(l["status"]?["phase"] == "Failed")
    #expect(l["status"]?["conditions"]?.arrayValue?.first?["message"] == "RuntimeType efc not support DataLoad")
  }

  /// Component pods are controlled by their workloads, as a chart's StatefulSets make them.
  @Test func componentPodsAreControlledByTheirWorkloads() async throws {
    let c = try await boundCluster()
    for (pod, kind, workload) in [("d-master-0", CoreKinds.statefulSet, "d-master"), ("d-worker-0", CoreKinds.statefulSet, "d-worker")] {
      let refs = try await c.get(CoreKinds.pod, namespace: "default", name: pod)["metadata"]?["ownerReferences"]?.arrayValue ?? []
      let uid = try await c.get(kind, namespace: "default", name: workload)["metadata"]?["uid"]
      #expect(refs.count == 1 && refs.first?["kind"] == .string(kind.kind) && refs.first?["uid"] == uid && refs.first?["controller"] == true, "\(pod): \(refs)")
    }
  }

  /// A DataProcess with policy Cron runs its CronJob `<name>-processor-job`: each scheduled
  /// Job runs the processor, and the operation goes Pending, Executing and Complete again.
  @Test func cronDataProcessRunsItsCronJob() async throws {
    let c = try await boundCluster()
    let process = FluidCRDs.named("dataprocesses")
    let spec: JSONValue = [
      "dataset": ["name": "d", "namespace": "default", "mountPath": "/data"], "policy": "Cron", "schedule": "*/10 * * * *",
      "processor": ["script": ["image": "python", "source": "print(1)"]],
    ]
    _ = try await c.create(process, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataProcess", "metadata": ["name": "nightly"], "spec": spec], options: WriteOptions())
    var completions = 0
    var last = ""
    for _ in 0..<(45 * 60 / 10) {
      try advance(c, 10)
      let phase = try await phase(c, process, "nightly") ?? ""
      if phase == "Complete", last != "Complete" { completions += 1 }
      last = phase
    }
    #expect(completions >= 4, "\(completions) runs")
    let cj = try await c.get(CoreKinds.cronJob, namespace: "default", name: "nightly-processor-job")
    #expect(cj["metadata"]?["ownerReferences"]?.arrayValue?.first?["kind"] == "DataProcess")
    let p = try await c.get(process, namespace: "default", name: "nightly")
    #expect(p["status"]?["lastScheduleTime"] == cj["status"]?["lastScheduleTime"] && p["status"]?["lastSuccessfulTime"] != nil)
    let jobs = try await c.list(CoreKinds.job, namespace: "default", options: ListOptions()).items.compactMap { $0["metadata"]?["name"]?.stringValue }
    #expect(jobs.count == 3 && jobs.allSatisfy { $0.hasPrefix("nightly-processor-job-") })
  }

  /// A DataBackup runs the bare pod `<name>-pod`; a local:// backup records the pod's node.
  @Test func backupRunsItsPod() async throws {
    let c = try await boundCluster()
    let backup = FluidCRDs.named("databackups")
    _ = try await c.create(backup, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataBackup", "metadata": ["name": "b"], "spec": ["dataset": "d", "backupPath": "local:///backup/"]], options: WriteOptions())
    try advance(c, 5)
    let pod = try await c.get(CoreKinds.pod, namespace: "default", name: "b-pod")
    #expect(pod["metadata"]?["labels"]?["release"] == "b-charts" && pod["metadata"]?["ownerReferences"]?.arrayValue?.first?["kind"] == "DataBackup")
    try advance(c, 60)
    let b = try await c.get(backup, namespace: "default", name: "b")
    #expect(b["status"]?["phase"] == "Complete")
    #expect(b["status"]?["infos"]?["BackupLocationPath"] == "local:///backup/")
    let node = try await c.get(CoreKinds.pod, namespace: "default", name: "b-pod")["spec"]?["nodeName"]
    #expect(node != nil && b["status"]?["infos"]?["BackupLocationNodeName"] == node)
    #expect(try await c.get(CoreKinds.pod, namespace: "default", name: "b-pod")["status"]?["phase"] == "Succeeded")
  }

  @Test func backupMigrateAndProcess() async throws {
    let c = try await boundCluster(runtime: "JuiceFSRuntime")
    let backup = FluidCRDs.named("databackups")
    _ = try await c.create(backup, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataBackup", "metadata": ["name": "b"], "spec": ["dataset": "d", "backupPath": "pvc://p/"]], options: WriteOptions())
    let migrate = FluidCRDs.named("datamigrates")
    _ = try await c.create(migrate, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataMigrate", "metadata": ["name": "m"], "spec": ["from": ["externalStorage": ["uri": "s3://x/"]], "to": ["dataset": ["name": "d", "namespace": "default"]]]], options: WriteOptions())
    try advance(c, 5)
    #expect(try await phase(c, Dataset.descriptor, "d") == "DataMigrating")
    #expect(try await phase(c, migrate, "m") == "Executing")
    #expect(try await phase(c, backup, "b") == "Failed", "DataBackup needs Alluxio")
    // The chart's Job `<name>-migrate-migrate` (release `<name>-migrate`) runs the copy.
    let job = try await c.get(CoreKinds.job, namespace: "default", name: "m-migrate-migrate")
    #expect(job["metadata"]?["labels"]?["release"] == "m-migrate" && job["metadata"]?["ownerReferences"]?.arrayValue?.first?["kind"] == "DataMigrate")
    try advance(c, 3600)
    #expect(try await phase(c, migrate, "m") == "Complete")
    #expect(try await phase(c, Dataset.descriptor, "d") == "Bound")
    let done = try await c.get(CoreKinds.job, namespace: "default", name: "m-migrate-migrate")
    #expect(JobController.finished(done)?["type"] == "Complete")
    let m = try await c.get(migrate, namespace: "default", name: "m")
    #expect(m["status"]?["conditions"]?.arrayValue?.first?["lastTransitionTime"] == done["status"]?["completionTime"])
    #expect(m["status"]?["infos"]?["sim.startTime"] == nil)
    // A DataProcess with a script runs its Job `<name>-processor-job` for its minute.
    let script: JSONValue = ["script": ["image": "python", "source": "print(1)"]]
    _ = try await c.create(FluidCRDs.named("dataprocesses"), namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataProcess", "metadata": ["name": "run"], "spec": ["dataset": ["name": "d", "namespace": "default", "mountPath": "/data"], "processor": script]], options: WriteOptions())
    try advance(c, 5)
    #expect(try await c.get(CoreKinds.job, namespace: "default", name: "run-processor-job")["status"]?["active"] == 1)
    try advance(c, 90)
    #expect(try await phase(c, FluidCRDs.named("dataprocesses"), "run") == "Complete")
    let process = FluidCRDs.named("dataprocesses")
    _ = try await c.create(process, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataProcess", "metadata": ["name": "p"], "spec": ["dataset": ["name": "d", "namespace": "default", "mountPath": "/data"], "processor": [:]]], options: WriteOptions())
    try advance(c, 5)
    let p = try await c.get(process, namespace: "default", name: "p")
    #expect(p["status"]?["phase"] == "Failed")
    #expect(p["status"]?["conditions"]?.arrayValue?.first?["reason"] == "ProcessorNotSpecified")
  }
}

/// `local://` paths and `pvc://` claims bound to a local directory are measured on the real tree.
@Suite struct RealFileTreeTests {
  let dir = TemporaryDirectory()
  let wall = ManualClock()

  @Test func localAndClaimMountsReportTheRealTree() async throws {
    // 3 files of 1000, 2000 and 3000 bytes under data/, one more under data/sub/.
    for (name, size) in [("data/a", 1000), ("data/b", 2000), ("data/sub/c", 3000)] {
      dir.write(name, String(repeating: "x", count: size))
    }
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let c = try EmbeddedCluster.initialize(path: dir.file("s.db"), scenario: .laptop, clock: clock, now: { wall.now() })
    let pv: JSONValue = [
      "apiVersion": "v1", "kind": "PersistentVolume", "metadata": ["name": "files"],
      "spec": ["capacity": ["storage": "1Gi"], "accessModes": ["ReadOnlyMany"], "hostPath": ["path": .string(dir.file("data"))]],
    ]
    _ = try await c.create(CoreKinds.persistentVolume, namespace: nil, object: pv, options: WriteOptions())
    let pvc: JSONValue = [
      "apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": ["name": "files"],
      "spec": ["accessModes": ["ReadOnlyMany"], "volumeName": "files", "resources": ["requests": ["storage": "1Gi"]]],
    ]
    _ = try await c.create(CoreKinds.persistentVolumeClaim, namespace: "default", object: pvc, options: WriteOptions())
    for (name, mount) in [("whole", "local://\(dir.file("data"))"), ("claim", "pvc://files"), ("sub", "pvc://files/sub")] {
      _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": .string(name)], "spec": ["mounts": [["mountPoint": .string(mount), "name": "m"]]]], options: ApplyOptions())
      _ = try await c.apply(AlluxioRuntime.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": .string(name)], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "1Gi"]]]]], options: ApplyOptions())
    }
    try c.updateClock { clock, w in clock.advance(600, wall: w) }
    try c.advanceWorld()
    func status(_ name: String) async throws -> (String?, String?) {
      let s = try await c.get(Dataset.descriptor, namespace: "default", name: name)["status"]
      return (s?["ufsTotal"]?.stringValue, s?["fileNum"]?.stringValue)
    }
    #expect(try await status("whole") == ("5.86KiB", "3"))
    #expect(try await status("claim") == ("5.86KiB", "3"))
    #expect(try await status("sub") == ("2.93KiB", "1"))
  }

  /// Coalesced resyncs must not change what a user reads: one advance of 40 minutes and 80
  /// advances of 30 s end in the same phases, cache figures, conditions and events.
  @Test func oneLongAdvanceEqualsManyShortOnes() async throws {
    func run(steps: Int, every seconds: Double, in name: String) async throws -> String {
      let wall = ManualClock()
      var clock = SimulationClock.following(wall: wall.now())
      clock.mode = .manual
      let c = try EmbeddedCluster.initialize(path: dir.file(name), scenario: .laptop, clock: clock, now: { wall.now() })
      _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
      _ = try await c.apply(AlluxioRuntime.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "d"], "spec": ["replicas": 2, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "4Gi"]]]]], options: ApplyOptions())
      for l in ["l1", "l2"] {
        _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": .string(l)], "spec": ["dataset": ["name": "d", "namespace": "default"]]], options: WriteOptions())
      }
      for _ in 0..<steps {
        try c.updateClock { clock, w in clock.advance(seconds, wall: w) }
        try c.advanceWorld()
      }
      let ds = try await c.get(Dataset.descriptor, namespace: "default", name: "d")["status"] ?? .null
      let rt = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "d")["status"] ?? .null
      var out = "dataset \(ds["phase"]?.stringValue ?? "-") \(JSONWriter.compact(ds["cacheStates"] ?? .null)) \(JSONWriter.compact(ds["conditions"] ?? .null))\n"
      out += "runtime \(JSONWriter.compact(rt["conditions"] ?? .null)) \(rt["workerPhase"]?.stringValue ?? "-")\n"
      for l in ["l1", "l2"] {
        let st = try await c.get(DataLoad.descriptor, namespace: "default", name: l)["status"] ?? .null
        out += "\(l) \(st["phase"]?.stringValue ?? "-") \(st["duration"]?.stringValue ?? "-") \(JSONWriter.compact(st["conditions"] ?? .null))\n"
      }
      let events = try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).items
      var lines: [String] = []
      for e in events {
        lines.append("event \(JSONWriter.compact(e["involvedObject"]?["name"] ?? .null)) \(JSONWriter.compact(e["reason"] ?? .null)) \(JSONWriter.compact(e["count"] ?? .null)) \(JSONWriter.compact(e["firstTimestamp"] ?? .null)) \(JSONWriter.compact(e["lastTimestamp"] ?? .null))")
      }
      return out + lines.sorted().joined(separator: "\n")
    }
    let whole = try await run(steps: 1, every: 2400, in: "whole.db")
    let split = try await run(steps: 80, every: 30, in: "split.db")
    #expect(whole.contains("l2 Complete"))
    #expect(whole == split)
  }
}

