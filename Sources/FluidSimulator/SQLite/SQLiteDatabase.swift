internal import CSQLite
import FluidKit
import Foundation

/// A failure reported by SQLite, with its result code and message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
  public var code: Int32
  public var message: String
  public var description: String { "SQLite error \(code): \(message)" }
  var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
}

/// One SQLite connection. Not thread-safe: one owner at a time (the `ObjectStore` serialises use).
///
/// Opened with a busy timeout and, after `configureForSharing`, in WAL mode, so several fluidctl
/// processes share one database: readers never block, writers queue. The file is created 0600
/// and never opened through a symbolic link.
final class SQLiteDatabase {
  private var handle: OpaquePointer?
  private var statements: [String: OpaquePointer] = [:]

  /// Opens `path` (creating it, unless `readOnly`).
  init(path: String, busyTimeoutMilliseconds: Int32 = 30_000, readOnly: Bool = false) throws {
    let dir = (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    let dirExists = !dir.isEmpty && FileManager.default.fileExists(atPath: dir, isDirectory: &isFolder)
    if dirExists, !isFolder.boolValue {
      throw FluidError.local("cannot create the folder \(dir) for the embedded cluster state: \(SystemErrorText.posix(ENOTDIR))")
    }
    if !dir.isEmpty, !readOnly, !dirExists {
      do {
        try FileManager.default.createDirectory(
          atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw FluidError.local("cannot create the folder \(dir) for the embedded cluster state: \(SystemErrorText.of(error))")
      }
    }
    try StateFile.checkBeforeOpening(path)
    let existed = FileManager.default.fileExists(atPath: path)
    let old = umask(0o077)
    defer { umask(old) }
    let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
    let rc = sqlite3_open_v2(path, &handle, flags, nil)
    guard rc == SQLITE_OK else {
      let msg = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(handle)
      handle = nil
      throw SQLiteError(code: rc, message: msg)
    }
    if !existed { chmod(path, 0o600) }
    sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
  }

  /// Settings for sharing the state between processes. They change the file (WAL mode), so
  /// they come after `StateFile.checkIdentity`.
  func configureForSharing() throws {
    try execute("PRAGMA journal_mode=WAL")
    try execute("PRAGMA synchronous=NORMAL")
    // A large simulated cluster is a database of a few hundred MB: keep up to 64 MiB of its
    // pages cached (the cache only grows as far as the data needs).
    try execute("PRAGMA cache_size=-65536")
  }

  deinit {
    for (_, s) in statements { sqlite3_finalize(s) }
    sqlite3_close(handle)
  }

  private func error(_ rc: Int32) -> SQLiteError {
    SQLiteError(code: rc, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed")
  }

  /// Runs SQL that returns no rows (may hold several statements).
  func execute(_ sql: String) throws {
    var err: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &err)
    if rc != SQLITE_OK {
      let msg = err.map { String(cString: $0) } ?? "error"
      sqlite3_free(err)
      throw SQLiteError(code: rc, message: msg)
    }
  }

  /// A bindable value.
  enum Value {
    case int(Int64)
    case double(Double)
    case text(String)
    case blob([UInt8])
    case null
  }

  /// Runs one statement (prepared once and cached), calling `row` for each result row.
  func query(_ sql: String, _ args: [Value] = [], row: (Row) throws -> Void = { _ in }) throws {
    let stmt = try prepared(sql)
    defer {
      sqlite3_reset(stmt)
      sqlite3_clear_bindings(stmt)
    }
    for (i, a) in args.enumerated() {
      let idx = Int32(i + 1)
      let rc: Int32
      switch a {
      case .int(let v): rc = sqlite3_bind_int64(stmt, idx, v)
      case .double(let v): rc = sqlite3_bind_double(stmt, idx, v)
      case .text(let s): rc = sqlite3_bind_text(stmt, idx, s, -1, fluid_sqlite_transient())
      case .blob(let b):
        rc = b.withUnsafeBytes { sqlite3_bind_blob(stmt, idx, $0.baseAddress, Int32($0.count), fluid_sqlite_transient()) }
      case .null: rc = sqlite3_bind_null(stmt, idx)
      }
      guard rc == SQLITE_OK else { throw error(rc) }
    }
    while true {
      let rc = sqlite3_step(stmt)
      if rc == SQLITE_DONE { return }
      guard rc == SQLITE_ROW else { throw error(rc) }
      try row(Row(stmt: stmt))
    }
  }

  private func prepared(_ sql: String) throws -> OpaquePointer {
    if let s = statements[sql] { return s }
    var stmt: OpaquePointer?
    let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
    guard rc == SQLITE_OK, let stmt else { throw error(rc) }
    statements[sql] = stmt
    return stmt
  }

  private var depth = 0

  /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`): other writers wait for it, and a
  /// thrown error rolls everything back. Nested calls become savepoints, so a failing inner
  /// step undoes only itself.
  func writeTransaction<T>(_ body: () throws -> T) throws -> T {
    let savepoint = depth > 0 ? "sp\(depth)" : nil
    try execute(savepoint.map { "SAVEPOINT \($0)" } ?? "BEGIN IMMEDIATE")
    depth += 1
    defer { depth -= 1 }
    do {
      let result = try body()
      try execute(savepoint.map { "RELEASE \($0)" } ?? "COMMIT")
      return result
    } catch {
      if let savepoint {
        try? execute("ROLLBACK TO \(savepoint)")
        try? execute("RELEASE \(savepoint)")
      } else {
        try? execute("ROLLBACK")
      }
      throw error
    }
  }

  /// Runs `body` in a read transaction: one consistent snapshot for all its queries (inside a
  /// write transaction, that one).
  func readTransaction<T>(_ body: () throws -> T) throws -> T {
    if depth > 0 { return try body() }
    try execute("BEGIN DEFERRED")
    depth += 1
    defer {
      depth -= 1
      try? execute("COMMIT")
    }
    return try body()
  }

  /// `PRAGMA integrity_check`: "ok" for a sound database.
  func integrityCheck() throws -> String {
    var result = ""
    try query("PRAGMA integrity_check") { result = $0.text(0) }
    return result
  }
}

extension SQLiteDatabase {
  /// Every row of every table, as text in a fixed order (tables by name, rows sorted), with
  /// the header's application id and schema version: two dumps are equal exactly when the
  /// database holds the same data.
  func dump() throws -> String {
    try readTransaction {
      var out = ""
      try query("PRAGMA application_id") { out += "application_id \($0.int(0))\n" }
      try query("PRAGMA user_version") { out += "user_version \($0.int(0))\n" }
      var tables: [String] = []
      try query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") { tables.append($0.text(0)) }
      for table in tables {
        var rows: [String] = []
        try query("SELECT * FROM \"\(table)\"") { row in
          rows.append((0..<row.columnCount).map { row.isNull($0) ? "NULL" : row.withBytes($0) { String(decoding: $0, as: UTF8.self) } }.joined(separator: "|"))
        }
        out += "table \(table) (\(rows.count) rows)\n" + rows.sorted().map { $0 + "\n" }.joined()
      }
      return out
    }
  }
}

/// One result row; valid only inside the `query` callback.
struct Row {
  let stmt: OpaquePointer

  var columnCount: Int32 { sqlite3_column_count(stmt) }
  func int(_ i: Int32) -> Int64 { sqlite3_column_int64(stmt, i) }
  func double(_ i: Int32) -> Double { sqlite3_column_double(stmt, i) }
  func isNull(_ i: Int32) -> Bool { sqlite3_column_type(stmt, i) == SQLITE_NULL }
  func optionalDouble(_ i: Int32) -> Double? { isNull(i) ? nil : double(i) }
  func text(_ i: Int32) -> String {
    guard let p = sqlite3_column_text(stmt, i) else { return "" }
    return String(cString: p)
  }
  /// Calls `body` with the column's bytes without copying them.
  func withBytes<T>(_ i: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
    let n = Int(sqlite3_column_bytes(stmt, i))
    guard let p = sqlite3_column_blob(stmt, i) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
    return try body(UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: n))
  }
}
