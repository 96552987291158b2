import FluidKit
import FluidModel
import Foundation

/// Writes held in memory during one advance of the simulated world, committed to SQLite in one
/// pass at its end: the controllers' thousands of writes then cost no SQL, no serialization and
/// no re-parsing of the change log. Objects read through the overlay first; changes are kept in
/// order (the oldest trimmed once nobody can ask for them again), with nested transactions as
/// savepoints undone from a log.
final class StoreOverlay {
  enum Entry {
    case present(JSONValue)
    case deleted
  }

  /// The resourceVersion the database had when the overlay began.
  let baseResourceVersion: Int64
  private(set) var resourceVersion: Int64
  private(set) var entries: [ObjectKey: Entry] = [:]
  private(set) var keysByResource: [String: Set<ObjectKey>] = [:]
  /// Changes in resourceVersion order, with their simulated times.
  private(set) var changes: [(change: Change, at: Double)] = []
  /// Present objects by uid, by owner uid, and those being deleted.
  private var byUID: [String: ObjectKey] = [:]
  private(set) var dependents: [String: Set<ObjectKey>] = [:]
  private(set) var deleting = Set<ObjectKey>()
  private var savepoints: [(log: [(ObjectKey, Entry?)], resourceVersion: Int64, changes: Int)] = []
  /// The oldest resourceVersion a reader of `changes(after:)` may still ask from.
  private var readFloor: Int64
  private let retained: Int64
  /// Leased objects (Events) and when they end; the lease manager's state.
  var expiries = ExpiryQueue()
  var leases = ObjectLeases()

  init(resourceVersion: Int64, retained: Int64) {
    baseResourceVersion = resourceVersion
    self.resourceVersion = resourceVersion
    readFloor = resourceVersion
    self.retained = retained
  }

  func entry(_ key: ObjectKey) -> Entry? { entries[key] }

  /// Objects as stored when the overlay began, already parsed (the simulation's snapshot):
  /// a read of an object not written since needs no SQL and no parsing. Shares the values.
  private(set) var unwritten: [ObjectKey: JSONValue] = [:]
  /// Resources every stored object of which is in `unwritten`: a key not there is not stored.
  private(set) var completeResources = Set<String>()
  /// For other resources read during the overlay: the keys stored when it began (loaded on
  /// the first read of the resource), so that a read of an absent object needs no SQL.
  var storedKeys: [String: Set<ObjectKey>] = [:]

  /// Records `objects` (qualified plural → `namespace/name` → object) and `namespaces` as the
  /// stored versions.
  func keepUnwritten(_ objects: [String: [String: JSONValue]], namespaces: [JSONValue]) {
    unwritten.reserveCapacity(objects.values.reduce(namespaces.count) { $0 + $1.count })
    completeResources = Set(objects.keys)
    completeResources.insert(CoreKinds.namespace.qualifiedPlural)
    for (resource, byKey) in objects {
      for (_, o) in byKey {
        let meta = o["metadata"]
        unwritten[ObjectKey(resource: resource, namespace: meta?["namespace"]?.stringValue ?? "", name: meta?["name"]?.stringValue ?? "")] = o
      }
    }
    for o in namespaces {
      unwritten[ObjectKey(resource: CoreKinds.namespace.qualifiedPlural, namespace: "", name: o["metadata"]?["name"]?.stringValue ?? "")] = o
    }
  }

  func key(ofUID uid: String) -> ObjectKey? { byUID[uid] }

  /// Stores `object` under a new resourceVersion (written into its metadata), logs the change,
  /// and returns the stored object.
  func write(_ key: ObjectKey, _ object: JSONValue, type: WatchEvent.EventType, at time: Double) -> JSONValue {
    record(key, object, type: type, entry: { .present($0) }, at: time)
  }

  /// Removes the object under `key`, logging its last state as DELETED.
  func remove(_ key: ObjectKey, lastState: JSONValue, at time: Double) {
    _ = record(key, lastState, type: .deleted, entry: { _ in .deleted }, at: time)
  }

  private func record(_ key: ObjectKey, _ object: JSONValue, type: WatchEvent.EventType, entry: (JSONValue) -> Entry, at time: Double) -> JSONValue {
    resourceVersion += 1
    if !savepoints.isEmpty { savepoints[savepoints.count - 1].log.append((key, entries[key])) }
    var logged = object
    logged[path: ["metadata", "resourceVersion"]] = .string(String(resourceVersion))
    set(key, entry(logged))
    changes.append((Change(resourceVersion: resourceVersion, type: type, key: key, object: logged), time))
    trim()
    return logged
  }

  private func set(_ key: ObjectKey, _ entry: Entry?) {
    let previous = entry.map { entries.updateValue($0, forKey: key) } ?? entries.removeValue(forKey: key)
    if (previous == nil) != (entry == nil) {
      if entry != nil { keysByResource[key.resource, default: []].insert(key) } else { keysByResource[key.resource]?.remove(key) }
    }
    var old: JSONValue?
    var new: JSONValue?
    if case .present(let o)? = previous { old = o }
    if case .present(let o)? = entry { new = o }
    // Most writes keep the uid, the owners and the deletion mark: the indexes stay as they are.
    if let old, let new, Self.sameIndexedFields(old, new) { return }
    if let old { unindex(key, old) }
    if let new { index(key, new) }
  }

  private static func sameIndexedFields(_ a: JSONValue, _ b: JSONValue) -> Bool {
    let am = a["metadata"]
    let bm = b["metadata"]
    return am?["uid"] == bm?["uid"] && am?["ownerReferences"] == bm?["ownerReferences"]
      && (am?["deletionTimestamp"] == nil) == (bm?["deletionTimestamp"] == nil)
  }

  private func index(_ key: ObjectKey, _ o: JSONValue) {
    if let uid = o["metadata"]?["uid"]?.stringValue { byUID[uid] = key }
    for ref in o["metadata"]?["ownerReferences"]?.arrayValue ?? [] {
      if let uid = ref["uid"]?.stringValue { dependents[uid, default: []].insert(key) }
    }
    if o["metadata"]?["deletionTimestamp"] != nil { deleting.insert(key) }
  }

  private func unindex(_ key: ObjectKey, _ o: JSONValue) {
    if let uid = o["metadata"]?["uid"]?.stringValue, byUID[uid] == key { byUID[uid] = nil }
    for ref in o["metadata"]?["ownerReferences"]?.arrayValue ?? [] {
      if let uid = ref["uid"]?.stringValue { dependents[uid]?.remove(key) }
    }
    deleting.remove(key)
  }

  /// Changes after `resourceVersion` (at or after the overlay's base), oldest first.
  func changes(after resourceVersion: Int64) -> ArraySlice<(change: Change, at: Double)> {
    readFloor = max(readFloor, min(resourceVersion, self.resourceVersion))
    let i = firstIndex(after: resourceVersion)
    return changes[i...]
  }

  private func firstIndex(after rv: Int64) -> Int {
    var lo = 0
    var hi = changes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if changes[mid].change.resourceVersion <= rv { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Drops changes no reader can ask for again and that the log would not keep anyway.
  private func trim() {
    guard savepoints.isEmpty, changes.count > Int(retained) * 2 + 1024 else { return }
    let cutoff = min(readFloor, resourceVersion - retained)
    let n = firstIndex(after: cutoff)
    if n > 0 { changes.removeFirst(n) }
  }

  // MARK: savepoints

  func begin() { savepoints.append(([], resourceVersion, changes.count)) }

  func release() {
    guard let top = savepoints.popLast() else { return }
    if savepoints.isEmpty { trim() } else { savepoints[savepoints.count - 1].log += top.log }
  }

  func rollback() {
    guard let top = savepoints.popLast() else { return }
    for (key, previous) in top.log.reversed() { set(key, previous) }
    resourceVersion = top.resourceVersion
    changes.removeLast(changes.count - top.changes)
  }
}
