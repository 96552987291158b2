import FluidKit
import FluidModel
import Foundation

/// One way to serve a workload: no cache (`workers` 0), or a cache of `workers` on `tier`,
/// warmed by a DataLoad first or not, optionally under an autoscaler (then `workers` is its
/// minimum).
public struct CacheConfig: Sendable, Hashable {
  public var workers: Int
  public var tier: String
  public var preheat: Bool
  public var autoscale: Workload.Autoscale?

  public init(workers: Int, tier: String = "MEM", preheat: Bool = true, autoscale: Workload.Autoscale? = nil) {
    self.workers = workers
    self.tier = tier
    self.preheat = preheat
    self.autoscale = autoscale
  }

  public static let noCache = CacheConfig(workers: 0, preheat: false)

  /// `no cache`, `10 workers MEM, preheated`, `autoscaled 2-10 workers MEM (20Gbps each), preheated`.
  public var name: String {
    if workers == 0 { return "no cache" }
    let warm = preheat ? "preheated" : "cold"
    if let a = autoscale {
      let target = Quantity(a.throughputPerWorker).map { Bandwidth.format($0.value * 8) } ?? a.throughputPerWorker + "B/s"
      return "autoscaled \(a.min)-\(a.max) workers \(tier) (\(target) each), \(warm)"
    }
    return "\(workers) worker\(workers == 1 ? "" : "s") \(tier), \(warm)"
  }

  var json: JSONValue {
    var o: JSONValue = ["workers": .int(Int64(workers)), "tier": .string(tier), "preheat": .bool(preheat)]
    if let a = autoscale {
      o["autoscale"] = ["min": .int(Int64(a.min)), "max": .int(Int64(a.max)), "throughputPerWorker": .string(a.throughputPerWorker)]
    }
    return o
  }
}

/// Nearest-rank percentiles (zeros when there are no values).
public struct Percentiles: Sendable, Equatable {
  public var p50: Double
  public var p95: Double
  public var max: Double
  public init(_ values: [Double]) {
    let v = values.sorted()
    func rank(_ q: Double) -> Double { v.isEmpty ? 0 : v[Swift.max(0, Int((q * Double(v.count)).rounded(.up)) - 1)] }
    p50 = rank(0.5)
    p95 = rank(0.95)
    max = v.last ?? 0
  }

  var json: JSONValue { ["p50": ScenarioReport.seconds(p50), "p95": ScenarioReport.seconds(p95), "max": ScenarioReport.seconds(max)] }
}

/// What one burst saw under one case. Times are seconds: `start` from when the cache was asked
/// for, first byte and completion from the burst's start.
public struct BurstReport: Sendable {
  public var name: String
  public var pods: Int
  public var start: Double
  public var firstByte: Percentiles
  public var completion: Percentiles
  public var ufsBytes: Double
  public var cacheBytes: Double

  var json: JSONValue {
    [
      "name": .string(name), "pods": .int(Int64(pods)), "startSeconds": ScenarioReport.seconds(start),
      "firstByte": firstByte.json, "completion": completion.json, "ufsBytes": .double(ufsBytes.rounded()),
      "cacheBytes": .double(cacheBytes.rounded()),
    ]
  }
}

/// The cluster at one instant of a case: workers asked for, bytes/s the readers get, and the
/// share of the dataset cached (0...1).
public struct TimelineSample: Sendable, Equatable {
  public var t: Double
  public var workers: Int
  public var throughput: Double
  public var cached: Double
  public init(t: Double, workers: Int, throughput: Double, cached: Double) {
    self.t = t
    self.workers = workers
    self.throughput = throughput
    self.cached = cached
  }
}

/// The outcome of one case: setup (runtime ready, dataset bound) and warm-up durations, the
/// time from asking for the cache to the last reader done, worker-hours, each burst, and the
/// timeline.
public struct CaseReport: Sendable {
  public var config: CacheConfig
  public var name: String { config.name }
  public var setupSeconds: Double?
  public var warmupSeconds: Double?
  /// Bytes the warm-up read from the UFS.
  public var warmupBytes: Double
  public var seconds: Double
  public var workerHours: Double
  public var peakWorkers: Int
  public var bursts: [BurstReport]
  public var timeline: [TimelineSample]

  public init(
    config: CacheConfig, setupSeconds: Double?, warmupSeconds: Double?, warmupBytes: Double, seconds: Double, workerHours: Double,
    peakWorkers: Int, bursts: [BurstReport], timeline: [TimelineSample]
  ) {
    self.config = config
    self.setupSeconds = setupSeconds
    self.warmupSeconds = warmupSeconds
    self.warmupBytes = warmupBytes
    self.seconds = seconds
    self.workerHours = workerHours
    self.peakWorkers = peakWorkers
    self.bursts = bursts
    self.timeline = timeline
  }

  /// The latest burst p95 completion: what a deadline is checked against.
  public var completionP95: Double { bursts.map(\.completion.p95).max() ?? 0 }

  var json: JSONValue {
    var o: JSONValue = [
      "name": .string(name), "config": config.json, "seconds": ScenarioReport.seconds(seconds),
      "workerHours": .double((workerHours * 1000).rounded() / 1000), "peakWorkers": .int(Int64(peakWorkers)),
      "completion": (bursts.max { $0.completion.p95 < $1.completion.p95 }?.completion ?? Percentiles([])).json,
      "bursts": .array(bursts.map(\.json)),
      "timeline": .array(timeline.map {
        ["t": ScenarioReport.seconds($0.t), "workers": .int(Int64($0.workers)), "throughput": .double($0.throughput.rounded()),
         "cached": .double(($0.cached * 10000).rounded() / 10000)]
      }),
    ]
    o["setupSeconds"] = setupSeconds.map(ScenarioReport.seconds) ?? .null
    o["warmupSeconds"] = warmupSeconds.map(ScenarioReport.seconds) ?? .null
    return o
  }
}

/// The outcome of `sim run`: each case side by side (no cache, the preheated cache, and the
/// autoscaled one when the workload asks for it), with the phases of the first two.
public struct ScenarioReport: Sendable {
  public struct Phase: Sendable {
    public var name: String
    public var seconds: Double
    public var ufsBytes: Double
    public var cacheBytes: Double
  }
  public var scenario: String
  public var summary: String
  public var cases: [CaseReport]

  static func seconds(_ s: Double) -> JSONValue { .double((s * 1000).rounded() / 1000) }

  /// The no-cache case, from the first pod asked for to the last done.
  public var directSeconds: Double { cases.first { $0.config.workers == 0 }?.seconds ?? 0 }
  /// The preheated cache: setup plus warm-up plus serving.
  public var cachedSeconds: Double { cases.first { $0.config.workers > 0 }?.seconds ?? 0 }
  public var speedup: Double { cachedSeconds > 0 ? directSeconds / cachedSeconds : 0 }

  /// Direct read, cache setup, warm-up and serving of the first two cases.
  public var phases: [Phase] {
    var out: [Phase] = []
    func sum(_ c: CaseReport, _ k: KeyPath<BurstReport, Double>) -> Double { c.bursts.reduce(0) { $0 + $1[keyPath: k] } }
    if let d = cases.first(where: { $0.config.workers == 0 }) {
      out.append(.init(name: "direct read (no cache)", seconds: d.seconds, ufsBytes: sum(d, \.ufsBytes), cacheBytes: sum(d, \.cacheBytes)))
    }
    if let c = cases.first(where: { $0.config.workers > 0 }) {
      let setup = c.setupSeconds ?? 0
      out.append(.init(name: "cache setup", seconds: setup, ufsBytes: 0, cacheBytes: 0))
      if let warm = c.warmupSeconds { out.append(.init(name: "warm-up (DataLoad)", seconds: warm, ufsBytes: c.warmupBytes, cacheBytes: 0)) }
      let firstStart = c.bursts.map(\.start).min() ?? 0
      out.append(.init(name: "serve", seconds: max(0, c.seconds - firstStart), ufsBytes: sum(c, \.ufsBytes), cacheBytes: sum(c, \.cacheBytes)))
    }
    return out
  }

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
        ["name": .string($0.name), "seconds": Self.seconds($0.seconds), "ufsBytes": .double($0.ufsBytes.rounded()), "cacheBytes": .double($0.cacheBytes.rounded())]
      }),
      "directSeconds": Self.seconds(directSeconds), "cachedSeconds": Self.seconds(cachedSeconds),
      "speedup": .double((speedup * 100).rounded() / 100),
      "cases": .array(cases.map(\.json)),
    ]
  }
}
