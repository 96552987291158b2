import FluidKit
import FluidModel

/// `apply --prune`: after an apply, deletes the objects that match the selector, were applied
/// before by the same field manager, and are no longer in the applied files.
///
/// Safety, as kubectl's: a selector (`-l`) or `--all` is required; only the namespaces the
/// applied objects live in are searched (and cluster-scoped kinds); only the allow-listed kinds
/// are considered (Fluid's kinds, ConfigMaps and Secrets unless `--prune-allowlist` says
/// otherwise); and an object is pruned only when its managedFields show an `Apply` by this
/// field manager: server-side apply's record that this apply once wrote it (kubectl's legacy
/// prune reads its last-applied annotation for the same purpose).
struct ApplyPrune {
  let client: any ClusterClient
  let selector: LabelSelector?
  let fieldManager: String
  let kinds: [ResourceDescriptor]

  /// The default allow list: every Fluid kind, ConfigMaps and Secrets.
  static func defaultKinds(_ registry: ResourceRegistry) -> [ResourceDescriptor] {
    registry.descriptors.filter { $0.group == "data.fluid.io" || ($0.group.isEmpty && ["ConfigMap", "Secret"].contains($0.kind)) }
  }

  /// `--prune-allowlist` entries (`group/version/Kind`, `core/v1/ConfigMap` for the core group).
  static func kinds(_ entries: [String], _ registry: ResourceRegistry) throws -> [ResourceDescriptor] {
    try entries.map { entry in
      let parts = entry.split(separator: "/").map(String.init)
      guard parts.count == 3 else { throw FluidError.usage("invalid --prune-allowlist \"\(entry)\": use GROUP/VERSION/KIND, e.g. core/v1/ConfigMap") }
      let apiVersion = parts[0] == "core" ? parts[1] : "\(parts[0])/\(parts[1])"
      guard let d = registry.resolve(apiVersion: apiVersion, kind: parts[2]) else { throw FluidError.unknownResource(entry) }
      return d
    }
  }

  /// The objects to prune: those not in `applied` (kind, namespace, name), in `namespaces`.
  func candidates(applied: Set<String>, namespaces: Set<String>) async throws -> [ObjectTarget] {
    var out: [ObjectTarget] = []
    for d in kinds {
      let scopes: [String?] = d.namespaced ? namespaces.sorted().map { $0 } : [nil]
      for ns in scopes {
        let items = try await client.listAll(d, namespace: ns, options: ListOptions(labelSelector: selector)).items
        for item in items {
          let name = item["metadata"]?["name"]?.stringValue ?? ""
          let namespace = item["metadata"]?["namespace"]?.stringValue
          guard !applied.contains(Self.key(d, namespace, name)), appliedByThisManager(item),
            item["metadata"]?["deletionTimestamp"] == nil
          else { continue }
          out.append(ObjectTarget(descriptor: d, namespace: namespace, name: name))
        }
      }
    }
    return out
  }

  func appliedByThisManager(_ obj: JSONValue) -> Bool {
    (obj["metadata"]?["managedFields"]?.arrayValue ?? []).contains {
      $0["manager"]?.stringValue == fieldManager && $0["operation"]?.stringValue == "Apply"
    }
  }

  static func key(_ d: ResourceDescriptor, _ namespace: String?, _ name: String) -> String {
    "\(d.qualifiedPlural)/\(namespace ?? "")/\(name)"
  }
}
