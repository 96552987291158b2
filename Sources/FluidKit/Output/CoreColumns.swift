public import FluidModel
public import Foundation

/// The columns kubectl computes in code for core kinds (marked `@...` in `CoreKinds`).
public enum CoreColumns {
  public static func value(_ id: String, _ o: JSONValue, now: Date) -> String {
    switch id {
    case "@node.status":
      let ready = (o["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"] == "Ready" }
      var s: String
      switch ready?["status"]?.stringValue {
      case "True": s = "Ready"
      case "False": s = "NotReady"
      default: s = "Unknown"
      }
      if o["spec"]?["unschedulable"]?.boolValue == true { s += ",SchedulingDisabled" }
      return s
    case "@node.roles":
      let roles = (o["metadata"]?["labels"]?.objectValue ?? [:]).keys.compactMap { k -> String? in
        k.hasPrefix("node-role.kubernetes.io/") ? String(k.dropFirst("node-role.kubernetes.io/".count)) : nil
      }.sorted()
      return roles.isEmpty ? "<none>" : roles.joined(separator: ",")
    case "@node.internalIP":
      let a = (o["status"]?["addresses"]?.arrayValue ?? []).first { $0["type"] == "InternalIP" }
      return a?["address"]?.stringValue ?? "<none>"
    case "@pod.ready":
      let total = o["spec"]?["containers"]?.arrayValue?.count ?? 0
      let ready = (o["status"]?["containerStatuses"]?.arrayValue ?? []).filter { $0["ready"]?.boolValue == true }.count
      return "\(ready)/\(total)"
    case "@pod.status":
      if o["metadata"]?["deletionTimestamp"] != nil { return "Terminating" }
      for cs in o["status"]?["containerStatuses"]?.arrayValue ?? [] {
        if let r = cs["state"]?["waiting"]?["reason"]?.stringValue { return r }
      }
      return o["status"]?["reason"]?.stringValue ?? o["status"]?["phase"]?.stringValue ?? "Pending"
    case "@pod.restarts":
      let n = (o["status"]?["containerStatuses"]?.arrayValue ?? []).reduce(Int64(0)) { $0 + ($1["restartCount"]?.intValue ?? 0) }
      return String(n)
    case "@accessModes.spec", "@accessModes.status":
      let src = id.hasSuffix("spec") ? o["spec"] : o["status"]
      let modes = (src?["accessModes"]?.arrayValue ?? []).compactMap(\.stringValue).map { m -> String in
        switch m {
        case "ReadWriteOnce": return "RWO"
        case "ReadOnlyMany": return "ROX"
        case "ReadWriteMany": return "RWX"
        case "ReadWriteOncePod": return "RWOP"
        default: return m
        }
      }
      return modes.joined(separator: ",")
    case "@pv.claim":
      guard let ref = o["spec"]?["claimRef"] else { return "" }
      return "\(ref["namespace"]?.stringValue ?? "")/\(ref["name"]?.stringValue ?? "")"
    case "@none":
      return "<unset>"
    case "@sts.ready":
      return "\(o["status"]?["readyReplicas"]?.intValue ?? 0)/\(o["spec"]?["replicas"]?.intValue ?? 1)"
    case "@ds.nodeSelector", "@selector.matchLabels":
      let map = id == "@ds.nodeSelector" ? o["spec"]?["template"]?["spec"]?["nodeSelector"] : o["spec"]?["selector"]?["matchLabels"]
      let selector = (map?.objectValue ?? [:]).sorted { $0.key < $1.key }
      return selector.isEmpty ? "<none>" : selector.map { "\($0.key)=\($0.value.stringValue ?? "")" }.joined(separator: ",")
    case "@template.containers", "@template.images":
      let field = id.hasSuffix("containers") ? "name" : "image"
      return (o["spec"]?["template"]?["spec"]?["containers"]?.arrayValue ?? []).compactMap { $0[field]?.stringValue }.joined(separator: ",")
    case "@event.lastSeen":
      let t = o["lastTimestamp"]?.stringValue ?? o["eventTime"]?.stringValue ?? o["metadata"]?["creationTimestamp"]?.stringValue
      guard let t, let d = Timestamps.parse(t) else { return "<unknown>" }
      return Timestamps.age(from: d, to: now)
    case "@event.object":
      let io = o["involvedObject"]
      return "\((io?["kind"]?.stringValue ?? "").lowercased())/\(io?["name"]?.stringValue ?? "")"
    case "@count.data":
      return String((o["data"]?.objectValue?.count ?? 0) + (o["binaryData"]?.objectValue?.count ?? 0))
    default:
      return ""
    }
  }
}
