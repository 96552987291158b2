import FluidKit
import FluidModel
import Foundation

/// kube-controller-manager's HorizontalPodAutoscaler controller for the targets the simulator
/// scales (runtimes, through their scale subresource), every 15 s of simulated time
/// (`HPAAlgorithm.syncPeriod`). Metrics are read at the sync, with no scrape delay (a
/// simplification: a real metrics pipeline lags by its scrape interval). It serves Fluid's
/// `capacity_used_rate` of a Dataset (an Object metric: cached / cache capacity × 100, as
/// Fluid's Prometheus adapter exposes it); resource metrics (cpu, memory) are not modelled and
/// fail as on a cluster without metrics-server.
struct HPAController: Controller {
  static let component = "horizontal-pod-autoscaler"
  var primary: ResourceDescriptor { CoreKinds.horizontalPodAutoscaler }

  func reconcile(_ hpa: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let ns = hpa["metadata"]?["namespace"]?.stringValue
    let key = ClusterSnapshot.key(ns, hpa["metadata"]?["name"]?.stringValue ?? "")
    if hpa["metadata"]?["deletionTimestamp"] != nil {
      if s.hpaMemory[key] != nil { r.add(.hpaMemory(key: key, nil)) }
      return r
    }
    r.requeueAfter = HPAAlgorithm.syncPeriod
    let spec = hpa["spec"]
    let ref = spec?["scaleTargetRef"]
    let refKind = ref?["kind"]?.stringValue ?? ""
    let refName = ref?["name"]?.stringValue ?? ""
    guard let d = FluidCRDs.descriptors.first(where: { $0.kind == refKind && $0.scale != nil }), let scale = d.scale else {
      let why = "the HPA controller was unable to get the target's current scale: no matches for kind \"\(refKind)\" with a scale subresource"
      return failed(hpa, &r, able: ("FailedGetScale", why), active: nil, in: s)
    }
    guard let target = s.get(d, ns, refName) else {
      let why = "the HPA controller was unable to get the target's current scale: \(d.qualifiedPlural) \"\(refName)\" not found"
      return failed(hpa, &r, able: ("FailedGetScale", why), active: nil, in: s)
    }
    let current = Int(target[path: Self.keys(scale.specReplicasPath)]?.intValue ?? 0)
    let ready = Int(target[path: Self.keys(scale.statusReplicasPath)]?.intValue ?? Int64(current))
    let minReplicas = Int(spec?["minReplicas"]?.intValue ?? 1)
    let maxReplicas = Int(spec?["maxReplicas"]?.intValue ?? 1)
    if current == 0, minReplicas > 0 {
      return failed(hpa, &r, able: nil, active: ("ScalingDisabled", "scaling is disabled since the replica count of the target is zero"), current: current, in: s)
    }
    // Each metric's proposal; the largest wins.
    var proposals: [(replicas: Int, name: String)] = []
    var currentMetrics: [JSONValue] = []
    var failures: [(reason: String, message: String)] = []
    for m in spec?["metrics"]?.arrayValue ?? [] {
      switch HPAMetrics.read(m, namespace: ns, in: s) {
      case .success(let reading):
        proposals.append((HPAAlgorithm.proposal(reading.target, current: current, ready: max(1, ready)), reading.name))
        currentMetrics.append(reading.status)
      case .failure(let f):
        failures.append((f.reason, f.message))
        currentMetrics.append(["type": m["type"] ?? ""])
      }
    }
    guard let best = proposals.max(by: { $0.replicas < $1.replicas }) else {
      let first = failures.first ?? ("FailedGetObjectMetric", "no metrics")
      r.add(.event(SimEvent(about: hpa, type: "Warning", reason: first.reason, message: first.message, component: Self.component)))
      return failed(hpa, &r, able: nil, active: (first.reason, "the HPA was unable to compute the replica count: \(first.message)"), current: current, in: s)
    }
    var memory = s.hpaMemory[key] ?? HPAMemory()
    let now = s.now.timeIntervalSince1970
    let up = HPABehavior.rules(spec?["behavior"]?["scaleUp"], default: .defaultScaleUp)
    let down = HPABehavior.rules(spec?["behavior"]?["scaleDown"], default: .defaultScaleDown)
    let decision = HPAAlgorithm.decide(
      proposal: best.replicas, current: current, min: minReplicas, max: maxReplicas, up: up, down: down,
      recommendations: memory.recommendations, scaleUpEvents: memory.scaleUpEvents, scaleDownEvents: memory.scaleDownEvents, now: now)
    memory.recommendations = decision.recommendations
    var status = hpa["status"]?.objectValue ?? [:]
    var able = ("ReadyForNewScale", "recommended size matches current size")
    if decision.replicas != current {
      var scaled = target
      scaled[path: Self.keys(scale.specReplicasPath)] = .int(Int64(decision.replicas))
      r.add(.update(d, scaled))
      let change = decision.replicas - current
      if change > 0 {
        memory.scaleUpEvents.append(HPAAlgorithm.ScaleEvent(change: change, time: now))
      } else {
        memory.scaleDownEvents.append(HPAAlgorithm.ScaleEvent(change: -change, time: now))
      }
      let reason = decision.replicas > current ? "\(best.name) above target" : "All metrics below target"
      r.add(.event(SimEvent(about: hpa, type: "Normal", reason: "SuccessfulRescale", message: "New size: \(decision.replicas); reason: \(reason)", component: Self.component)))
      able = ("SucceededRescale", "the HPA controller was able to update the target scale to \(decision.replicas)")
      status["lastScaleTime"] = .string(s.nowText)
    } else if best.replicas < current {
      able = ("ScaleDownStabilized", "recent recommendations were higher than current one, applying the highest recent recommendation")
    }
    memory.scaleUpEvents = HPAAlgorithm.pruned(memory.scaleUpEvents, rules: up, now: now)
    memory.scaleDownEvents = HPAAlgorithm.pruned(memory.scaleDownEvents, rules: down, now: now)
    if s.hpaMemory[key] != memory { r.add(.hpaMemory(key: key, memory)) }
    status["currentReplicas"] = .int(Int64(current))
    status["desiredReplicas"] = .int(Int64(decision.replicas))
    status["currentMetrics"] = .array(currentMetrics)
    let limited = decision.limit.map { ("True", $0.rawValue, $0.message) } ?? ("False", "DesiredWithinRange", "the desired count is within the acceptable range")
    status["conditions"] = HPAConditions.merge(hpa["status"]?["conditions"], [
      ("AbleToScale", "True", able.0, able.1),
      ("ScalingActive", "True", "ValidMetricFound", "the HPA was able to successfully calculate a replica count from \(best.name)"),
      ("ScalingLimited", limited.0, limited.1, limited.2),
    ], now: s.nowText)
    write(hpa, status: status, &r)
    return r
  }

  /// A sync that could not decide: the conditions say why; replicas stay.
  func failed(
    _ hpa: JSONValue, _ r: inout Reconciliation, able: (String, String)?, active: (String, String)?, current: Int? = nil, in s: ClusterSnapshot
  ) -> Reconciliation {
    var status = hpa["status"]?.objectValue ?? [:]
    var conditions: [(String, String, String, String)] = []
    if let able {
      conditions.append(("AbleToScale", "False", able.0, able.1))
      r.add(.event(SimEvent(about: hpa, type: "Warning", reason: able.0, message: able.1, component: Self.component)))
    } else {
      conditions.append(("AbleToScale", "True", "SucceededGetScale", "the HPA controller was able to get the target's current scale"))
    }
    if let active { conditions.append(("ScalingActive", "False", active.0, active.1)) }
    status["conditions"] = HPAConditions.merge(hpa["status"]?["conditions"], conditions, now: s.nowText)
    // The target's replicas when they could be read (the desired count stays as it was).
    if let current { status["currentReplicas"] = .int(Int64(current)) } else if status["currentReplicas"] == nil { status["currentReplicas"] = 0 }
    if status["desiredReplicas"] == nil { status["desiredReplicas"] = status["currentReplicas"] ?? 0 }
    write(hpa, status: status, &r)
    return r
  }

  func write(_ hpa: JSONValue, status: JSONObject, _ r: inout Reconciliation) {
    guard hpa["status"] != .object(status) else { return }
    var o = hpa
    o["status"] = .object(status)
    r.add(.updateStatus(CoreKinds.horizontalPodAutoscaler, o))
  }

  static func keys(_ path: String) -> [String] { path.split(separator: ".").map(String.init) }
}

/// HPA conditions as kube-controller-manager keeps them: one per type, the transition time
/// moving only when the status does.
enum HPAConditions {
  static func merge(_ old: JSONValue?, _ new: [(type: String, status: String, reason: String, message: String)], now: String) -> JSONValue {
    let previous = old?.arrayValue ?? []
    var out: [JSONValue] = previous.filter { c in !new.contains { $0.type == c["type"]?.stringValue } }
    for n in new {
      let before = previous.first { $0["type"]?.stringValue == n.type }
      let since = before?["status"]?.stringValue == n.status ? (before?["lastTransitionTime"] ?? .string(now)) : .string(now)
      out.append(["type": .string(n.type), "status": .string(n.status), "lastTransitionTime": since, "reason": .string(n.reason), "message": .string(n.message)])
    }
    let order = ["AbleToScale", "ScalingActive", "ScalingLimited"]
    return .array(out.sorted { (order.firstIndex(of: $0["type"]?.stringValue ?? "") ?? 9) < (order.firstIndex(of: $1["type"]?.stringValue ?? "") ?? 9) })
  }
}

/// `spec.behavior` rules, with Kubernetes' defaults for what is not given.
enum HPABehavior {
  static func rules(_ v: JSONValue?, default d: HPAAlgorithm.Rules) -> HPAAlgorithm.Rules {
    guard let v, v.objectValue != nil else { return d }
    var out = d
    if let w = v["stabilizationWindowSeconds"]?.intValue { out.stabilizationWindowSeconds = Int(w) }
    if let p = v["selectPolicy"]?.stringValue, let sp = HPAAlgorithm.SelectPolicy(rawValue: p) { out.selectPolicy = sp }
    if let list = v["policies"]?.arrayValue {
      out.policies = list.compactMap { p in
        guard let t = p["type"]?.stringValue.flatMap(HPAAlgorithm.PolicyType.init(rawValue:)) else { return nil }
        return HPAAlgorithm.Policy(t, Int(p["value"]?.intValue ?? 0), per: Int(p["periodSeconds"]?.intValue ?? 15))
      }
    }
    return out
  }
}
