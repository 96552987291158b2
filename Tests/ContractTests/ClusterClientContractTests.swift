import FluidKit
import FluidModel
import FluidServer
import FluidTestSupport
import FluidSimulator
import Foundation
import Testing

/// The `ClusterClient` contract, run against both backends: whatever a command does through
/// the seam must behave the same on the embedded cluster and over HTTP.
@Suite struct ClusterClientContractTests {
  @Test(arguments: Backend.allCases)
  func createGetAndErrors(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    let created = try await c.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions())
    #expect(created["metadata"]?["uid"]?.stringValue?.isEmpty == false)
    #expect(created["metadata"]?["resourceVersion"]?.stringValue?.isEmpty == false)
    #expect(created["kind"]?.stringValue == "Dataset")
    let got = try await c.get(datasets, namespace: "default", name: "demo")
    #expect(got["metadata"]?["uid"] == created["metadata"]?["uid"])

    let again = await apiStatus { _ = try await c.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions()) }
    #expect(again?.code == 409)
    #expect(again?.reason == "AlreadyExists")
    #expect(again?.message == "datasets.data.fluid.io \"demo\" already exists")

    let missing = await apiStatus { _ = try await c.get(datasets, namespace: "default", name: "nope") }
    #expect(missing?.code == 404)
    #expect(missing?.message == "datasets.data.fluid.io \"nope\" not found")

    var bad = dataset("bad")
    bad[path: ["spec", "mounts"]] = [["name": "x"]]
    let invalid = await apiStatus { _ = try await c.create(datasets, namespace: "default", object: bad, options: WriteOptions()) }
    #expect(invalid?.code == 422)
    #expect(invalid?.reason == "Invalid")
    #expect(invalid?.causes.first?.field == "spec.mounts[0].mountPoint")
    await f.close()
  }

  @Test(arguments: Backend.allCases)
  func listSelectorsAndPages(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    for i in 0..<5 {
      _ = try await c.create(datasets, namespace: "default", object: dataset("d\(i)", labels: ["tier": i % 2 == 0 ? "even" : "odd"]), options: WriteOptions())
    }
    let even = try await c.list(datasets, namespace: "default", options: ListOptions(labelSelector: try LabelSelector(parsing: "tier=even")))
    #expect(even.items.compactMap { $0["metadata"]?["name"]?.stringValue } == ["d0", "d2", "d4"])
    #expect(even.items.allSatisfy { $0["kind"]?.stringValue == "Dataset" })

    var names: [String] = []
    var options = ListOptions(limit: 2)
    var pages = 0
    repeat {
      let page = try await c.list(datasets, namespace: "default", options: options)
      names += page.items.compactMap { $0["metadata"]?["name"]?.stringValue }
      options.continueToken = page.continueToken
      pages += 1
    } while options.continueToken != nil
    #expect(names == ["d0", "d1", "d2", "d3", "d4"])
    #expect(pages == 3)

    let byName = try await c.list(datasets, namespace: "default", options: ListOptions(fieldSelector: try FieldSelector(parsing: "metadata.name=d3")))
    #expect(byName.items.count == 1)
    await f.close()
  }

  @Test(arguments: Backend.allCases)
  func updateConflictsPatchesAndStatus(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    let v1 = try await c.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions())
    var edited = v1
    edited[path: ["metadata", "labels"]] = ["team": "a"]
    let v2 = try await c.update(datasets, namespace: "default", object: edited, subresource: nil, options: WriteOptions())
    #expect(v2["metadata"]?["labels"]?["team"]?.stringValue == "a")
    let stale = await apiStatus { _ = try await c.update(datasets, namespace: "default", object: edited, subresource: nil, options: WriteOptions()) }
    #expect(stale?.code == 409)
    #expect(stale?.reason == "Conflict")

    let patched = try await c.patch(
      datasets, namespace: "default", name: "demo", mergePatch: ["metadata": ["labels": ["team": .null, "env": "ci"]]],
      subresource: nil, options: WriteOptions())
    #expect(patched["metadata"]?["labels"] == ["env": "ci"])

    let status = try await c.patch(
      datasets, namespace: "default", name: "demo", mergePatch: ["status": ["phase": "Bound", "conditions": []], "spec": ["owner": ["uid": 7]]],
      subresource: "status", options: WriteOptions())
    #expect(status["status"]?["phase"]?.stringValue == "Bound")
    #expect(status["spec"]?["owner"] == nil, "a status write leaves the spec alone")
    await f.close()
  }

  @Test(arguments: Backend.allCases)
  func scaleApplyDryRunAndDelete(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    let runtime: JSONValue = [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "rt"],
      "spec": ["replicas": 1],
    ]
    let first = try await c.apply(alluxio, namespace: "default", object: runtime, options: ApplyOptions())
    #expect(first.outcome == .created)
    let same = try await c.apply(alluxio, namespace: "default", object: runtime, options: ApplyOptions())
    #expect(same.outcome == .unchanged)
    var more = runtime
    more[path: ["spec", "replicas"]] = 2
    #expect(try await c.apply(alluxio, namespace: "default", object: more, options: ApplyOptions()).outcome == .configured)

    _ = try await c.patch(alluxio, namespace: "default", name: "rt", mergePatch: ["spec": ["replicas": 4]], subresource: "scale", options: WriteOptions())
    let scale = try await c.getScale(alluxio, namespace: "default", name: "rt")
    #expect(scale["kind"]?.stringValue == "Scale")
    #expect(scale["spec"]?["replicas"]?.intValue == 4)

    _ = try await c.create(datasets, namespace: "default", object: dataset("dry"), options: WriteOptions(dryRun: true))
    #expect(await apiStatus { _ = try await c.get(datasets, namespace: "default", name: "dry") }?.code == 404)

    var held = dataset("held")
    held[path: ["metadata", "finalizers"]] = ["example.com/hold"]
    _ = try await c.create(datasets, namespace: "default", object: held, options: WriteOptions())
    let stays = try await c.delete(datasets, namespace: "default", name: "held", options: DeleteOptions())
    #expect(stays?["metadata"]?["deletionTimestamp"] != nil)
    _ = try await c.patch(datasets, namespace: "default", name: "held", mergePatch: ["metadata": ["finalizers": .null]], subresource: nil, options: WriteOptions())
    #expect(await apiStatus { _ = try await c.get(datasets, namespace: "default", name: "held") }?.code == 404)
    #expect(try await c.delete(alluxio, namespace: "default", name: "rt", options: DeleteOptions()) == nil)
    await f.close()
  }

  @Test(arguments: Backend.allCases)
  func watchResumesAndExpires(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    let start = try await c.list(datasets, namespace: "default", options: ListOptions())
    // A ConfigMap: no simulated controller touches it, so the events are exactly the writes.
    var iterator = c.watch(configmaps, namespace: "default", options: ListOptions(resourceVersion: start.resourceVersion)).makeAsyncIterator()
    let cm: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "w"], "data": ["k": "v"]]
    _ = try await c.create(configmaps, namespace: "default", object: cm, options: WriteOptions())
    _ = try await c.patch(configmaps, namespace: "default", name: "w", mergePatch: ["data": ["k": "v2"]], subresource: nil, options: WriteOptions())
    _ = try await c.delete(configmaps, namespace: "default", name: "w", options: DeleteOptions())
    var seen: [String] = []
    while seen.count < 3, let e = try await iterator.next() {
      if e.object["metadata"]?["name"]?.stringValue == "w" { seen.append(e.type.rawValue) }
    }
    #expect(seen == ["ADDED", "MODIFIED", "DELETED"])

    await f.close()
  }

  @Test(arguments: Backend.allCases)
  func watchFromCompactedVersionIsGone(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, retainedChanges: 4)
    let c = f.client
    for i in 0..<12 { _ = try await c.create(datasets, namespace: "default", object: dataset("d\(i)"), options: WriteOptions()) }
    do {
      for try await _ in c.watch(datasets, namespace: "default", options: ListOptions(resourceVersion: "2")) {}
      Issue.record("a watch from a compacted resourceVersion must fail")
    } catch FluidError.api(let s) {
      #expect(s.code == 410)
    }
    await f.close()
  }

  /// Over HTTP, a watch the server drops is resumed from the last resourceVersion: nothing is
  /// lost and nothing is delivered twice.
  @Test func droppedWatchesResumeWithoutLossOrDuplicates() async throws {
    let faults = try FaultInjector(spec: "drop-watch:1", dropAfter: 0.05...0.1)
    let f = try await ContractFixture(.http, faults: faults)
    let c = f.client
    let start = try await c.list(configmaps, namespace: "default", options: ListOptions())
    var iterator = c.watch(configmaps, namespace: "default", options: ListOptions(resourceVersion: start.resourceVersion)).makeAsyncIterator()
    for i in 0..<4 {
      let cm: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string("cm\(i)")]]
      _ = try await c.create(configmaps, namespace: "default", object: cm, options: WriteOptions())
      try await Task.sleep(for: .milliseconds(150))
    }
    var names: [String] = []
    while names.count < 4, let e = try await iterator.next() {
      names.append("\(e.type.rawValue) \(e.object["metadata"]?["name"]?.stringValue ?? "")")
    }
    #expect(names == ["ADDED cm0", "ADDED cm1", "ADDED cm2", "ADDED cm3"])
    #expect((faults.injected["drop-watch"] ?? 0) >= 1, "the server dropped the watch")
    await f.close()
  }

  /// A 429, 500 or 503 with Retry-After means the server did not act: every verb, POST
  /// included, is sent again (client-go's rule), and each write lands exactly once.
  @Test func refusedRequestsWithRetryAfterAreRetriedForEveryVerb() async throws {
    let faults = try FaultInjector(spec: "429:0.3,500:0.3,503:0.2", seed: 7)
    let f = try await ContractFixture(.http, faults: faults)
    let c = f.client
    for i in 0..<12 {
      _ = try await c.create(configmaps, namespace: "default", object: ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string("cm\(i)")]], options: WriteOptions())
      _ = try await c.patch(configmaps, namespace: "default", name: "cm\(i)", mergePatch: ["data": ["k": .string("v\(i)")]], subresource: nil, options: WriteOptions())
    }
    for i in 0..<6 { try await c.delete(configmaps, namespace: "default", name: "cm\(i)", options: DeleteOptions()) }
    let left = try await f.cluster.list(configmaps, namespace: "default", options: ListOptions()).items
    #expect(left.compactMap { $0["metadata"]?["name"]?.stringValue }.sorted() == (6..<12).map { "cm\($0)" }.sorted())
    #expect(left.allSatisfy { $0["data"]?["k"]?.stringValue == "v" + ($0["metadata"]?["name"]?.stringValue ?? "").dropFirst(2) })
    #expect((faults.injected["500"] ?? 0) + (faults.injected["503"] ?? 0) > 0 && (faults.injected["429"] ?? 0) > 0)
    await f.close()
  }
}
