import FluidKit
import FluidModel
import Foundation

extension ObjectStore {
  /// Runs `body` in a write transaction; inside an overlay (itself inside the advance's SQLite
  /// transaction, where objects are not written to SQLite), nested transactions are savepoints
  /// of the overlay only.
  func writeTransaction<T>(_ body: () throws -> T) throws -> T {
    guard let overlay else { return try db.writeTransaction(body) }
    overlay.begin()
    do {
      let result = try body()
      overlay.release()
      return result
    } catch {
      overlay.rollback()
      throw error
    }
  }

  /// Holds every object write in memory from now until `commitOverlay` (inside the caller's
  /// write transaction).
  func beginOverlay() throws {
    let o = StoreOverlay(resourceVersion: try currentResourceVersion(), retained: retainedChanges)
    (o.expiries, o.leases) = try storedExpiries()
    overlay = o
  }

  static let lastOverlay = Retained<StoreOverlay>()

  /// Forgets the overlay's writes (the caller's transaction rolls back).
  func dropOverlay() { overlay = nil }

  /// Writes the overlay's final objects, the changes the log keeps, and the resourceVersion
  /// counter; then writes go straight to SQLite again.
  func commitOverlay() throws {
    guard let o = overlay else { return }
    overlay = nil
    // Freed when the next overlay is committed: a one-shot command exits without freeing every
    // object version one by one.
    Self.lastOverlay.keep(o)
    guard o.resourceVersion > o.baseResourceVersion else { return }
    try commitExpiries(o)
    let cutoff = o.resourceVersion - retainedChanges
    // In key order: the unique index is then written front to back.
    let entries = o.entries.sorted { ($0.key.resource, $0.key.namespace, $0.key.name) < ($1.key.resource, $1.key.namespace, $1.key.name) }
    func version(_ obj: JSONValue) -> Int64 { Int64(obj["metadata"]?["resourceVersion"]?.stringValue ?? "") ?? o.resourceVersion }
    // An object's final version is also the last change of it the log keeps: encoded once.
    // Bodies are encoded on a second thread in the order they are written below.
    var values: [JSONValue] = []
    var finalVersions = Set<Int64>()
    for (_, entry) in entries {
      guard case .present(let obj) = entry else { continue }
      values.append(obj)
      let rv = version(obj)
      if rv > cutoff { finalVersions.insert(rv) }
    }
    let changes = o.changes(after: max(cutoff, o.baseResourceVersion))
    for (change, _) in changes where !finalVersions.contains(change.resourceVersion) { values.append(change.object) }
    let pipeline = EncodingPipeline(values)
    defer { pipeline.cancel() }
    var next = 0
    func body() -> [UInt8] {
      defer { next += 1 }
      return pipeline.take(next)
    }
    var encoded: [Int64: [UInt8]] = [:]
    for (key, entry) in entries {
      let k: [SQLiteDatabase.Value] = [.text(key.resource), .text(key.namespace), .text(key.name)]
      try db.query("DELETE FROM owners WHERE resource = ? AND namespace = ? AND name = ?", k)
      guard case .present(let obj) = entry else {
        try db.query("DELETE FROM objects WHERE resource = ? AND namespace = ? AND name = ?", k)
        continue
      }
      let rv = version(obj)
      let bytes = body()
      if rv > cutoff { encoded[rv] = bytes }
      try db.query(
        "INSERT OR REPLACE INTO objects(resource, namespace, name, uid, deleting, rv, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
        k + [
          .text(obj["metadata"]?["uid"]?.stringValue ?? ""), .int(obj["metadata"]?["deletionTimestamp"] == nil ? 0 : 1), .int(rv),
          .blob(bytes),
        ])
      for ref in obj["metadata"]?["ownerReferences"]?.arrayValue ?? [] {
        guard let uid = ref["uid"]?.stringValue else { continue }
        try db.query("INSERT OR IGNORE INTO owners VALUES (?, ?, ?, ?)", [.text(uid)] + k)
      }
    }
    for (change, at) in changes {
      try db.query(
        "INSERT INTO changes(rv, type, resource, namespace, name, body, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
          .int(change.resourceVersion), .text(change.type.rawValue), .text(change.key.resource), .text(change.key.namespace),
          .text(change.key.name), .blob(encoded.removeValue(forKey: change.resourceVersion) ?? body()),
          .double(at),
        ])
    }
    try db.query("UPDATE meta SET value = ? WHERE key = 'rv'", [.int(o.resourceVersion)])
    if cutoff > 0 {
      try db.query("DELETE FROM changes WHERE rv <= ?", [.int(cutoff)])
      try db.query("UPDATE meta SET value = max(value, ?) WHERE key = 'compacted'", [.int(cutoff)])
    }
  }

  /// `list` with the overlay's objects in place of the stored ones, in the same order.
  func listMerged(
    _ overlay: StoreOverlay, _ touched: Set<ObjectKey>, resource: String, namespace: String?, after: (String, String)?, limit: Int?
  ) throws -> [JSONValue] {
    var rows: [(ns: String, name: String, object: JSONValue)] = try storedList(resource: resource, namespace: namespace, after: after, limit: nil)
      .compactMap { o in
        let ns = o["metadata"]?["namespace"]?.stringValue ?? ""
        let name = o["metadata"]?["name"]?.stringValue ?? ""
        return touched.contains(ObjectKey(resource: resource, namespace: ns, name: name)) ? nil : (ns, name, o)
      }
    for key in touched where namespace == nil || key.namespace == namespace {
      if let after, (key.namespace, key.name) <= after { continue }
      if case .present(let o)? = overlay.entry(key) { rows.append((key.namespace, key.name, o)) }
    }
    rows.sort { ($0.ns, $0.name) < ($1.ns, $1.name) }
    let objects = rows.map(\.object)
    return limit.map { Array(objects.prefix($0)) } ?? objects
  }
}
