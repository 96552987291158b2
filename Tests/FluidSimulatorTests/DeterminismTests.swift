import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// The simulated world advances deterministically: two clusters started at the same time with
/// the same scenario and the same writes hold byte-identical objects after the same advance,
/// UIDs, events and timestamps included.
@Suite struct DeterminismTests {
  func day(in dir: TemporaryDirectory, _ file: String) async throws -> String {
    let wall = ManualClock()
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let c = try EmbeddedCluster.initialize(path: dir.file(file), scenario: .laptop, clock: clock, now: { wall.now() })
    for i in 0..<3 {
      _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": .string("d\(i)")], "spec": ["mounts": [["mountPoint": .string("oss://b/d\(i)"), "name": "d"]]]], options: ApplyOptions())
      let rd = FluidCRDs.descriptors.first { $0.kind == "AlluxioRuntime" }!
      _ = try await c.apply(rd, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": .string("d\(i)")], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "1Gi"]]]]], options: ApplyOptions())
      _ = try await c.create(DataLoad.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": .string("l\(i)")], "spec": ["dataset": ["name": .string("d\(i)"), "namespace": "default"]]], options: WriteOptions())
    }
    try c.updateClock { clock, w in clock.advance(1800, wall: w) }
    try c.advanceWorld()
    var dump = ""
    for d in [CoreKinds.node, CoreKinds.pod, CoreKinds.event, CoreKinds.persistentVolume, CoreKinds.persistentVolumeClaim, Dataset.descriptor, DataLoad.descriptor] {
      for o in try await c.list(d, namespace: nil, options: ListOptions()).items { dump += JSONWriter.compact(o) + "\n" }
    }
    return dump
  }

  @Test func theSameHistoryGivesTheSameWorld() async throws {
    let dir = TemporaryDirectory()
    let first = try await day(in: dir, "a.db")
    let second = try await day(in: dir, "b.db")
    #expect(first.contains("\"phase\":\"Complete\""))
    #expect(first == second)
  }
}
