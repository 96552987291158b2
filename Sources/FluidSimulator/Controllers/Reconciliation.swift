import FluidKit
import FluidModel
import Foundation

/// What a controller asks the cluster to do: the verbs of the cluster-client seam, plus Events.
/// Controllers only return actions; a driver performs them (the embedded cluster's, or one
/// over any `ClusterClient`).
public enum ControllerAction: Sendable, Equatable {
  case create(ResourceDescriptor, JSONValue)
  /// Replace the main resource (metadata and spec) from the snapshot's version.
  case update(ResourceDescriptor, JSONValue)
  /// Replace the status subresource.
  case updateStatus(ResourceDescriptor, JSONValue)
  case delete(ResourceDescriptor, namespace: String?, name: String)
  case event(SimEvent)
  /// Record a loader's transfer (nil: forget it): the simulated data plane's own state, kept
  /// beside the objects (see `Transfer`), not a write to the API.
  case transfer(key: String, Transfer?)
  /// Record what an HPA controller remembers of one autoscaler (nil: forget it); driver
  /// state, not an API write (see `HPAMemory`).
  case hpaMemory(key: String, HPAMemory?)
}

/// A core Event a controller emits about an object.
public struct SimEvent: Sendable, Equatable {
  public var involved: JSONValue
  public var kind: String
  public var type: String
  public var reason: String
  public var message: String
  public var component: String

  public init(about object: JSONValue, type: String, reason: String, message: String, component: String) {
    involved = object
    kind = object["kind"]?.stringValue ?? ""
    self.type = type
    self.reason = reason
    self.message = message
    self.component = component
  }
}

/// The result of reconciling one object: actions, and when to look again (controller-runtime's
/// requeueAfter).
public struct Reconciliation: Sendable {
  public var actions: [ControllerAction] = []
  /// A deadline: look again exactly this much later.
  public var requeueAfter: TimeInterval?
  /// A periodic re-check (a resync) whose only effect, while nothing the controller reports in
  /// `polled(by:)` changes, is fresher status figures. Within one advance of the clock the
  /// driver runs only the last one before the target time (see `DriverState`).
  public var refreshEvery: TimeInterval?

  public init(actions: [ControllerAction] = [], requeueAfter: TimeInterval? = nil) {
    self.actions = actions
    self.requeueAfter = requeueAfter
  }

  mutating func add(_ a: ControllerAction) { actions.append(a) }
}

/// The objects controllers read, at one instant of simulated time. Immutable.
public struct ClusterSnapshot: Sendable {
  public var now: Date {
    didSet { if now != oldValue { nowText = Timestamps.format(now) } }
  }
  /// `now` in RFC 3339 (seconds), as conditions and events carry it.
  public private(set) var nowText: String
  /// Objects by qualified plural, then `namespace/name`.
  public var objects: [String: [String: JSONValue]]
  public var ufs: [Scenario.UFSEndpoint]
  public var faults: Faults
  /// The data plane's transfers by loader pod key (see `Transfer`).
  public private(set) var transfers: [String: Transfer] = [:]
  /// Keys of the transfers set or removed since the snapshot was loaded (to be stored).
  private(set) var changedTransfers = Set<String>()
  /// Changes whenever something the data plane depends on changes (which transfers run,
  /// which pods are ready, nodes, faults); the flow plan is cached per topology.
  public var topology: Int = 0
  let planCache = PlanCache()
  let indexes = SnapshotIndexes()
  /// The HPA controller's memory of each autoscaler, by `namespace/name` (persisted by the driver).
  public var hpaMemory: [String: HPAMemory] = [:]
  /// What kube-scheduler carries from one scheduling cycle to the next (persisted by the driver).
  let scheduler = SchedulerMemory()

  public init(now: Date, objects: [String: [String: JSONValue]], ufs: [Scenario.UFSEndpoint], faults: Faults = Faults()) {
    self.now = now
    nowText = Timestamps.format(now)
    self.objects = objects
    self.ufs = ufs
    self.faults = faults
  }

  /// The transfers as stored (when the snapshot is loaded).
  mutating func loadTransfers(_ stored: [String: Transfer]) {
    transfers = stored
    changedTransfers = []
  }

  /// Records a transfer (nil: removes it); a change of which flows run moves `topology`.
  mutating func setTransfer(_ key: String, _ t: Transfer?) {
    let old = transfers[key]
    guard old != t else { return }
    if !Transfer.sameTopology(old, t) { topology += 1 }
    transfers[key] = t
    changedTransfers.insert(key)
  }

  /// The transfer of a DataLoad's loader, while its Job (or CronJob) exists (or, in a state from an earlier
  /// version, its bare loader pod: then what that pod kept in its annotations, unless recorded).
  public func transfer(ofLoad name: String, namespace: String?) -> Transfer? {
    let key = Transfer.loaderKey(ofLoad: name, namespace: namespace)
    if objects[CoreKinds.job.qualifiedPlural]?[key] != nil || objects[CoreKinds.cronJob.qualifiedPlural]?[key] != nil {
      return transfers[key]
    }
    guard let legacy = objects[CoreKinds.pod.qualifiedPlural]?[key] else { return nil }
    return transfers[key] ?? Transfer(legacyAnnotationsOf: legacy)
  }

  /// Objects of a kind in key order (the order is cached until an object of the kind is
  /// added or removed).
  public func list(_ d: ResourceDescriptor) -> [JSONValue] {
    let kind = d.qualifiedPlural
    guard let byKey = objects[kind] else { return [] }
    return indexes.sortedKeys(kind, byKey).compactMap { byKey[$0] }
  }

  /// The indexes, built over the objects on first use.
  var index: SnapshotIndexes {
    indexes.build(objects)
    return indexes
  }

  /// Pods labelled `release=<name>` in `namespace` (Fluid's component pods of a runtime, loaders).
  public func pods(release: String, namespace: String?) -> [JSONValue] {
    let byKey = objects[CoreKinds.pod.qualifiedPlural] ?? [:]
    return index.podsByRelease["\(namespace ?? "")/\(release)", default: []].compactMap { byKey[$0] }
  }

  /// DataLoads of a dataset.
  public func dataLoads(of dataset: String, namespace: String?) -> [JSONValue] {
    let byKey = objects[DataLoad.descriptor.qualifiedPlural] ?? [:]
    return index.loadsByDataset["\(namespace ?? "")/\(dataset)", default: []].compactMap { byKey[$0] }
  }

  /// Pods that mount a dataset's PVC.
  public func users(of dataset: String, namespace: String?) -> [JSONValue] {
    let byKey = objects[CoreKinds.pod.qualifiedPlural] ?? [:]
    return index.podsByClaim["\(namespace ?? "")/\(dataset)", default: []].compactMap { byKey[$0] }
  }

  /// Reader pods (with `sim.fluidctl.io/read-bytes`) that mount a dataset's PVC.
  public func readers(of dataset: String, namespace: String?) -> [JSONValue] {
    users(of: dataset, namespace: namespace).filter { $0["metadata"]?["annotations"]?[ReadAnnotations.bytes] != nil }
  }

  /// Replaces (or removes, with nil) one object; the indexes follow.
  mutating func replace(_ kind: String, _ key: String, with new: JSONValue?) {
    let old = objects[kind]?[key]
    objects[kind, default: [:]][key] = new
    indexes.update(kind: kind, key: key, old: old, new: new)
  }

  public func get(_ d: ResourceDescriptor, _ namespace: String?, _ name: String) -> JSONValue? {
    objects[d.qualifiedPlural]?[Self.key(d.namespaced ? namespace : nil, name)]
  }

  static func key(_ namespace: String?, _ name: String) -> String { "\(namespace ?? "")/\(name)" }

}

/// A controller: a pure function from (snapshot, object) to actions.
public protocol Controller: Sendable {
  /// The kind whose objects this controller reconciles.
  var primary: ResourceDescriptor { get }
  /// The kinds (qualified plurals) whose changes `affected`, `polled` and `wakesFlowGroup` look
  /// at; a change of any other kind is not shown to this controller.
  var watchedKinds: Set<String> { get }
  func reconcile(_ object: JSONValue, in snapshot: ClusterSnapshot) -> Reconciliation
  /// Keys (`namespace/name`) of primary objects to reconcile when `changed` (of any kind) changes.
  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String]
  /// `affected`, knowing the version `changed` replaced (nil when the driver does not know it).
  func affected(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String]
  /// Keys of primary objects that notice `changed` only when they poll: their next periodic
  /// refresh must run on its cadence, not be coalesced. `previous`: the version `changed`
  /// replaced, when the driver knows it.
  func polled(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String]
  /// Whether `changed` changes the data plane's shares, so that every member of `flowGroup`
  /// must look again. The driver expands the group once per pass, however many changes ask.
  func wakesFlowGroup(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> Bool
  /// Keys of the primary objects whose transfers share the data plane.
  func flowGroup(in snapshot: ClusterSnapshot) -> [String]
}

extension Controller {
  public var watchedKinds: Set<String> { [primary.qualifiedPlural] }

  public func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    guard kind == primary else { return [] }
    return [ClusterSnapshot.key(changed["metadata"]?["namespace"]?.stringValue, changed["metadata"]?["name"]?.stringValue ?? "")]
  }

  public func affected(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    affected(by: changed, kind: kind, in: snapshot)
  }

  public func polled(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] { [] }
  public func wakesFlowGroup(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> Bool { false }
  public func flowGroup(in snapshot: ClusterSnapshot) -> [String] { [] }
}

/// Deterministic pseudo-randomness: a value in [0, 1) from a name (FNV-1a), so that jitter is
/// the same on every run.
func stableFraction(_ s: String) -> Double {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in s.utf8 {
    h ^= UInt64(b)
    h = h &* 0x100_0000_01b3
  }
  return Double(h % 10_000) / 10_000
}

/// The data plane's flows for one topology, computed once and shared by every reconcile that
/// needs them. Reference type on purpose: snapshots are values, the cache follows them.
final class PlanCache: @unchecked Sendable {
  var topology = -1
  var plan: DataPlane.Plan?

  /// Drops everything computed for an older topology.
  func sync(_ topology: Int) {
    guard self.topology != topology else { return }
    self.topology = topology
    plan = nil
  }
}

extension ClusterSnapshot {
  /// Keys of DataLoads in phase Executing.
  func executingLoadKeys() -> Set<String> { index.executingLoads }

  /// Keys of reader pods that have not finished.
  func activeReaderKeys() -> Set<String> { index.activeReaders }
}

/// Whether a DataLoad in this state can change the data plane (it runs, or just stopped).
func dataLoadMovesData(_ o: JSONValue) -> Bool {
  ["Executing", "Complete", "Failed"].contains(o["status"]?["phase"]?.stringValue ?? "")
}
