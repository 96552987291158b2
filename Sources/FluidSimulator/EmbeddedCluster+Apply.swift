import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  /// Server-side apply: creates the object when absent; otherwise merges the applied
  /// configuration into the live object (objects key by key, lists atomically), and removes the
  /// fields this manager applied last time but no longer applies. Applying the same
  /// configuration again stores nothing and reports `unchanged`.
  public func apply(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: ApplyOptions) async throws
    -> ApplyResult
  {
    try locked {
      try store.writeTransaction {
        var config = object
        try checkTypeMeta(r, &config)
        config["status"] = nil
        let name = config["metadata"]?["name"]?.stringValue ?? ""
        let errors = ObjectMetaValidation.applyErrors(config["metadata"])
        if !errors.isEmpty { throw FluidError.api(.invalid(r, name, errors)) }
        let ns = r.namespaced ? (config["metadata"]?["namespace"]?.stringValue ?? namespace ?? "default") : ""
        let k = ObjectKey(resource: r.qualifiedPlural, namespace: ns, name: name)
        let manager = options.write.fieldManager
        guard let existing = try store.get(k) else {
          let created = try createLocked(r, namespace, config, options.write, operation: "Apply", appliedConfig: config)
          return ApplyResult(object: created, outcome: .created)
        }
        var base = existing
        let newPaths = Set(ManagedFields.paths(of: config))
        let oldPaths = ManagedFields.applied(by: manager, in: existing)
        for old in oldPaths where !newPaths.contains(old) {
          base[path: old] = nil
        }
        var candidate = Self.applyMerge(config, into: base)
        if r.hasStatus { candidate["status"] = existing["status"] }
        candidate[path: ["metadata", "resourceVersion"]] = existing["metadata"]?["resourceVersion"]
        if Set(oldPaths) != newPaths {
          // A changed field set is a change of ownership even when values stay: record it.
          candidate = ManagedFields.record(
            candidate, manager: manager, operation: "Apply", apiVersion: r.apiVersion, time: try nowText(),
            fieldsOf: config)
        }
        let result = try commit(
          r, k, existing: existing, candidate: candidate, options: options.write, operation: "Apply", appliedConfig: config)
        return ApplyResult(object: result, outcome: result == existing ? .unchanged : .configured)
      }
    }
  }

  /// Merges an applied configuration into a live object: objects merge recursively; scalars
  /// and lists (atomic) replace.
  static func applyMerge(_ config: JSONValue, into live: JSONValue) -> JSONValue {
    guard case .object(let c) = config, case .object(var l) = live else { return config }
    for (k, v) in c { l[k] = applyMerge(v, into: l[k] ?? .null) }
    return .object(l)
  }
}
