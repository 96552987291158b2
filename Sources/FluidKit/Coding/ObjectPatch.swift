public import FluidModel

/// A PATCH body and its kind, as kube-apiserver accepts them: JSON merge patch (RFC 7386),
/// JSON patch (RFC 6902) and strategic merge patch (built-in kinds only). Server-side apply is
/// `ClusterClient.apply`.
public enum ObjectPatch: Sendable, Equatable {
  case merge(JSONValue)
  case json(JSONValue)
  case strategic(JSONValue)

  /// The request's `Content-Type`.
  public var contentType: String {
    switch self {
    case .merge: return "application/merge-patch+json"
    case .json: return "application/json-patch+json"
    case .strategic: return "application/strategic-merge-patch+json"
    }
  }

  /// The patch from a request's content type and body; nil for a type that is not a patch
  /// of these three kinds.
  public init?(contentType: String, body: JSONValue) {
    switch contentType {
    case "application/merge-patch+json": self = .merge(body)
    case "application/json-patch+json": self = .json(body)
    case "application/strategic-merge-patch+json": self = .strategic(body)
    default: return nil
    }
  }

  public var body: JSONValue {
    switch self {
    case .merge(let b), .json(let b), .strategic(let b): return b
    }
  }

  /// `metadata.resourceVersion` that a merge or strategic patch pins (a precondition), if any.
  public var resourceVersion: String? {
    switch self {
    case .merge(let b), .strategic(let b): return b["metadata"]?["resourceVersion"]?.stringValue
    case .json: return nil
    }
  }

  /// `target` with the patch applied. Throws kube-apiserver's 415 for a strategic merge patch
  /// of a custom resource, and its 422/400 for a JSON patch that does not apply.
  public func applied(to target: JSONValue, of r: ResourceDescriptor) throws -> JSONValue {
    switch self {
    case .merge(let p): return MergePatch.apply(p, to: target)
    case .json(let ops): return try JSONPatch.apply(ops, to: target)
    case .strategic(let p):
      guard r.isBuiltIn else { throw FluidError.api(Self.unsupportedMediaType) }
      return try StrategicMergePatch.apply(p, to: target)
    }
  }

  /// kube-apiserver's answer to a patch type it does not take for a kind (strategic merge of a
  /// custom resource, or an unknown content type).
  public static let unsupportedMediaType = APIStatus(
    code: 415, reason: "UnsupportedMediaType",
    message: "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml")
}

extension ResourceDescriptor {
  /// A kind compiled into kube-apiserver (the core group, `apps`, `batch`, `*.k8s.io`...), not
  /// a custom resource: custom resources take no strategic merge patch.
  public var isBuiltIn: Bool { !group.contains(".") || group.hasSuffix(".k8s.io") }
}
