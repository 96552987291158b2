import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// `sim attach`'s mirror, in-process: the remote is an embedded cluster without controllers.
@Suite struct ClusterMirrorTests {
  let dir = TemporaryDirectory()
  let wall = ManualClock()

  func local(_ name: String) throws -> EmbeddedCluster {
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    return try EmbeddedCluster.initialize(path: dir.file(name), scenario: .laptop, clock: clock, now: { wall.now() })
  }

  func sync(_ m: ClusterMirror, rounds: Int = 1, advance: Double = 0) async throws {
    for _ in 0..<rounds {
      if advance > 0 { _ = try m.local.updateClock { c, w in c.advance(advance, wall: w) } }
      let report = try await m.sync()
      #expect(report.errors.isEmpty, "\(report.errors)")
    }
  }

  @Test func bindsPushesAndReleasesEvenAfterARestart() async throws {
    let remote = try local("remote.db")
    remote.runsControllers = false
    _ = try await remote.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
    _ = try await remote.apply(AlluxioRuntime.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "d"], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "1Gi"]]]]], options: ApplyOptions())

    let first = ClusterMirror(remote: remote, local: try local("a.db"))
    try await sync(first, rounds: 8, advance: 30)
    let ds = try await remote.get(Dataset.descriptor, namespace: "default", name: "d")
    #expect(ds["status"]?["phase"] == "Bound")
    #expect(ds["metadata"]?["finalizers"] == ["fluid-dataset-controller-finalizer"])
    #expect(try await remote.get(CoreKinds.persistentVolumeClaim, namespace: "default", name: "d")["status"]?["phase"] == "Bound")
    // A user scales on the remote: the controllers scale out and say so there.
    _ = try await remote.patch(AlluxioRuntime.descriptor, namespace: "default", name: "d", mergePatch: ["spec": ["replicas": 2]], subresource: "scale", options: WriteOptions())
    try await sync(first, rounds: 3, advance: 30)
    let events = try await remote.list(CoreKinds.event, namespace: "default", options: ListOptions()).items
    #expect(events.contains { $0["reason"] == "Succeed" && $0["message"] == "Runtime scaled out" && $0["involvedObject"]?["uid"] != nil })
    #expect(try await remote.get(AlluxioRuntime.descriptor, namespace: "default", name: "d")["status"]?["workerNumberReady"] == 2)

    // attach stops; the user deletes; a new attach (with a fresh model) lets the objects go.
    _ = try await remote.delete(AlluxioRuntime.descriptor, namespace: "default", name: "d", options: DeleteOptions())
    _ = try await remote.delete(Dataset.descriptor, namespace: "default", name: "d", options: DeleteOptions())
    let second = ClusterMirror(remote: remote, local: try local("b.db"))
    try await sync(second, rounds: 6, advance: 30)
    #expect(await apiStatus { _ = try await remote.get(Dataset.descriptor, namespace: "default", name: "d") }?.code == 404)
    #expect(await apiStatus { _ = try await remote.get(AlluxioRuntime.descriptor, namespace: "default", name: "d") }?.code == 404)
  }

  /// The remote's own pod that mounts a dataset's claim holds the dataset as Fluid's
  /// controller does: deleting the dataset waits (and says why) until the pod is gone.
  @Test func aRemotePodUsingTheClaimHoldsTheDataset() async throws {
    let remote = try local("users-remote.db")
    remote.runsControllers = false
    _ = try await remote.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
    _ = try await remote.apply(AlluxioRuntime.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "d"], "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "1Gi"]]]]], options: ApplyOptions())
    let mirror = ClusterMirror(remote: remote, local: try local("users.db"))
    try await sync(mirror, rounds: 8, advance: 30)
    let trainer: JSONValue = [
      "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "trainer"],
      "spec": ["containers": [["name": "c", "image": "x"]], "volumes": [["name": "data", "persistentVolumeClaim": ["claimName": "d"]]]],
    ]
    _ = try await remote.create(CoreKinds.pod, namespace: "default", object: trainer, options: WriteOptions())
    _ = try await remote.delete(AlluxioRuntime.descriptor, namespace: "default", name: "d", options: DeleteOptions())
    _ = try await remote.delete(Dataset.descriptor, namespace: "default", name: "d", options: DeleteOptions())
    try await sync(mirror, rounds: 3, advance: 30)
    let held = try await remote.get(Dataset.descriptor, namespace: "default", name: "d")
    #expect(held["metadata"]?["deletionTimestamp"] != nil && held["metadata"]?["finalizers"] == ["fluid-dataset-controller-finalizer"])
    let events = try await remote.list(CoreKinds.event, namespace: "default", options: ListOptions()).items
    #expect(events.contains { ($0["message"]?.stringValue ?? "").contains("Pod trainer in Namespace default is using it") }, "\(events.map { $0["message"] ?? .null })")
    // The stand-in is the local controllers' only: the simulated scheduler never placed it.
    #expect(try await mirror.local.get(CoreKinds.pod, namespace: "default", name: "trainer")["spec"]?["nodeName"] == nil)
    _ = try await remote.delete(CoreKinds.pod, namespace: "default", name: "trainer", options: DeleteOptions())
    try await sync(mirror, rounds: 3, advance: 30)
    #expect(await apiStatus { _ = try await remote.get(Dataset.descriptor, namespace: "default", name: "d") }?.code == 404)
  }

  /// Scoped to a namespace (`sim attach -n team-a`), the mirror neither reads nor writes
  /// another namespace's objects.
  @Test func aNamespaceScopeLeavesOtherNamespacesAlone() async throws {
    let remote = try local("scoped-remote.db")
    remote.runsControllers = false
    for ns in ["team-a", "team-b"] {
      _ = try await remote.create(CoreKinds.namespace, namespace: nil, object: ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(ns)]], options: WriteOptions())
      _ = try await remote.apply(Dataset.descriptor, namespace: ns, object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]], options: ApplyOptions())
    }
    let mirror = ClusterMirror(remote: remote, local: try local("scoped.db"), namespace: "team-a")
    try await sync(mirror, rounds: 3, advance: 30)
    let a = try await remote.get(Dataset.descriptor, namespace: "team-a", name: "d")
    let b = try await remote.get(Dataset.descriptor, namespace: "team-b", name: "d")
    #expect(a["status"]?["phase"] != nil, "the scoped namespace is simulated")
    #expect(b["status"] == nil && b["metadata"]?["finalizers"] == nil, "another namespace is not touched: \(b)")
    #expect(try await mirror.local.list(Dataset.descriptor, namespace: "team-b", options: ListOptions()).items.isEmpty)
  }
}
