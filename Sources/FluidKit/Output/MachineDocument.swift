public import FluidModel

/// fluidctl's own machine-readable documents (`cache -o json`, `load --wait -o json`,
/// `sim run -o json`, `version -o json`): each names its schema with `apiVersion` and `kind`,
/// as Kubernetes objects do. The schemas live in `docs/schemas/` and `docs/json-output.md`;
/// a test validates every document against them, so a field cannot change unannounced.
/// Adding an optional field keeps the version; renaming, removing or retyping one bumps it.
public enum MachineDocument {
  public static let apiVersion = "fluidctl.fluid.io/v1"

  /// `body` with `apiVersion` and `kind` first.
  public static func wrap(kind: String, _ body: JSONValue) -> JSONValue {
    var o: JSONValue = ["apiVersion": .string(apiVersion), "kind": .string(kind)]
    for (k, v) in body.objectValue ?? [:] { o[k] = v }
    return o
  }
}
