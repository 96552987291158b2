import FluidKit
import Foundation

/// What makes a file a fluidctl state, and the checks that keep fluidctl off every other file.
///
/// A state is an SQLite database whose header carries fluidctl's application id and, as its
/// user version, the schema version it was written with. fluidctl opens only such files (or a
/// path where nothing exists yet), never through a symbolic link, and refuses a schema newer
/// than its own. States written before the identifier existed (their tables are fluidctl's:
/// `meta` with a `schema` row, `objects`, `sim`) are recognised and stamped.
enum StateFile {
  /// `PRAGMA application_id`: "Flud".
  static let applicationID: Int64 = 0x466C_7564
  /// The schema version this fluidctl writes (`PRAGMA user_version`).
  static let schemaVersion: Int64 = 1

  /// Checks `path` before SQLite opens it: nothing there, or a regular file (not a symbolic link)
  /// that is empty or starts with SQLite's header.
  static func checkBeforeOpening(_ path: String) throws {
    var st = stat()
    guard lstat(path, &st) == 0 else { return }  // nothing there: a new state
    if (st.st_mode & S_IFMT) == S_IFLNK {
      throw FluidError.usage("\(path) is a symbolic link; fluidctl opens and writes a state file only at its real path")
    }
    guard (st.st_mode & S_IFMT) == S_IFREG else { throw FluidError.usage("\(path) is not a regular file, so not a fluidctl state; fluidctl leaves it alone") }
    guard st.st_size > 0 else { return }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw FluidError.local("cannot read the state file \(path)") }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    guard header == Data("SQLite format 3\0".utf8) else {
      throw FluidError.usage("\(path) is not a fluidctl state (not an SQLite database); fluidctl leaves it alone")
    }
  }

  /// After opening and before writing anything: whether `db` is fluidctl's (or empty). Returns
  /// true when the state must be stamped with the identifier (new, or written before it existed).
  static func checkIdentity(_ db: SQLiteDatabase, path: String) throws -> Bool {
    var appID: Int64 = 0
    var version: Int64 = 0
    var tables: Set<String> = []
    do {
      try db.query("PRAGMA application_id") { appID = $0.int(0) }
      try db.query("PRAGMA user_version") { version = $0.int(0) }
      try db.query("SELECT name FROM sqlite_master WHERE type = 'table'") { tables.insert($0.text(0)) }
    } catch {
      throw FluidError.usage("\(path) is not a fluidctl state (\(error)); fluidctl leaves it alone")
    }
    if appID == applicationID {
      guard version <= schemaVersion else {
        throw FluidError.usage(
          "\(path) was written by a newer fluidctl (state schema \(version); this fluidctl reads up to \(schemaVersion)): upgrade fluidctl, or use another --sim-state")
      }
      return version < schemaVersion
    }
    guard appID == 0 else {
      throw FluidError.usage("\(path) is an SQLite database of another application (application id \(appID)), not a fluidctl state; fluidctl leaves it alone")
    }
    if tables.isEmpty { return true }
    if ["meta", "objects", "sim"].allSatisfy(tables.contains), try isLegacyState(db) { return true }
    throw FluidError.usage("\(path) is an SQLite database of another application, not a fluidctl state; fluidctl leaves it alone")
  }

  private static func isLegacyState(_ db: SQLiteDatabase) throws -> Bool {
    var found = false
    try? db.query("SELECT 1 FROM meta WHERE key = 'schema'") { _ in found = true }
    return found
  }

  /// Whether the regular file at `path` is a fluidctl state (opened read-only, nothing written).
  static func isState(_ path: String) throws -> Bool {
    let db = try SQLiteDatabase(path: path, readOnly: true)
    guard (try? checkIdentity(db, path: path)) != nil else { return false }
    var tables = 0
    try? db.query("SELECT count(*) FROM sqlite_master WHERE type = 'table'") { tables = Int($0.int(0)) }
    return tables > 0
  }

  /// Writes the identifier and schema version (inside the caller's write transaction).
  static func stamp(_ db: SQLiteDatabase) throws {
    try db.execute("PRAGMA application_id = \(applicationID); PRAGMA user_version = \(schemaVersion)")
  }
}
