/// Resolves what a user types (`dataset`, `datasets`, `ds`, `Dataset`, `datasets.data.fluid.io`,
/// `alluxio`, the category `fluid`) to the kinds it names, with kubectl's matching rules.
public struct ResourceRegistry: Sendable {
  public let descriptors: [ResourceDescriptor]
  private let byQualifiedPlural: [String: ResourceDescriptor]

  public init(descriptors: [ResourceDescriptor]) {
    self.descriptors = descriptors
    byQualifiedPlural = Dictionary(descriptors.map { ($0.qualifiedPlural, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The kind stored under `qualifiedPlural` (`datasets.data.fluid.io`, `pods`).
  public func descriptor(qualifiedPlural: String) -> ResourceDescriptor? { byQualifiedPlural[qualifiedPlural] }

  /// Fluid's kinds plus the core kinds a cluster needs.
  public static let standard = ResourceRegistry(descriptors: FluidCRDs.descriptors + CoreKinds.all)

  /// The kind `name` names, or nil. Accepts plural, singular, short name and Kind
  /// (case-insensitive), each optionally followed by `.group` or `.version.group`.
  public func resolve(_ name: String) -> ResourceDescriptor? {
    let lower = name.lowercased()
    if let d = match(lower, group: nil) { return d }
    // Split off a group suffix: "datasets.data.fluid.io" or "datasets.v1alpha1.data.fluid.io".
    guard let dot = lower.firstIndex(of: ".") else { return nil }
    let head = String(lower[..<dot])
    var group = String(lower[lower.index(after: dot)...])
    if let d = match(head, group: group) { return d }
    if let vdot = group.firstIndex(of: ".") {
      let version = String(group[..<vdot])
      group = String(group[group.index(after: vdot)...])
      return match(head, group: group).flatMap { $0.version == version ? $0 : nil }
    }
    return nil
  }

  private func match(_ lower: String, group: String?) -> ResourceDescriptor? {
    let candidates = descriptors.filter { group == nil || $0.group == group }
    return candidates.first { $0.plural == lower }
      ?? candidates.first { $0.singular == lower }
      ?? candidates.first { $0.shortNames.contains(lower) }
      ?? candidates.first { $0.kind.lowercased() == lower }
  }

  /// Every kind in category `name` (for example `fluid`), in registry order; empty if none.
  public func category(_ name: String) -> [ResourceDescriptor] {
    descriptors.filter { $0.categories.contains(name.lowercased()) }
  }

  /// The kind of a manifest, from its apiVersion and kind.
  public func resolve(apiVersion: String, kind: String) -> ResourceDescriptor? {
    descriptors.first { $0.apiVersion == apiVersion && $0.kind == kind }
  }
}
