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
      // kubectl: the pod's reason or phase, overridden by a container that is waiting or
      // terminated (the first such container in the list wins).
      var status = o["status"]?["reason"]?.stringValue ?? o["status"]?["phase"]?.stringValue ?? "Pending"
      for cs in (o["status"]?["containerStatuses"]?.arrayValue ?? []).reversed() {
        if let r = cs["state"]?["waiting"]?["reason"]?.stringValue, !r.isEmpty {
          status = r
        } else if let t = cs["state"]?["terminated"] {
          if let r = t["reason"]?.stringValue, !r.isEmpty {
            status = r
          } else if let signal = t["signal"]?.intValue, signal != 0 {
            status = "Signal:\(signal)"
          } else {
            status = "ExitCode:\(t["exitCode"]?.intValue ?? 0)"
          }
        }
      }
      return status
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
    case "@ds.nodeSelector", "@selector.matchLabels", "@jobTemplate.selector":
      let map =
        switch id {
        case "@ds.nodeSelector": o["spec"]?["template"]?["spec"]?["nodeSelector"]
        case "@jobTemplate.selector": o["spec"]?["jobTemplate"]?["spec"]?["selector"]?["matchLabels"]
        default: o["spec"]?["selector"]?["matchLabels"]
        }
      let selector = (map?.objectValue ?? [:]).sorted { $0.key < $1.key }
      return selector.isEmpty ? "<none>" : selector.map { "\($0.key)=\($0.value.stringValue ?? "")" }.joined(separator: ",")
    case "@template.containers", "@template.images", "@jobTemplate.containers", "@jobTemplate.images":
      let field = id.hasSuffix("containers") ? "name" : "image"
      let spec = id.hasPrefix("@job") ? o["spec"]?["jobTemplate"]?["spec"] : o["spec"]
      return (spec?["template"]?["spec"]?["containers"]?.arrayValue ?? []).compactMap { $0[field]?.stringValue }.joined(separator: ",")
    case "@hpa.reference":
      let ref = o["spec"]?["scaleTargetRef"]
      return "\(ref?["kind"]?.stringValue ?? "")/\(ref?["name"]?.stringValue ?? "")"
    case "@hpa.minPods":
      return o["spec"]?["minReplicas"]?.intValue.map(String.init) ?? "<unset>"
    case "@hpa.replicas":
      return String(o["status"]?["currentReplicas"]?.intValue ?? 0)
    case "@hpa.targets":
      return hpaTargets(o)
    case "@job.status":
      return jobStatus(o)
    case "@job.completions":
      let succeeded = o["status"]?["succeeded"]?.intValue ?? 0
      if let completions = o["spec"]?["completions"]?.intValue { return "\(succeeded)/\(completions)" }
      let parallelism = o["spec"]?["parallelism"]?.intValue ?? 1
      return parallelism > 1 ? "\(succeeded)/1 of \(parallelism)" : "\(succeeded)/1"
    case "@job.duration":
      guard let start = o["status"]?["startTime"]?.stringValue.flatMap(Timestamps.parse) else { return "" }
      let end = o["status"]?["completionTime"]?.stringValue.flatMap(Timestamps.parse) ?? now
      return Timestamps.humanDuration(end.timeIntervalSince(start))
    case "@cj.timeZone":
      return o["spec"]?["timeZone"]?.stringValue ?? "<none>"
    case "@cj.suspend":
      return o["spec"]?["suspend"]?.boolValue == true ? "True" : "False"
    case "@cj.lastSchedule":
      guard let t = o["status"]?["lastScheduleTime"]?.stringValue.flatMap(Timestamps.parse) else { return "<none>" }
      return Timestamps.age(from: t, to: now)
    case "@count.status.active":
      return String(o["status"]?["active"]?.arrayValue?.count ?? 0)
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

  /// kubectl's Job status: the first of Complete, Failed, Terminating, Suspended,
  /// FailureTarget, SuccessCriteriaMet that holds, else Running.
  static func jobStatus(_ o: JSONValue) -> String {
    let conditions = o["status"]?["conditions"]?.arrayValue ?? []
    func holds(_ type: String) -> Bool { conditions.contains { $0["type"]?.stringValue == type && $0["status"] == "True" } }
    if holds("Complete") { return "Complete" }
    if holds("Failed") { return "Failed" }
    if o["metadata"]?["deletionTimestamp"] != nil { return "Terminating" }
    for type in ["Suspended", "FailureTarget", "SuccessCriteriaMet"] where holds(type) { return type }
    return "Running"
  }

  /// kubectl's TARGETS of an HPA: each metric as `current/target` (`cpu: 30%/80%` for a
  /// resource), `<unknown>` before it was measured, at most two then `+ N more...`.
  public static func hpaTargets(_ o: JSONValue) -> String {
    let metrics = o["spec"]?["metrics"]?.arrayValue ?? []
    if metrics.isEmpty { return "<none>" }
    let current = o["status"]?["currentMetrics"]?.arrayValue ?? []
    var parts: [String] = []
    for (i, m) in metrics.enumerated() {
      let type = m["type"]?.stringValue ?? ""
      let key = type.prefix(1).lowercased() + type.dropFirst()
      let source = m[key]
      let target = source?["target"]
      let now = i < current.count ? current[i][key]?["current"] : nil
      let prefix = type == "Resource" || type == "ContainerResource" ? "\(source?["name"]?.stringValue ?? ""): " : ""
      if let u = target?["averageUtilization"]?.intValue {
        parts.append(prefix + "\(now?["averageUtilization"]?.intValue.map { "\($0)%" } ?? "<unknown>")/\(u)%")
      } else if let avg = target?["averageValue"] {
        parts.append(prefix + "\(now?["averageValue"].map(quantityText) ?? "<unknown>")/\(quantityText(avg))")
      } else {
        parts.append(prefix + "\(now?["value"].map(quantityText) ?? "<unknown>")/\(target?["value"].map(quantityText) ?? "<unknown>")")
      }
    }
    if parts.count > 2 { return parts.prefix(2).joined(separator: ", ") + " + \(parts.count - 2) more..." }
    return parts.joined(separator: ", ")
  }

  static func quantityText(_ v: JSONValue) -> String {
    switch v {
    case .string(let s): s
    case .int(let i): String(i)
    case .double(let d): JSONWriter.formatDouble(d)
    default: "<unknown>"
    }
  }
}
