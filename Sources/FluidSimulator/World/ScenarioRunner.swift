import FluidKit
import FluidModel
import Foundation

/// Runs a scenario's workload on a manual virtual clock, through the same controllers and data
/// plane as the embedded cluster, once per case, each in a fresh cluster: no cache, the
/// preheated cache of the workload's workers, and (when the workload asks) the autoscaled one.
public enum ScenarioRunner {
  public static func run(_ scenario: Scenario, statePath: String, wall: @escaping @Sendable () -> Date = { Date() }) async throws -> ScenarioReport {
    guard let w = scenario.workload else { throw FluidError.usage("scenario \(scenario.name) has no workload to run") }
    var configs = [CacheConfig.noCache, CacheConfig(workers: w.workers, tier: w.tier)]
    if let a = w.autoscale { configs.append(CacheConfig(workers: a.min, tier: w.tier, autoscale: a)) }
    var cases: [CaseReport] = []
    for (i, config) in configs.enumerated() {
      cases.append(try await runCase(scenario, w, config, statePath: i == 0 ? statePath : "\(statePath)-\(i)", wall: wall))
    }
    let size = Metadata.of(mountPoint: w.mount, catalog: scenario.ufs).totalBytes
    let pods = w.bursts.count == 1 ? "\(w.totalPods) pods" : "\(w.bursts.count) bursts of \(w.totalPods) pods in all"
    let summary = "\(pods) read \(FluidFormat.bytes(size)) each from \(w.mount); \(w.workers) cache worker\(w.workers == 1 ? "" : "s")"
    return ScenarioReport(scenario: scenario.name, summary: summary, cases: cases)
  }

  /// Runs the workload under one cache configuration in a fresh cluster at `statePath`: asks
  /// for the cache at t = 0, warms it when `preheat`, adds the autoscaler once the dataset is
  /// bound, starts each burst at its time (or when the cache is ready), and runs until every
  /// reader is done. Counts the workers asked for, second by second, from t = 0.
  public static func runCase(
    _ scenario: Scenario, _ w: Workload, _ config: CacheConfig, statePath: String, wall: @escaping @Sendable () -> Date = { Date() }
  ) async throws -> CaseReport {
    try await withTaskExecutorPreference(SimulationThreads.shared) {
      try await simulateCase(scenario, w, config, statePath: statePath, wall: wall)
    }
  }

  /// `runCase`'s work, on whatever executor the caller's task prefers.
  static func simulateCase(
    _ scenario: Scenario, _ w: Workload, _ config: CacheConfig, statePath: String, wall: @escaping @Sendable () -> Date
  ) async throws -> CaseReport {
    // The case starts on the hour: periodic controllers (15 s HPA syncs, status refreshes)
    // then line up with it the same way every run, and the figures repeat exactly.
    let start = Date(timeIntervalSince1970: (wall().timeIntervalSince1970 / 3600).rounded(.down) * 3600)
    var clock = SimulationClock.following(wall: start)
    clock.mode = .manual
    let cluster = try EmbeddedCluster.initialize(path: statePath, scenario: scenario, clock: clock, now: wall)
    let size = Metadata.of(mountPoint: w.mount, catalog: scenario.ufs).totalBytes
    let t0 = try await cluster.currentTime()
    let setup = CaseSetup(cluster: cluster, workload: w, config: config, size: size)
    let runtime = config.workers > 0 ? try await setup.askForCache() : nil
    var bound: Double?
    var warmed: Double?
    var warmup: Double?
    var starts: [Double?] = Array(repeating: nil, count: w.bursts.count)
    var timeline: [TimelineSample] = []
    var workerSeconds = 0.0
    var current = config.workers
    var peak = config.workers
    var last = 0.0
    var finished: [JSONValue] = []
    var lastStart = 0.0

    // The clock moves to the next instant a controller acts (controllers change the world only
    // then): at least 1 s ahead while waiting for the cache to become ready, 5 s while the pods
    // read; at most 60 s (the timeline's resolution); never past the next burst's time.
    func nextStep(_ now: Double) throws -> Double {
      let waiting = runtime != nil && (bound == nil || (config.preheat && warmed == nil))
      var step = 60.0
      if let next = try cluster.nextScheduledTime() { step = min(step, max(waiting ? 1 : 5, next.timeIntervalSince(t0) - now)) }
      for (i, b) in w.bursts.enumerated() where starts[i] == nil { if let at = b.at, at > now { step = min(step, at - now) } }
      return max(step, 0.001)
    }

    try await advance(cluster, step: nextStep, limit: Workload.maxStart + 7 * 86_400) { now in
      workerSeconds += Double(current) * (now - last)
      last = now
      if let runtime {
        if bound == nil, try await setup.datasetPhase() == "Bound" {
          bound = now
          if config.preheat { try await setup.startWarmUp() }
          if let a = config.autoscale { try await setup.addAutoscaler(a, on: runtime) }
        }
        if config.preheat, bound != nil, warmed == nil, try await setup.warmUpDone() {
          warmed = now
          let t = try cluster.transfer(namespace: "default", ofLoad: setup.warmUpName)
          warmup = (t?.finishedAt ?? 0) - (t?.startedAt ?? 0)
        }
        current = Int(try await cluster.get(runtime, namespace: "default", name: w.dataset)["spec"]?["replicas"]?.intValue ?? Int64(current))
        peak = max(peak, current)
      }
      let ready: Double? = runtime == nil ? 0 : (config.preheat ? warmed : bound)
      for (i, b) in w.bursts.enumerated() where starts[i] == nil {
        guard let at = b.at ?? ready, now >= at - 1e-6 else { continue }
        starts[i] = now
        lastStart = now
        try await setup.startBurst(b, index: i)
      }
      // Before the first burst there are no readers to list.
      let readers = starts.allSatisfy({ $0 == nil }) ? [] : try await cluster.list(CoreKinds.pod, namespace: "default", options: ListOptions(labelSelector: Self.readers)).items
      let throughput = readers.reduce(0.0) { $0 + (Double($1["metadata"]?["annotations"]?[ReadAnnotations.rate]?.stringValue ?? "") ?? 0) }
      timeline.append(TimelineSample(t: now, workers: runtime == nil ? 0 : current, throughput: throughput, cached: try await setup.cachedFraction()))
      guard starts.allSatisfy({ $0 != nil }), readers.count == w.totalPods,
        readers.allSatisfy({ $0["metadata"]?["annotations"]?[ReadAnnotations.finishedAt] != nil })
      else { return false }
      finished = readers
      return true
    }
    let t0s = t0.timeIntervalSince1970
    func ann(_ p: JSONValue, _ k: String) -> Double { Double(p["metadata"]?["annotations"]?[k]?.stringValue ?? "") ?? 0 }
    var bursts: [BurstReport] = []
    for (i, b) in w.bursts.enumerated() {
      let pods = finished.filter { $0["metadata"]?["labels"]?["burst"]?.stringValue == b.name }
      let start = starts[i] ?? 0
      bursts.append(
        BurstReport(
          name: b.name, pods: b.pods, start: start,
          firstByte: Percentiles(pods.map { max(0, ann($0, ReadAnnotations.startedAt) - t0s - start) }),
          completion: Percentiles(pods.map { max(0, ann($0, ReadAnnotations.finishedAt) - t0s - start) }),
          ufsBytes: pods.reduce(0) { $0 + ann($1, ReadAnnotations.ufsBytes) }, cacheBytes: pods.reduce(0) { $0 + ann($1, ReadAnnotations.cacheBytes) }))
    }
    let end = finished.map { ann($0, ReadAnnotations.finishedAt) - t0s }.max() ?? last
    // The last step may overshoot the last reader: count workers up to it only.
    workerSeconds -= Double(current) * max(0, last - end)
    return CaseReport(
      config: config, setupSeconds: bound, warmupSeconds: warmup, warmupBytes: warmup == nil ? 0 : size, seconds: end,
      workerHours: workerSeconds / 3600, peakWorkers: runtime == nil ? 0 : peak, bursts: bursts,
      timeline: timeline.filter { $0.t <= end + 1e-6 })
  }

  static let readers = try! LabelSelector(parsing: "app=reader")

  /// Moves the manual clock by `step(now)` until `until(now)` holds (or `limit` simulated
  /// seconds pass); `now` is seconds since the first call.
  static func advance(
    _ c: EmbeddedCluster, step: (Double) throws -> Double, limit: Double, until: (Double) async throws -> Bool
  ) async throws {
    try c.advanceWorld()
    var elapsed = 0.0
    while try await !until(elapsed) {
      guard elapsed < limit else { throw FluidError.timeout("the scenario did not finish within \(Int(limit)) simulated seconds") }
      let s = try step(elapsed)
      try c.updateClock { clock, wall in clock.advance(s, wall: wall) }
      try c.advanceWorld()
      elapsed += s
    }
  }
}
