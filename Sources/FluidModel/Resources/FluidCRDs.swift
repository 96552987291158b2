import Foundation

/// The data.fluid.io kinds fluidctl knows, generated from Fluid's CRDs (see
/// `FluidCRDs.generated.swift`), and their schemas, parsed on first use.
public enum FluidCRDs {
  private static let cache = SchemaCache()

  /// The openAPIV3Schema of a data.fluid.io kind by plural name, or nil for an unknown plural.
  /// Parsed once per process on first use; thread-safe.
  public static func schema(plural: String) -> JSONValue? { cache.schema(plural) }

  /// The CustomResourceDefinition of a data.fluid.io kind, as `fluidctl crds install` writes
  /// it: names, scope, the served version with its schema (descriptions left out),
  /// subresources and printer columns.
  public static func definition(for d: ResourceDescriptor) -> JSONValue? {
    guard d.group == "data.fluid.io", let schema = schema(plural: d.plural) else { return nil }
    var names: JSONValue = [
      "kind": .string(d.kind), "listKind": .string(d.listKind), "plural": .string(d.plural), "singular": .string(d.singular),
    ]
    if !d.shortNames.isEmpty { names["shortNames"] = .array(d.shortNames.map { .string($0) }) }
    if !d.categories.isEmpty { names["categories"] = .array(d.categories.map { .string($0) }) }
    var version: JSONValue = [
      "name": .string(d.version), "served": true, "storage": true, "schema": ["openAPIV3Schema": schema],
    ]
    var subresources = JSONObject()
    if d.hasStatus { subresources["status"] = [:] }
    if let s = d.scale {
      var scale: JSONValue = ["specReplicasPath": .string(s.specReplicasPath), "statusReplicasPath": .string(s.statusReplicasPath)]
      if let l = s.labelSelectorPath { scale["labelSelectorPath"] = .string(l) }
      subresources["scale"] = scale
    }
    if !subresources.isEmpty { version["subresources"] = .object(subresources) }
    let columns: [JSONValue] = d.printerColumns.map { c in
      var o: JSONValue = ["name": .string(c.name), "type": .string(c.type), "jsonPath": .string(c.jsonPath)]
      if c.priority != 0 { o["priority"] = .int(Int64(c.priority)) }
      if let f = c.format { o["format"] = .string(f) }
      return o
    }
    if !columns.isEmpty { version["additionalPrinterColumns"] = .array(columns) }
    return [
      "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
      "metadata": ["name": .string(d.qualifiedPlural)],
      "spec": [
        "group": .string(d.group), "names": names, "scope": .string(d.namespaced ? "Namespaced" : "Cluster"),
        "versions": [version],
      ],
    ]
  }
}

private final class SchemaCache: @unchecked Sendable {
  private let lock = NSLock()
  private var parsed: [String: JSONValue] = [:]

  func schema(_ plural: String) -> JSONValue? {
    lock.lock()
    defer { lock.unlock() }
    if let s = parsed[plural] { return s }
    guard let src = FluidCRDs.schemaSources[plural], let v = try? JSONParser.parse(src, maxDepth: 10_000) else {
      return nil
    }
    parsed[plural] = v
    return v
  }
}
