public import FluidModel

/// A dataset's cache: the dataset's own figures (`status.cacheStates`, which Fluid fills from
/// the engine's report) and each worker's, from its metrics. One pure builder shared by
/// `fluidctl cache` and `fluidctl top`, so the two never disagree; the same on both backends.
public struct CacheReport: Sendable, Equatable {
  public struct Tier: Sendable, Equatable {
    public var medium: String
    public var path: String
    public var quotaBytes: Double
    /// From the worker's metrics; nil when they do not say.
    public var usedBytes: Double?
  }

  public struct Worker: Sendable, Equatable {
    public var name: String
    public var node: String
    public var ready: Bool
    public var tiers: [Tier]
    /// What the worker offers: its tiered store's quotas while it is ready, else 0.
    public var capacityBytes: Double
    /// What it holds, from its metrics; nil when unknown.
    public var cachedBytes: Double?
    /// Why `cachedBytes` is unknown (no metrics endpoint, RBAC, proxy failure), if it is.
    public var metricsError: String?
  }

  public var namespace: String
  public var dataset: String
  /// `alluxioruntime.data.fluid.io/NAME`, or nil when no runtime binds the dataset.
  public var runtime: String?
  public var runtimeKind: String?
  public var phase: String
  public var cacheCapacity: String
  public var cached: String
  public var cachedPercentage: String
  public var cacheHitRatio: String
  public var ufsTotal: String
  public var workersReady: Int64
  public var workersDesired: Int64
  public var workers: [Worker]

  /// How a worker's metrics read went: the body, or why it failed.
  public typealias MetricsReading = Result<String, MetricsFailure>
  public struct MetricsFailure: Error, Sendable, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
  }

  /// Builds the report. `runtime` is the runtime bound to the dataset with its kind;
  /// `pods` the runtime's worker pods (those its `status.selector` picks); `metrics` the
  /// reading of each worker's endpoint by pod name (absent: not read).
  public static func build(
    dataset ds: JSONValue, runtime: (descriptor: ResourceDescriptor, object: JSONValue)?, pods: [JSONValue],
    metrics: [String: MetricsReading]
  ) -> CacheReport {
    let view = Dataset(json: ds)
    let states = view.cacheStates
    let rt = runtime.map { AlluxioRuntime(json: $0.object) }  // every runtime kind shares these fields
    let levels = rt?.tieredStoreLevels ?? []
    let quota = levels.reduce(0.0) { $0 + ($1.quota?.value ?? 0) }
    let endpoint = runtime.flatMap { WorkerMetricsEndpoint.of(runtimeKind: $0.descriptor.kind) }
    let workers = pods.sorted { ($0["metadata"]?["name"]?.stringValue ?? "") < ($1["metadata"]?["name"]?.stringValue ?? "") }.map {
      pod -> Worker in
      let name = pod["metadata"]?["name"]?.stringValue ?? ""
      let ready = isReady(pod)
      var figures: WorkerCacheFigures?
      var error: String?
      switch metrics[name] {
      case .success(let text)?:
        if let endpoint { figures = endpoint.figures(PrometheusText.parse(text)) }
        if figures?.usedBytes == nil { error = "the worker's metrics do not report its cache" }
      case .failure(let f)?: error = f.reason
      case nil:
        error = endpoint == nil ? "\(runtime?.descriptor.kind ?? "the runtime")'s workers serve no cache metrics" : (ready ? "not read" : "the worker is not ready")
      }
      let tiers = levels.map {
        Tier(medium: $0.mediumType, path: $0.path ?? "", quotaBytes: $0.quota?.value ?? 0, usedBytes: figures?.tierUsed[$0.mediumType])
      }
      return Worker(
        name: name, node: pod["spec"]?["nodeName"]?.stringValue ?? "", ready: ready, tiers: tiers,
        capacityBytes: ready ? (figures?.capacityBytes ?? quota) : 0, cachedBytes: figures?.usedBytes, metricsError: error)
    }
    func state(_ key: String) -> String { states[key] ?? "" }
    return CacheReport(
      namespace: view.namespace ?? "", dataset: view.name,
      runtime: runtime.map { "\($0.descriptor.qualifiedSingular)/\($0.object["metadata"]?["name"]?.stringValue ?? "")" },
      runtimeKind: runtime?.descriptor.kind, phase: view.phase ?? "", cacheCapacity: state("cacheCapacity"),
      cached: state("cached"), cachedPercentage: state("cachedPercentage"), cacheHitRatio: state("cacheHitRatio"),
      ufsTotal: view.ufsTotal ?? "", workersReady: rt?.workerNumberReady ?? 0,
      workersDesired: rt.map { $0.desiredWorkerNumberScheduled > 0 ? $0.desiredWorkerNumberScheduled : $0.replicas } ?? 0,
      workers: workers)
  }

  /// Whether a pod's Ready condition is True.
  public static func isReady(_ pod: JSONValue) -> Bool {
    (pod["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
  }

  /// Cached and capacity in bytes, from the dataset's cache states (nil when not reported).
  public var cachedBytes: Double? { FluidFormat.parseBytes(cached) }
  public var capacityBytes: Double? { FluidFormat.parseBytes(cacheCapacity) }
  public var ufsTotalBytes: Double? { FluidFormat.parseBytes(ufsTotal) }
  public var hitRatio: Double? { FluidFormat.parsePercent(cacheHitRatio) }

  /// The report as `cache -o json` and `top --once -o json` print it.
  public var json: JSONValue {
    var o: JSONValue = [
      "dataset": .string("\(namespace)/\(dataset)"), "runtime": runtime.map(JSONValue.string) ?? .null,
      "phase": .string(phase), "cacheCapacity": .string(cacheCapacity), "cached": .string(cached),
      "cachedPercentage": .string(cachedPercentage), "cacheHitRatio": .string(cacheHitRatio), "ufsTotal": .string(ufsTotal),
      "workersReady": .int(workersReady), "workersDesired": .int(workersDesired),
      "workers": .array(workers.map(\.json)),
    ]
    if let v = cachedBytes { o["cachedBytes"] = .double(v) }
    if let v = capacityBytes { o["capacityBytes"] = .double(v) }
    if let v = ufsTotalBytes { o["ufsTotalBytes"] = .double(v) }
    if let v = hitRatio { o["hitRatio"] = .double(v) }
    return o
  }
}

extension CacheReport.Worker {
  public var json: JSONValue {
    var w: JSONValue = [
      "name": .string(name), "node": .string(node), "ready": .bool(ready), "capacityBytes": .double(capacityBytes),
      "tiers": .array(
        tiers.map { t in
          var o: JSONValue = ["medium": .string(t.medium), "path": .string(t.path), "capacity": .double(t.quotaBytes)]
          if let u = t.usedBytes { o["usedBytes"] = .double(u) }
          return o
        }),
    ]
    if let cachedBytes { w["cachedBytes"] = .double(cachedBytes) }
    if let metricsError { w["metricsError"] = .string(metricsError) }
    return w
  }
}
