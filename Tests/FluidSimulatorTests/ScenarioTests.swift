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

  /// The headline figure: 3000 GB at 10 Gbps is 2400 s without a cache; with 10 workers of
  /// 25 Gbps and 10 Gbps pods, 24 s warm-up plus 96 s serving.
  @Test func serverlessModelLoadMatchesTheBandwidthModel() async throws {
    let dir = TemporaryDirectory()
    let r = try await ScenarioRunner.run(.serverlessModelLoad, statePath: dir.file("run.db"))
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) / b <= 0.005 }
    #expect(close(r.directSeconds, 2400), "direct \(r.directSeconds)")
    #expect(close(r.phases[2].seconds, 24), "warm-up \(r.phases[2].seconds)")
    #expect(close(r.phases[3].seconds, 96), "serve \(r.phases[3].seconds)")
    // The setup (runtime ready, dataset bound) counts too.
    #expect(close(r.cachedSeconds, r.phases[1].seconds + 120))
    #expect(close(r.speedup, 2400 / (r.phases[1].seconds + 120)))
    #expect(r.comparison.hasSuffix("x faster"))
  }

  /// 100 pods read a 30 GB model (27.94 GiB) through the cache. Serving is bound by the workers'
  /// 25 Gbps NICs (3.125 GB/s each): 2 fixed workers serve 3 TB in 480 s; 10 in 96 s (the pods'
  /// 10 Gbps NICs allow 125 GB/s, the workers 31.25). An autoscaler on cache_throughput (2.5 GB/s
  /// per worker, 15 s syncs, scale-up of 4 pods or 100 % per 15 s) grows 2 → 10 during the
  /// burst: it finishes in 211 s where 2 fixed workers take 549 s, and costs 0.41 worker-hours
  /// where 10 fixed workers cost 0.51 (setup and warm-up count in both: 45 s + 24 s).
  @Test func anAutoscaledCacheBeatsTwoFixedWorkersAndCostsLessThanTen() async throws {
    let path = Self.exampleFiles().first { $0.hasSuffix("burst-autoscale.yaml") } ?? ""
    let autoscaled = try await ScenarioRunner.run(try ScenarioLoader.load(path), statePath: TemporaryDirectory().file("run.db"))
    var peak = try ScenarioLoader.load(path)
    peak.workload?[path: ["workers"]] = 10
    peak.workload?[path: ["autoscale"]] = nil
    let sized = try await ScenarioRunner.run(peak, statePath: TemporaryDirectory().file("run.db"))
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) / b <= 0.01 }
    let two = try #require(autoscaled.cases.first)
    let auto = try #require(autoscaled.cases.last)
    let ten = try #require(sized.cases.first)
    #expect(two.name == "2 fixed workers" && auto.name == "autoscaled 2-10 workers" && ten.name == "10 fixed workers")
    #expect(close(two.seconds, 45 + 24 + 480), "\(two)")
    #expect(close(ten.seconds, 45 + 24 + 96), "\(ten)")
    #expect(close(auto.seconds, 211.4), "\(auto)")
    #expect(auto.peakWorkers == 10)
    #expect(auto.seconds < two.seconds)
    #expect(auto.workerHours < ten.workerHours, "\(auto.workerHours) against \(ten.workerHours)")
    #expect(close(auto.workerHours, 0.411) && close(ten.workerHours, 0.514) && close(two.workerHours, 0.347))
    // Identical pods share fairly and finish together: the burst is done when serving ends.
    #expect(close(two.completion.p95, 480) && close(ten.completion.max, 96) && close(auto.completion.p50, 211.4 - 69))
  }

  @Test func nearestRankPercentiles() {
    let p = ScenarioReport.Percentiles((1...20).map(Double.init).reversed())
    #expect(p.p50 == 10 && p.p95 == 19 && p.max == 20)
    #expect(ScenarioReport.Percentiles([]).max == 0)
  }

  @Test func aSingleColdReaderGainsNothing() async throws {
    let dir = TemporaryDirectory()
    let s = try ScenarioLoader.load(Self.exampleFiles().first { $0.hasSuffix("single-cold-reader.yaml") } ?? "")
    let r = try await ScenarioRunner.run(s, statePath: dir.file("run.db"))
    #expect(abs(r.directSeconds - 24) / 24 <= 0.005)
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
