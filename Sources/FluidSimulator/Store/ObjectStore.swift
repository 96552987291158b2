import FluidKit
import FluidModel
import Foundation

/// Where one object lives: its resource (`datasets.data.fluid.io`), namespace ("" when
/// cluster-scoped) and name.
struct ObjectKey: Hashable, Sendable {
  var resource: String
  var namespace: String
  var name: String
}

/// One entry of the change log that serves watches.
struct Change {
  var resourceVersion: Int64
  var type: WatchEvent.EventType
  var key: ObjectKey
  var object: JSONValue
}

/// The embedded cluster's persistent state: objects, a global resourceVersion counter, an owner
/// index for garbage collection, and a bounded change log for watches, in one SQLite database.
///
/// Every method must run inside a transaction the caller opened (`db.writeTransaction` or
/// `db.readTransaction`); resourceVersions are allocated inside the write transaction, so they
/// are unique and increasing across processes.
final class ObjectStore {
  let db: SQLiteDatabase
  /// How many changes the log keeps; a watch from an older resourceVersion gets 410 Gone.
  let retainedChanges: Int64
  /// The (simulated) time recorded with each change; set by the cluster before writing.
  var changeTime: Double = 0
  /// Parsed bodies by resourceVersion: a version never changes, so a long-lived process
  /// (`sim serve`) parses each stored version once. Off by default: a one-shot command reads
  /// each object once and would only pay for filling and freeing it. Guarded by the caller's
  /// transaction lock.
  var cachesParsedObjects = false
  private var parsed: [Int64: JSONValue] = [:]
  /// Writes held in memory until `commitOverlay` (see `StoreOverlay`); nil: writes go to SQLite.
  var overlay: StoreOverlay?
  private static let parsedCapacity = 50_000

  /// The objects table: one row per object, unique by (resource, namespace, name), which is
  /// also the order lists read in.
  static let objectsTable = """
    CREATE TABLE IF NOT EXISTS objects(
      resource TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL,
      uid TEXT NOT NULL, deleting INTEGER NOT NULL, rv INTEGER NOT NULL, body BLOB NOT NULL,
      UNIQUE(resource, namespace, name));
    CREATE INDEX IF NOT EXISTS objects_by_uid ON objects(uid);
    CREATE INDEX IF NOT EXISTS objects_deleting ON objects(deleting) WHERE deleting = 1;
    """

  init(path: String, retainedChanges: Int64 = 10_000) throws {
    db = try SQLiteDatabase(path: path)
    self.retainedChanges = retainedChanges
    let needsStamp = try StateFile.checkIdentity(db, path: path)
    try db.configureForSharing()
    try db.writeTransaction {
      if needsStamp { try StateFile.stamp(db) }
      try db.execute(
        """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO meta VALUES ('rv', 1), ('compacted', 0), ('schema', 1);
        \(Self.objectsTable)
        \(Self.expiriesTable)
        \(Self.transfersTable)
        CREATE TABLE IF NOT EXISTS owners(
          owner_uid TEXT NOT NULL, resource TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL,
          PRIMARY KEY(owner_uid, resource, namespace, name)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS owners_by_object ON owners(resource, namespace, name);
        CREATE TABLE IF NOT EXISTS changes(
          rv INTEGER PRIMARY KEY, type TEXT NOT NULL, resource TEXT NOT NULL, namespace TEXT NOT NULL,
          name TEXT NOT NULL, body BLOB NOT NULL, at REAL NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS changes_by_resource ON changes(resource, rv);
        CREATE TABLE IF NOT EXISTS sim(key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
        """)
      // States from before objects moved to a rowid table (a WITHOUT ROWID table stores each
      // body of a few KB in overflow pages: twice the size, and slower to write).
      var withoutRowid = false
      try db.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'objects'") { withoutRowid = $0.text(0).contains("WITHOUT ROWID") }
      if withoutRowid {
        try db.execute(
          """
          DROP INDEX IF EXISTS objects_by_uid; DROP INDEX IF EXISTS objects_deleting;
          ALTER TABLE objects RENAME TO objects_without_rowid;
          \(Self.objectsTable)
          INSERT INTO objects(resource, namespace, name, uid, deleting, rv, body)
            SELECT resource, namespace, name, uid, deleting, rv, body FROM objects_without_rowid;
          DROP TABLE objects_without_rowid;
          """)
      }
      // States written before change times were recorded.
      var hasTime = false
      try db.query("PRAGMA table_info(changes)") { if $0.text(1) == "at" { hasTime = true } }
      if !hasTime { try db.execute("ALTER TABLE changes ADD COLUMN at REAL NOT NULL DEFAULT 0") }
    }
  }

  // MARK: resourceVersions

  func currentResourceVersion() throws -> Int64 {
    if let overlay { return overlay.resourceVersion }
    var v: Int64 = 0
    try db.query("SELECT value FROM meta WHERE key = 'rv'") { v = $0.int(0) }
    return v
  }

  /// The highest resourceVersion dropped from the change log.
  func compactedResourceVersion() throws -> Int64 {
    var v: Int64 = 0
    try db.query("SELECT value FROM meta WHERE key = 'compacted'") { v = $0.int(0) }
    return v
  }

  private func nextResourceVersion() throws -> Int64 {
    var v: Int64 = 0
    try db.query("UPDATE meta SET value = value + 1 WHERE key = 'rv' RETURNING value") { v = $0.int(0) }
    return v
  }

  // MARK: simulation state

  /// A JSON value the simulation keeps beside the objects (clock, world model, data plane).
  func simState(_ key: String) throws -> JSONValue? {
    var v: JSONValue?
    try db.query("SELECT value FROM sim WHERE key = ?", [.text(key)]) { row in
      v = try row.withBytes(0) { try JSONParser.parse(bytes: $0) }
    }
    return v
  }

  func setSimState(_ key: String, _ value: JSONValue?) throws {
    if let value {
      try db.query("INSERT OR REPLACE INTO sim(key, value) VALUES (?, ?)", [.text(key), .blob(JSONWriter.compactBytes(value))])
    } else {
      try db.query("DELETE FROM sim WHERE key = ?", [.text(key)])
    }
  }

  // MARK: reads

  func get(_ key: ObjectKey) throws -> JSONValue? {
    switch overlay?.entry(key) {
    case .present(let o)?: return o
    case .deleted?: return nil
    case nil:
      if let overlay {
        if let o = overlay.unwritten[key] { return o }
        if overlay.completeResources.contains(key.resource) { return nil }
        if overlay.storedKeys[key.resource] == nil {
          var keys = Set<ObjectKey>()
          try db.query("SELECT namespace, name FROM objects WHERE resource = ?", [.text(key.resource)]) { row in
            keys.insert(ObjectKey(resource: key.resource, namespace: row.text(0), name: row.text(1)))
          }
          overlay.storedKeys[key.resource] = keys
        }
        if overlay.storedKeys[key.resource]?.contains(key) == false { return nil }
      }
    }
    var result: JSONValue?
    try db.query(
      "SELECT rv, body FROM objects WHERE resource = ? AND namespace = ? AND name = ?",
      [.text(key.resource), .text(key.namespace), .text(key.name)]
    ) { row in result = try decodeVersioned(row) }
    return result
  }

  /// Objects of `resource` ordered by namespace then name, starting after `after`, at most
  /// `limit` rows (all when nil). `namespace` nil means every namespace.
  func list(resource: String, namespace: String?, after: (String, String)?, limit: Int?) throws -> [JSONValue] {
    if let overlay, let touched = overlay.keysByResource[resource], !touched.isEmpty {
      return try listMerged(overlay, touched, resource: resource, namespace: namespace, after: after, limit: limit)
    }
    return try storedList(resource: resource, namespace: namespace, after: after, limit: limit)
  }

  /// How many objects of `resource` there are (counted in SQL, without reading them).
  func count(resource: String) throws -> Int {
    if overlay != nil { return try list(resource: resource, namespace: nil, after: nil, limit: nil).count }
    var n: Int64 = 0
    try db.query("SELECT COUNT(*) FROM objects WHERE resource = ?", [.text(resource)]) { n = $0.int(0) }
    return Int(n)
  }

  /// `list` as the database has it, without the overlay.
  func storedList(resource: String, namespace: String?, after: (String, String)?, limit: Int?) throws -> [JSONValue] {
    var sql = "SELECT rv, body FROM objects WHERE resource = ?"
    var args: [SQLiteDatabase.Value] = [.text(resource)]
    if let namespace {
      sql += " AND namespace = ?"
      args.append(.text(namespace))
    }
    if let after {
      sql += " AND (namespace, name) > (?, ?)"
      args += [.text(after.0), .text(after.1)]
    }
    sql += " ORDER BY namespace, name"
    if let limit {
      sql += " LIMIT ?"
      args.append(.int(Int64(limit)))
    }
    var out: [JSONValue] = []
    try db.query(sql, args) { row in out.append(try decodeVersioned(row)) }
    return out
  }

  /// Keys of objects that name `uid` in their ownerReferences.
  func dependents(ofUID uid: String) throws -> [ObjectKey] {
    var out: [ObjectKey] = []
    try db.query("SELECT resource, namespace, name FROM owners WHERE owner_uid = ?", [.text(uid)]) {
      out.append(ObjectKey(resource: $0.text(0), namespace: $0.text(1), name: $0.text(2)))
    }
    guard let overlay else { return out }
    return out.filter { overlay.entry($0) == nil } + (overlay.dependents[uid] ?? []).sorted { ($0.resource, $0.namespace, $0.name) < ($1.resource, $1.namespace, $1.name) }
  }

  func uidExists(_ uid: String) throws -> Bool {
    if overlay?.key(ofUID: uid) != nil { return true }
    var found = false
    try db.query("SELECT resource, namespace, name FROM objects WHERE uid = ?", [.text(uid)]) {
      if self.overlay?.entry(ObjectKey(resource: $0.text(0), namespace: $0.text(1), name: $0.text(2))) == nil { found = true }
    }
    return found
  }

  /// Objects that carry a deletionTimestamp, with their keys.
  func deleting() throws -> [(ObjectKey, JSONValue)] {
    var out: [(ObjectKey, JSONValue)] = []
    try db.query("SELECT resource, namespace, name, body FROM objects WHERE deleting = 1") { row in
      let body = try row.withBytes(3) { try JSONParser.parse(bytes: $0) }
      out.append((ObjectKey(resource: row.text(0), namespace: row.text(1), name: row.text(2)), body))
    }
    guard let overlay else { return out }
    out.removeAll { overlay.entry($0.0) != nil }
    for key in overlay.deleting.sorted(by: { ($0.resource, $0.namespace, $0.name) < ($1.resource, $1.namespace, $1.name) }) {
      if case .present(let o)? = overlay.entry(key) { out.append((key, o)) }
    }
    return out
  }

  /// Owner uids referenced by some object.
  func referencedOwners() throws -> [String] {
    guard let overlay else {
      var out: [String] = []
      try db.query("SELECT DISTINCT owner_uid FROM owners") { out.append($0.text(0)) }
      return out
    }
    var uids = Set(overlay.dependents.filter { !$0.value.isEmpty }.keys)
    try db.query("SELECT owner_uid, resource, namespace, name FROM owners") {
      if overlay.entry(ObjectKey(resource: $0.text(1), namespace: $0.text(2), name: $0.text(3))) == nil { uids.insert($0.text(0)) }
    }
    return uids.sorted()
  }

  /// How many objects live in `namespace`.
  func count(inNamespace namespace: String) throws -> Int {
    if overlay != nil { return try keys(inNamespace: namespace).count }
    var n: Int64 = 0
    try db.query("SELECT count(*) FROM objects WHERE namespace = ?", [.text(namespace)]) { n = $0.int(0) }
    return Int(n)
  }

  func keys(inNamespace namespace: String) throws -> [ObjectKey] {
    var out: [ObjectKey] = []
    try db.query("SELECT resource, namespace, name FROM objects WHERE namespace = ?", [.text(namespace)]) {
      out.append(ObjectKey(resource: $0.text(0), namespace: $0.text(1), name: $0.text(2)))
    }
    guard let overlay else { return out }
    out.removeAll { overlay.entry($0) != nil }
    for (key, entry) in overlay.entries where key.namespace == namespace {
      if case .present = entry { out.append(key) }
    }
    return out
  }

  /// Every change after `resourceVersion` (any resource), oldest first, with its time.
  func allChanges(after resourceVersion: Int64) throws -> [(Change, Double)] {
    if let overlay, resourceVersion >= overlay.baseResourceVersion {
      return overlay.changes(after: resourceVersion).map { ($0.change, $0.at) }
    }
    var out: [(Change, Double)] = []
    try db.query(
      "SELECT rv, type, resource, namespace, name, body, at FROM changes WHERE rv > ? ORDER BY rv", [.int(resourceVersion)]
    ) { row in
      let body = try row.withBytes(5) { try JSONParser.parse(bytes: $0) }
      let change = Change(
        resourceVersion: row.int(0), type: WatchEvent.EventType(rawValue: row.text(1)) ?? .modified,
        key: ObjectKey(resource: row.text(2), namespace: row.text(3), name: row.text(4)), object: body)
      out.append((change, row.double(6)))
    }
    if let overlay { out += overlay.changes(after: overlay.baseResourceVersion).map { ($0.change, $0.at) } }
    return out
  }

  /// Changes of `resource` after `resourceVersion`, oldest first, at most `limit`.
  func changes(resource: String, after resourceVersion: Int64, limit: Int = 1000) throws -> [Change] {
    var out: [Change] = []
    try db.query(
      "SELECT rv, type, namespace, name, body FROM changes WHERE resource = ? AND rv > ? ORDER BY rv LIMIT ?",
      [.text(resource), .int(resourceVersion), .int(Int64(limit))]
    ) { row in
      let body = try row.withBytes(4) { try JSONParser.parse(bytes: $0) }
      out.append(
        Change(
          resourceVersion: row.int(0), type: WatchEvent.EventType(rawValue: row.text(1)) ?? .modified,
          key: ObjectKey(resource: resource, namespace: row.text(2), name: row.text(3)), object: body))
    }
    if let overlay, out.count < limit {
      for c in overlay.changes(after: max(resourceVersion, overlay.baseResourceVersion)) where c.change.key.resource == resource {
        out.append(c.change)
        if out.count >= limit { break }
      }
    }
    return out
  }

  /// A row of (rv, body), parsed once per version.
  private func decodeVersioned(_ row: Row) throws -> JSONValue {
    guard cachesParsedObjects else { return try row.withBytes(1) { try JSONParser.parse(bytes: $0) } }
    let rv = row.int(0)
    if let v = parsed[rv] { return v }
    let v = try row.withBytes(1) { try JSONParser.parse(bytes: $0) }
    if parsed.count >= Self.parsedCapacity { parsed.removeAll(keepingCapacity: true) }
    parsed[rv] = v
    return v
  }


  // MARK: writes

  /// Stores `object` under `key` with a new resourceVersion (written into its metadata), logs
  /// the change, and returns the stored object.
  @discardableResult
  func put(_ key: ObjectKey, _ object: JSONValue, type: WatchEvent.EventType) throws -> JSONValue {
    try leaseWrite(key)
    if let overlay { return overlay.write(key, object, type: type, at: changeTime) }
    let rv = try nextResourceVersion()
    var obj = object
    obj[path: ["metadata", "resourceVersion"]] = .string(String(rv))
    let body = JSONWriter.unorderedBytes(obj)
    try db.query(
      "INSERT OR REPLACE INTO objects(resource, namespace, name, uid, deleting, rv, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [
        .text(key.resource), .text(key.namespace), .text(key.name),
        .text(obj["metadata"]?["uid"]?.stringValue ?? ""),
        .int(obj["metadata"]?["deletionTimestamp"] == nil ? 0 : 1), .int(rv), .blob(body),
      ])
    try db.query(
      "DELETE FROM owners WHERE resource = ? AND namespace = ? AND name = ?",
      [.text(key.resource), .text(key.namespace), .text(key.name)])
    for ref in obj["metadata"]?["ownerReferences"]?.arrayValue ?? [] {
      guard let uid = ref["uid"]?.stringValue else { continue }
      try db.query(
        "INSERT OR IGNORE INTO owners VALUES (?, ?, ?, ?)",
        [.text(uid), .text(key.resource), .text(key.namespace), .text(key.name)])
    }
    try log(rv: rv, type: type, key: key, body: body)
    return obj
  }

  /// Removes the object under `key`, logging a DELETED change carrying its last state.
  func remove(_ key: ObjectKey, lastState: JSONValue) throws {
    try leaseRemove(key)
    if let overlay { return overlay.remove(key, lastState: lastState, at: changeTime) }
    let rv = try nextResourceVersion()
    var obj = lastState
    obj[path: ["metadata", "resourceVersion"]] = .string(String(rv))
    try db.query(
      "DELETE FROM objects WHERE resource = ? AND namespace = ? AND name = ?",
      [.text(key.resource), .text(key.namespace), .text(key.name)])
    try db.query(
      "DELETE FROM owners WHERE resource = ? AND namespace = ? AND name = ?",
      [.text(key.resource), .text(key.namespace), .text(key.name)])
    try log(rv: rv, type: .deleted, key: key, body: JSONWriter.unorderedBytes(obj))
  }

  private func log(rv: Int64, type: WatchEvent.EventType, key: ObjectKey, body: [UInt8]) throws {
    try db.query(
      "INSERT INTO changes(rv, type, resource, namespace, name, body, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [
        .int(rv), .text(type.rawValue), .text(key.resource), .text(key.namespace), .text(key.name), .blob(body),
        .double(changeTime),
      ])
    // Compact in batches so that the log stays bounded.
    if rv % max(1, min(512, retainedChanges / 4)) == 0 {
      let cutoff = rv - retainedChanges
      if cutoff > 0 {
        try db.query("DELETE FROM changes WHERE rv <= ?", [.int(cutoff)])
        try db.query("UPDATE meta SET value = max(value, ?) WHERE key = 'compacted'", [.int(cutoff)])
      }
    }
  }
}
