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
  public var requeueAfter: TimeInterval?

  public init(actions: [ControllerAction] = [], requeueAfter: TimeInterval? = nil) {
    self.actions = actions
    self.requeueAfter = requeueAfter
  }

  mutating func add(_ a: ControllerAction) { actions.append(a) }
}

/// The objects controllers read, at one instant of simulated time. Immutable.
public struct ClusterSnapshot: Sendable {
  public var now: Date
  /// Objects by qualified plural, then `namespace/name`.
  public var objects: [String: [String: JSONValue]]
  public var ufs: [Scenario.UFSEndpoint]
  public var faults: Faults

  public init(now: Date, objects: [String: [String: JSONValue]], ufs: [Scenario.UFSEndpoint], faults: Faults = Faults()) {
    self.now = now
    self.objects = objects
    self.ufs = ufs
    self.faults = faults
  }

  public func list(_ d: ResourceDescriptor) -> [JSONValue] {
    (objects[d.qualifiedPlural] ?? [:]).keys.sorted().compactMap { objects[d.qualifiedPlural]?[$0] }
  }

  public func get(_ d: ResourceDescriptor, _ namespace: String?, _ name: String) -> JSONValue? {
    objects[d.qualifiedPlural]?[Self.key(d.namespaced ? namespace : nil, name)]
  }

  static func key(_ namespace: String?, _ name: String) -> String { "\(namespace ?? "")/\(name)" }

  public var nowText: String { Timestamps.format(now) }
}

/// A controller: a pure function from (snapshot, object) to actions.
public protocol Controller: Sendable {
  /// The kind whose objects this controller reconciles.
  var primary: ResourceDescriptor { get }
  func reconcile(_ object: JSONValue, in snapshot: ClusterSnapshot) -> Reconciliation
  /// Keys (`namespace/name`) of primary objects to reconcile when `changed` (of any kind) changes.
  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String]
}

extension Controller {
  public func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    guard kind == primary else { return [] }
    return [ClusterSnapshot.key(changed["metadata"]?["namespace"]?.stringValue, changed["metadata"]?["name"]?.stringValue ?? "")]
  }
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
