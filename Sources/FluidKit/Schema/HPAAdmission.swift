public import FluidModel

/// kube-apiserver's defaults and validation of `autoscaling/v2` HorizontalPodAutoscalers:
/// `minReplicas` 1, a CPU target of 80 % when no metric is given, and, when `behavior` is given,
/// its missing rules filled with Kubernetes' defaults; then the checks of the scale target,
/// the replica bounds, each metric and each scaling rule.
public enum HPAAdmission {
  public static let metricTypes = ["Object", "Pods", "Resource", "ContainerResource", "External"]
  public static let targetTypes = ["Utilization", "Value", "AverageValue"]

  public static func defaulted(_ hpa: JSONValue) -> JSONValue {
    var o = hpa
    if o["spec"]?["minReplicas"] == nil, o["spec"] != nil { o[path: ["spec", "minReplicas"]] = 1 }
    if (o["spec"]?["metrics"]?.arrayValue ?? []).isEmpty, o["spec"] != nil {
      o[path: ["spec", "metrics"]] = [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 80]]]]
    }
    if let behavior = o["spec"]?["behavior"], behavior.objectValue != nil {
      o[path: ["spec", "behavior", "scaleUp"]] = rules(behavior["scaleUp"], window: 0, policies: [
        ["type": "Pods", "value": 4, "periodSeconds": 15], ["type": "Percent", "value": 100, "periodSeconds": 15],
      ])
      o[path: ["spec", "behavior", "scaleDown"]] = rules(behavior["scaleDown"], window: 300, policies: [["type": "Percent", "value": 100, "periodSeconds": 15]])
    }
    return o
  }

  static func rules(_ given: JSONValue?, window: Int64, policies: [JSONValue]) -> JSONValue {
    var r = given?.objectValue.map { JSONValue.object($0) } ?? [:]
    if r["stabilizationWindowSeconds"] == nil { r["stabilizationWindowSeconds"] = .int(window) }
    if r["selectPolicy"] == nil { r["selectPolicy"] = "Max" }
    if r["policies"] == nil { r["policies"] = .array(policies) }
    return r
  }

  public static func errors(_ hpa: JSONValue) -> [FieldError] {
    var out: [FieldError] = []
    let spec = hpa["spec"]
    let ref = spec?["scaleTargetRef"]
    for field in ["kind", "name"] where (ref?[field]?.stringValue ?? "").isEmpty {
      out.append(FieldError("spec.scaleTargetRef.\(field)", .required(detail: nil)))
    }
    let minReplicas = spec?["minReplicas"]?.intValue ?? 1
    let maxReplicas = spec?["maxReplicas"]?.intValue
    if minReplicas < 1 {
      out.append(FieldError("spec.minReplicas", .invalid(value: String(minReplicas), detail: "must be greater than or equal to 1")))
    }
    if let maxReplicas {
      if maxReplicas < 1 {
        out.append(FieldError("spec.maxReplicas", .invalid(value: String(maxReplicas), detail: "must be greater than 0")))
      } else if maxReplicas < minReplicas {
        out.append(FieldError("spec.maxReplicas", .invalid(value: String(maxReplicas), detail: "must be greater than or equal to `minReplicas`")))
      }
      if maxReplicas > Int64(Int32.max) {
        out.append(FieldError("spec.maxReplicas", .invalid(value: String(maxReplicas), detail: "must be less than or equal to 2147483647")))
      }
    } else {
      out.append(FieldError("spec.maxReplicas", .required(detail: nil)))
    }
    for (i, m) in (spec?["metrics"]?.arrayValue ?? []).enumerated() {
      let path = "spec.metrics[\(i)]"
      guard let type = m["type"]?.stringValue, metricTypes.contains(type) else {
        out.append(FieldError("\(path).type", .notSupported(value: m["type"]?.stringValue ?? "", allowed: metricTypes)))
        continue
      }
      let key = type.prefix(1).lowercased() + type.dropFirst()
      guard let source = m[key], source.objectValue != nil else {
        out.append(FieldError("\(path).\(key)", .required(detail: "must populate information for the given metric source")))
        continue
      }
      let target = source["target"]
      let targetType = target?["type"]?.stringValue ?? ""
      if !targetTypes.contains(targetType) {
        out.append(FieldError("\(path).\(key).target.type", .notSupported(value: targetType, allowed: targetTypes)))
      }
      let needed = targetType == "Utilization" ? "averageUtilization" : targetType == "Value" ? "value" : "averageValue"
      if targetTypes.contains(targetType), target?[needed] == nil {
        out.append(FieldError("\(path).\(key).target.\(needed)", .required(detail: "must set either a target value or averageValue")))
      }
      if let u = target?["averageUtilization"]?.intValue, u < 1 {
        out.append(FieldError("\(path).\(key).target.averageUtilization", .invalid(value: String(u), detail: "must be greater than 0")))
      }
      if type == "Object" || type == "Pods" || type == "External", (source["metric"]?["name"]?.stringValue ?? "").isEmpty {
        out.append(FieldError("\(path).\(key).metric.name", .required(detail: "must specify a metric name")))
      }
      if type == "Object", (source["describedObject"]?["kind"]?.stringValue ?? "").isEmpty {
        out.append(FieldError("\(path).object.describedObject.kind", .required(detail: nil)))
      }
    }
    for direction in ["scaleUp", "scaleDown"] {
      guard let r = spec?["behavior"]?[direction] else { continue }
      let path = "spec.behavior.\(direction)"
      if let w = r["stabilizationWindowSeconds"]?.intValue, !(0...3600).contains(w) {
        out.append(FieldError("\(path).stabilizationWindowSeconds", .invalid(value: String(w), detail: w < 0 ? "must be greater than or equal to zero" : "must be less than or equal to 3600")))
      }
      if let p = r["selectPolicy"]?.stringValue, !["Max", "Min", "Disabled"].contains(p) {
        out.append(FieldError("\(path).selectPolicy", .notSupported(value: p, allowed: ["Disabled", "Max", "Min"])))
      }
      for (j, p) in (r["policies"]?.arrayValue ?? []).enumerated() {
        let pp = "\(path).policies[\(j)]"
        if !["Pods", "Percent"].contains(p["type"]?.stringValue ?? "") {
          out.append(FieldError("\(pp).type", .notSupported(value: p["type"]?.stringValue ?? "", allowed: ["Percent", "Pods"])))
        }
        if (p["value"]?.intValue ?? 0) <= 0 {
          out.append(FieldError("\(pp).value", .invalid(value: String(p["value"]?.intValue ?? 0), detail: "must be greater than zero")))
        }
        let period = p["periodSeconds"]?.intValue ?? 0
        if !(1...1800).contains(period) {
          out.append(FieldError("\(pp).periodSeconds", .invalid(value: String(period), detail: period <= 0 ? "must be greater than zero" : "must be less than or equal to 1800")))
        }
      }
    }
    return out
  }
}
