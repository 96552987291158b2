public import FluidModel

/// A runtime's state in a few words, as `describe` and `top` say it:
/// `master Ready, workers 1/2 ready, <workerReason>`.
public enum RuntimeStateText {
  public static func of(_ r: JSONValue) -> String {
    let s = r["status"]
    var parts: [String] = []
    if let m = s?["masterPhase"]?.stringValue, !m.isEmpty { parts.append("master \(m)") }
    let ready = s?["workerNumberReady"]?.intValue ?? 0
    let desired = s?["desiredWorkerNumberScheduled"]?.intValue ?? r["spec"]?["replicas"]?.intValue ?? 0
    parts.append("workers \(ready)/\(desired) ready")
    if let reason = s?["workerReason"]?.stringValue, !reason.isEmpty { parts.append(reason) }
    return parts.joined(separator: ", ")
  }
}
