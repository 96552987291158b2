extension FluidCRDs {
  /// The descriptor of a data.fluid.io kind by plural name. The catalog is generated from the
  /// CRDs and checked by a test, so a missing plural is a programming error.
  public static func named(_ plural: String) -> ResourceDescriptor {
    guard let d = descriptors.first(where: { $0.plural == plural }) else {
      preconditionFailure("data.fluid.io kind \(plural) is not in the generated catalog")
    }
    return d
  }
}
