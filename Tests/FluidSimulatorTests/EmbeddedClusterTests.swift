import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

let datasets = ResourceRegistry.standard.resolve("datasets")!
let alluxio = ResourceRegistry.standard.resolve("alluxioruntimes")!
let dataloads = ResourceRegistry.standard.resolve("dataloads")!

func dataset(_ name: String, labels: [String: String] = [:], namespace: String? = nil) -> JSONValue {
  var o: JSONValue = [
    "apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset",
    "metadata": ["name": .string(name), "labels": .object(labels.mapValues { .string($0) })],
    "spec": ["mounts": [["mountPoint": "https://example.com/data/", "name": "data"]]],
  ]
  if let namespace { o[path: ["metadata", "namespace"]] = .string(namespace) }
  return o
}


@Suite struct EmbeddedClusterTests {
  let dir = TemporaryDirectory()
  let clock = ManualClock()
  var cluster: EmbeddedCluster

  init() throws {
    let clock = self.clock
    cluster = try EmbeddedCluster(path: dir.file("state.db"), now: { clock.now() })
  }

  @Test func createSetsMetadataAndDefaultNamespaceExists() async throws {
    let ns = try await cluster.get(CoreKinds.namespace, namespace: nil, name: "default")
    #expect(ns["status"]?["phase"] == "Active")
    let created = try await cluster.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions())
    let meta = try #require(created["metadata"])
    #expect(meta["generation"] == 1)
    #expect(meta["namespace"] == "default")
    #expect(meta["creationTimestamp"] == .string(Timestamps.format(clock.now())))
    #expect(meta["uid"]?.stringValue?.count == 36)
    #expect(Int(meta["resourceVersion"]?.stringValue ?? "") ?? 0 > 1)
    let again = await apiStatus { _ = try await cluster.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions()) }
    #expect(again?.reason == "AlreadyExists")
    #expect(again?.message == "datasets.data.fluid.io \"demo\" already exists")
  }

  @Test func resourceVersionsAreGlobalAndIncreasing() async throws {
    var seen: [Int] = []
    for i in 0..<5 {
      let o = try await cluster.create(datasets, namespace: nil, object: dataset("d\(i)"), options: WriteOptions())
      seen.append(Int(o["metadata"]?["resourceVersion"]?.stringValue ?? "") ?? 0)
    }
    #expect(seen == seen.sorted() && Set(seen).count == 5)
  }

  @Test func staleResourceVersionConflicts() async throws {
    let created = try await cluster.create(datasets, namespace: nil, object: dataset("demo"), options: WriteOptions())
    var first = created
    first[path: ["spec", "placement"]] = "Shared"
    let updated = try await cluster.update(datasets, namespace: nil, object: first, subresource: nil, options: WriteOptions())
    #expect(updated["metadata"]?["generation"] == 2)
    var stale = created
    stale[path: ["spec", "placement"]] = "Exclusive"
    let s = await apiStatus { _ = try await cluster.update(datasets, namespace: nil, object: stale, subresource: nil, options: WriteOptions()) }
    #expect(s?.code == 409)
    #expect(s?.message == "Operation cannot be fulfilled on datasets.data.fluid.io \"demo\": the object has been modified; please apply your changes to the latest version and try again")
  }

  @Test func statusOnlyChangesThroughTheStatusSubresource() async throws {
    var o = try await cluster.create(datasets, namespace: nil, object: dataset("demo"), options: WriteOptions())
    #expect(o["status"] == nil)
    o["status"] = ["phase": "Bound"]
    o = try await cluster.update(datasets, namespace: nil, object: o, subresource: nil, options: WriteOptions())
    #expect(o["status"] == nil)
    o["status"] = ["phase": "NotBound"]
    let missing = await apiStatus { _ = try await cluster.update(datasets, namespace: nil, object: o, subresource: "status", options: WriteOptions()) }
    #expect(missing?.message == "Dataset.data.fluid.io \"demo\" is invalid: status.conditions: Required value")
    o["status"] = ["phase": "NotBound", "conditions": .array([])]
    o[path: ["spec", "placement"]] = "Shared"
    let afterStatus = try await cluster.update(datasets, namespace: nil, object: o, subresource: "status", options: WriteOptions())
    #expect(afterStatus["status"]?["phase"] == "NotBound")
    #expect(afterStatus["spec"]?["placement"] == nil)
    #expect(afterStatus["metadata"]?["generation"] == 1)
  }

  @Test func scaleSubresource() async throws {
    let rt: JSONValue = ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "demo"], "spec": ["replicas": 1]]
    _ = try await cluster.create(alluxio, namespace: nil, object: rt, options: WriteOptions())
    var status = try await cluster.get(alluxio, namespace: nil, name: "demo")
    status["status"] = [
      "currentWorkerNumberScheduled": 1, "selector": "app=alluxio,release=demo,role=alluxio-worker",
      "valueFile": "demo-alluxio-values", "masterPhase": "Ready", "workerPhase": "Ready", "fusePhase": "Ready",
      "currentMasterNumberScheduled": 1, "desiredMasterNumberScheduled": 1, "masterNumberReady": 1,
      "desiredWorkerNumberScheduled": 1, "workerNumberReady": 1, "currentFuseNumberScheduled": 0,
      "desiredFuseNumberScheduled": 0, "fuseNumberReady": 0,
    ]
    _ = try await cluster.update(alluxio, namespace: nil, object: status, subresource: "status", options: WriteOptions())
    let scale = try await cluster.patch(alluxio, namespace: nil, name: "demo", mergePatch: ["spec": ["replicas": 3]], subresource: "scale", options: WriteOptions())
    #expect(scale["kind"] == "Scale")
    #expect(scale["spec"]?["replicas"] == 3)
    #expect(scale["status"]?["replicas"] == 1)
    #expect(scale["status"]?["selector"] == "app=alluxio,release=demo,role=alluxio-worker")
    #expect(try await cluster.get(alluxio, namespace: nil, name: "demo")["spec"]?["replicas"] == 3)
    let negative = await apiStatus { _ = try await cluster.patch(alluxio, namespace: nil, name: "demo", mergePatch: ["spec": ["replicas": -1]], subresource: "scale", options: WriteOptions()) }
    #expect(negative?.code == 422)
    let noScale = await apiStatus { _ = try await cluster.getScale(datasets, namespace: nil, name: "x") }
    #expect(noScale?.code == 404)
  }

  @Test func finalizersKeepAnObjectTerminating() async throws {
    var o = dataset("demo")
    o[path: ["metadata", "finalizers"]] = ["fluid-dataset-controller-finalizer"]
    _ = try await cluster.create(datasets, namespace: nil, object: o, options: WriteOptions())
    let left = try await cluster.delete(datasets, namespace: nil, name: "demo", options: DeleteOptions())
    #expect(left?["metadata"]?["deletionTimestamp"] != nil)
    var live = try await cluster.get(datasets, namespace: nil, name: "demo")
    var withNew = live
    withNew[path: ["metadata", "finalizers"]] = ["fluid-dataset-controller-finalizer", "another"]
    let forbidden = await apiStatus { _ = try await cluster.update(datasets, namespace: nil, object: withNew, subresource: nil, options: WriteOptions()) }
    #expect(forbidden?.code == 422)
    live[path: ["metadata", "finalizers"]] = .array([])
    _ = try await cluster.update(datasets, namespace: nil, object: live, subresource: nil, options: WriteOptions())
    let gone = await apiStatus { _ = try await cluster.get(datasets, namespace: nil, name: "demo") }
    #expect(gone?.code == 404)
  }

  func ownedPair() async throws -> JSONValue {
    let owner = try await cluster.create(datasets, namespace: nil, object: dataset("owner"), options: WriteOptions())
    let uid = owner["metadata"]?["uid"] ?? .null
    var child: JSONValue = ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "child"], "spec": ["dataset": ["name": "owner"]]]
    child[path: ["metadata", "ownerReferences"]] = [["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "name": "owner", "uid": uid]]
    return try await cluster.create(dataloads, namespace: nil, object: child, options: WriteOptions())
  }

  @Test func backgroundDeletionCollectsDependents() async throws {
    _ = try await ownedPair()
    #expect(try await cluster.delete(datasets, namespace: nil, name: "owner", options: DeleteOptions(propagation: .background)) == nil)
    #expect(await apiStatus { _ = try await cluster.get(dataloads, namespace: nil, name: "child") }?.code == 404)
  }

  @Test func orphanDeletionKeepsDependents() async throws {
    _ = try await ownedPair()
    _ = try await cluster.delete(datasets, namespace: nil, name: "owner", options: DeleteOptions(propagation: .orphan))
    let child = try await cluster.get(dataloads, namespace: nil, name: "child")
    #expect(child["metadata"]?["ownerReferences"] == nil)
  }

  @Test func foregroundDeletionWaitsForDependents() async throws {
    var child = try await ownedPair()
    // The dependent has a finalizer, so the owner must wait for it.
    child[path: ["metadata", "finalizers"]] = ["example.com/hold"]
    child = try await cluster.update(dataloads, namespace: nil, object: child, subresource: nil, options: WriteOptions())
    let owner = try await cluster.delete(datasets, namespace: nil, name: "owner", options: DeleteOptions(propagation: .foreground))
    #expect(owner?["metadata"]?["finalizers"] == ["foregroundDeletion"])
    var live = try await cluster.get(dataloads, namespace: nil, name: "child")
    #expect(live["metadata"]?["deletionTimestamp"] != nil)
    live[path: ["metadata", "finalizers"]] = .array([])
    _ = try await cluster.update(dataloads, namespace: nil, object: live, subresource: nil, options: WriteOptions())
    #expect(await apiStatus { _ = try await cluster.get(datasets, namespace: nil, name: "owner") }?.code == 404)
  }

  @Test func selectorsAndPagination() async throws {
    for i in 0..<7 {
      _ = try await cluster.create(datasets, namespace: nil, object: dataset("d\(i)", labels: ["team": i % 2 == 0 ? "ml" : "cv", "tier": "\(i)"]), options: WriteOptions())
    }
    let ml = try await cluster.list(datasets, namespace: "default", options: ListOptions(labelSelector: try LabelSelector(parsing: "team=ml")))
    #expect(ml.items.compactMap { $0["metadata"]?["name"]?.stringValue } == ["d0", "d2", "d4", "d6"])
    let setBased = try await cluster.list(datasets, namespace: "default", options: ListOptions(labelSelector: try LabelSelector(parsing: "tier in (1,2),team!=cv")))
    #expect(setBased.items.compactMap { $0["metadata"]?["name"]?.stringValue } == ["d2"])
    let absent = try await cluster.list(datasets, namespace: "default", options: ListOptions(labelSelector: try LabelSelector(parsing: "!team")))
    #expect(absent.items.isEmpty)
    let byName = try await cluster.list(datasets, namespace: "default", options: ListOptions(fieldSelector: try FieldSelector(parsing: "metadata.name=d3")))
    #expect(byName.items.count == 1)
    var names: [String] = []
    var options = ListOptions(limit: 3)
    var pages = 0
    repeat {
      let page = try await cluster.list(datasets, namespace: "default", options: options)
      names += page.items.compactMap { $0["metadata"]?["name"]?.stringValue }
      options.continueToken = page.continueToken
      pages += 1
    } while options.continueToken != nil
    #expect(names == (0..<7).map { "d\($0)" })
    #expect(pages == 3)
  }

  @Test func namespacesMustExist() async throws {
    let s = await apiStatus { _ = try await cluster.create(datasets, namespace: "nope", object: dataset("x"), options: WriteOptions()) }
    #expect(s?.message == "namespaces \"nope\" not found")
    _ = try await cluster.create(CoreKinds.namespace, namespace: nil, object: ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "team-a"]], options: WriteOptions())
    _ = try await cluster.create(datasets, namespace: "team-a", object: dataset("x"), options: WriteOptions())
    _ = try await cluster.delete(CoreKinds.namespace, namespace: nil, name: "team-a", options: DeleteOptions())
    #expect(await apiStatus { _ = try await cluster.get(CoreKinds.namespace, namespace: nil, name: "team-a") }?.code == 404)
    #expect(await apiStatus { _ = try await cluster.get(datasets, namespace: "team-a", name: "x") }?.code == 404)
    #expect(await apiStatus { _ = try await cluster.delete(CoreKinds.namespace, namespace: nil, name: "default", options: DeleteOptions()) }?.code == 403)
  }

  @Test func generateName() async throws {
    var o = dataset("")
    o[path: ["metadata", "name"]] = nil
    o[path: ["metadata", "generateName"]] = "load-"
    let created = try await cluster.create(datasets, namespace: nil, object: o, options: WriteOptions())
    let name = try #require(created["metadata"]?["name"]?.stringValue)
    #expect(name.hasPrefix("load-") && name.count == 10)
  }

  @Test func applyIsIdempotentAndRemovesFieldsNoLongerApplied() async throws {
    var manifest = dataset("demo", labels: ["team": "ml"])
    manifest[path: ["spec", "placement"]] = "Shared"
    let first = try await cluster.apply(datasets, namespace: nil, object: manifest, options: ApplyOptions())
    #expect(first.outcome == .created)
    let second = try await cluster.apply(datasets, namespace: nil, object: manifest, options: ApplyOptions())
    #expect(second.outcome == .unchanged)
    #expect(second.object["metadata"]?["resourceVersion"] == first.object["metadata"]?["resourceVersion"])
    manifest[path: ["spec", "placement"]] = nil
    let third = try await cluster.apply(datasets, namespace: nil, object: manifest, options: ApplyOptions())
    #expect(third.outcome == .configured)
    #expect(third.object["spec"]?["placement"] == nil)
    #expect(third.object["metadata"]?["generation"] == 2)
  }

  @Test func validationDefaultingAndPruning() async throws {
    var load: JSONValue = ["apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "l"], "spec": ["dataset": ["name": "demo"], "bogus": 1]]
    let strict = await apiStatus { _ = try await cluster.create(dataloads, namespace: nil, object: load, options: WriteOptions()) }
    #expect(strict?.message == "DataLoad in version \"v1alpha1\" cannot be handled as a DataLoad: strict decoding error: unknown field \"spec.bogus\"")
    let collector = WarningCollector()
    let created = try await cluster.create(dataloads, namespace: nil, object: load, options: WriteOptions(fieldValidation: .warn, onWarning: { collector.add($0) }))
    #expect(collector.all == ["unknown field \"spec.bogus\""])
    #expect(created["spec"]?["bogus"] == nil)
    #expect(created["spec"]?["policy"] == "Once")
    load[path: ["metadata", "name"]] = "loadA"
    load[path: ["spec", "bogus"]] = nil
    let invalid = await apiStatus { _ = try await cluster.create(dataloads, namespace: nil, object: load, options: WriteOptions()) }
    #expect(invalid?.message.hasPrefix("DataLoad.data.fluid.io \"loadA\" is invalid: metadata.name: Invalid value: \"loadA\": a lowercase RFC 1123 subdomain") == true)
  }

  @Test func watchServesChangesAndExpiresOldVersions() async throws {
    let start = try await cluster.list(datasets, namespace: "default", options: ListOptions())
    let stream = cluster.watch(datasets, namespace: "default", options: ListOptions(resourceVersion: start.resourceVersion))
    _ = try await cluster.create(datasets, namespace: nil, object: dataset("w"), options: WriteOptions())
    _ = try await cluster.delete(datasets, namespace: nil, name: "w", options: DeleteOptions())
    var types: [WatchEvent.EventType] = []
    for try await e in stream {
      types.append(e.type)
      if types.count == 2 { break }
    }
    #expect(types == [.added, .deleted])
  }

  @Test func watchFromACompactedVersionIsGone() async throws {
    let small = try EmbeddedCluster(path: dir.file("small.db"), retainedChanges: 8)
    let start = try await small.list(datasets, namespace: "default", options: ListOptions())
    for i in 0..<20 { _ = try await small.create(datasets, namespace: nil, object: dataset("g\(i)"), options: WriteOptions()) }
    var caught: APIStatus?
    do {
      for try await _ in small.watch(datasets, namespace: "default", options: ListOptions(resourceVersion: start.resourceVersion)) {}
    } catch FluidError.api(let s) {
      caught = s
    }
    #expect(caught?.code == 410)
    #expect(caught?.reason == "Expired")
    #expect(caught?.message.hasPrefix("too old resource version: \(start.resourceVersion)") == true)
  }
}

final class WarningCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ s: String) {
    lock.lock()
    items.append(s)
    lock.unlock()
  }
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}
