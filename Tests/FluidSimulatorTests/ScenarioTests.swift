import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

@Suite struct ScenarioTests {
  static func exampleFiles() -> [String] {
    let dir = Paths.packageRoot.appendingPathComponent("examples/scenarios").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { dir + "/" + $0 }
  }

  @Test func everyExampleScenarioLoadsAndBuildsItsNodes() throws {
    let files = Self.exampleFiles()
    #expect(files.count >= 2)
    for f in files {
      let s = try ScenarioLoader.load(f)
      #expect(!s.name.isEmpty)
      #expect(s.nodes(createdAt: Date()).count == s.nodeCount)
    }
  }

  @Test func builtInScenarios() throws {
    #expect(Scenario.laptop.nodeCount == 3)
    #expect(Scenario.gpuCluster.nodeCount == 100)
    #expect(Scenario.serverlessModelLoad.ufs.first?.bitsPerSecond == 10e9)
  }

  @Test func badScenarioFilesSayWhat() throws {
    let dir = TemporaryDirectory()
    let f = dir.write("bad.yaml", "name: x\nnodes:\n  - count: 2\n    nic: fast\n")
    #expect(throws: FluidError.input(source: f, message: "invalid scenario \(f): nodes[0].nic: invalid bandwidth \"fast\" (use for example 25Gbps)")) {
      try ScenarioLoader.load(f)
    }
    #expect(Bandwidth.parse("25Gbps") == 25e9)
    #expect(Bandwidth.parse("1.25GB/s") == 10e9)
  }

  @Test func badWorkloadsSayWhat() throws {
    let dir = TemporaryDirectory()
    let head = "name: x\nnodes:\n  - count: 2\nworkload:\n  mount: oss://b/m\n"
    let cases: [(String, String)] = [
      ("  pods: 0\n", "workload.pods must be an integer from 1 to 10000"),
      ("  pods: 1e19\n", "workload.pods must be an integer from 1 to 10000"),
      ("  workers: -1\n  pods: 1\n", "workload.workers must be an integer from 1 to 1000"),
      ("  bursts: []\n", "workload.bursts must list 1 to 20 bursts"),
      ("  bursts: [{pods: 2, at: 9000h}]\n", "workload.bursts[0].at must be a duration from 0 to 168h (such as 10m)"),
      ("  bursts: [{pods: 2, fraction: 1.5}]\n", "workload.bursts[0].fraction must be more than 0 and at most 1"),
      ("  bursts: [{pods: 2, reads: 101}]\n", "workload.bursts[0].reads must be an integer from 1 to 100"),
      ("  bursts: [{name: a, pods: 1}, {name: a, pods: 1}]\n", "workload.bursts: names must differ"),
      ("  bursts: [{pods: 6000}, {pods: 6000}]\n", "workload: at most 10000 pods in all bursts"),
      ("  tier: NVME\n  pods: 1\n", "workload.tier must be MEM, SSD or HDD"),
      ("  pods: 1\n  autoscale: {min: 3, max: 2, throughputPerWorker: 1G}\n", "workload.autoscale.max must be an integer from 3 to 1000"),
      ("  pods: 1\n  autoscale: {max: 2, throughputPerWorker: -1G}\n", "workload.autoscale.throughputPerWorker must be a positive quantity of bytes/s (such as 2.5G)"),
    ]
    for (i, (body, message)) in cases.enumerated() {
      let f = dir.write("w\(i).yaml", head + body)
      #expect(throws: FluidError.input(source: f, message: "invalid scenario \(f): \(message)")) { try ScenarioLoader.load(f) }
    }
  }

  static func close(_ a: Double?, _ b: Double, within: Double = 0.01) -> Bool { a.map { abs($0 - b) / b <= within } ?? false }
  /// Serving time of a burst: from its pods' first byte to its last pod done.
  static func serving(_ b: BurstReport) -> Double { b.completion.max - b.firstByte.max }

  /// The headline against its closed form. 100 pods each read 30 GB: 3 TB in all.
  /// - No cache: 3 TB ÷ 1.25 GB/s (the 10 Gbps bucket) = 2400 s from the first byte to the last.
  /// - Warm-up: 30 GB ÷ min(1.25 GB/s bucket, 10 × 3.125 GB/s worker NICs, 10 × 10 GB/s memory) = 24 s.
  /// - Serving: 3 TB ÷ min(10 × 3.125 GB/s worker NICs, 10 × 10 GB/s memory, 100 × 1.25 GB/s pod NICs) = 96 s.
  @Test func serverlessModelLoadMatchesTheClosedForm() async throws {
    let r = try await ScenarioRunner.run(.serverlessModelLoad, statePath: TemporaryDirectory().file("run.db"))
    let direct = try #require(r.cases.first?.bursts.first)
    let cached = try #require(r.cases.dropFirst().first)
    let burst = try #require(cached.bursts.first)
    #expect(r.cases.map(\.name) == ["no cache", "10 workers MEM, preheated"])
    #expect(Self.close(Self.serving(direct), 2400), "direct \(direct)")
    #expect(Self.close(cached.warmupSeconds, 24), "warm-up \(String(describing: cached.warmupSeconds))")
    #expect(Self.close(Self.serving(burst), 96), "serve \(burst)")
    #expect(direct.ufsBytes == 3e12 && direct.cacheBytes == 0 && burst.cacheBytes == 3e12 && burst.ufsBytes == 0)
    // The cached path counts from asking for the cache: setup, warm-up, then the burst.
    #expect(Self.close(cached.seconds, burst.start + burst.completion.max, within: 0.001))
    #expect(burst.start >= (cached.setupSeconds ?? 0) + 24)
    #expect(Self.close(r.speedup, r.directSeconds / cached.seconds, within: 0.001) && r.comparison.hasSuffix("x faster"))
    #expect(Self.close(cached.workerHours, 10 * cached.seconds / 3600))
    #expect(r.phases.map(\.name) == ["direct read (no cache)", "cache setup", "warm-up (DataLoad)", "serve"])
  }

  /// An SSD tier of 2 GB/s per worker is slower than the workers' NICs: 10 workers serve 3 TB
  /// in 3 TB ÷ (10 × 2 GB/s) = 150 s; the warm-up is still the bucket's 24 s.
  @Test func anSSDTierLimitsServing() async throws {
    let s = Scenario.serverlessModelLoad
    let c = try await ScenarioRunner.runCase(s, try #require(s.workload), CacheConfig(workers: 10, tier: "SSD"), statePath: TemporaryDirectory().file("run.db"))
    #expect(Self.close(c.warmupSeconds, 24))
    #expect(Self.close(Self.serving(try #require(c.bursts.first)), 150), "\(c.bursts)")
  }

  /// 100 pods read a 30 GB model through the cache. Serving is bound by the workers' 25 Gbps
  /// NICs (3.125 GB/s each): 2 fixed workers serve 3 TB in 480 s; 10 in 96 s. An autoscaler on
  /// cache_throughput (2.5 GB/s per worker, 15 s syncs, scale-up of 4 pods or 100 % per 15 s)
  /// grows 2 → 10 during the burst: all done 218 s after the cache is asked for, where 2 fixed
  /// workers take 563 s; 0.33 worker-hours where 10 fixed workers cost 0.50 (setup, warm-up and
  /// Fluid's status updates, about 80 s, count in all three).
  @Test func anAutoscaledCacheBeatsTwoFixedWorkersAndCostsLessThanTen() async throws {
    let path = Self.exampleFiles().first { $0.hasSuffix("burst-autoscale.yaml") } ?? ""
    let s = try ScenarioLoader.load(path)
    let r = try await ScenarioRunner.run(s, statePath: TemporaryDirectory().file("run.db"))
    let ten = try await ScenarioRunner.runCase(s, try #require(s.workload), CacheConfig(workers: 10), statePath: TemporaryDirectory().file("ten.db"))
    let two = r.cases[1]
    let auto = r.cases[2]
    #expect(two.name == "2 workers MEM, preheated" && auto.name == "autoscaled 2-10 workers MEM (20Gbps each), preheated")
    #expect(Self.close(Self.serving(two.bursts[0]), 480) && Self.close(Self.serving(ten.bursts[0]), 96))
    #expect(Self.close(two.seconds, 563.5) && Self.close(ten.seconds, 179.8) && Self.close(auto.seconds, 218.4), "\(two.seconds) \(ten.seconds) \(auto.seconds)")
    #expect(auto.peakWorkers == 10 && auto.seconds < two.seconds)
    #expect(auto.workerHours < ten.workerHours, "\(auto.workerHours) against \(ten.workerHours)")
    #expect(Self.close(auto.workerHours, 0.326) && Self.close(ten.workerHours, 0.499) && Self.close(two.workerHours, 0.313))
    // The workers the autoscaler asked for, over time: 2 until the burst, 10 at its end.
    #expect(auto.timeline.first?.workers == 2 && auto.timeline.last?.workers == 10)
    #expect(auto.timeline.contains { $0.workers > 2 && $0.workers < 10 })
  }

  /// Two bursts on one preheated cache: the early one arrives before the warm-up ends and reads
  /// through the workers from the bucket; the late one reads half the data twice, all from the
  /// warm cache (20 pods × 50 GB × 2 = 2 TB).
  @Test func aBurstBeforeTheWarmUpEndsReadsFromTheBucket() async throws {
    let s = try ScenarioLoader.load(Self.exampleFiles().first { $0.hasSuffix("two-bursts.yaml") } ?? "")
    let w = try #require(s.workload)
    #expect(w.bursts.map(\.name) == ["early", "late"] && w.bursts[1].reads == 2 && w.bursts[1].fraction == 0.5 && w.bursts[1].at == 600)
    let c = try await ScenarioRunner.runCase(s, w, CacheConfig(workers: 4), statePath: TemporaryDirectory().file("run.db"))
    let (early, late) = (c.bursts[0], c.bursts[1])
    #expect(early.start == 60 && late.start == 600)
    #expect(early.start < (c.setupSeconds ?? 0) + (c.warmupSeconds ?? 0))
    #expect(early.ufsBytes == 20 * 100e9 && early.cacheBytes == 0, "\(early)")
    #expect(late.cacheBytes == 20 * 100e9 && late.ufsBytes == 0, "\(late)")
    #expect(c.timeline.last.map { $0.cached > 0.99 } == true)
  }

  @Test func nearestRankPercentiles() {
    let p = Percentiles((1...20).map(Double.init).reversed())
    #expect(p.p50 == 10 && p.p95 == 19 && p.max == 20)
    #expect(Percentiles([]).max == 0)
  }

  @Test func aSingleColdReaderGainsNothing() async throws {
    let dir = TemporaryDirectory()
    let s = try ScenarioLoader.load(Self.exampleFiles().first { $0.hasSuffix("single-cold-reader.yaml") } ?? "")
    let r = try await ScenarioRunner.run(s, statePath: dir.file("run.db"))
    #expect(Self.close(Self.serving(r.cases[0].bursts[0]), 24, within: 0.005))
    #expect(r.speedup <= 1)
    #expect(r.comparison.hasSuffix("x slower"), "\(r.comparison)")
  }
}

/// The simulator does not leak: repeated scenario runs in one process keep the resident set
/// flat. A benchmark, run on demand and alone (the resident set is the whole process's, so other
/// suites running beside it would blur it): `FLUIDCTL_MEMORY_RUNS=100 swift test --filter
/// MemoryFlatTests`, which `scripts/bench-sim.sh` does.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["FLUIDCTL_MEMORY_RUNS"] != nil))
struct MemoryFlatTests {
  static func residentBytes() -> Int {
    let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
  }

  @Test func repeatedRunsKeepMemoryFlat() async throws {
    let runs = Int(ProcessInfo.processInfo.environment["FLUIDCTL_MEMORY_RUNS"] ?? "") ?? 30
    let scenario = try ScenarioLoader.load(ScenarioTests.exampleFiles().first { $0.hasSuffix("single-cold-reader.yaml") } ?? "")
    let warmup = max(runs / 10, 3)
    var afterWarmup = 0
    let started = Date()
    for i in 0..<runs {
      let dir = TemporaryDirectory()
      _ = try await ScenarioRunner.run(scenario, statePath: dir.file("run.db"))
      if i + 1 == warmup { afterWarmup = Self.residentBytes() }
    }
    let growth = Self.residentBytes() - afterWarmup
    print("memory: \(runs) runs in \(Int(Date().timeIntervalSince(started) * 1000)) ms, resident growth after warm-up \(growth / 1024) KiB")
    #expect(growth < 16 * 1024 * 1024, "resident set grew by \(growth / 1024) KiB over \(runs - warmup) runs")
  }
}
