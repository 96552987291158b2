import FluidKit
import FluidModel
import Foundation

/// What `fluidctl plan` asks: a dataset, a burst of pods that read it, the cluster's shape, and
/// a deadline for the burst (p95 of its pods' completion, from the burst's start).
public struct PlanRequest: Sendable, Equatable {
  public var datasetBytes: Double
  public var files: Int64 = 1
  public var ufsBitsPerSecond: Double
  public var pods: Int
  /// Seconds after the cache is asked for; nil: when the cache is ready.
  public var burstAt: Double?
  public var fraction: Double = 1
  public var reads: Int = 1
  public var deadline: Double
  public var cacheNodes: Int = 16
  public var workerNICBitsPerSecond: Double = 25e9
  public var appNICBitsPerSecond: Double = 10e9
  public var nodeMemoryBytes: Double = 256 * 1_073_741_824
  public var nodeSSDBytes: Double = 2048 * 1_073_741_824
  /// Worker counts to sweep (nil: 1, 2, 3, 4, 6, 8, 10, 12, 16... up to `cacheNodes`).
  public var workerCounts: [Int]?
  public var tiers: [String] = ["MEM", "SSD"]

  public init(datasetBytes: Double, ufsBitsPerSecond: Double, pods: Int, deadline: Double) {
    self.datasetBytes = datasetBytes
    self.ufsBitsPerSecond = ufsBitsPerSecond
    self.pods = pods
    self.deadline = deadline
  }

  public static let maxPods = 1_000
  public static let maxCacheNodes = 256

  public var counts: [Int] {
    workerCounts ?? [1, 2, 3, 4, 6, 8, 10, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256].filter { $0 <= cacheNodes }
  }
}

/// One configuration of the sweep: its outcome, or why it was not run.
public struct PlanRow: Sendable {
  public var config: CacheConfig
  public var outcome: CaseReport?
  /// Why the configuration cannot run (its cache does not fit the nodes).
  public var skipped: String?
  public var meetsGoal: Bool
}

/// The link that limits how fast the burst's pods are served, and the others on the path.
public struct Bottleneck: Sendable, Equatable {
  public struct Link: Sendable, Equatable {
    /// `UFS egress`, `the workers' NICs`, `the pods' NICs`, `the cache tier (SSD)`.
    public var name: String
    public var bytesPerSecond: Double
    /// How it adds up: `10 × 25Gbps`.
    public var detail: String
  }
  public var links: [Link]
  public var limiting: Link { links.min { $0.bytesPerSecond < $1.bytesPerSecond } ?? Link(name: "nothing", bytesPerSecond: 0, detail: "") }
}

public struct PlanReport: Sendable {
  public var request: PlanRequest
  public var rows: [PlanRow]
  /// The cheapest row (fewest worker-hours) that meets the deadline.
  public var recommended: Int?
  /// The row with the earliest p95 completion, for when nothing meets the deadline.
  public var fastest: Int?
}

/// Sweeps cache configurations for a burst over the simulator, each in its own embedded
/// cluster: no cache; each worker count on each tier, preheated; the fewest and the most
/// workers in memory, cold (not preheated); and three autoscalers on the throughput the workers
/// serve.
public enum BurstPlanner {
  static let mount = "oss://plan/data"

  /// The simulated cluster: `cacheNodes` cache nodes, one node per pod, one UFS endpoint.
  public static func scenario(_ r: PlanRequest) -> Scenario {
    let gib = 1_073_741_824.0
    return Scenario(
      name: "plan",
      nodeGroups: [
        .init(
          namePrefix: "cache-node-", count: r.cacheNodes, cpu: 32, memoryBytes: r.nodeMemoryBytes, ssdBytes: r.nodeSSDBytes, hddBytes: 0,
          nicBitsPerSecond: r.workerNICBitsPerSecond, zone: "zone-a", labels: ["role": "cache"], taints: []),
        .init(
          namePrefix: "app-node-", count: r.pods, cpu: 32, memoryBytes: 256 * gib, ssdBytes: 0, hddBytes: 0,
          nicBitsPerSecond: r.appNICBitsPerSecond, zone: "zone-a", labels: ["role": "app"], taints: []),
      ],
      ufs: [.init(prefix: "oss://plan", totalBytes: r.datasetBytes, files: r.files, bitsPerSecond: r.ufsBitsPerSecond, perConnectionBitsPerSecond: 0)],
      workload: Workload(
        dataset: "plan", mount: mount, workers: 1, workerNodeSelector: ["role": "cache"], podNodeSelector: ["role": "app"],
        bursts: [.init(name: "burst", pods: r.pods, at: r.burstAt, fraction: r.fraction, reads: r.reads)]))
  }

  /// The sweep, in the order the table shows it.
  public static func configs(_ r: PlanRequest) -> [CacheConfig] {
    var out = [CacheConfig.noCache]
    for tier in r.tiers { out += r.counts.map { CacheConfig(workers: $0, tier: tier) } }
    // Cold caches serve a first read from the UFS whatever their size: the fewest and the most
    // workers show it.
    let cold = Set([r.counts.min(), r.counts.max()].compactMap { $0 }).sorted()
    out += cold.map { CacheConfig(workers: $0, tier: r.tiers.first ?? "MEM", preheat: false) }
    if let top = r.counts.max(), top > 1 {
      let nic = r.workerNICBitsPerSecond / 8
      for (lo, share) in [(1, 0.8), (2, 0.8), (1, 0.5)] where lo < top {
        out.append(
          CacheConfig(workers: lo, tier: r.tiers.first ?? "MEM", autoscale: .init(min: lo, max: top, throughputPerWorker: quantity(nic * share))))
      }
    }
    return out
  }

  /// `2500M`: bytes/s as a quantity an HPA target takes.
  static func quantity(_ bytes: Double) -> String { bytes >= 1e9 ? "\(Int64(saturating: (bytes / 1e6).rounded()))M" : "\(Int64(saturating: (bytes / 1e3).rounded()))k" }

  /// Why `config` cannot run on the request's nodes, if it cannot: each worker holds its share
  /// of the data plus 10 % on its tier.
  public static func doesNotFit(_ r: PlanRequest, _ config: CacheConfig) -> String? {
    guard config.workers > 0 else { return nil }
    let need = Double(CaseSetup.quotaGiB(size: r.datasetBytes, workers: config.workers)) * 1_073_741_824
    let have = config.tier == "MEM" ? r.nodeMemoryBytes * 0.9 : r.nodeSSDBytes
    guard need > have else { return nil }
    return "each worker needs \(FluidFormat.bytes(need)) of \(config.tier), a node has \(FluidFormat.bytes(have))"
  }

  /// Runs every configuration (`parallelism` at a time) and picks the cheapest that meets the
  /// deadline. Cluster state goes under `directory`.
  public static func plan(
    _ r: PlanRequest, directory: String, parallelism: Int = 2, wall: @escaping @Sendable () -> Date = { Date() }
  ) async throws -> PlanReport {
    let scenario = scenario(r)
    guard let w = scenario.workload else { throw FluidError.usage("plan has no workload") }
    let configs = configs(r)
    var outcomes = [CaseReport?](repeating: nil, count: configs.count)
    try await withThrowingTaskGroup(of: (Int, CaseReport?).self) { group in
      var next = 0
      func startNext() {
        while next < configs.count, doesNotFit(r, configs[next]) != nil { next += 1 }
        guard next < configs.count else { return }
        let i = next
        next += 1
        group.addTask { (i, try await ScenarioRunner.runCase(scenario, w, configs[i], statePath: "\(directory)/case-\(i).db", wall: wall)) }
      }
      for _ in 0..<max(1, parallelism) { startNext() }
      while let (i, outcome) = try await group.next() {
        outcomes[i] = outcome
        try? FileManager.default.removeItem(atPath: "\(directory)/case-\(i).db")
        startNext()
      }
    }
    let rows = configs.enumerated().map { i, c in
      PlanRow(config: c, outcome: outcomes[i], skipped: doesNotFit(r, c), meetsGoal: outcomes[i].map { $0.completionP95 <= r.deadline + 1e-6 } ?? false)
    }
    let meeting = rows.indices.filter { rows[$0].meetsGoal }
    let recommended = meeting.min { a, b in
      let (x, y) = (rows[a].outcome!, rows[b].outcome!)
      let (hx, hy) = ((x.workerHours * 1000).rounded(), (y.workerHours * 1000).rounded())
      return hx != hy ? hx < hy : (x.peakWorkers != y.peakWorkers ? x.peakWorkers < y.peakWorkers : x.completionP95 < y.completionP95)
    }
    let fastest = rows.indices.filter { rows[$0].outcome != nil }.min { rows[$0].outcome!.completionP95 < rows[$1].outcome!.completionP95 }
    return PlanReport(request: r, rows: rows, recommended: recommended, fastest: fastest)
  }

  /// The links the burst's reads cross under `config` and their capacities: from the cache
  /// when `fromCache` (the cache was warm when the pods read), else from the UFS (through the
  /// workers when there is a cache). An autoscaler counts at its maximum.
  public static func bottleneck(_ r: PlanRequest, _ config: CacheConfig, fromCache: Bool) -> Bottleneck {
    let workers = config.autoscale?.max ?? config.workers
    let pods = Bottleneck.Link(
      name: "the pods' NICs", bytesPerSecond: Double(r.pods) * r.appNICBitsPerSecond / 8,
      detail: "\(r.pods) × \(Bandwidth.format(r.appNICBitsPerSecond))")
    let ufs = Bottleneck.Link(name: "the UFS's egress", bytesPerSecond: r.ufsBitsPerSecond / 8, detail: Bandwidth.format(r.ufsBitsPerSecond))
    guard workers > 0 else { return Bottleneck(links: [ufs, pods]) }
    let nics = Bottleneck.Link(
      name: "the workers' NICs", bytesPerSecond: Double(workers) * r.workerNICBitsPerSecond / 8,
      detail: "\(workers) × \(Bandwidth.format(r.workerNICBitsPerSecond))")
    let tier = Bottleneck.Link(
      name: "the cache tier (\(config.tier))", bytesPerSecond: Double(workers) * TierBandwidth.bytesPerSecond(config.tier),
      detail: "\(workers) × \(FluidFormat.bytes(TierBandwidth.bytesPerSecond(config.tier)))/s")
    return Bottleneck(links: fromCache ? [nics, tier, pods] : [ufs, nics, tier, pods])
  }
}
