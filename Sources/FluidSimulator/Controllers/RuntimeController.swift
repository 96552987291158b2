import FluidKit
import FluidModel
import Foundation

/// Fluid's runtime controllers (b.3, b.4, b.8, b.9), one implementation for every engine; the
/// differences live in `Engine.table`. Setup runs master → UFS → workers → first cache report
/// → bind, re-checking every 20 s while a component is not ready, as Fluid does.
struct RuntimeController: Controller {
  let descriptor: ResourceDescriptor
  let engine: Engine
  var primary: ResourceDescriptor { descriptor }
  var component: String { engine.kind }

  static let setupRequeue: TimeInterval = 20
  static let resync: TimeInterval = 90

  var watchedKinds: Set<String> {
    [descriptor.qualifiedPlural, Dataset.descriptor.qualifiedPlural, DataLoad.descriptor.qualifiedPlural, CoreKinds.pod.qualifiedPlural]
  }

  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    guard kind.qualifiedPlural == descriptor.qualifiedPlural || kind.qualifiedPlural == Self.podKind else { return [] }
    let meta = changed["metadata"]
    let ns = meta?["namespace"]?.stringValue
    // Fluid's runtime controllers watch only their runtime: a Dataset or a data operation
    // changing is noticed on the next requeue or resync (see `polled`).
    if kind.qualifiedPlural == descriptor.qualifiedPlural { return [ClusterSnapshot.key(ns, meta?["name"]?.stringValue ?? "")] }
    guard kind.qualifiedPlural == Self.podKind else { return [] }
    let claims = (changed["spec"]?["volumes"]?.arrayValue ?? []).compactMap { $0["persistentVolumeClaim"]?["claimName"]?.stringValue }
    if !claims.isEmpty {
      // An application mounting a dataset's PVC needs that runtime's fuse on its node (only the
      // engine the dataset is bound to, or any while it is not bound yet).
      return claims.filter { claim in
        let bound = Self.boundEngine(of: claim, namespace: ns, in: snapshot)
        return bound == nil || bound == engine.type
      }.map { ClusterSnapshot.key(ns, $0) }
    }
    // Scheduling problems surface on the next check; deletions of workers matter now.
    let labels = meta?["labels"]
    guard meta?["deletionTimestamp"] != nil, labels?["app"]?.stringValue == engine.type, Self.isComponent(labels, of: engine.type),
      let release = labels?["release"]?.stringValue
    else { return [] }
    return [ClusterSnapshot.key(ns, release)]
  }

  /// The engine types whose runtime controllers can react to `changed` (nil: any of them), so
  /// that a change is not shown to each of the seven in turn. A superset of those whose
  /// `affected` or `polled` return keys: a pod concerns its own engine (`app` label) and the
  /// engines of the datasets it mounts (all while one is unbound); a DataLoad, its dataset's.
  static func concernedEngines(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String]? {
    func bound(_ ns: String?, _ dataset: String) -> String? { boundEngine(of: dataset, namespace: ns, in: snapshot) }
    let meta = changed["metadata"]
    let ns = meta?["namespace"]?.stringValue
    if kind.qualifiedPlural == podKind {
      var engines: [String] = []
      if let app = meta?["labels"]?["app"]?.stringValue, isComponent(meta?["labels"], of: app) { engines.append(app) }
      for volume in changed["spec"]?["volumes"]?.arrayValue ?? [] {
        guard let claim = volume["persistentVolumeClaim"]?["claimName"]?.stringValue else { continue }
        guard let type = bound(ns, claim) else { return nil }
        engines.append(type)
      }
      return engines
    }
    if kind.qualifiedPlural == loadKind {
      guard let dataset = changed["spec"]?["dataset"]?["name"]?.stringValue else { return [] }
      return bound(ns, dataset).map { [$0] }
    }
    return nil
  }

  /// Whether pod labels are those of a runtime's component (`role` `<engine>-master`, `-worker`
  /// or `-fuse`); Fluid's data operation pods carry the engine's `app` label too.
  static func isComponent(_ labels: JSONValue?, of engine: String) -> Bool {
    guard let role = labels?["role"]?.stringValue, role.hasPrefix(engine), role.utf8.count > engine.utf8.count + 1 else { return false }
    let suffix = role.dropFirst(engine.count)
    return suffix == "-master" || suffix == "-worker" || suffix == "-fuse"
  }

  /// The engine type of the runtime a dataset is bound to (nil: no such dataset, or unbound).
  static func boundEngine(of dataset: String, namespace: String?, in snapshot: ClusterSnapshot) -> String? {
    snapshot.get(Dataset.descriptor, namespace, dataset)?["status"]?["runtimes"]?.arrayValue?.first?["type"]?.stringValue
  }

  static let podKind = CoreKinds.pod.qualifiedPlural
  static let loadKind = DataLoad.descriptor.qualifiedPlural
  static let datasetKind = Dataset.descriptor.qualifiedPlural

  /// The first data operation starting on a dataset, or the last one ending, changes how often
  /// cache states are refreshed (every 5 s while one runs): the runtime looks at once.
  func affected(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    guard kind.qualifiedPlural == Self.loadKind else { return affected(by: changed, kind: kind, in: snapshot) }
    func busy(_ o: JSONValue?) -> Bool {
      let phase = o?["status"]?["phase"]?.stringValue
      return phase == "Pending" || phase == "Executing"
    }
    // Without the replaced version (a user's write) the load counts as not busy before.
    if busy(previous) == busy(changed) { return [] }
    let ns = changed["metadata"]?["namespace"]?.stringValue
    let name = changed["metadata"]?["name"]?.stringValue
    guard let dataset = DataLoad(json: changed).datasetName else { return [] }
    let bound = Self.boundEngine(of: dataset, namespace: ns, in: snapshot)
    if let bound, bound != engine.type { return [] }
    if snapshot.dataLoads(of: dataset, namespace: ns).contains(where: { $0["metadata"]?["name"]?.stringValue != name && busy($0) }) { return [] }
    return [ClusterSnapshot.key(ns, dataset)]
  }

  /// Noticed on the next resync: a component pod (master, worker, fuse) changing; the dataset's
  /// spec or metadata changing (its status is written by this controller and by data
  /// operations' locks).
  func polled(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    let meta = changed["metadata"]
    if kind.qualifiedPlural == Self.podKind {
      let labels = meta?["labels"]
      guard labels?["app"]?.stringValue == engine.type, Self.isComponent(labels, of: engine.type),
        let release = labels?["release"]?.stringValue
      else { return [] }
      return [ClusterSnapshot.key(meta?["namespace"]?.stringValue, release)]
    }
    guard kind.qualifiedPlural == Self.datasetKind else { return [] }
    if let previous, previous["spec"] == changed["spec"], previous["metadata"]?["deletionTimestamp"] == meta?["deletionTimestamp"] {
      return []
    }
    return [ClusterSnapshot.key(meta?["namespace"]?.stringValue, meta?["name"]?.stringValue ?? "")]
  }

  func warn(_ obj: JSONValue, _ message: String, _ r: inout Reconciliation) {
    r.add(.event(SimEvent(about: obj, type: "Warning", reason: "ErrorProcessRuntime", message: message, component: component)))
  }

  func reconcile(_ obj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    var rt = GenericRuntime(json: obj)
    if !ObjectMetaValidation.isDNS1035Label(rt.name) {
      warn(obj, "Process Runtime error \(ObjectMetaValidation.dns1035LabelMessage)", &r)
      return r
    }
    if rt.metadata.deletionTimestamp != nil { return teardown(rt, in: s) }
    guard let dsJSON = s.get(Dataset.descriptor, rt.namespace, rt.name) else {
      warn(obj, "No dataset can be bound to the runtime, waiting.", &r)
      r.requeueAfter = 5
      return r
    }
    let ds = Dataset(json: dsJSON)
    let datasetID = FluidNames.datasetID(rt.namespace, rt.name, uid: ds.metadata.uid)
    if !rt.metadata.ownerReferences.contains(where: { $0.uid == ds.metadata.uid }) || rt.metadata.labels["fluid.io/dataset-id"] != datasetID {
      if !rt.metadata.ownerReferences.contains(where: { $0.uid == ds.metadata.uid }) {
        rt.metadata.ownerReferences.append(
          OwnerReference(apiVersion: Dataset.descriptor.apiVersion, kind: "Dataset", name: ds.name, uid: ds.metadata.uid ?? ""))
      }
      rt.metadata.labels["fluid.io/dataset-id"] = datasetID
      r.add(.update(descriptor, rt.json))
      if ds.metadata.labels["fluid.io/dataset-id"] != datasetID {
        var labelled = ds
        labelled.metadata.labels["fluid.io/dataset-id"] = datasetID
        r.add(.update(Dataset.descriptor, labelled.json))
      }
      return r
    }
    if let bound = ds.statusRuntimes.first, bound["name"]?.stringValue != rt.name || bound["type"]?.stringValue != engine.type {
      warn(obj, "the dataset can't be bound to the runtime, because it's already bound to another runtime \(bound["type"]?.stringValue ?? "")/\(bound["name"]?.stringValue ?? "")", &r)
      r.requeueAfter = 20
      return r
    }
    if ds.mounts.contains(where: { $0.scheme == "dataset" }), engine.type != "thin" {
      warn(obj, "fail to check runtime support for thin runtime, error: a reference dataset can only be bound to a ThinRuntime", &r)
      r.requeueAfter = 20
      return r
    }
    if !rt.metadata.finalizers.contains(engine.finalizer) {
      rt.metadata.finalizers.append(engine.finalizer)
      r.add(.update(descriptor, rt.json))
      return r
    }
    let setupDone = ds.conditions.contains { $0.type == "Ready" }
    return setupDone ? sync(rt, ds, in: s) : setup(rt, ds, in: s)
  }
}

/// A view of any runtime kind (they share `RuntimeStatus`).
struct GenericRuntime: RuntimeView {
  static let descriptor = FluidCRDs.named("alluxioruntimes")
  var json: JSONValue
  init(json: JSONValue) { self.json = json }
}
