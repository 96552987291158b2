import ArgumentParser
import FluidKit
import FluidModel
import FluidSimulator
import FluidTUI
import Foundation

struct SimRun: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario's workload on a virtual clock: no cache, a preheated cache and an autoscaled one, side by side.",
    discussion: """
      Each case runs in its own temporary embedded cluster (your cluster is not touched). At t = 0 the cache is asked for (Dataset and runtime); a DataLoad warms it; each burst of pods starts at its time (or when the cache is ready) and reads through it. The no-cache case reads straight from the UFS. Times are simulated seconds from the flow-level data plane; first byte and completion count from each burst's start. Examples:
        fluidctl sim run serverless-model-load
        fluidctl sim run examples/scenarios/burst-autoscale.yaml       # autoscale: {min, max, throughputPerWorker}
        fluidctl sim run examples/scenarios/two-bursts.yaml --chart    # workers, throughput and cached % over time
        fluidctl sim run serverless-model-load --chart-file run.svg
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @Argument(help: "A built-in scenario with a workload (serverless-model-load) or a scenario file.") var scenario: String
  @Flag(help: "Draw workers, throughput and cached % over time on stderr (Unicode on a UTF-8 terminal, else ASCII).") var chart = false
  @Option(help: "Write the same charts as SVG to a new file (an existing file is not overwritten).") var chartFile: String?

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let s = try ScenarioLoader.load(scenario)
    if let chartFile { try ChartFile.checkWritable(chartFile) }
    let dir = NSTemporaryDirectory() + "fluidctl-run-" + UUID().uuidString.lowercased()
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let report = try await ScenarioRunner.run(s, statePath: dir + "/cluster.db", wall: ctx.now)
    switch format {
    case .json: ctx.stdout.line(JSONWriter.pretty(MachineDocument.wrap(kind: "ScenarioReport", report.json)))
    case .yaml: ctx.stdout.write(YAMLWriter.write(MachineDocument.wrap(kind: "ScenarioReport", report.json)))
    default:
      ctx.stdout.line("Scenario \(report.scenario): \(report.summary)")
      ctx.stdout.write(ScenarioTables.cases(report.cases))
      ctx.stdout.line("")
      ctx.stdout.write(ScenarioTables.bursts(report.cases))
      ctx.stdout.line("")
      ctx.stdout.line(
        "With the cache: \(FluidFormat.duration(report.cachedSeconds)) (setup + warm-up + serving) against "
          + "\(FluidFormat.duration(report.directSeconds)) direct: \(report.comparison).")
    }
    if chart { ctx.stderr.write(TimelineChart.text(report.cases, unicode: Glyphs.detect(ctx.environment).unicode)) }
    if let chartFile {
      try ChartFile.write(TimelineChart.svg(report.cases, title: "\(report.scenario): \(report.summary)"), to: chartFile)
      ctx.stderr.line("chart written to \(chartFile)")
    }
  }
}

/// The tables `sim run` and `plan` print of scenario cases.
enum ScenarioTables {
  static func seconds(_ s: Double?) -> String { s.map(FluidFormat.duration) ?? "-" }
  static func triple(_ p: Percentiles) -> String { [p.p50, p.p95, p.max].map(FluidFormat.duration).joined(separator: "/") }

  /// One row per case: setup, warm-up, all done, worker-hours, peak workers.
  static func cases(_ cases: [CaseReport]) -> String {
    var rows = [["CASE", "SETUP", "WARM-UP", "ALL DONE", "WORKER-HOURS", "PEAK WORKERS"]]
    for c in cases {
      rows.append([
        c.name, seconds(c.setupSeconds), seconds(c.warmupSeconds), FluidFormat.duration(c.seconds),
        FluidFormat.fixed(c.workerHours, decimals: 2), String(c.peakWorkers),
      ])
    }
    return TablePrinter.align(rows)
  }

  /// One row per burst and case: start, first byte and completion (p50/p95/max), bytes by source.
  static func bursts(_ cases: [CaseReport]) -> String {
    var rows = [["BURST", "CASE", "PODS", "START", "FIRST BYTE P50/P95/MAX", "DONE P50/P95/MAX", "FROM UFS", "FROM CACHE"]]
    for (i, b) in (cases.first?.bursts ?? []).enumerated() {
      for c in cases where i < c.bursts.count {
        let r = c.bursts[i]
        rows.append([
          b.name, c.name, String(r.pods), FluidFormat.duration(r.start), triple(r.firstByte), triple(r.completion),
          FluidFormat.bytes(r.ufsBytes), FluidFormat.bytes(r.cacheBytes),
        ])
      }
    }
    return TablePrinter.align(rows)
  }
}
