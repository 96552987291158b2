public import FluidModel

/// kube-apiserver's conversion between `autoscaling/v1` HorizontalPodAutoscalers (what
/// `kubectl autoscale` sends) and the stored `autoscaling/v2`: v1's
/// `targetCPUUtilizationPercentage` is v2's CPU Utilization metric, and v1's status has the
/// current CPU percentage. Other v2 metrics, conditions and behavior have no v1 field and are
/// left out of v1 answers (kube-apiserver keeps them in alpha annotations).
public enum HPAVersions {
  public static func toV2(_ v1: JSONValue) -> JSONValue {
    var o = v1
    o["apiVersion"] = "autoscaling/v2"
    if let p = v1["spec"]?["targetCPUUtilizationPercentage"] {
      o[path: ["spec", "targetCPUUtilizationPercentage"]] = nil
      o[path: ["spec", "metrics"]] = [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": p]]]]
    }
    if let st = v1["status"] {
      var s: JSONValue = ["currentReplicas": st["currentReplicas"] ?? 0, "desiredReplicas": st["desiredReplicas"] ?? 0]
      if let t = st["lastScaleTime"] { s["lastScaleTime"] = t }
      if let g = st["observedGeneration"] { s["observedGeneration"] = g }
      o["status"] = s
    }
    return o
  }

  public static func toV1(_ v2: JSONValue) -> JSONValue {
    var o = v2
    o["apiVersion"] = "autoscaling/v1"
    let metrics = v2["spec"]?["metrics"]?.arrayValue ?? []
    let cpu = metrics.firstIndex { $0["type"] == "Resource" && $0["resource"]?["name"] == "cpu" && $0["resource"]?["target"]?["averageUtilization"] != nil }
    var spec: JSONValue = [:]
    for k in ["scaleTargetRef", "minReplicas", "maxReplicas"] { spec[k] = v2["spec"]?[k] }
    if let cpu { spec["targetCPUUtilizationPercentage"] = metrics[cpu]["resource"]?["target"]?["averageUtilization"] }
    o["spec"] = spec
    if let st = v2["status"] {
      var s: JSONValue = ["currentReplicas": st["currentReplicas"] ?? 0, "desiredReplicas": st["desiredReplicas"] ?? 0]
      for k in ["lastScaleTime", "observedGeneration"] { if let v = st[k] { s[k] = v } }
      let current = (st["currentMetrics"]?.arrayValue ?? []).first { $0["type"] == "Resource" && $0["resource"]?["name"] == "cpu" }
      if let u = current?["resource"]?["current"]?["averageUtilization"] { s["currentCPUUtilizationPercentage"] = u }
      o["status"] = s
    }
    return o
  }
}
