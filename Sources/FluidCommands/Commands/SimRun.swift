import ArgumentParser
import FluidKit
import FluidModel
import FluidSimulator
import Foundation

struct SimRun: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario's workload to completion on a virtual clock and report the time with and without the cache.",
    discussion: """
      Runs in a temporary embedded cluster (your cluster is not touched): N pods read the data straight from the UFS; then a Dataset and runtime are set up, a DataLoad warms the cache, and N pods read through it. Times are simulated seconds from the flow-level data plane. Example:
        fluidctl sim run serverless-model-load
        fluidctl sim run examples/scenarios/burst-autoscale.yaml    # a workload with autoscale: {min, max, throughputPerWorker}
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @Argument(help: "A built-in scenario with a workload (serverless-model-load) or a scenario file.") var scenario: String

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let s = try ScenarioLoader.load(scenario)
    let dir = NSTemporaryDirectory() + "fluidctl-run-" + UUID().uuidString.lowercased()
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let report = try await ScenarioRunner.run(s, statePath: dir + "/cluster.db", wall: ctx.now)
    switch format {
    case .json: ctx.stdout.line(JSONWriter.pretty(MachineDocument.wrap(kind: "ScenarioReport", report.json)))
    case .yaml: ctx.stdout.write(YAMLWriter.write(MachineDocument.wrap(kind: "ScenarioReport", report.json)))
    default:
      ctx.stdout.line("Scenario \(report.scenario): \(report.summary)")
      var rows = [["PHASE", "SIMULATED TIME", "READ FROM UFS", "READ FROM CACHE"]]
      for p in report.phases {
        rows.append([p.name, FluidFormat.duration(p.seconds), FluidFormat.bytes(p.ufsBytes), FluidFormat.bytes(p.cacheBytes)])
      }
      ctx.stdout.write(TablePrinter.align(rows))
      ctx.stdout.line(
        "With the cache: \(FluidFormat.duration(report.cachedSeconds)) (setup + warm-up + serving) against "
          + "\(FluidFormat.duration(report.directSeconds)) direct: \(report.comparison).")
      if report.cases.count > 1 {
        var cases = [["CACHE", "SETUP+WARM-UP+SERVING", "BURST DONE P50/P95/MAX", "WORKER-HOURS", "PEAK WORKERS"]]
        for c in report.cases {
          let done = [c.completion.p50, c.completion.p95, c.completion.max].map(FluidFormat.duration).joined(separator: "/")
          cases.append([c.name, FluidFormat.duration(c.seconds), done, FluidFormat.fixed(c.workerHours, decimals: 2), String(c.peakWorkers)])
        }
        ctx.stdout.write(TablePrinter.align(cases))
      }
    }
  }
}
