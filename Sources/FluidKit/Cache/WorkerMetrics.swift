public import FluidModel

/// What one worker says it holds, per medium and in all.
public struct WorkerCacheFigures: Sendable, Equatable {
  /// Bytes of cache the worker offers (nil when its metrics do not say).
  public var capacityBytes: Double?
  /// Bytes the worker holds.
  public var usedBytes: Double?
  /// Per medium (`MEM`, `SSD`, `HDD`): capacity and use, where the engine reports tiers.
  public var tierCapacity: [String: Double] = [:]
  public var tierUsed: [String: Double] = [:]

  public init(capacityBytes: Double? = nil, usedBytes: Double? = nil, tierCapacity: [String: Double] = [:], tierUsed: [String: Double] = [:]) {
    self.capacityBytes = capacityBytes
    self.usedBytes = usedBytes
    self.tierCapacity = tierCapacity
    self.tierUsed = tierUsed
  }
}

/// Where a cache engine's worker serves Prometheus metrics, read through the API server's pod
/// proxy (`/api/v1/namespaces/NS/pods/NAME:PORT/proxy/PATH`), and which metrics carry the
/// cache's figures. The simulator serves the same endpoints with its own figures.
///
/// - Alluxio: the worker's web port (container port `web`, 30000 by default) serves
///   `/metrics/prometheus/` with `Worker.CapacityTotal`, `Worker.CapacityUsed` and per tier
///   `Worker.CapacityTotalTier<MEDIUM>` / `Worker.CapacityUsedTier<MEDIUM>` (dots written as `_`).
/// - JuiceFS: the mount's metrics address (container port `metrics`, 9567 by default) serves
///   `/metrics` with `juicefs_blockcache_bytes` (bytes in the local block cache).
/// - Other engines (Jindo, EFC, Vineyard, Thin, CacheRuntime) document no worker metrics that
///   say what the cache holds: their workers report the tiered store's quotas only.
public struct WorkerMetricsEndpoint: Sendable, Equatable {
  public var portName: String
  public var defaultPort: Int
  public var path: String
  let engine: Engine
  enum Engine: Sendable, Equatable { case alluxio, juicefs }

  public static let alluxio = WorkerMetricsEndpoint(portName: "web", defaultPort: 30000, path: "/metrics/prometheus/", engine: .alluxio)
  public static let juicefs = WorkerMetricsEndpoint(portName: "metrics", defaultPort: 9567, path: "/metrics", engine: .juicefs)

  /// The endpoint of a runtime kind's workers; nil when the engine serves none fluidctl reads.
  public static func of(runtimeKind kind: String) -> WorkerMetricsEndpoint? {
    switch kind {
    case "AlluxioRuntime": return .alluxio
    case "JuiceFSRuntime": return .juicefs
    default: return nil
    }
  }

  /// The port on `pod`: its container port named `portName`, else the engine's default.
  public func port(of pod: JSONValue) -> Int {
    for c in pod["spec"]?["containers"]?.arrayValue ?? [] {
      for p in c["ports"]?.arrayValue ?? [] where p["name"]?.stringValue == portName {
        if let n = p["containerPort"]?.intValue, (1...65535).contains(n) { return Int(n) }
      }
    }
    return defaultPort
  }

  /// The figures in a worker's metrics.
  public func figures(_ samples: [PrometheusSample]) -> WorkerCacheFigures {
    var f = WorkerCacheFigures()
    switch engine {
    case .alluxio:
      for s in samples {
        if s.name == "Worker_CapacityTotal" { f.capacityBytes = s.value }
        else if s.name == "Worker_CapacityUsed" { f.usedBytes = s.value }
        else if s.name.hasPrefix("Worker_CapacityTotalTier") { f.tierCapacity[String(s.name.dropFirst(24))] = s.value }
        else if s.name.hasPrefix("Worker_CapacityUsedTier") { f.tierUsed[String(s.name.dropFirst(23))] = s.value }
      }
    case .juicefs:
      for s in samples where s.name == "juicefs_blockcache_bytes" { f.usedBytes = (f.usedBytes ?? 0) + s.value }
    }
    return f
  }

  /// The metrics a worker holding `used` of `capacity` bytes serves, split over its media in
  /// tier order (MEM, SSD, HDD: Alluxio fills the top tier first): what the simulator answers.
  public func exposition(tierCapacity: [(medium: String, bytes: Double)], usedBytes: Double) -> String {
    switch engine {
    case .alluxio:
      let total = tierCapacity.reduce(0) { $0 + $1.bytes }
      var left = max(0, usedBytes)
      var gauges: [(name: String, value: Double)] = [
        ("Worker_CapacityTotal", total), ("Worker_CapacityUsed", min(total, left)), ("Worker_CapacityFree", max(0, total - left)),
      ]
      for t in tierCapacity {
        let used = min(t.bytes, left)
        left -= used
        gauges.append(("Worker_CapacityTotalTier\(t.medium)", t.bytes))
        gauges.append(("Worker_CapacityUsedTier\(t.medium)", used))
      }
      return PrometheusText.write(gauges: gauges)
    case .juicefs:
      return PrometheusText.write(gauges: [
        ("juicefs_blockcache_bytes", max(0, usedBytes)), ("juicefs_blockcache_blocks", (max(0, usedBytes) / 4_194_304).rounded(.up)),
      ])
    }
  }
}
