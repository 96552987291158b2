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

  /// The FieldsV1 form of `paths(of: value)` (`{"f:spec":{"f:replicas":{}}}`), built in one walk
  /// of the value.
  static func fieldsV1(of value: JSONValue) -> JSONValue {
    enum Level { case root, metadata, other }
    func walk(_ v: JSONValue, _ level: Level) -> JSONValue? {
      guard case .object(let o) = v, !o.isEmpty else { return .object([:]) }
      var out = JSONObject()
      for (k, child) in o {
        switch level {
        case .root where k == "apiVersion" || k == "kind" || k == "status": continue
        case .metadata where k != "labels" && k != "annotations" && k != "finalizers" && k != "ownerReferences": continue
        default: break
        }
        let next: Level = level == .root && k == "metadata" ? .metadata : .other
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
    unchangedSince previous: JSONValue? = nil
  ) -> JSONValue {
    let all = object["metadata"]?["managedFields"]?.arrayValue ?? []
    func isMine(_ e: JSONValue) -> Bool { e["manager"]?.stringValue == manager && e["operation"]?.stringValue == operation }
    var entries = all.filter { !isMine($0) }
    let known = previous.flatMap { p in (p["metadata"]?["managedFields"]?.arrayValue ?? []).first(where: isMine)?["fieldsV1"] }
    entries.append([
      "manager": .string(manager), "operation": .string(operation), "apiVersion": .string(apiVersion),
      "time": .string(time), "fieldsType": "FieldsV1", "fieldsV1": known ?? fieldsV1(of: fieldsOf ?? object),
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
