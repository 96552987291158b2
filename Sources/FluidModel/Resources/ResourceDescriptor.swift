/// Everything a client needs to address one kind of the API: group, version, names, scope,
/// subresources and printer columns. Static data; one value per served kind. Two descriptors
/// are equal when they name the same resource (group, version, kind, plural): the rest
/// describes it. Immutable, and a class: descriptors are passed around on every request and
/// every controller step, and a reference costs one count where the fields cost a dozen.
public final class ResourceDescriptor: Sendable, Hashable {
  /// API group; the empty string is the core group.
  public let group: String
  public let version: String
  public let kind: String
  public let listKind: String
  public let plural: String
  public let singular: String
  public let shortNames: [String]
  public let categories: [String]
  public let namespaced: Bool
  public let hasStatus: Bool
  public let scale: ScaleSubresource?
  /// Columns for table output, as the CRD's additionalPrinterColumns (without the implicit NAME).
  public let printerColumns: [PrinterColumn]
  /// `datasets.data.fluid.io`, or `pods` for the core group: how kube-apiserver names a resource
  /// in errors, and the key of a kind in stores and snapshots.
  public let qualifiedPlural: String
  /// `data.fluid.io/v1alpha1`, or `v1` for the core group.
  public let apiVersion: String

  public init(
    group: String, version: String, kind: String, listKind: String? = nil, plural: String, singular: String,
    shortNames: [String] = [], categories: [String] = [], namespaced: Bool, hasStatus: Bool = false,
    scale: ScaleSubresource? = nil, printerColumns: [PrinterColumn] = []
  ) {
    self.group = group
    self.version = version
    self.kind = kind
    self.listKind = listKind ?? kind + "List"
    self.plural = plural
    self.singular = singular
    self.shortNames = shortNames
    self.categories = categories
    self.namespaced = namespaced
    self.hasStatus = hasStatus
    self.scale = scale
    self.printerColumns = printerColumns
    qualifiedPlural = group.isEmpty ? plural : "\(plural).\(group)"
    apiVersion = group.isEmpty ? version : "\(group)/\(version)"
  }

  public static func == (a: ResourceDescriptor, b: ResourceDescriptor) -> Bool {
    a === b || a.kind == b.kind && a.group == b.group && a.version == b.version && a.plural == b.plural
  }

  public func hash(into h: inout Hasher) {
    h.combine(group)
    h.combine(kind)
  }

  /// The columns of this kind's tables: its printer columns, or for a kind that declares none,
  /// AGE (kube-apiserver's default for custom resources without additionalPrinterColumns).
  public var tableColumns: [PrinterColumn] {
    printerColumns.isEmpty ? [PrinterColumn(name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp")] : printerColumns
  }

  /// `dataset.data.fluid.io`, as `-o name` prints it.
  public var qualifiedSingular: String { group.isEmpty ? singular : "\(singular).\(group)" }
  /// `Dataset.data.fluid.io`, as kube-apiserver names a kind in validation errors.
  public var qualifiedKind: String { group.isEmpty ? kind : "\(kind).\(group)" }
}

/// The scale subresource of a kind: where the desired and current replica counts live.
public struct ScaleSubresource: Sendable, Hashable {
  public var specReplicasPath: String
  public var statusReplicasPath: String
  public var labelSelectorPath: String?

  public init(specReplicasPath: String, statusReplicasPath: String, labelSelectorPath: String?) {
    self.specReplicasPath = specReplicasPath
    self.statusReplicasPath = statusReplicasPath
    self.labelSelectorPath = labelSelectorPath
  }
}

/// One table column, as a CRD's additionalPrinterColumns entry.
public struct PrinterColumn: Sendable, Hashable {
  public var name: String
  public var type: String
  public var jsonPath: String
  public var priority: Int
  public var format: String?

  public init(name: String, type: String, jsonPath: String, priority: Int = 0, format: String? = nil) {
    self.name = name
    self.type = type
    self.jsonPath = jsonPath
    self.priority = priority
    self.format = format
  }
}
