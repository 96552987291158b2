import FluidKit
import FluidModel

/// One object a command acts on.
struct ObjectTarget {
  var descriptor: ResourceDescriptor
  /// nil for cluster-scoped kinds.
  var namespace: String?
  var name: String
}

/// The objects `delete`, `label`, `annotate` and `patch` act on: `KIND NAME...`, `KIND/NAME...`,
/// or every object of the kinds with `-l SELECTOR` or `--all` (in every namespace with `-A`).
enum ObjectTargets {
  /// `hint` ends kubectl's "no name was specified" error (delete adds how to act on several).
  static func resolve(
    _ resources: [String], selector: String?, all: Bool, globals: GlobalOptions, ctx: CommandContext,
    client: any ClusterClient, hint: String = ""
  ) async throws -> [ObjectTarget] {
    let selection = try ResourceSelection.parse(resources, registry: ctx.registry)
    let labelSelector = try selector.map { try LabelSelector(parsing: $0) }
    var out: [ObjectTarget] = []
    for (d, names) in selection.entries {
      if names.isEmpty {
        guard selector != nil || all else {
          throw FluidError.usage("resource(s) were provided, but no name was specified" + hint)
        }
        let listed = try await client.listAll(d, namespace: d.namespaced ? globals.listNamespace(client) : nil, options: ListOptions(labelSelector: labelSelector))
        for item in listed.items {
          out.append(ObjectTarget(descriptor: d, namespace: item["metadata"]?["namespace"]?.stringValue, name: item["metadata"]?["name"]?.stringValue ?? ""))
        }
      } else {
        if selector != nil || all { throw FluidError.usage("names cannot be provided when a selector or --all is specified") }
        let ns = d.namespaced ? globals.effectiveNamespace(client) : nil
        out += names.map { ObjectTarget(descriptor: d, namespace: ns, name: $0) }
      }
    }
    return out
  }
}
