import FluidKit
import FluidModel

/// What `get`/`describe`/`delete` arguments name: kinds, each with the names asked for
/// (empty: every object). Accepts `KIND [NAME...]`, `KIND1,KIND2`, a category (`fluid`) and
/// `KIND/NAME ...`.
struct ResourceSelection {
  var entries: [(descriptor: ResourceDescriptor, names: [String])]
  /// Several kinds: tables show `kind.group/name`.
  var multipleKinds: Bool

  static func parse(_ args: [String], registry: ResourceRegistry) throws -> ResourceSelection {
    guard let first = args.first else {
      throw FluidError.usage("You must specify the type of resource to get. Use \"fluidctl api-resources\" style names such as: datasets, alluxioruntimes, dataloads, fluid")
    }
    if first.contains("/") {
      var entries: [(ResourceDescriptor, [String])] = []
      for a in args {
        let parts = a.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else {
          throw FluidError.usage("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'fluidctl get dataset/demo' instead of 'fluidctl get dataset demo')")
        }
        let d = try resolveOne(parts[0], registry)
        if let i = entries.firstIndex(where: { $0.0 == d }) {
          entries[i].1.append(parts[1])
        } else {
          entries.append((d, [parts[1]]))
        }
      }
      return ResourceSelection(entries: entries, multipleKinds: entries.count > 1)
    }
    let names = Array(args.dropFirst())
    if names.contains(where: \.isEmpty) { throw FluidError.usage("resource name may not be empty") }
    var kinds: [ResourceDescriptor] = []
    var usedCategory = false
    for k in first.split(separator: ",").map(String.init) {
      if let d = registry.resolve(k) {
        kinds.append(d)
      } else if !registry.category(k).isEmpty {
        kinds += registry.category(k)
        usedCategory = true
      } else {
        throw FluidError.unknownResource(k)
      }
    }
    if names.contains(where: { $0.contains("/") }) {
      throw FluidError.usage("arguments in resource/name form must have a single resource and name")
    }
    return ResourceSelection(entries: kinds.map { ($0, names) }, multipleKinds: kinds.count > 1 || usedCategory)
  }

  static func resolveOne(_ k: String, _ registry: ResourceRegistry) throws -> ResourceDescriptor {
    guard let d = registry.resolve(k) else { throw FluidError.unknownResource(k) }
    return d
  }
}

extension GlobalOptions {
  /// The namespace requests use: `-n`, else the kubeconfig context's (or in-cluster) namespace,
  /// else `default`.
  func effectiveNamespace(_ client: any ClusterClient) -> String { namespace ?? client.defaultNamespace ?? "default" }
  /// nil with `-A` (all namespaces).
  func listNamespace(_ client: any ClusterClient) -> String? { allNamespaces ? nil : effectiveNamespace(client) }
}
