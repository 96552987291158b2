import FluidSimulator
import Testing

/// The HorizontalPodAutoscaler arithmetic against the examples of Kubernetes' documentation
/// ("Horizontal Pod Autoscaling": algorithm details, and "Configurable scaling behavior").
@Suite struct HPAAlgorithmTests {
  typealias H = HPAAlgorithm

  func decide(
    _ proposal: Int, current: Int, min: Int = 1, max: Int = 100, up: H.Rules = .defaultScaleUp, down: H.Rules = .defaultScaleDown,
    recommendations: [H.Recommendation] = [], upEvents: [H.ScaleEvent] = [], downEvents: [H.ScaleEvent] = [], now: Double = 1000
  ) -> H.Decision {
    H.decide(
      proposal: proposal, current: current, min: min, max: max, up: up, down: down, recommendations: recommendations,
      scaleUpEvents: upEvents, scaleDownEvents: downEvents, now: now)
  }

  /// desiredReplicas = ceil[currentReplicas × (currentMetricValue / desiredMetricValue)]:
  /// 200m against 100m doubles, 50m halves, and a ratio within 0.1 of 1.0 changes nothing.
  @Test func theFormulaAndItsTolerance() {
    #expect(H.proposal(.utilization(currentPercent: 200, targetPercent: 100), current: 4, ready: 4) == 8)
    #expect(H.proposal(.utilization(currentPercent: 50, targetPercent: 100), current: 4, ready: 4) == 2)
    #expect(H.proposal(.utilization(currentPercent: 109, targetPercent: 100), current: 4, ready: 4) == 4)
    #expect(H.proposal(.utilization(currentPercent: 111, targetPercent: 100), current: 4, ready: 4) == 5)  // ceil(4.44)
    // AverageValue: the total over the per-pod target (here 3 pods' worth at 200m each).
    #expect(H.proposal(.averageValue(total: 0.6, target: 0.1), current: 3, ready: 3) == 6)
    // An Object metric's Value (Fluid's capacity_used_rate on the dataset): 95 against 80 on 2 ready workers.
    #expect(H.proposal(.value(current: 95, target: 80), current: 2, ready: 2) == 3)  // ceil(2.375)
    #expect(H.proposal(.value(current: 85, target: 80), current: 2, ready: 2) == 2)  // within 10 %
  }

  @Test func minAndMaxBoundTheResult() {
    let high = decide(20, current: 8, max: 10)
    #expect(high.replicas == 10)
    #expect(high.limit == .tooManyReplicas)
    let low = decide(1, current: 3, min: 2, down: H.Rules(stabilizationWindowSeconds: 0, policies: [H.Policy(.percent, 100, per: 15)]))
    #expect(low.replicas == 2)
    #expect(low.limit == .tooFewReplicas)
    #expect(decide(5, current: 5).limit == nil)
  }

  /// The default scale-up: 4 pods or 100 % per 15 s, whichever is more.
  @Test func defaultScaleUpRate() {
    let first = decide(10, current: 1)
    #expect(first.replicas == 5)  // max(1 + 4, 1 × 2)
    #expect(first.limit == .scaleUpLimit)
    #expect(decide(30, current: 10).replicas == 20)  // max(14, 20)
    // Within the same 15 s, pods already added count against the limit.
    let again = decide(30, current: 20, upEvents: [H.ScaleEvent(change: 10, time: 995)])
    #expect(again.replicas == 20)  // the period started at 10: max(14, 20)
  }

  /// "scaleDown: Pods 4 per 60 s and Percent 10 per 60 s": from 80 replicas the first step
  /// removes 8; at 72, 10 % is 7.2, and 8 go; below 40 the Pods policy applies (4 at a time).
  @Test func theDocumentedScaleDownPolicies() {
    let rules = H.Rules(stabilizationWindowSeconds: 0, policies: [H.Policy(.pods, 4, per: 60), H.Policy(.percent, 10, per: 60)])
    #expect(decide(10, current: 80, down: rules).replicas == 72)
    #expect(decide(10, current: 72, down: rules).replicas == 64)
    #expect(decide(10, current: 30, down: rules).replicas == 26)
    // A second step inside the same 60 s may not go further.
    let same = decide(10, current: 72, down: rules, downEvents: [H.ScaleEvent(change: 8, time: 980)])
    #expect(same.replicas == 72)
    #expect(same.limit == .scaleDownLimit)
    // selectPolicy Min picks the policy that changes least.
    var least = rules
    least.selectPolicy = .min
    #expect(decide(10, current: 80, down: least).replicas == 76)
    var off = rules
    off.selectPolicy = .disabled
    #expect(decide(10, current: 80, down: off).replicas == 80)
  }

  /// "scaleUp: Percent 900 per 60 s": a single pod may become 10 at once.
  @Test func percentPoliciesScaleFromTheStartOfThePeriod() {
    let rules = H.Rules(stabilizationWindowSeconds: 0, policies: [H.Policy(.percent, 900, per: 60)])
    #expect(decide(50, current: 1, up: rules).replicas == 10)
  }

  /// The scale-down window (300 s by default) keeps the highest recommendation of the last
  /// 5 minutes, so a short dip does not remove pods; after the window the lower one wins.
  @Test func stabilizationWindows() {
    let past = [H.Recommendation(replicas: 5, time: 800), H.Recommendation(replicas: 3, time: 950)]
    let held = decide(2, current: 5, recommendations: past, now: 1000)
    #expect(held.replicas == 5)
    #expect(held.recommendations.last == H.Recommendation(replicas: 2, time: 1000))
    let later = decide(2, current: 5, recommendations: held.recommendations, now: 1301)
    #expect(later.replicas == 2)
    // A scale-up window keeps the lowest recommendation of its window.
    let cautious = H.Rules(stabilizationWindowSeconds: 60, policies: H.Rules.defaultScaleUp.policies)
    #expect(decide(8, current: 2, up: cautious, recommendations: [H.Recommendation(replicas: 3, time: 970)]).replicas == 3)
  }
}
