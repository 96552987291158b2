import ArgumentParser
import FluidKit
import FluidModel
import FluidSimulator
import Foundation

struct SimAttach: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "attach",
    abstract: "Run the simulated Fluid controllers against the current kubeconfig's cluster.",
    discussion: """
      For a cluster that has Fluid's CRDs but not Fluid (a test API server): fluidctl plays Fluid's controllers, with its own world model of nodes and bandwidth (--scenario), and writes what Fluid writes there: the status of datasets, runtimes and data operations, Fluid's finalizers, Events, and the PersistentVolume and PersistentVolumeClaim of each bound dataset. Simulated worker pods stay in the local model. It acts on the current namespace (-n, else the context's), or on every namespace with -A. Install the CRDs first with 'fluidctl crds install'. Example:
        fluidctl crds install
        fluidctl sim attach --speed 10 &
        fluidctl dataset create demo --mount oss://bucket/demo
      Stop it with Ctrl-C (or SIGTERM).
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Option(name: .long, help: "The world model: a built-in scenario (laptop, gpu-cluster, serverless-model-load) or a scenario file.")
  var scenario = "laptop"

  @Option(
    name: .long,
    help: "Simulated seconds per wall second (above 1, the times Fluid writes run ahead of the cluster's clock).")
  var speed: Double = 1

  @Option(name: .long, help: "How often to synchronise with the cluster (for example 500ms, 2s).")
  var interval = "1s"

  @Option(
    name: .customLong("state"),
    help: ArgumentHelp("Where the local model lives (default: a fresh temporary file).", valueName: "path"))
  var state: String?

  func validate() throws {
    guard speed > 0, speed.isFinite else { throw ValidationError("--speed must be a positive number, not \(speed)") }
    guard let i = GoDuration.parse(interval), i > 0 else { throw ValidationError("invalid --interval \"\(interval)\": use for example 1s") }
  }

  func execute(_ ctx: CommandContext) async throws {
    let remote = try ctx.connect(globals, ctx)
    if remote is EmbeddedCluster {
      throw FluidError.usage("'sim attach' drives a Kubernetes API server: point --kubeconfig (or KUBECONFIG) at one")
    }
    let path = state ?? NSTemporaryDirectory() + "fluidctl-attach-\(getpid()).db"
    var clock = SimulationClock.following(wall: ctx.now(), speed: speed)
    clock.mode = .wall
    let local = try EmbeddedCluster.initialize(path: path, scenario: try ScenarioLoader.load(scenario), clock: clock, now: ctx.now)
    // The current namespace (-n, else the context's), or every namespace with -A, as kubectl.
    let scope = globals.listNamespace(remote)
    let mirror = ClusterMirror(remote: remote, local: local, namespace: scope)
    let pause = GoDuration.parse(interval) ?? 1
    ctx.stderr.line(
      "Attached to \(remote.backendDescription) (\(scope.map { "namespace \($0)" } ?? "all namespaces")): simulating Fluid with scenario \(scenario) at \(JSONWriter.formatDouble(speed))x (model \(path))")
    ctx.stderr.flush()
    let log = CollapsingLog { ctx.warn($0) }
    let loop = Task {
      while !Task.isCancelled {
        do {
          let report = try await mirror.sync()
          for e in report.errors { log.log(e) }
        } catch FluidError.unknownResource {
          log.log("the cluster serves no data.fluid.io kinds; install them with 'fluidctl crds install'")
        } catch {
          log.log("sync failed: \(ErrorPresenter.message(error))")
        }
        try? await Task.sleep(for: .milliseconds(Int64(saturating: pause * 1000)))
      }
    }
    await SignalWaiter.waitForTermination()
    loop.cancel()
    log.flush()
    if state == nil { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
    ctx.stderr.line("Detached from \(remote.backendDescription)")
  }
}
