import ArgumentParser
import FluidKit
import FluidModel
import FluidSimulator
import Foundation

struct SimCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sim",
    abstract: "Control the embedded simulated cluster: its clock, scenario and state.",
    discussion: """
      The embedded cluster keeps a virtual clock with its state. By default simulated time follows wall time (scaled by --speed); with a manual clock only 'fluidctl sim advance' moves it, from any process. Examples:
        fluidctl sim init --clock manual --scenario gpu-cluster
        fluidctl sim advance 5m
        fluidctl sim status
      """,
    subcommands: [SimInit.self, SimStatus.self, SimAdvance.self, SimPause.self, SimResume.self, SimReset.self, SimRun.self, SimFault.self, SimUFS.self, SimServe.self, SimAttach.self])
}

/// The embedded cluster the sim commands act on; refuses a real cluster.
func embeddedCluster(_ globals: GlobalOptions, _ ctx: CommandContext) throws -> (EmbeddedCluster, String) {
  guard case .embedded(let path) = try Connection.target(globals, environment: ctx.environment) else {
    throw FluidError.usage("'sim' commands act on the embedded cluster; pass --sim (or --sim-state PATH)")
  }
  return (try EmbeddedCluster(path: path, registry: ctx.registry, now: ctx.now), path)
}

func describeClock(_ c: SimulationClock, now: Date) -> String {
  var parts = ["\(c.mode.rawValue) clock"]
  if c.mode == .wall { parts.append("speed \(JSONWriter.formatDouble(c.speed))x") }
  if c.paused { parts.append("paused") }
  return parts.joined(separator: ", ") + "; simulated time \(Timestamps.format(now))"
}

struct SimInit: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Start a new embedded cluster (--force discards the current one).",
    discussion: """
      Examples:
        fluidctl sim init --clock manual --scenario gpu-cluster
        fluidctl sim init --speed 100
        fluidctl sim init --scenario examples/scenarios/slow-workers.yaml
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Option(name: .long, help: "wall (follows wall time, scaled by --speed) or manual (moves with 'sim advance').")
  var clock: SimulationClock.Mode = .wall

  @Option(name: .long, help: "Simulated seconds per wall second, for a wall clock.")
  var speed: Double = 1

  @Option(name: .long, help: "A built-in scenario (laptop, gpu-cluster, serverless-model-load) or a scenario file.")
  var scenario = "laptop"

  @Flag(name: .long, help: "Discard the embedded cluster already at the state path (never anything that is not a fluidctl state).")
  var force = false

  func validate() throws {
    guard speed > 0, speed <= 1_000_000 else { throw ValidationError("--speed must be a number above 0 and at most 1000000, not \(speed)") }
  }

  func execute(_ ctx: CommandContext) async throws {
    guard case .embedded(let path) = try Connection.target(globals, environment: ctx.environment) else {
      throw FluidError.usage("'sim init' creates an embedded cluster; pass --sim (or --sim-state PATH)")
    }
    let s = try ScenarioLoader.load(scenario)
    var c = SimulationClock.following(wall: ctx.now(), speed: speed)
    c.mode = clock
    let cluster = try EmbeddedCluster.initialize(path: path, scenario: s, clock: c, now: ctx.now, replacing: force)
    let now = try await cluster.currentTime()
    ctx.stdout.line("Embedded cluster ready at \(path): scenario \(s.name), \(s.nodeCount) nodes, \(describeClock(c, now: now))")
  }
}

extension SimulationClock.Mode: ExpressibleByArgument {}

struct SimStatus: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show the clock, the scenario and what the cluster holds.",
    discussion: """
      Examples:
        fluidctl sim status
        fluidctl sim status -o json
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let (cluster, path) = try embeddedCluster(globals, ctx)
    let c = try cluster.clock()
    let now = try await cluster.currentTime()
    var counts: [(String, Int)] = []
    for name in ["nodes", "datasets", "dataloads", "pods"] {
      if let d = ctx.registry.resolve(name) { counts.append((name, try cluster.count(d))) }
    }
    let runtimes = try FluidRelations.runtimeKinds(ctx.registry).reduce(0) { $0 + (try cluster.count($1)) }
    counts.insert(("runtimes", runtimes), at: 2)
    let status: JSONValue = [
      "state": .string(path), "scenario": .string(try cluster.scenarioName()),
      "clock": [
        "mode": .string(c.mode.rawValue), "speed": .double(c.speed), "paused": .bool(c.paused),
        "time": .string(Timestamps.format(now)),
      ],
      "objects": .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.0, JSONValue.int(Int64($0.1))) })),
    ]
    switch format {
    case .json: ctx.stdout.line(JSONWriter.pretty(status))
    case .yaml: ctx.stdout.write(YAMLWriter.write(status))
    default:
      ctx.stdout.line("State:     \(path)")
      ctx.stdout.line("Scenario:  \(try cluster.scenarioName())")
      ctx.stdout.line("Clock:     \(describeClock(c, now: now))")
      ctx.stdout.line("Objects:   " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
    }
  }
}

struct SimAdvance: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "advance", abstract: "Move simulated time forward (Go duration: 30s, 5m, 1h30m).",
    discussion: """
      Examples:
        fluidctl sim advance 5m
        fluidctl sim advance 24h
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @Argument(help: "How far to move the clock.") var duration: String

  func validate() throws {
    guard let d = GoDuration.parse(duration), d > 0 else {
      throw ValidationError("invalid duration \"\(duration)\": use a positive Go duration such as 30s, 5m or 1h30m")
    }
    guard d <= Self.maximumSeconds else {
      throw ValidationError("duration \"\(duration)\" is too long: move the clock at most 100000h (about 11 years) at a time")
    }
  }

  /// The longest step of one `sim advance`: 100000h.
  static let maximumSeconds = 360_000_000.0
  /// The latest instant the simulated clock reaches: 9999-12-31T23:59:59Z, the last one
  /// RFC 3339 timestamps write.
  static let latestInstant = 253_402_300_799.0

  func execute(_ ctx: CommandContext) async throws {
    let (cluster, _) = try embeddedCluster(globals, ctx)
    let seconds = GoDuration.parse(duration) ?? 0
    guard try await cluster.currentTime().timeIntervalSince1970 + seconds <= Self.latestInstant else {
      throw FluidError.usage("the simulated clock cannot move past 9999-12-31T23:59:59Z")
    }
    let c = try cluster.updateClock { clock, wall in clock.advance(seconds, wall: wall) }
    try cluster.advanceWorld()
    ctx.stdout.line(describeClock(c, now: try await cluster.currentTime()))
  }
}

/// Pauses or resumes a wall clock.
protocol SimPauseSwitch: FluidCommand {
  var globals: GlobalOptions { get }
  static var pause: Bool { get }
}

extension SimPauseSwitch {
  func execute(_ ctx: CommandContext) async throws {
    let (cluster, _) = try embeddedCluster(globals, ctx)
    let c = try cluster.updateClock { clock, wall in clock.setPaused(Self.pause, wall: wall) }
    ctx.stdout.line(describeClock(c, now: try await cluster.currentTime()))
  }
}

struct SimPause: SimPauseSwitch {
  static let configuration = CommandConfiguration(
    commandName: "pause", abstract: "Freeze a wall clock.",
    discussion: """
      Examples:
        fluidctl sim pause
      """)
  static let pause = true
  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
}

struct SimResume: SimPauseSwitch {
  static let configuration = CommandConfiguration(
    commandName: "resume", abstract: "Let a paused wall clock run again.",
    discussion: """
      Examples:
        fluidctl sim resume
      """)
  static let pause = false
  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
}

struct SimReset: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset", abstract: "Discard every object and start again with the same scenario and clock settings.",
    discussion: """
      Examples:
        fluidctl sim reset
      """)
  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  func execute(_ ctx: CommandContext) async throws {
    let (cluster, path) = try embeddedCluster(globals, ctx)
    let scenario = try ScenarioLoader.load(try cluster.scenarioName())
    var c = try cluster.clock()
    c.simAnchor = ctx.now().timeIntervalSince1970
    c.wallAnchor = c.simAnchor
    c.paused = false
    let fresh = try EmbeddedCluster.initialize(path: path, scenario: scenario, clock: c, now: ctx.now)
    ctx.stdout.line("Embedded cluster reset: scenario \(scenario.name), \(describeClock(c, now: try await fresh.currentTime()))")
  }
}
