public import FluidModel

/// Strategic merge patch (`kubectl patch --type strategic`, the default for built-in kinds):
/// a merge patch whose lists of objects merge by their patch merge key (containers by `name`,
/// volume mounts by `mountPath`...), with the `$patch: delete|replace` directives and
/// `$deleteFromPrimitiveList/` for sets of strings. Lists without a merge key are replaced, as
/// upstream. The merge keys are upstream's `patchMergeKey` tags for the fields the built-in
/// kinds fluidctl serves carry; `$retainKeys` and `$setElementOrder` are accepted and ignored
/// (they only order or prune what the patch already names).
public enum StrategicMergePatch {
  /// Lists of objects that merge element by element, and the key that identifies an element.
  static let mergeKeys: [String: String] = [
    "containers": "name", "initContainers": "name", "ephemeralContainers": "name", "env": "name",
    "volumes": "name", "volumeMounts": "mountPath", "volumeDevices": "devicePath", "ports": "containerPort",
    "conditions": "type", "imagePullSecrets": "name", "ownerReferences": "uid", "hostAliases": "ip",
    "topologySpreadConstraints": "topologyKey", "addresses": "type", "taints": "key", "secrets": "name",
    "resourceClaims": "name", "readinessGates": "conditionType",
  ]
  /// Lists of strings that merge as sets.
  static let mergedSets: Set<String> = ["finalizers"]

  public static func apply(_ patch: JSONValue, to target: JSONValue) throws -> JSONValue {
    guard case .object(var p) = patch else { return patch }
    if p["$patch"]?.stringValue == "replace" {
      p["$patch"] = nil
      return .object(p.filter { !$0.key.hasPrefix("$") })
    }
    if p["$patch"]?.stringValue == "delete" { return .null }
    var t = target.objectValue ?? [:]
    for (k, v) in p {
      if k.hasPrefix("$deleteFromPrimitiveList/") {
        let field = String(k.dropFirst("$deleteFromPrimitiveList/".count))
        let remove = v.arrayValue ?? []
        if let list = t[field]?.arrayValue { t[field] = .array(list.filter { !remove.contains($0) }) }
        continue
      }
      if k.hasPrefix("$") { continue }
      if v.isNull {
        t[k] = nil
      } else if case .array(let items) = v, let key = mergeKeys[k] {
        t[k] = .array(try mergeList(t[k]?.arrayValue ?? [], items, key: key))
      } else if case .array(let items) = v, mergedSets.contains(k) {
        var list = t[k]?.arrayValue ?? []
        for i in items where !list.contains(i) { list.append(i) }
        t[k] = .array(list)
      } else if case .object = v {
        let merged = try apply(v, to: t[k] ?? .null)
        t[k] = merged.isNull ? nil : merged
      } else {
        t[k] = v
      }
    }
    return .object(t)
  }

  static func mergeList(_ current: [JSONValue], _ patch: [JSONValue], key: String) throws -> [JSONValue] {
    var out = current
    for item in patch {
      if item["$patch"]?.stringValue == "replace" {
        return patch.filter { $0["$patch"] == nil }
      }
      guard let id = item[key] else {
        throw FluidError.api(.badRequest("map: \(JSONWriter.compact(item)) does not contain declared merge key: \(key)"))
      }
      let index = out.firstIndex { $0[key] == id }
      if item["$patch"]?.stringValue == "delete" {
        if let index { out.remove(at: index) }
        continue
      }
      if let index {
        out[index] = try apply(item, to: out[index])
      } else {
        out.append(try apply(item, to: .object([:])))
      }
    }
    return out
  }
}
