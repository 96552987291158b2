import Foundation
import FluidModel

/// `metadata.managedFields`: which field manager set which fields (FieldsV1 format:
/// `{"f:spec":{"f:replicas":{}}}`). Lists are atomic: a list is one field.
enum ManagedFields {
  /// The leaf field paths of `value`, skipping type meta, identity and status.
  static func paths(of value: JSONValue) -> [[String]] {
    var out: [[String]] = []
    func walk(_ v: JSONValue, _ prefix: [String]) {
      if case .object(let o) = v, !o.isEmpty {
        for (k, child) in o {
          if prefix.isEmpty, ["apiVersion", "kind", "status"].contains(k) { continue }
          if prefix == ["metadata"], !["labels", "annotations", "finalizers", "ownerReferences"].contains(k) { continue }
          walk(child, prefix + [k])
        }
      } else if !prefix.isEmpty {
        out.append(prefix)
      }
    }
    walk(value, [])
    return out
  }

  /// Whether `a` and `b` have the same field paths (`paths(of:)`): the same keys in every
  /// non-empty object, whatever the leaf values are; nil only matches nil.
  static func sameShape(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    switch (a, b) {
    case (.object(let x), .object(let y)) where !x.isEmpty || !y.isEmpty:
      guard x.count == y.count else { return false }
      for (k, v) in x {
        guard let w = y[k], sameShape(v, w) else { return false }
      }
      return true
    case (.object(let x), _) where !x.isEmpty: return false
    case (_, .object(let y)) where !y.isEmpty: return false
    default: return true
    }
  }

  /// Where a key sits for managedFields: type meta, identity and status are not fields; of
  /// metadata only labels, annotations, finalizers and owner references are.
  enum FieldLevel {
    case root, metadata, other

    /// The level of `key`'s value, or nil when `key` is not a field here.
    func child(_ key: String) -> FieldLevel? {
      switch self {
      case .root:
        if key == "apiVersion" || key == "kind" || key == "status" { return nil }
        return key == "metadata" ? .metadata : .other
      case .metadata:
        return key == "labels" || key == "annotations" || key == "finalizers" || key == "ownerReferences" ? .other : nil
      case .other:
        return .other
      }
    }
  }

  /// The FieldsV1 form of `paths(of: value)` (`{"f:spec":{"f:replicas":{}}}`), built in one walk
  /// of the value.
  static func fieldsV1(of value: JSONValue) -> JSONValue {
    func walk(_ v: JSONValue, _ level: FieldLevel) -> JSONValue? {
      guard case .object(let o) = v, !o.isEmpty else { return .object([:]) }
      var out = JSONObject()
      for (k, child) in o {
        guard let next = level.child(k) else { continue }
        if let f = walk(child, next) { out["f:" + k] = f }
      }
      if out.isEmpty { return level == .root ? .object([:]) : nil }
      return .object(out)
    }
    return walk(value, .root) ?? .object([:])
  }

  static func decode(_ fields: JSONValue) -> [[String]] {
    var out: [[String]] = []
    func walk(_ v: JSONValue, _ prefix: [String]) {
      guard case .object(let o) = v else { return }
      let children = o.filter { $0.key.hasPrefix("f:") }
      if children.isEmpty {
        if !prefix.isEmpty { out.append(prefix) }
        return
      }
      for (k, c) in children { walk(c, prefix + [String(k.dropFirst(2))]) }
    }
    walk(fields, [])
    return out
  }

  /// `object` with the entry of (`manager`, `operation`) set to the fields of `fieldsOf`
  /// (the object itself when nil). `unchangedSince`: a version whose fields are the same as
  /// `object`'s, so that an entry of that version can be kept.
  static func record(
    _ object: JSONValue, manager: String, operation: String, apiVersion: String, time: String, fieldsOf: JSONValue? = nil,
    unchangedSince previous: JSONValue? = nil, interner: FieldsV1Interner? = nil
  ) -> JSONValue {
    let all = object["metadata"]?["managedFields"]?.arrayValue ?? []
    func isMine(_ e: JSONValue) -> Bool { e["manager"]?.stringValue == manager && e["operation"]?.stringValue == operation }
    var entries = all.filter { !isMine($0) }
    let known = previous.flatMap { p in (p["metadata"]?["managedFields"]?.arrayValue ?? []).first(where: isMine)?["fieldsV1"] }
    entries.append([
      "manager": .string(manager), "operation": .string(operation), "apiVersion": .string(apiVersion),
      "time": .string(time), "fieldsType": "FieldsV1",
      "fieldsV1": known ?? interner?.fieldsV1(of: fieldsOf ?? object) ?? fieldsV1(of: fieldsOf ?? object),
    ])
    var o = object
    o[path: ["metadata", "managedFields"]] = .array(entries)
    return o
  }

  /// The fields last applied by `manager`, or empty.
  static func applied(by manager: String, in object: JSONValue) -> [[String]] {
    guard
      let entry = (object["metadata"]?["managedFields"]?.arrayValue ?? []).first(where: {
        $0["manager"]?.stringValue == manager && $0["operation"]?.stringValue == "Apply"
      })
    else { return [] }
    return decode(entry["fieldsV1"] ?? [:])
  }
}

/// Hash-consing of FieldsV1 values: objects of one shape (every loader Job, every loader pod)
/// have equal field sets, and a JSON value shares its storage when copied, so keeping one copy
/// per distinct set saves most of what managedFields cost in memory (about a fifth of a large
/// simulated day's peak). A set is found by a 128-bit hash of the field structure
/// `ManagedFields.fieldsV1` would build, taken in a walk that allocates nothing, so a known
/// shape is not built again. Bounded: it starts over past `limit` distinct sets.
final class FieldsV1Interner: @unchecked Sendable {
  struct ShapeKey: Hashable {
    var a: UInt64
    var b: UInt64
  }

  private let lock = NSLock()
  private var table: [ShapeKey: JSONValue] = [:]
  private let limit: Int

  init(limit: Int = 4096) { self.limit = limit }

  /// `ManagedFields.fieldsV1(of: value)`, shared with every earlier value of the same shape.
  func fieldsV1(of value: JSONValue) -> JSONValue {
    let key = Self.shapeKey(of: value)
    if let known = lock.withLock({ table[key] }) { return known }
    let fields = ManagedFields.fieldsV1(of: value)
    lock.withLock {
      if table.count >= limit { table.removeAll(keepingCapacity: true) }
      table[key] = fields
    }
    return fields
  }

  /// Two FNV-1a hashes (different offsets and primes) of the structure `fieldsV1(of:)` builds:
  /// the same skips and the same omission of empty metadata, each object as its keys and its
  /// children's hashes in order.
  static func shapeKey(of value: JSONValue) -> ShapeKey {
    func mix(_ h: inout ShapeKey, _ byte: UInt8) {
      h.a = (h.a ^ UInt64(byte)) &* 0x100_0000_01b3
      h.b = (h.b ^ UInt64(byte)) &* 0x0000_0100_0000_0193
    }
    func mixWord(_ h: inout ShapeKey, _ v: UInt64) {
      for i in 0..<8 { mix(&h, UInt8(truncatingIfNeeded: v >> (8 * i))) }
    }
    let leaf = ShapeKey(a: 0x1234_5678_9abc_def1, b: 0x0fed_cba9_8765_4321)
    func walk(_ v: JSONValue, _ level: ManagedFields.FieldLevel) -> ShapeKey? {
      guard case .object(let o) = v, !o.isEmpty else { return leaf }
      var h = ShapeKey(a: 0xcbf2_9ce4_8422_2325, b: 0x8422_2325_cbf2_9ce4)
      var any = false
      for (k, child) in o {
        guard let next = level.child(k), let c = walk(child, next) else { continue }
        any = true
        for byte in k.utf8 { mix(&h, byte) }
        mix(&h, UInt8(0))
        mixWord(&h, c.a)
        mixWord(&h, c.b)
      }
      if !any { return level == .root ? leaf : nil }
      return h
    }
    return walk(value, .root) ?? leaf
  }
}
