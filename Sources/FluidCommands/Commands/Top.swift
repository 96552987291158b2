import ArgumentParser
import FluidDashboard
import FluidKit
import FluidModel
import Foundation

struct Top: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "top",
    abstract: "A live dashboard of datasets, caches, workers, data operations and events (like k9s).",
    discussion: """
      Watches datasets, runtimes, data operations, cache workers and Fluid's events (list and
      watch, never polling lists) and reads the selected dataset's worker metrics through the
      API server's pod proxy every interval. Press ? for the keys.

      With --once (or when stdout is not a terminal) it prints snapshots instead: a table, or
      with -o json|yaml every figure the screen shows. The document has "context",
      "namespace", "time", "simulated", "datasets" (each as 'fluidctl cache -o json' prints it,
      plus runtimeKind, reason, usedRatio, throughputBytesPerSecond and load {name, phase,
      progress, etaSeconds}), "operations" and "events".

      Examples:
        fluidctl top
        fluidctl top -A --readonly
        fluidctl top --once -o json | jq '.datasets[] | {dataset, usedRatio}'
        fluidctl top --interval 5s > cache.log
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "Show only datasets with these labels.")
  var selector: String?
  @Flag(name: .long, help: "Print one snapshot and exit.") var once = false
  @Option(name: .long, help: ArgumentHelp("How often the screen (or a snapshot) is refreshed, 100ms to 1h.", valueName: "duration"))
  var interval = "1s"
  @Flag(name: .long, help: "Refuse every action (load, scale, delete).") var readonly = false
  @Flag(name: .long, help: "No colours (also with NO_COLOR set).") var noColor = false

  func validate() throws {
    guard let seconds = GoDuration.parse(interval), seconds >= 0.1, seconds <= 3600 else {
      throw ValidationError("invalid --interval \"\(interval)\": use a duration from 100ms to 1h, such as 2s")
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    switch format {
    case .table, .json, .yaml: break
    default: throw FluidError.usage("top prints a table, json or yaml (-o json|yaml)")
    }
    TopSession.limitMallocArenas()
    let client = try ctx.connect(globals, ctx)
    let session = TopSession(
      ctx: ctx, client: client, namespace: globals.allNamespaces ? nil : globals.effectiveNamespace(client),
      selector: try selector.map { try LabelSelector(parsing: $0) }, interval: GoDuration.parse(interval) ?? 1,
      readonly: readonly, color: !noColor && (ctx.environment["NO_COLOR"] ?? "").isEmpty)
    if once {
      try await session.printSnapshot(format)
    } else if !ctx.stdout.isTerminal || format != .table {
      try await session.printSnapshots(format)
    } else {
      try await session.runScreen()
    }
  }
}
