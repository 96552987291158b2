import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// The simulated controllers against whole sequences: phases, conditions and events of a real
/// Fluid sample, step by step on a manual clock, compared with golden files.
@Suite struct ControllerSequenceTests {
  let dir = TemporaryDirectory()
  let wall = ManualClock()

  func cluster() throws -> EmbeddedCluster {
    let wall = self.wall
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    return try EmbeddedCluster.initialize(path: dir.file("state.db"), scenario: .laptop, clock: clock, now: { wall.now() })
  }

  func apply(_ c: EmbeddedCluster, sample: String) async throws {
    let text = try Paths.read(Paths.fluidAPI.appendingPathComponent("samples/\(sample)"))
    var docs: [Manifest] = []
    var errors: [FluidError] = []
    ManifestLoader.collect(text, source: sample, registry: .standard, into: &docs, errors: &errors)
    #expect(errors.isEmpty)
    for m in docs { _ = try await c.apply(m.descriptor, namespace: "default", object: m.object, options: ApplyOptions()) }
  }

  /// One line per step: time offset, dataset phase, runtime phases and conditions, new events.
  func trace(_ c: EmbeddedCluster, steps: Int, every seconds: Double, name: String, runtime: ResourceDescriptor) async throws -> String {
    var out = ""
    var seenEvents = Set<String>()
    let start = try await c.currentTime()
    for step in 0...steps {
      if step > 0 { try c.updateClock { clock, w in clock.advance(seconds, wall: w) } }
      try c.advanceWorld()
      let t = Int(try await c.currentTime().timeIntervalSince(start))
      let ds = try await c.get(Dataset.descriptor, namespace: "default", name: name)
      let rt = try await c.get(runtime, namespace: "default", name: name)
      let conds = (rt["status"]?["conditions"]?.arrayValue ?? []).compactMap { $0["type"]?.stringValue }.joined(separator: ",")
      out += "t=\(t)s dataset=\(ds["status"]?["phase"]?.stringValue ?? "-") ufsTotal=\(ds["status"]?["ufsTotal"]?.stringValue ?? "-")"
      out += " master=\(rt["status"]?["masterPhase"]?.stringValue ?? "-") workers=\(rt["status"]?["workerPhase"]?.stringValue ?? "-")"
      out += " conditions=[\(conds)]\n"
      let events = try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).items
      for e in events.sorted(by: { ($0["firstTimestamp"]?.stringValue ?? "") < ($1["firstTimestamp"]?.stringValue ?? "") }) {
        let key = "\(e["involvedObject"]?["kind"]?.stringValue ?? "")/\(e["reason"]?.stringValue ?? "")/\(e["message"]?.stringValue ?? "")"
        if seenEvents.insert(key).inserted {
          out += "  event \(e["type"]?.stringValue ?? "") \(e["involvedObject"]?["kind"]?.stringValue ?? "") \(e["reason"]?.stringValue ?? ""): \(e["message"]?.stringValue ?? "")\n"
        }
      }
    }
    return out
  }

  @Test func getStartedSampleBindsLikeFluid() async throws {
    let c = try cluster()
    try await apply(c, sample: "dataset-webufs-alluxio-getstarted.yaml")
    let text = try await trace(c, steps: 8, every: 10, name: "demo", runtime: AlluxioRuntime.descriptor)
    Golden.assert(text, matches: "Tests/FluidSimulatorTests/Golden/getstarted-sequence.txt")
    let rt = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "demo")
    #expect(rt["status"]?["setupDuration"]?.stringValue == "40s")
    #expect(rt["metadata"]?["finalizers"] == ["alluxio-runtime-controller-finalizer"])
    let pvc = try await c.get(CoreKinds.persistentVolumeClaim, namespace: "default", name: "demo")
    #expect(pvc["spec"]?["volumeName"] == "default-demo")
  }

  @Test func workersThatFitNowhereSayWhy() async throws {
    let c = try cluster()
    _ = try await c.apply(Dataset.descriptor, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "big"], "spec": ["mounts": [["mountPoint": "oss://b/big", "name": "big"]]]], options: ApplyOptions())
    _ = try await c.apply(AlluxioRuntime.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "big"],
      "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "SSD", "path": "/mnt/ssd", "quota": "2Ti"]]]],
    ], options: ApplyOptions())
    let text = try await trace(c, steps: 4, every: 20, name: "big", runtime: AlluxioRuntime.descriptor)
    #expect(text.contains("workers=NotReady"))
    let rt = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "big")
    #expect(rt["status"]?["workerReason"] == "0/3 nodes are available: 3 Insufficient SSD cache space (need 2.00TiB).")
  }

  @Test func scalingInAndOutFollowsSpecReplicas() async throws {
    let c = try cluster()
    try await apply(c, sample: "dataset-webufs-alluxio-getstarted.yaml")
    _ = try await trace(c, steps: 6, every: 10, name: "demo", runtime: AlluxioRuntime.descriptor)
    _ = try await c.patch(AlluxioRuntime.descriptor, namespace: "default", name: "demo", mergePatch: ["spec": ["replicas": 2]], subresource: "scale", options: WriteOptions())
    let text = try await trace(c, steps: 3, every: 10, name: "demo", runtime: AlluxioRuntime.descriptor)
    #expect(text.contains("event Normal AlluxioRuntime Succeed: Runtime scaled out"))
    var rt = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "demo")
    #expect(rt["status"]?["workerNumberReady"] == 2)
    #expect((rt["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "WorkersScaledOut" && $0["message"] == "Workers scaled out from 1 replicas to 2 replicas." })
    _ = try await c.patch(AlluxioRuntime.descriptor, namespace: "default", name: "demo", mergePatch: ["spec": ["replicas": 1]], subresource: "scale", options: WriteOptions())
    _ = try await trace(c, steps: 1, every: 10, name: "demo", runtime: AlluxioRuntime.descriptor)
    rt = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "demo")
    #expect(rt["status"]?["workerNumberReady"] == 1)
    let nodes = try await c.list(CoreKinds.node, namespace: nil, options: ListOptions(labelSelector: try LabelSelector(parsing: "fluid.io/s-default-demo=true")))
    #expect(nodes.items.count == 1, "scale-in removes the labels of the node that lost its worker")
  }

  @Test func deletingADatasetCleansUpInFluidsOrder() async throws {
    let c = try cluster()
    try await apply(c, sample: "dataset-webufs-alluxio-getstarted.yaml")
    _ = try await trace(c, steps: 6, every: 10, name: "demo", runtime: AlluxioRuntime.descriptor)
    _ = try await c.delete(Dataset.descriptor, namespace: "default", name: "demo", options: DeleteOptions())
    try c.advanceWorld()
    for d in [Dataset.descriptor, AlluxioRuntime.descriptor, CoreKinds.persistentVolumeClaim] {
      let left = try await c.list(d, namespace: "default", options: ListOptions())
      #expect(left.items.isEmpty, "\(d.plural) left behind")
    }
    #expect(try await c.list(CoreKinds.pod, namespace: "default", options: ListOptions()).items.isEmpty)
    let labelled = try await c.list(CoreKinds.node, namespace: nil, options: ListOptions(labelSelector: try LabelSelector(parsing: "fluid.io/dataset-num")))
    #expect(labelled.items.isEmpty)
  }

  @Test func applicationsLandNextToTheirCache() async throws {
    let c = try cluster()
    try await apply(c, sample: "dataset-webufs-alluxio-getstarted.yaml")
    _ = try await trace(c, steps: 6, every: 10, name: "demo", runtime: AlluxioRuntime.descriptor)
    let worker = try await c.get(CoreKinds.pod, namespace: "default", name: "demo-worker-0")["spec"]?["nodeName"]
    for (name, label) in [("app", nil), ("strict", "required")] as [(String, String?)] {
      var pod: JSONValue = [
        "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)],
        "spec": ["containers": [["name": "c", "image": "x"]], "volumes": [["name": "d", "persistentVolumeClaim": ["claimName": "demo"]]]],
      ]
      if let label { pod[path: ["metadata", "labels", "fluid.io/dataset.demo.sched"]] = .string(label) }
      _ = try await c.create(CoreKinds.pod, namespace: "default", object: pod, options: WriteOptions())
    }
    try c.advanceWorld()
    #expect(try await c.get(CoreKinds.pod, namespace: "default", name: "app")["spec"]?["nodeName"] == worker)
    #expect(try await c.get(CoreKinds.pod, namespace: "default", name: "strict")["spec"]?["nodeName"] == worker)
    // Lazy fuse: the node gets the fuse label and a fuse pod; the apps start once it is ready.
    try c.updateClock { clock, w in clock.advance(10, wall: w) }
    try c.advanceWorld()
    let node = try await c.get(CoreKinds.node, namespace: nil, name: worker?.stringValue ?? "")
    #expect(node["metadata"]?["labels"]?["fluid.io/f-default-demo"] == "true")
    let rt = try await c.get(AlluxioRuntime.descriptor, namespace: "default", name: "demo")
    #expect(rt["status"]?["fuseNumberReady"] == 1 && rt["status"]?["desiredFuseNumberScheduled"] == 1)
    #expect(try await c.get(CoreKinds.pod, namespace: "default", name: "app")["status"]?["phase"] == "Running")
  }

  @Test func changingMountsGoesThroughUpdating() async throws {
    let c = try cluster()
    try await apply(c, sample: "dataset-webufs-alluxio-getstarted.yaml")
    _ = try await trace(c, steps: 6, every: 10, name: "demo", runtime: AlluxioRuntime.descriptor)
    _ = try await c.patch(Dataset.descriptor, namespace: "default", name: "demo", mergePatch: ["spec": ["mounts": [["mountPoint": "https://mirrors.bit.edu.cn/apache/hbase/", "name": "hbase"]]]], subresource: nil, options: WriteOptions())
    // Fluid's runtime controller watches only the runtime: it sees the new mounts on its next
    // resync (within 90 s), remounts for a few seconds, and the dataset is Bound again.
    let text = try await trace(c, steps: 40, every: 3, name: "demo", runtime: AlluxioRuntime.descriptor)
    #expect(text.contains("dataset=Updating"))
    let ds = try await c.get(Dataset.descriptor, namespace: "default", name: "demo")
    #expect(ds["status"]?["phase"] == "Bound")
    #expect(ds["status"]?["mounts"] == ds["spec"]?["mounts"])
    #expect(ds["status"]?["conditions"]?.arrayValue?.first?["message"] == "The ddc runtime has updated completely.")
  }

  /// More changes than the log keeps, written before the controllers look: the driver relists
  /// (as an informer does after 410 Gone), and every dataset is bound.
  @Test func aBacklogLongerThanTheChangeLogIsRelisted() async throws {
    var clock = SimulationClock.following(wall: wall.now())
    clock.mode = .manual
    let path = dir.file("backlog.db")
    _ = try EmbeddedCluster.initialize(path: path, scenario: .laptop, clock: clock, now: { [wall] in wall.now() })
    let c = try EmbeddedCluster(path: path, retainedChanges: 4, now: { [wall] in wall.now() })
    for i in 0..<3 {
      let ds: JSONValue = ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": .string("d\(i)")], "spec": ["mounts": [["mountPoint": "oss://b/d", "name": "d"]]]]
      let rt: JSONValue = ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": .string("d\(i)")], "spec": ["replicas": 1]]
      _ = try await c.create(Dataset.descriptor, namespace: "default", object: ds, options: WriteOptions())
      _ = try await c.create(AlluxioRuntime.descriptor, namespace: "default", object: rt, options: WriteOptions())
    }
    try c.updateClock { clock, w in clock.advance(300, wall: w) }
    try c.advanceWorld()
    for i in 0..<3 {
      #expect(try await c.get(Dataset.descriptor, namespace: "default", name: "d\(i)")["status"]?["phase"] == "Bound", "d\(i)")
    }
  }
}
