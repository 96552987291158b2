public import FluidModel

/// JSON merge patch (RFC 7386): what `kubectl patch --type merge` and the scale subresource use.
public enum MergePatch {
  /// `target` with `patch` applied: objects merge key by key, `null` removes a key, anything
  /// else replaces.
  public static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
    guard case .object(let p) = patch else { return patch }
    var t = target.objectValue ?? [:]
    for (k, v) in p {
      if v.isNull {
        t[k] = nil
      } else {
        t[k] = apply(v, to: t[k] ?? .null)
      }
    }
    return .object(t)
  }

  /// The merge patch that turns `from` into `to`.
  public static func diff(from: JSONValue, to: JSONValue) -> JSONValue? {
    guard case .object(let a) = from, case .object(let b) = to else {
      return from.semanticallyEquals(to) ? nil : to
    }
    var out = JSONObject()
    for (k, v) in b {
      if let old = a[k] {
        if let d = diff(from: old, to: v) { out[k] = d }
      } else {
        out[k] = v
      }
    }
    for k in a.keys where b[k] == nil { out[k] = .null }
    return out.isEmpty ? nil : .object(out)
  }
}
