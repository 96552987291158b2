import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

@testable import FluidSimulator

/// A DataLoad's progress lives in the data plane's `transfers` table, not on its loader Job or
/// pod: kept across processes, never written as pod updates, forgotten with the Job; and a bare
/// loader pod of an earlier version's state carries on from its annotations.
@Suite struct TransferTests {
  let dir = TemporaryDirectory()
  let wall = ManualClock()

  func cluster() throws -> EmbeddedCluster {
    let wall = self.wall
    return try EmbeddedCluster(path: dir.file("s.db"), now: { wall.now() })
  }

  func advance(_ c: EmbeddedCluster, _ seconds: Double) throws {
    try c.updateClock { clock, w in clock.advance(seconds, wall: w) }
    try c.advanceWorld()
  }

  @Test func progressIsKeptBesideTheObjectsAcrossProcesses() async throws {
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let first = try EmbeddedCluster.initialize(path: dir.file("s.db"), scenario: .laptop, clock: clock, now: { wall.now() })
    _ = try await first.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
    let rd = FluidCRDs.descriptors.first { $0.kind == "AlluxioRuntime" }!
    _ = try await first.apply(rd, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "d"], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "4Gi"]]]]], options: ApplyOptions())
    try advance(first, 120)
    _ = try await first.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "l"], "spec": ["dataset": ["name": "d", "namespace": "default"]]], options: WriteOptions())
    try advance(first, 8)
    let moving = try #require(try first.transfer(namespace: "default", ofLoad: "l"))
    #expect(moving.rate > 0 && moving.finishedAt == nil && moving.loadedBytes < moving.targetBytes)
    let job = try await first.get(CoreKinds.job, namespace: "default", name: "l-loader-job")
    let podName = JobController.podName(ofJob: job, attempt: 0)
    let pod = try await first.get(CoreKinds.pod, namespace: "default", name: podName)
    #expect(pod["metadata"]?["annotations"]?.objectValue?.keys.sorted() == ["sidecar.istio.io/inject", SimPodAnnotations.startupSeconds])
    let podVersion = pod["metadata"]?["resourceVersion"]

    // Another process finishes the load from the stored transfer.
    let second = try cluster()
    try advance(second, 600)
    #expect(try await second.get(DataLoad.descriptor, namespace: "default", name: "l")["status"]?["phase"] == "Complete")
    let done = try #require(try second.transfer(namespace: "default", ofLoad: "l"))
    #expect(done.loadedBytes == done.targetBytes && done.startedAt == moving.startedAt)
    #expect((done.finishedAt ?? 0) > moving.updatedAt)
    // The pod changed only when its Job finished (its status), not with the bytes.
    let finished = try await second.get(CoreKinds.pod, namespace: "default", name: podName)
    #expect(finished["status"]?["phase"] == "Succeeded")
    #expect(finished["metadata"]?["annotations"] == pod["metadata"]?["annotations"] && finished["metadata"]?["resourceVersion"] != podVersion)

    #expect(JobController.finished(try await second.get(CoreKinds.job, namespace: "default", name: "l-loader-job"))?["type"] == "Complete")

    // Deleting the DataLoad takes its loader Job and pod, and the transfer with them.
    try await second.delete(DataLoad.descriptor, namespace: "default", name: "l", options: DeleteOptions())
    try advance(second, 60)
    #expect(await (try? second.get(CoreKinds.job, namespace: "default", name: "l-loader-job")) == nil)
    #expect(await (try? second.get(CoreKinds.pod, namespace: "default", name: podName)) == nil)
    #expect(try second.transfer(namespace: "default", ofLoad: "l") == nil)
  }

  /// States from before the table kept progress on the loader pod.
  @Test func aLoaderOfAnEarlierStateCarriesOnFromItsAnnotations() {
    let pod: JSONValue = [
      "metadata": [
        "name": "l-loader-job", "namespace": "default",
        "annotations": [
          "sim.fluidctl.io/target-bytes": "1000", "sim.fluidctl.io/loaded-bytes": "400", "sim.fluidctl.io/bytes-per-second": "10",
          "sim.fluidctl.io/updated-at": "1800000000.5", "sim.fluidctl.io/transfer-started-at": "1799999990",
        ],
      ]
    ]
    var s = ClusterSnapshot(now: Date(timeIntervalSince1970: 1_800_000_001), objects: ["pods": ["default/l-loader-job": pod]], ufs: [])
    #expect(
      s.transfer(ofLoad: "l", namespace: "default")
        == Transfer(targetBytes: 1000, loadedBytes: 400, rate: 10, updatedAt: 1_800_000_000.5, startedAt: 1_799_999_990))
    // Once recorded, the record wins; a finish or a lost UFS changes the flow plan, progress does not.
    let recorded = Transfer(targetBytes: 1000, loadedBytes: 500, rate: 10, updatedAt: 1_800_000_010, startedAt: 1_799_999_990)
    s.setTransfer("default/l-loader-job", recorded)
    #expect(s.transfer(ofLoad: "l", namespace: "default") == recorded)
    let topology = s.topology
    var more = recorded
    more.loadedBytes = 600
    s.setTransfer("default/l-loader-job", more)
    #expect(s.topology == topology)
    more.finishedAt = 1_800_000_050
    s.setTransfer("default/l-loader-job", more)
    #expect(s.topology == topology + 1)
    #expect(Transfer(legacyAnnotationsOf: ["metadata": ["name": "x"]]) == nil)
  }
}
