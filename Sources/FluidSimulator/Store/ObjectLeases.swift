import FluidKit
import FluidModel
import Foundation

/// Objects kube-apiserver stores with a time to live, and when they go.
///
/// Events are written with `--event-ttl` (one hour by default) on every create and update, as
/// etcd leases that kube-apiserver's lease manager shares between writes: a write reuses the
/// previous lease when that lease ends between `ttl` and `ttl + reuse` from now (`reuse` is
/// 5 % of the TTL, at most 60 s) and has fewer than 1,000 objects; otherwise a lease of
/// `ttl + reuse` is granted. An object is deleted when its lease ends (watchers see DELETED),
/// so an Event lasts one hour to one hour and a minute after its last write.
struct ObjectLeases: Equatable, Sendable {
  /// `--event-ttl`'s default.
  static let eventTTL: Double = 3600
  static let maxObjectsPerLease = 1000
  private static let eventsResource = CoreKinds.event.qualifiedPlural

  /// The TTL writes of `resource` carry, or nil.
  static func timeToLive(of resource: String) -> Double? { resource == eventsResource ? eventTTL : nil }

  /// When the lease last granted ends, and how many writes attached to it.
  private(set) var previousExpiry: Double = -.infinity
  private(set) var attached = 0

  init() {}

  init(json: JSONValue?) {
    previousExpiry = json?["expiry"]?.doubleValue ?? -.infinity
    attached = Int(json?["attached"]?.intValue ?? 0)
  }

  var json: JSONValue { ["expiry": .double(previousExpiry.isFinite ? previousExpiry : 0), "attached": .int(Int64(attached))] }

  /// The end of the lease a write at `now` with `ttl` gets.
  mutating func expiry(ttl: Double, now: Double) -> Double {
    let reuse = min(60, (ttl * 0.05).rounded(.down))
    attached += 1
    if now + ttl < previousExpiry, now + ttl + reuse > previousExpiry, attached <= Self.maxObjectsPerLease {
      return previousExpiry
    }
    previousExpiry = now + ttl + reuse
    attached = 1
    return previousExpiry
  }
}

/// Leased objects' end times in the order they end: a write's lease never ends before an earlier
/// write's, so new entries go at the back; an entry is current while the key's recorded end is
/// its time (a later write, or a deletion, makes it stale).
struct ExpiryQueue {
  private(set) var ends: [ObjectKey: Double] = [:]
  private var queue: [(at: Double, key: ObjectKey)] = []
  private var head = 0

  mutating func set(_ key: ObjectKey, _ at: Double?) {
    ends[key] = at
    guard let at else { return }
    if let last = queue.last, at < last.at {
      // A clock moved back by hand: keep the queue ordered.
      let i = queue[head...].firstIndex { $0.at > at } ?? queue.count
      queue.insert((at, key), at: i)
    } else {
      queue.append((at, key))
    }
  }

  /// The first current entry.
  mutating func first() -> (at: Double, key: ObjectKey)? {
    while head < queue.count {
      let e = queue[head]
      if ends[e.key] == e.at { return e }
      head += 1
    }
    return nil
  }

  /// Drops the first entry (after `first()` returned it) and forgets its key.
  mutating func removeFirst() {
    guard head < queue.count else { return }
    ends[queue[head].key] = nil
    head += 1
    if head > 1024, head * 2 > queue.count {
      queue.removeFirst(head)
      head = 0
    }
  }
}

extension ObjectStore {
  static let expiriesTable = """
    CREATE TABLE IF NOT EXISTS expiries(
      resource TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL, at REAL NOT NULL,
      PRIMARY KEY(resource, namespace, name)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS expiries_by_time ON expiries(at);
    """

  /// Gives a write of `key` at the current change time its lease, when its resource has a TTL.
  func leaseWrite(_ key: ObjectKey) throws {
    guard let ttl = ObjectLeases.timeToLive(of: key.resource) else { return }
    if let overlay {
      overlay.expiries.set(key, overlay.leases.expiry(ttl: ttl, now: changeTime))
      return
    }
    var leases = ObjectLeases(json: try simState("leases"))
    let at = leases.expiry(ttl: ttl, now: changeTime)
    try setSimState("leases", leases.json)
    try db.query(
      "INSERT OR REPLACE INTO expiries(resource, namespace, name, at) VALUES (?, ?, ?, ?)",
      [.text(key.resource), .text(key.namespace), .text(key.name), .double(at)])
  }

  /// Forgets the lease of a deleted object.
  func leaseRemove(_ key: ObjectKey) throws {
    guard ObjectLeases.timeToLive(of: key.resource) != nil else { return }
    if let overlay {
      overlay.expiries.set(key, nil)
      return
    }
    try db.query(
      "DELETE FROM expiries WHERE resource = ? AND namespace = ? AND name = ?", [.text(key.resource), .text(key.namespace), .text(key.name)])
  }

  /// When the next leased object ends, or nil.
  func nextExpiry() throws -> Double? {
    if let overlay { return overlay.expiries.first()?.at }
    var v: Double?
    try db.query("SELECT min(at) FROM expiries") { row in v = row.isNull(0) ? nil : row.double(0) }
    return v
  }

  /// Deletes every leased object whose lease ended by `time`, each at its end (inside an
  /// overlay, which the simulation driver holds).
  func expire(upTo time: Double) throws {
    guard let overlay else { return }
    let saved = changeTime
    defer { changeTime = saved }
    while let (at, key) = overlay.expiries.first(), at <= time {
      overlay.expiries.removeFirst()
      guard let object = try get(key) else { continue }
      changeTime = at
      try remove(key, lastState: object)
    }
  }

  /// The stored leases, in the order they end (for an overlay beginning).
  func storedExpiries() throws -> (ExpiryQueue, ObjectLeases) {
    var queue = ExpiryQueue()
    try db.query("SELECT resource, namespace, name, at FROM expiries ORDER BY at, resource, namespace, name") { row in
      queue.set(ObjectKey(resource: row.text(0), namespace: row.text(1), name: row.text(2)), row.double(3))
    }
    return (queue, ObjectLeases(json: try simState("leases")))
  }

  /// Writes an overlay's leases back (the caller's transaction is open).
  func commitExpiries(_ overlay: StoreOverlay) throws {
    try db.query("DELETE FROM expiries")
    for (key, at) in overlay.expiries.ends {
      try db.query(
        "INSERT INTO expiries(resource, namespace, name, at) VALUES (?, ?, ?, ?)",
        [.text(key.resource), .text(key.namespace), .text(key.name), .double(at)])
    }
    try setSimState("leases", overlay.leases.json)
  }
}
