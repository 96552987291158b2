import FluidKit
import FluidModel
@testable import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// Events live as long as kube-apiserver's `--event-ttl` lease (one hour by default).
@Suite struct EventTTLTests {
  let dir = TemporaryDirectory()
  let wall = ManualClock()

  func cluster() throws -> EmbeddedCluster {
    let wall = self.wall
    if FileManager.default.fileExists(atPath: dir.file("state.db")) {
      return try EmbeddedCluster(path: dir.file("state.db"), now: { wall.now() })
    }
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    return try EmbeddedCluster.initialize(path: dir.file("state.db"), scenario: .laptop, clock: clock, now: { wall.now() })
  }

  func event(_ name: String, message: String) -> JSONValue {
    [
      "apiVersion": "v1", "kind": "Event", "metadata": ["name": .string(name), "namespace": "default"],
      "involvedObject": ["kind": "Pod", "name": "p", "namespace": "default"], "reason": "Test", "message": .string(message),
    ]
  }

  func names(_ c: EmbeddedCluster) async throws -> [String] {
    try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).items.compactMap { $0["metadata"]?["name"]?.stringValue }
  }

  func advance(_ c: EmbeddedCluster, _ seconds: Double) throws {
    try c.updateClock { clock, w in clock.advance(seconds, wall: w) }
    try c.advanceWorld()
  }

  @Test func leasesAreSharedAsKubeApiserverSharesThem() {
    var l = ObjectLeases()
    #expect(l.expiry(ttl: 3600, now: 0) == 3660)
    // Within the reuse window (the lease ends between ttl and ttl + 60 s from now): the same lease.
    #expect(l.expiry(ttl: 3600, now: 59) == 3660)
    // Past it: a new lease of ttl + 60 s.
    #expect(l.expiry(ttl: 3600, now: 60) == 3720)
    // At most 1,000 objects per lease.
    for _ in 2...1000 { #expect(l.expiry(ttl: 3600, now: 61) == 3720) }
    #expect(l.expiry(ttl: 3600, now: 61) == 3721)
  }

  @Test func eventsExpireAnHourAfterTheirLastWrite() async throws {
    let c = try cluster()
    let o = ApplyOptions()
    _ = try await c.apply(CoreKinds.event, namespace: "default", object: event("early", message: "first"), options: o)
    _ = try await c.apply(CoreKinds.event, namespace: "default", object: event("rewritten", message: "first"), options: o)
    let rv = try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).resourceVersion
    try advance(c, 50 * 60)
    _ = try await c.apply(CoreKinds.event, namespace: "default", object: event("rewritten", message: "again"), options: o)
    try advance(c, 10 * 60)
    #expect(try await names(c) == ["early", "rewritten"])
    // 61 minutes after the first writes (their lease: one hour and the reuse minute), in a
    // second process.
    try advance(c, 61)
    #expect(try await names(c) == ["rewritten"])
    // Watchers see the expired event go: the change log has its DELETED.
    let deleted = try c.store.allChanges(after: Int64(rv) ?? 0).filter { $0.0.type == .deleted }.map(\.0.key.name)
    #expect(deleted == ["early"])
    let other = try cluster()
    try advance(other, 50 * 60)
    #expect(try await names(other) == [])
  }

  @Test func eventsOfTheControllersExpireInsideOneLongAdvance() async throws {
    let c = try cluster()
    _ = try await c.apply(Dataset.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"],
      "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]],
    ], options: ApplyOptions())
    _ = try await c.apply(AlluxioRuntime.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "d"], "spec": ["replicas": 1],
    ], options: ApplyOptions())
    _ = try await c.apply(DataLoad.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "warm"], "spec": ["dataset": ["name": "d"]],
    ], options: ApplyOptions())
    try advance(c, 30 * 60)
    let reasons = try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).items.compactMap { $0["reason"]?.stringValue }
    #expect(reasons.contains("RuntimeNotReady") && reasons.contains("DataOperationSucceed"))
    try advance(c, 3 * 3600)
    #expect(try await names(c) == [])
    let load = try await c.get(DataLoad.descriptor, namespace: "default", name: "warm")
    #expect(load["status"]?["phase"] == "Complete")
    let ds = try await c.get(Dataset.descriptor, namespace: "default", name: "d")
    #expect(ds["status"]?["phase"] == "Bound")
  }
}
