import FluidModel
import Foundation

/// The data plane's transfers (see `Transfer`), one row per loader pod.
extension ObjectStore {
  static let transfersTable = """
    CREATE TABLE IF NOT EXISTS transfers(
      key TEXT PRIMARY KEY, target REAL NOT NULL, loaded REAL NOT NULL, rate REAL NOT NULL,
      updated_at REAL NOT NULL, started_at REAL NOT NULL, finished_at REAL, ufs_down_since REAL) WITHOUT ROWID;
    """

  private static let transferColumns = "target, loaded, rate, updated_at, started_at, finished_at, ufs_down_since"

  /// A transfer from a row whose first columns are `transferColumns`.
  private static func transfer(_ row: Row) -> Transfer {
    Transfer(
      targetBytes: row.double(0), loadedBytes: row.double(1), rate: row.double(2), updatedAt: row.double(3), startedAt: row.double(4),
      finishedAt: row.optionalDouble(5), ufsDownSince: row.optionalDouble(6))
  }

  /// Every stored transfer by key.
  func transfers() throws -> [String: Transfer] {
    var out: [String: Transfer] = [:]
    try db.query("SELECT \(Self.transferColumns), key FROM transfers") { row in out[row.text(7)] = Self.transfer(row) }
    return out
  }

  /// The stored transfer of one loader pod (`namespace/name`).
  func transfer(_ key: String) throws -> Transfer? {
    var out: Transfer?
    try db.query("SELECT \(Self.transferColumns) FROM transfers WHERE key = ?", [.text(key)]) { row in out = Self.transfer(row) }
    return out
  }

  /// Writes `changed` (nil: removed) in key order.
  func saveTransfers(_ changed: [String: Transfer?]) throws {
    for key in changed.keys.sorted() {
      guard let t = changed[key] ?? nil else {
        try db.query("DELETE FROM transfers WHERE key = ?", [.text(key)])
        continue
      }
      try db.query(
        "INSERT OR REPLACE INTO transfers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .text(key), .double(t.targetBytes), .double(t.loadedBytes), .double(t.rate), .double(t.updatedAt), .double(t.startedAt),
          t.finishedAt.map { .double($0) } ?? .null, t.ufsDownSince.map { .double($0) } ?? .null,
        ])
    }
  }
}

extension EmbeddedCluster {
  /// The data plane's transfer of a loader pod, as stored (nil when there is none).
  public func transfer(namespace: String, ofLoad name: String) throws -> Transfer? {
    try locked { try store.db.readTransaction { try store.transfer(Transfer.loaderKey(ofLoad: name, namespace: namespace)) } }
  }
}
