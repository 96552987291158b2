import Foundation

/// kube-controller-manager's HorizontalPodAutoscaler arithmetic, as a pure function of the
/// metrics, the spec and the controller's memory (past recommendations and scale events):
/// desired = ceil(current × metric / target) outside a 10 % tolerance, the largest proposal of
/// all metrics, then the `behavior`: stabilization windows over past recommendations and the
/// rate limits of the scale-up and scale-down policies, then min and max.
public enum HPAAlgorithm {
  /// kube-controller-manager's `--horizontal-pod-autoscaler-tolerance`.
  public static let tolerance = 0.1
  /// `--horizontal-pod-autoscaler-sync-period`.
  public static let syncPeriod: TimeInterval = 15

  public enum PolicyType: String, Sendable { case pods = "Pods", percent = "Percent" }
  public enum SelectPolicy: String, Sendable { case max = "Max", min = "Min", disabled = "Disabled" }

  public struct Policy: Sendable, Equatable {
    public var type: PolicyType
    public var value: Int
    public var periodSeconds: Int
    public init(_ type: PolicyType, _ value: Int, per periodSeconds: Int) {
      self.type = type
      self.value = value
      self.periodSeconds = periodSeconds
    }
  }

  public struct Rules: Sendable, Equatable {
    public var stabilizationWindowSeconds: Int
    public var selectPolicy: SelectPolicy
    public var policies: [Policy]
    public init(stabilizationWindowSeconds: Int, selectPolicy: SelectPolicy = .max, policies: [Policy]) {
      self.stabilizationWindowSeconds = stabilizationWindowSeconds
      self.selectPolicy = selectPolicy
      self.policies = policies
    }
    /// Kubernetes' defaults: up by 4 pods or 100 % per 15 s, whichever is more, at once; down
    /// by 100 % per 15 s after a 300 s window.
    public static let defaultScaleUp = Rules(stabilizationWindowSeconds: 0, policies: [Policy(.pods, 4, per: 15), Policy(.percent, 100, per: 15)])
    public static let defaultScaleDown = Rules(stabilizationWindowSeconds: 300, policies: [Policy(.percent, 100, per: 15)])
  }

  /// A past recommendation (before stabilization) or scale event.
  public struct Recommendation: Sendable, Equatable, Codable {
    public var replicas: Int
    public var time: Double
    public init(replicas: Int, time: Double) {
      self.replicas = replicas
      self.time = time
    }
  }

  public struct ScaleEvent: Sendable, Equatable, Codable {
    /// Pods added (scale-up events) or removed (scale-down events).
    public var change: Int
    public var time: Double
    public init(change: Int, time: Double) {
      self.change = change
      self.time = time
    }
  }

  /// One metric's proposal: how many replicas it asks for.
  public enum Target: Sendable, Equatable {
    /// A value for the whole target (Object metric, `target.type: Value`): usage = current / target.
    case value(current: Double, target: Double)
    /// A value per pod (`AverageValue`, Pods metrics): the total over `target` per pod.
    case averageValue(total: Double, target: Double)
    /// Percent of requested resources (`Utilization`), averaged over the ready pods.
    case utilization(currentPercent: Double, targetPercent: Double)
  }

  /// The replicas one metric proposes, with `current` replicas of which `ready` are ready.
  public static func proposal(_ t: Target, current: Int, ready: Int) -> Int {
    switch t {
    case .value(let value, let target):
      guard target > 0 else { return current }
      let ratio = value / target
      if current == 0 { return Int((ratio).rounded(.up)) }
      if abs(1 - ratio) <= tolerance { return current }
      return ceilInt(ratio * Double(ready))
    case .averageValue(let total, let target):
      guard target > 0 else { return current }
      if current == 0 { return ceilInt(total / target) }
      let ratio = total / (target * Double(current))
      if abs(1 - ratio) <= tolerance { return current }
      return ceilInt(total / target)
    case .utilization(let percent, let target):
      guard target > 0 else { return current }
      let ratio = percent / target
      if abs(1 - ratio) <= tolerance { return current }
      return ceilInt(ratio * Double(ready))
    }
  }

  static func ceilInt(_ v: Double) -> Int {
    guard v.isFinite else { return Int(Int32.max) }
    return Int(min(Double(Int32.max), max(0, v.rounded(.up))))
  }

  /// What limited the outcome (the `ScalingLimited` condition's reason), nil when nothing did.
  public enum Limit: String, Sendable {
    case tooFewReplicas = "TooFewReplicas", tooManyReplicas = "TooManyReplicas"
    case scaleUpLimit = "ScaleUpLimit", scaleDownLimit = "ScaleDownLimit"

    public var message: String {
      switch self {
      case .tooFewReplicas: "the desired replica count is less than the minimum replica count"
      case .tooManyReplicas: "the desired replica count is more than the maximum replica count"
      case .scaleUpLimit: "the desired replica count is increasing faster than the maximum scale rate"
      case .scaleDownLimit: "the desired replica count is decreasing faster than the maximum scale rate"
      }
    }
  }

  public struct Decision: Sendable, Equatable {
    public var replicas: Int
    public var limit: Limit?
    /// The recommendations to remember (this one added, those older than both windows dropped).
    public var recommendations: [Recommendation]
  }

  /// The replicas to scale to now, given the metrics' largest proposal.
  public static func decide(
    proposal: Int, current: Int, min minReplicas: Int, max maxReplicas: Int, up: Rules, down: Rules,
    recommendations: [Recommendation], scaleUpEvents: [ScaleEvent], scaleDownEvents: [ScaleEvent], now: Double
  ) -> Decision {
    // Stabilization: the lowest recommendation of the scale-up window and the highest of the
    // scale-down window bound the move.
    var upRecommendation = proposal
    var downRecommendation = proposal
    let upCutoff = now - Double(up.stabilizationWindowSeconds)
    let downCutoff = now - Double(down.stabilizationWindowSeconds)
    for r in recommendations {
      if r.time > upCutoff { upRecommendation = Swift.min(upRecommendation, r.replicas) }
      if r.time > downCutoff { downRecommendation = Swift.max(downRecommendation, r.replicas) }
    }
    var desired = current
    if desired < upRecommendation { desired = upRecommendation }
    if desired > downRecommendation { desired = downRecommendation }
    let longest = Double(Swift.max(up.stabilizationWindowSeconds, down.stabilizationWindowSeconds))
    let kept = recommendations.filter { $0.time > now - longest } + [Recommendation(replicas: proposal, time: now)]

    // Rates and bounds.
    var limit: Limit?
    if desired > current {
      var ceiling = maxReplicas
      let rate = Swift.max(current, scaleUpLimit(current: current, events: scaleUpEvents, rules: up, now: now))
      if ceiling > rate {
        ceiling = rate
        if desired > ceiling { limit = .scaleUpLimit }
      } else if desired > ceiling {
        limit = .tooManyReplicas
      }
      desired = Swift.min(desired, ceiling)
    } else if desired < current {
      var floor = minReplicas
      let rate = Swift.min(current, scaleDownLimit(current: current, events: scaleDownEvents, rules: down, now: now))
      if floor < rate {
        floor = rate
        if desired < floor { limit = .scaleDownLimit }
      } else if desired < floor {
        limit = .tooFewReplicas
      }
      desired = Swift.max(desired, floor)
    }
    if desired > maxReplicas {
      desired = maxReplicas
      limit = .tooManyReplicas
    } else if desired < minReplicas {
      desired = minReplicas
      limit = .tooFewReplicas
    }
    return Decision(replicas: desired, limit: limit, recommendations: kept)
  }

  /// Pods changed by the events of the last `period` seconds.
  static func changed(in period: Int, _ events: [ScaleEvent], now: Double) -> Int {
    events.filter { $0.time > now - Double(period) }.reduce(0) { $0 + $1.change }
  }

  static func scaleUpLimit(current: Int, events: [ScaleEvent], rules: Rules, now: Double) -> Int {
    if rules.selectPolicy == .disabled { return current }
    var result = rules.selectPolicy == .min ? Int.max : Int.min
    for p in rules.policies {
      let start = current - changed(in: p.periodSeconds, events, now: now)
      let proposed = p.type == .pods ? start + p.value : ceilInt(Double(start) * (1 + Double(p.value) / 100))
      result = rules.selectPolicy == .min ? Swift.min(result, proposed) : Swift.max(result, proposed)
    }
    return result == Int.min || result == Int.max ? current : result
  }

  static func scaleDownLimit(current: Int, events: [ScaleEvent], rules: Rules, now: Double) -> Int {
    if rules.selectPolicy == .disabled { return current }
    var result = rules.selectPolicy == .min ? Int.min : Int.max
    for p in rules.policies {
      let start = current + changed(in: p.periodSeconds, events, now: now)
      let proposed = p.type == .pods ? start - p.value : Int(Double(start) * (1 - Double(p.value) / 100))
      result = rules.selectPolicy == .min ? Swift.max(result, proposed) : Swift.min(result, proposed)
    }
    return result == Int.min || result == Int.max ? current : result
  }

  /// The events still inside the longest policy period (older ones can no longer limit).
  public static func pruned(_ events: [ScaleEvent], rules: Rules, now: Double) -> [ScaleEvent] {
    let longest = Double(rules.policies.map(\.periodSeconds).max() ?? 0)
    return events.filter { $0.time > now - longest }
  }
}
