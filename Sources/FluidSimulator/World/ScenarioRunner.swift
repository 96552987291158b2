import FluidKit
import FluidModel
import Foundation

/// The outcome of `sim run`: simulated time, UFS bytes and cache bytes per phase.
public struct ScenarioReport: Sendable {
  public struct Phase: Sendable {
    public var name: String
    public var seconds: Double
    public var ufsBytes: Double
    public var cacheBytes: Double
  }
  /// One way of serving the workload, for the side-by-side comparison: its time from asking
  /// for the cache to the last reader done, and the worker-hours it took.
  public struct Case: Sendable {
    public var name: String
    public var seconds: Double
    public var workerHours: Double
    public var peakWorkers: Int
    /// When the burst's pods finished, in seconds from its first read: p50, p95 and max.
    public var completion: Percentiles
  }

  public struct Percentiles: Sendable, Equatable {
    public var p50: Double
    public var p95: Double
    public var max: Double
    /// Nearest-rank percentiles of `values` (zeros when empty).
    public init(_ values: [Double]) {
      let v = values.sorted()
      func rank(_ q: Double) -> Double { v.isEmpty ? 0 : v[Swift.max(0, Int((q * Double(v.count)).rounded(.up)) - 1)] }
      p50 = rank(0.5)
      p95 = rank(0.95)
      max = v.last ?? 0
    }
  }
  public var scenario: String
  public var summary: String
  public var phases: [Phase]
  /// The fixed cache and, when the workload asks for an autoscaler, the autoscaled one.
  public var cases: [Case] = []
  public var directSeconds: Double
  /// Cache setup (runtime ready, dataset bound) plus warm-up plus serving: everything the
  /// cached path costs from the moment the cache is asked for.
  public var cachedSeconds: Double
  public var speedup: Double { cachedSeconds > 0 ? directSeconds / cachedSeconds : 0 }

  /// `20.0x faster`, or `2.0x slower` when the cache does not pay off.
  public var comparison: String {
    guard speedup > 0 else { return "no comparison" }
    return speedup >= 1
      ? FluidFormat.fixed(speedup, decimals: 1) + "x faster" : FluidFormat.fixed(1 / speedup, decimals: 1) + "x slower"
  }

  public var json: JSONValue {
    [
      "scenario": .string(scenario), "summary": .string(summary),
      "phases": .array(phases.map {
        ["name": .string($0.name), "seconds": .double(($0.seconds * 1000).rounded() / 1000), "ufsBytes": .double($0.ufsBytes), "cacheBytes": .double($0.cacheBytes)]
      }),
      "directSeconds": .double((directSeconds * 1000).rounded() / 1000),
      "cachedSeconds": .double((cachedSeconds * 1000).rounded() / 1000),
      "speedup": .double((speedup * 100).rounded() / 100),
      "cases": .array(cases.map {
        [
          "name": .string($0.name), "seconds": .double(($0.seconds * 1000).rounded() / 1000),
          "workerHours": .double(($0.workerHours * 1000).rounded() / 1000), "peakWorkers": .int(Int64($0.peakWorkers)),
          "completion": [
            "p50": .double(($0.completion.p50 * 1000).rounded() / 1000), "p95": .double(($0.completion.p95 * 1000).rounded() / 1000),
            "max": .double(($0.completion.max * 1000).rounded() / 1000),
          ],
        ]
      }),
    ]
  }
}

/// Runs a scenario's workload to completion on a manual virtual clock, through the same
/// controllers and data plane as the embedded cluster: N pods read S bytes straight from the
/// UFS; then a Dataset and runtime are set up, a DataLoad warms the cache, and N pods read
/// through it.
public enum ScenarioRunner {
  public static func run(_ scenario: Scenario, statePath: String, wall: @escaping @Sendable () -> Date = { Date() }) async throws -> ScenarioReport {
    guard let w = scenario.workload, let mount = w["mount"]?.stringValue else {
      throw FluidError.usage("scenario \(scenario.name) has no workload to run")
    }
    var clock = SimulationClock.following(wall: wall())
    clock.mode = .manual
    let cluster = try EmbeddedCluster.initialize(path: statePath, scenario: scenario, clock: clock, now: wall)
    let size = Metadata.of(mountPoint: mount, catalog: scenario.ufs).totalBytes
    let pods = Int(w["pods"]?.intValue ?? 1)
    let workers = Int(w["workers"]?.intValue ?? 1)
    let podSelector = w["podNodeSelector"] ?? .object([:])
    var phases: [ScenarioReport.Phase] = []

    // 1. Direct reads from the UFS.
    for i in 0..<pods { _ = try await cluster.create(CoreKinds.pod, namespace: "default", object: reader("direct-\(i)", bytes: size, url: mount, claim: nil, selector: podSelector), options: WriteOptions()) }
    let direct = try await readPhase(cluster, prefix: "reader-direct-", count: pods).0
    phases.append(.init(name: "direct read (no cache)", seconds: direct, ufsBytes: size * Double(pods), cacheBytes: 0))

    // 2-4. The same pods through a fixed cache, in the same cluster.
    let fixed = try await cachedPath(cluster, w, mount: mount, size: size, pods: pods, workers: workers, autoscale: nil)
    phases += fixed.phases
    var cases = [
      ScenarioReport.Case(
        name: "\(workers) fixed workers", seconds: fixed.seconds, workerHours: fixed.workerSeconds / 3600, peakWorkers: workers,
        completion: fixed.completion)
    ]
    // 5. With an autoscaler: a fresh cluster, the fewest workers warmed up, the autoscaler
    // adding workers while the pods read.
    if let a = Autoscale(w["autoscale"]) {
      let other = try EmbeddedCluster.initialize(path: statePath + "-autoscaled", scenario: scenario, clock: clock, now: wall)
      let auto = try await cachedPath(other, w, mount: mount, size: size, pods: pods, workers: a.min, autoscale: a)
      cases.append(
        .init(
          name: "autoscaled \(a.min)-\(a.max) workers", seconds: auto.seconds, workerHours: auto.workerSeconds / 3600,
          peakWorkers: auto.peakWorkers, completion: auto.completion))
    }
    let summary = "\(pods) pods read \(FluidFormat.bytes(size)) each from \(mount); \(workers) cache workers"
    var report = ScenarioReport(scenario: scenario.name, summary: summary, phases: phases, directSeconds: direct, cachedSeconds: fixed.seconds)
    report.cases = cases
    return report
  }

  /// A workload's `autoscale: {min, max, throughputPerWorker}`: an HPA on the dataset's
  /// `cache_throughput` with that target per worker.
  struct Autoscale {
    var min: Int
    var max: Int
    var perWorker: String
    init?(_ v: JSONValue?) {
      guard let v, let max = v["max"]?.intValue, let per = v["throughputPerWorker"]?.stringValue ?? v["throughputPerWorker"]?.intValue.map(String.init) else { return nil }
      self.min = Int(v["min"]?.intValue ?? 1)
      self.max = Int(max)
      perWorker = per
    }
  }

  struct CachedOutcome {
    var phases: [ScenarioReport.Phase]
    /// Setup, warm-up and serving.
    var seconds: Double
    var workerSeconds: Double
    var peakWorkers: Int
    var completion: ScenarioReport.Percentiles
  }

  /// Sets up the dataset and runtime with `workers`, warms the cache, then lets the pods read
  /// through it (with `autoscale`, an HPA scales the workers meanwhile); counts worker-seconds.
  static func cachedPath(
    _ cluster: EmbeddedCluster, _ w: JSONValue, mount: String, size: Double, pods: Int, workers: Int, autoscale: Autoscale?
  ) async throws -> CachedOutcome {
    let dsName = w["dataset"]?.stringValue ?? "data"
    let podSelector = w["podNodeSelector"] ?? .object([:])
    var phases: [ScenarioReport.Phase] = []
    let setupStart = try await cluster.currentTime()
    let quotaGiB = Int64(saturating: (size / Double(max(workers, 1)) * 1.1 / 1_073_741_824).rounded(.up))
    _ = try await cluster.apply(Dataset.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": .string(dsName)],
      "spec": ["mounts": [["mountPoint": .string(mount), "name": .string(dsName)]]],
    ], options: ApplyOptions())
    let engine = Engine.forType(w["runtime"]?.stringValue ?? "alluxio") ?? Engine.table[0]
    guard let rd = FluidCRDs.descriptors.first(where: { $0.kind == engine.kind }) else { throw FluidError.usage("unknown runtime") }
    _ = try await cluster.apply(rd, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": .string(engine.kind), "metadata": ["name": .string(dsName)],
      "spec": [
        "replicas": .int(Int64(workers)),
        "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": .string("\(max(quotaGiB, 1))Gi")]]],
        "worker": ["nodeSelector": w["workerNodeSelector"] ?? .object([:])],
      ],
    ], options: ApplyOptions())
    try await advance(cluster, until: { try await cluster.get(Dataset.descriptor, namespace: "default", name: dsName)["status"]?["phase"] == "Bound" }, limit: 3600)
    let bound = try await cluster.currentTime()
    phases.append(.init(name: "cache setup", seconds: bound.timeIntervalSince(setupStart), ufsBytes: 0, cacheBytes: 0))

    _ = try await cluster.create(DataLoad.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": .string("\(dsName)-warmup")],
      "spec": ["dataset": ["name": .string(dsName), "namespace": "default"]],
    ], options: WriteOptions())
    try await advance(cluster, until: {
      try await cluster.get(DataLoad.descriptor, namespace: "default", name: "\(dsName)-warmup")["status"]?["phase"] == "Complete"
    }, limit: 86_400)
    let loader = try cluster.transfer(namespace: "default", ofLoad: "\(dsName)-warmup")
    let warm = (loader?.finishedAt ?? 0) - (loader?.startedAt ?? 0)
    phases.append(.init(name: "warm-up (DataLoad)", seconds: warm, ufsBytes: size, cacheBytes: 0))

    if let a = autoscale {
      _ = try await cluster.create(CoreKinds.horizontalPodAutoscaler, namespace: "default", object: [
        "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": .string(dsName)],
        "spec": [
          "scaleTargetRef": ["apiVersion": .string(rd.apiVersion), "kind": .string(rd.kind), "name": .string(dsName)],
          "minReplicas": .int(Int64(a.min)), "maxReplicas": .int(Int64(a.max)),
          "metrics": [[
            "type": "Object",
            "object": [
              "metric": ["name": "cache_throughput"],
              "describedObject": ["apiVersion": .string(Dataset.descriptor.apiVersion), "kind": "Dataset", "name": .string(dsName)],
              "target": ["type": "AverageValue", "averageValue": .string(a.perWorker)],
            ],
          ]],
        ],
      ], options: WriteOptions())
    }
    let serveStart = try await cluster.currentTime()
    let prefix = "reader-\(autoscale == nil ? "cached" : "auto")-"
    for i in 0..<pods {
      let name = "\(autoscale == nil ? "cached" : "auto")-\(i)"
      _ = try await cluster.create(CoreKinds.pod, namespace: "default", object: reader(name, bytes: size, url: nil, claim: dsName, selector: podSelector), options: WriteOptions())
    }
    // Worker-seconds while serving: the workers asked for, step by step.
    var workerSeconds = Double(workers) * serveStart.timeIntervalSince(setupStart)
    var peak = workers
    var last = serveStart
    var current = workers
    let (serve, finishes) = try await readPhase(cluster, prefix: prefix, count: pods) {
      let now = try await cluster.currentTime()
      workerSeconds += Double(current) * now.timeIntervalSince(last)
      last = now
      current = Int(try await cluster.get(rd, namespace: "default", name: dsName)["spec"]?["replicas"]?.intValue ?? Int64(current))
      peak = max(peak, current)
    }
    phases.append(.init(name: autoscale == nil ? "serve from cache" : "serve, autoscaled", seconds: serve, ufsBytes: 0, cacheBytes: size * Double(pods)))
    let end = serveStart.addingTimeInterval(serve)
    workerSeconds += Double(current) * max(0, end.timeIntervalSince(last))
    // The cached time counts setup, warm-up and serving (not the controllers' polling between them).
    return CachedOutcome(
      phases: phases, seconds: phases.reduce(0) { $0 + $1.seconds }, workerSeconds: workerSeconds, peakWorkers: peak,
      completion: ScenarioReport.Percentiles(finishes))
  }

  static func reader(_ name: String, bytes: Double, url: String?, claim: String?, selector: JSONValue) -> JSONValue {
    var annotations: JSONValue = [.init(stringLiteral: ReadAnnotations.bytes): .string(String(format: "%.0f", bytes))]
    if let url { annotations[ReadAnnotations.url] = .string(url) }
    var pod: JSONValue = [
      "apiVersion": "v1", "kind": "Pod",
      "metadata": ["name": .string("reader-\(name)"), "annotations": annotations, "labels": ["app": "reader"]],
      "spec": ["containers": [["name": "main", "image": "model-server:sim"]], "restartPolicy": "Never", "nodeSelector": selector],
    ]
    if let claim { pod[path: ["spec", "volumes"]] = [["name": "data", "persistentVolumeClaim": ["claimName": .string(claim)]]] }
    return pod
  }

  /// Runs until every reader with `prefix` finished; returns first start to last finish, and
  /// each reader's finish from that first start. `step` runs after each move of the clock.
  static func readPhase(_ c: EmbeddedCluster, prefix: String, count: Int, step: () async throws -> Void = {}) async throws -> (Double, [Double]) {
    var first = Double.infinity
    var last = 0.0
    var finishes: [Double] = []
    try await advance(c, until: {
      try await step()
      let pods = try await c.list(CoreKinds.pod, namespace: "default", options: ListOptions()).items.filter {
        ($0["metadata"]?["name"]?.stringValue ?? "").hasPrefix(prefix)
      }
      let finished = pods.compactMap { Double($0["metadata"]?["annotations"]?[ReadAnnotations.finishedAt]?.stringValue ?? "") }
      guard finished.count == count else { return false }
      first = pods.compactMap { Double($0["metadata"]?["annotations"]?[ReadAnnotations.startedAt]?.stringValue ?? "") }.min() ?? 0
      last = finished.max() ?? 0
      finishes = finished.map { Swift.max(0, $0 - first) }
      return true
    }, limit: 7 * 86_400)
    return (max(0, last - first), finishes)
  }

  /// Moves the manual clock in steps until `until` holds (or `limit` simulated seconds pass).
  static func advance(_ c: EmbeddedCluster, until: () async throws -> Bool, limit: Double) async throws {
    try c.advanceWorld()
    var elapsed = 0.0
    while try await !until() {
      guard elapsed < limit else { throw FluidError.timeout("the scenario did not finish within \(Int(limit)) simulated seconds") }
      let step = elapsed < 120 ? 5.0 : 60.0
      try c.updateClock { clock, w in clock.advance(step, wall: w) }
      try c.advanceWorld()
      elapsed += step
    }
  }
}
