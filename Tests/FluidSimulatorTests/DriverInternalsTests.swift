import FluidKit
import FluidModel
@testable import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// The driver's bookkeeping: requeues, coalesced refreshes, the store overlay, max-min fairness.
@Suite struct DriverInternalsTests {
  @Test func requeuesComeOutInTimeOrderAndEarliestWins() {
    var s = DriverState(seen: 0, due: [:])
    s.schedule("a", at: 30)
    s.schedule("b", at: 10)
    s.schedule("a", at: 20)
    s.schedule("b", at: 40)  // later than its existing requeue: ignored
    #expect(s.nextDue() == 10)
    #expect(s.takeDue(by: 15) == ["b"])
    #expect(s.nextDue() == 20)
    #expect(s.takeDue(by: 100) == ["a"])
    #expect(s.nextDue() == nil)
  }

  @Test func refreshesRunOnlyAtTheLastPointOfTheirCadenceUnlessPulledBack() throws {
    var s = DriverState(seen: 0, due: [:])
    // Reconciled at t=100 with a 90 s resync, advancing to t=990: the points are 190, 280, ...,
    // 910; only 910 runs.
    s.record("rt", now: 100, requeueAfter: nil, refreshEvery: 90, target: 990)
    #expect(s.nextDue() == 910)
    // A polled input changes at t=200: the next point (280) runs instead.
    s.pullBack("rt", now: 200)
    #expect(s.nextDue() == 280)
    // A deadline is kept exactly, beside the refresh.
    var d = DriverState(seen: 0, due: [:])
    d.record("rt", now: 0, requeueAfter: 7, refreshEvery: 90, target: 1000)
    #expect(d.nextDue() == 7)
    // A refresh whose first point lies beyond the target waits for it; without a cadence,
    // pulling back does nothing.
    var e = DriverState(seen: 0, due: [:])
    e.record("rt", now: 0, requeueAfter: nil, refreshEvery: 90, target: 50)
    #expect(e.nextDue() == 90)
    e.record("x", now: 0, requeueAfter: nil, refreshEvery: nil, target: 50)
    e.pullBack("x", now: 10)
    #expect(e.due["x"] == nil)
    // The cadence survives a round trip through the persisted form.
    let back = try #require(DriverState(json: s.json))
    #expect(back.cadence == s.cadence)
    #expect(back.due == s.due)
  }

  @Test func overlaySavepointsUndoExactly() {
    let o = StoreOverlay(resourceVersion: 100, retained: 10)
    let a = ObjectKey(resource: "pods", namespace: "default", name: "a")
    let b = ObjectKey(resource: "pods", namespace: "default", name: "b")
    let owned: JSONValue = ["metadata": ["name": "b", "uid": "u-b", "ownerReferences": [["uid": "u-a"]]]]
    _ = o.write(a, ["metadata": ["name": "a", "uid": "u-a"]], type: .added, at: 1)
    o.begin()
    _ = o.write(b, owned, type: .added, at: 2)
    o.remove(a, lastState: ["metadata": ["name": "a", "uid": "u-a"]], at: 3)
    #expect(o.dependents["u-a"] == [b])
    o.rollback()
    #expect(o.resourceVersion == 101)
    #expect(o.changes(after: 100).map(\.change.key) == [a])
    #expect(o.entry(b) == nil)
    #expect(o.dependents["u-a", default: []].isEmpty)
    guard case .present(let kept)? = o.entry(a) else {
      Issue.record("a was lost by the rollback")
      return
    }
    #expect(kept["metadata"]?["resourceVersion"] == "101")
    #expect(o.key(ofUID: "u-a") == a)
  }

  @Test func overlayTrimsChangesNoOneCanAskForAgain() {
    let o = StoreOverlay(resourceVersion: 0, retained: 10)
    let k = ObjectKey(resource: "pods", namespace: "", name: "p")
    for i in 0..<2000 {
      _ = o.write(k, ["metadata": ["name": "p"]], type: .modified, at: Double(i))
      _ = o.changes(after: Int64(i + 1))  // the driver reads as it goes
    }
    #expect(o.changes.count < 1100)
    #expect(o.changes.last?.change.resourceVersion == 2000)
  }

  @Test func maxMinFairnessIsTheTextbookAllocation() {
    // Link x (10) carries f1, f2, f3; link y (4) carries f3 and f4; f2 is capped at 2.
    let flows = [
      MaxMinFairness.Flow(id: "f1", links: ["x"]), MaxMinFairness.Flow(id: "f2", links: ["x"], cap: 2),
      MaxMinFairness.Flow(id: "f3", links: ["x", "y"]), MaxMinFairness.Flow(id: "f4", links: ["y"]),
    ]
    let r = MaxMinFairness.allocate(flows, capacity: ["x": 10, "y": 4])
    #expect(abs(r["f2"]! - 2) < 1e-9)
    #expect(abs(r["f3"]! - 2) < 1e-9)
    #expect(abs(r["f4"]! - 2) < 1e-9)
    #expect(abs(r["f1"]! - 6) < 1e-9)
    // A link without a capacity does not limit.
    #expect(MaxMinFairness.allocate([MaxMinFairness.Flow(id: "g", links: ["free"], cap: 5)], capacity: [:])["g"] == 5)
  }

  /// kube-scheduler's sampling: with 250 nodes it looks for 120 feasible ones (48 %), starting
  /// where the previous cycle stopped, and binds to the best of those; below 100 nodes it
  /// looks at all of them.
  @Test func schedulerFiltersASampleOfLargeClustersRoundTheRing() {
    #expect([50, 100, 250, 1000, 5000, 10000].map(Scheduling.feasibleNodesToFind) == [50, 100, 120, 420, 500, 500])
    let group = Scenario.NodeGroup(
      namePrefix: "n-", count: 250, cpu: 8, memoryBytes: 32e9, ssdBytes: 0, hddBytes: 0, nicBitsPerSecond: 1e10, zone: "z", labels: [:], taints: [])
    let nodes = Scenario(name: "t", nodeGroups: [group], ufs: []).nodes(createdAt: Date(timeIntervalSince1970: 0))
    let snapshot = ClusterSnapshot(
      now: Date(timeIntervalSince1970: 10), objects: [CoreKinds.node.qualifiedPlural: Dictionary(uniqueKeysWithValues: nodes.map { ("/" + ($0["metadata"]?["name"]?.stringValue ?? ""), $0) })],
      ufs: [])
    let pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p", "namespace": "default"], "spec": ["containers": [["name": "c"]]]]
    func boundNode() -> String? {
      PodController().reconcile(pod, in: snapshot).actions.compactMap { a -> String? in
        if case .update(_, let o) = a { return o["spec"]?["nodeName"]?.stringValue }
        return nil
      }.first
    }
    let sortedNames = nodes.compactMap { $0["metadata"]?["name"]?.stringValue }.sorted()
    // First cycle: nodes 0..<120 in name order; the best (all equal: the first name) wins.
    #expect(boundNode() == sortedNames[0])
    #expect(snapshot.scheduler.nextStartNodeIndex == 120)
    #expect(boundNode() == sortedNames[120...239].min())
    // The third cycle wraps round the ring: 240..<250 then 0..<110.
    #expect(snapshot.scheduler.nextStartNodeIndex == 240)
    #expect(boundNode() == sortedNames[0])
    #expect(snapshot.scheduler.nextStartNodeIndex == 110)
  }

  /// managedFields built in one walk hold exactly the object's field paths.
  @Test func fieldsV1InOneWalkMatchesThePathEncoding() {
    let objects: [JSONValue] = [
      [:], ["kind": "Pod"], ["metadata": [:]], ["metadata": ["name": "a", "uid": "u"]],
      [
        "apiVersion": "v1", "kind": "Pod", "status": ["phase": "Running"],
        "metadata": ["name": "p", "labels": ["a": "b"], "annotations": [:], "finalizers": ["f"], "resourceVersion": "3"],
        "spec": ["containers": [["name": "c"]], "nodeSelector": ["k": "v"], "empty": [:], "n": 1],
      ],
    ]
    for o in objects { #expect(Set(ManagedFields.decode(ManagedFields.fieldsV1(of: o))) == Set(ManagedFields.paths(of: o)), "\(o)") }
  }

  /// The interner gives what `fieldsV1(of:)` builds, sharing one copy per shape: equal for
  /// objects that differ only in values, different when a key or its level differs.
  @Test func internedFieldSetsAreThoseOfTheirObjects() {
    let interner = FieldsV1Interner(limit: 8)
    let pod: JSONValue = [
      "apiVersion": "v1", "kind": "Pod", "status": ["phase": "Running"],
      "metadata": ["name": "p", "labels": ["a": "b"], "annotations": [:], "finalizers": ["f"], "resourceVersion": "3"],
      "spec": ["containers": [["name": "c"]], "nodeSelector": ["k": "v"], "empty": [:], "n": 1],
    ]
    var other = pod
    other[path: ["metadata", "name"]] = "q"
    other[path: ["metadata", "labels", "a"]] = "c"
    other[path: ["spec", "n"]] = 2
    var moved = pod
    moved[path: ["spec", "nodeSelector"]] = nil
    moved[path: ["spec", "k"]] = "v"
    var relabelled = pod
    relabelled[path: ["metadata", "labels"]] = ["b": "b"]
    let shapes: [JSONValue] = [
      [:], ["kind": "Pod"], ["metadata": [:]], ["metadata": ["name": "a"]], ["spec": [:]], ["spec": ["a": [:]]], ["spec": ["a": 1]],
      pod, other, moved, relabelled,
    ]
    for o in shapes + shapes { #expect(interner.fieldsV1(of: o) == ManagedFields.fieldsV1(of: o), "\(o)") }
    #expect(FieldsV1Interner.shapeKey(of: pod) == FieldsV1Interner.shapeKey(of: other))
    let keys = [pod, moved, relabelled, ["spec": ["a": [:]]], ["spec": ["a": ["b": 1]]], ["spec": ["ab": 1]], ["spec": ["a": 1, "b": 1]]]
      .map(FieldsV1Interner.shapeKey(of:))
    #expect(Set(keys).count == keys.count)
    // Objects whose fields are all skipped share the empty set.
    #expect(FieldsV1Interner.shapeKey(of: ["metadata": ["name": "a"]]) == FieldsV1Interner.shapeKey(of: [:]))
  }

  /// A state file from before objects moved to a rowid table (and before states carried
  /// fluidctl's identifier) opens with its objects intact.
  @Test func aStateWithTheOldObjectsTableIsMigrated() throws {
    let dir = TemporaryDirectory()
    let path = dir.file("old.db")
    do {
      let db = try SQLiteDatabase(path: path)
      try db.execute(
        """
        CREATE TABLE objects(resource TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL,
          uid TEXT NOT NULL, deleting INTEGER NOT NULL, rv INTEGER NOT NULL, body BLOB NOT NULL,
          PRIMARY KEY(resource, namespace, name)) WITHOUT ROWID;
        CREATE INDEX objects_by_uid ON objects(uid);
        CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO meta VALUES ('rv', 3), ('compacted', 0), ('schema', 1);
        CREATE TABLE sim(key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
        INSERT INTO objects VALUES ('pods', 'default', 'b', 'u2', 0, 3, '{"metadata":{"name":"b","namespace":"default","uid":"u2"}}');
        INSERT INTO objects VALUES ('pods', 'default', 'a', 'u1', 0, 2, '{"metadata":{"name":"a","namespace":"default","uid":"u1"}}');
        """)
    }
    let store = try ObjectStore(path: path)
    let names = try store.list(resource: "pods", namespace: nil, after: nil, limit: nil).compactMap { $0["metadata"]?["name"]?.stringValue }
    #expect(names == ["a", "b"])
    #expect(try store.get(ObjectKey(resource: "pods", namespace: "default", name: "b"))?["metadata"]?["uid"] == "u2")
    // Opening again finds the new table and leaves it as it is.
    _ = try ObjectStore(path: path)
  }

  @Test func eventNameSuffixIsSixteenHexDigits() {
    for v: UInt64 in [0, 1, 0xdead_beef, .max, 0x0123_4567_89ab_cdef] {
      #expect(EmbeddedCluster.hex16(v) == String(format: "%016llx", v))
    }
    // FNV-1a (64-bit) test vectors; parts hash as their joined text.
    #expect(EmbeddedCluster.hash("") == 0xcbf2_9ce4_8422_2325)
    #expect(EmbeddedCluster.hash("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(EmbeddedCluster.hash("foobar") == 0x8594_4171_f739_67e8)
    #expect(EmbeddedCluster.hash(joinedBy: 0x2F, "Pod", "p-0", "", "Scheduled", "é x") == EmbeddedCluster.hash("Pod/p-0//Scheduled/é x"))
  }

  /// Two values have the same shape exactly when their field paths are the same.
  @Test func sameShapeMeansSamePaths() {
    let values: [JSONValue?] = [
      nil, "a", "b", 1, [:], [], ["x"], ["k": "v"], ["k": "w"], ["k": [:]], ["k": ["n": 1]], ["k": ["n": 2]], ["k": "v", "j": "v"],
    ]
    for a in values {
      for b in values {
        let paths = { (v: JSONValue?) in v.map { Set(ManagedFields.paths(of: ["metadata": ["labels": $0]])) } }
        #expect(ManagedFields.sameShape(a, b) == (paths(a) == paths(b)), "\(String(describing: a)) vs \(String(describing: b))")
      }
    }
  }

  @Test func fixedDecimalsAreWhatPrintfWrites() {
    var rng = SystemRandomNumberGenerator()
    var values: [Double] = [0, 0.005, 0.015, 0.125, 0.375, 1.005, 2.675, 9.995, 99.95, 1023.995, 0.05, 0.15, 0.25, 36.849999, 1e7 - 0.005, 1e7, 5e8]
    for _ in 0..<20_000 {
      let magnitude = Double.random(in: -3...7, using: &rng)
      values.append(Double.random(in: 0...1, using: &rng) * pow(10, magnitude))
      // Decimal ties and their neighbours, where the scaled product's rounding matters.
      let tie = (Double(Int.random(in: 0...100_000, using: &rng)) + 0.5) / 100
      values += [tie, tie.nextUp, tie.nextDown]
    }
    for v in values {
      #expect(FluidFormat.fixed(v, decimals: 2) == String(format: "%.2f", v), "\(v)")
      #expect(FluidFormat.fixed(v, decimals: 1) == String(format: "%.1f", v), "\(v)")
    }
  }

  @Test func twoDecimalsAreDroppedAsFoundationDropsThem() {
    for text in ["", ".0", ".00", "10.00GiB", "1.005MiB", "0.00.00", "3.50KiB", "..000", "x.00y.00z", "200.00MiB", "1.001"] {
      #expect(text.replacingTwoDecimals() == text.replacingOccurrences(of: ".00", with: ""), "\(text)")
    }
  }

  @Test func wholeNumbersAreWhatPrintfWrites() {
    var values: [Double] = [0, -0.0, -0.3, 0.5, 1.5, 2.5, -2.5, 1e15 + 0.5, 4503599627370497, 123456789.49999999, 9e15, 1e300, -7.5]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<20_000 { values.append(Double.random(in: -1e12...1e12, using: &rng)) }
    for _ in 0..<2_000 { values.append(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)) + 0.5) }
    for v in values { #expect(FluidFormat.whole(v) == String(format: "%.0f", v), "\(v)") }
    #expect(FluidFormat.commaSeparated(",a,,b,c,") == ["a", "b", "c"])
    #expect(FluidFormat.commaSeparated("").isEmpty)
  }

  @Test func uidsAreVersion4UUIDsDerivedFromTheirIdentity() {
    var seen = Set<String>()
    for i in 0..<10_000 {
      let uid = EmbeddedCluster.uuid(from: "\(i)/pods/default/p")
      let bytes = Array(uid.utf8)
      #expect(bytes.count == 36 && UUID(uuidString: uid)?.uuidString.lowercased() == uid)
      #expect(bytes[14] == UInt8(ascii: "4") && "89ab".utf8.contains(bytes[19]))
      seen.insert(uid)
    }
    #expect(seen.count == 10_000)
    #expect(EmbeddedCluster.uuid(from: "7/pods/default/p") == EmbeddedCluster.uuid(from: "7/pods/default/p"))
    // Built from its parts without joining them, and the same as the two hashes printed with
    // dashes at 8-4-4-4-12.
    #expect(EmbeddedCluster.uuid(fromParts: "7", "pods", "default", "p") == EmbeddedCluster.uuid(from: "7/pods/default/p"))
    for identity in ["", "x", "12/jobs.batch/ns/some-loader-job", String(repeating: "é/", count: 40)] {
      let high = (EmbeddedCluster.hash(identity) & ~0xF000) | 0x4000
      let low = (EmbeddedCluster.hash(joinedBy: nil, "uid", identity) & ~(0xC000 << 48)) | (0x8000 << 48)
      let h = Array((EmbeddedCluster.hex16(high) + EmbeddedCluster.hex16(low)).utf8)
      let expected = [h[0..<8], h[8..<12], h[12..<16], h[16..<20], h[20..<32]].map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
      #expect(EmbeddedCluster.uuid(from: identity) == expected, "\(identity)")
    }
  }

  /// Runtime controllers follow their component pods only; data operation pods carry the
  /// engine's `app` label too (Fluid's charts set it) and must not wake them.
  @Test func componentPodsAreToldFromOperationPods() {
    #expect(RuntimeController.isComponent(["app": "alluxio", "role": "alluxio-worker"], of: "alluxio"))
    #expect(RuntimeController.isComponent(["role": "juicefs-fuse"], of: "juicefs"))
    #expect(!RuntimeController.isComponent(["app": "alluxio", "role": "dataload-pod"], of: "alluxio"))
    #expect(!RuntimeController.isComponent(["role": "alluxio-workers"], of: "alluxio"))
    #expect(!RuntimeController.isComponent(["role": "alluxio"], of: "alluxio"))
    let loader: JSONValue = ["metadata": ["labels": ["app": "alluxio", "role": "dataload-pod", "release": "l-loader"]]]
    #expect(RuntimeController.concernedEngines(by: loader, kind: CoreKinds.pod, in: ClusterSnapshot(now: Date(), objects: [:], ufs: [])) == [])
  }
}
