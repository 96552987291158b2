import Foundation

/// The data.fluid.io kinds fluidctl knows, generated from Fluid's CRDs (see
/// `FluidCRDs.generated.swift`), and their schemas, parsed on first use.
public enum FluidCRDs {
  private static let cache = SchemaCache()

  /// The openAPIV3Schema of a data.fluid.io kind by plural name, or nil for an unknown plural.
  /// Parsed once per process on first use; thread-safe.
  public static func schema(plural: String) -> JSONValue? { cache.schema(plural) }
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
