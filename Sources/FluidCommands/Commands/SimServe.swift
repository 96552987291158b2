import ArgumentParser
import FluidKit
import FluidModel
import FluidServer
import FluidSimulator
import Foundation

struct SimServe: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the embedded cluster as a Kubernetes API server, for kubectl and other clients.",
    discussion: """
      Runs the simulated Fluid controllers and the clock, and answers the Kubernetes API (discovery, CRUD, status and scale subresources, watches, Table output) over HTTP on loopback. Example:
        fluidctl sim serve --listen 127.0.0.1:6443 --write-kubeconfig /tmp/sim.kubeconfig &
        kubectl --kubeconfig /tmp/sim.kubeconfig get datasets
      Stop it with Ctrl-C (or SIGTERM).
      """)

  @OptionGroup(title: "Global options") var globals: GlobalOptions

  @Option(name: .long, help: ArgumentHelp("Address and port to listen on (port 0 picks a free one).", valueName: "host:port"))
  var listen = "127.0.0.1:6443"

  @Option(
    name: .customLong("write-kubeconfig"),
    help: ArgumentHelp("Write a kubeconfig for this server to PATH (mode 0600) once it listens.", valueName: "path"))
  var writeKubeconfig: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Inject faults for testing clients, e.g. 429:0.1,500:0.05,drop-watch:0.1,gone:0.05.", valueName: "spec"))
  var faults: String?

  @Option(name: .customLong("faults-seed"), help: "Seed for the fault rolls.")
  var faultsSeed: UInt64 = 1

  func execute(_ ctx: CommandContext) async throws {
    let (host, port) = try Self.parseListen(listen)
    let injector = try faults.map { try FaultInjector(spec: $0, seed: faultsSeed) }
    let (cluster, path) = try embeddedCluster(globals, ctx)
    try cluster.advanceWorld()
    if !["127.0.0.1", "::1", "localhost"].contains(host) {
      ctx.warn("listening on \(host), beyond loopback: anyone who can reach it can change the simulated cluster")
    }
    let router = APIRouter(client: cluster, registry: ctx.registry, faults: injector)
    let server = try await APIServer.start(router: router, host: host, port: port)
    let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(server.port)"
    if let out = writeKubeconfig {
      try SimKubeconfig.write(server: url, to: out)
    }
    ctx.stderr.line("Serving the embedded cluster \(path) at \(url)" + (writeKubeconfig.map { " (kubeconfig \($0))" } ?? ""))
    ctx.stderr.flush()
    // The controllers run on the clock even when nobody asks.
    let ticker = Task.detached {
      while !Task.isCancelled {
        try? cluster.advanceWorld()
        try? await Task.sleep(for: .milliseconds(100))
      }
    }
    await SignalWaiter.waitForTermination()
    ticker.cancel()
    await server.stop()
    if let injector {
      let counts = injector.injected.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }
      ctx.stderr.line("Faults injected: " + (counts.isEmpty ? "none" : counts.joined(separator: ", ")))
    }
    ctx.stderr.line("Stopped serving \(url)")
  }

  static func parseListen(_ s: String) throws -> (String, Int) {
    guard let colon = s.lastIndex(of: ":"), let port = Int(s[s.index(after: colon)...]), (0...65535).contains(port) else {
      throw FluidError.usage("--listen must be HOST:PORT, such as 127.0.0.1:6443, not \"\(s)\"")
    }
    var host = String(s[..<colon])
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    return (host.isEmpty ? "127.0.0.1" : host, port)
  }
}

/// A kubeconfig pointing at `sim serve`.
enum SimKubeconfig {
  static func write(server: String, to path: String) throws {
    let text = """
      apiVersion: v1
      kind: Config
      clusters:
      - name: fluidctl-sim
        cluster:
          server: \(server)
      contexts:
      - name: fluidctl-sim
        context:
          cluster: fluidctl-sim
          namespace: default
          user: fluidctl-sim
      current-context: fluidctl-sim
      preferences: {}
      users:
      - name: fluidctl-sim
        user: {}

      """
    try PrivateFile.write(text, to: path)
  }
}

/// Writes files that may hold credentials: mode 0600 from the start, replaced atomically.
enum PrivateFile {
  static func write(_ text: String, to path: String) throws {
    let tmp = path + ".tmp-\(getpid())"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw FluidError.local("cannot write \(path): \(String(cString: strerror(errno)))") }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
    fsync(fd)
    close(fd)
    guard written == bytes.count, rename(tmp, path) == 0 else {
      unlink(tmp)
      throw FluidError.local("cannot write \(path): \(String(cString: strerror(errno)))")
    }
  }
}

/// Waits for SIGINT or SIGTERM.
enum SignalWaiter {
  static func waitForTermination() async {
    await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
      let once = OnceFlag()
      var sources: [any DispatchSourceSignal] = []
      for sig in [SIGINT, SIGTERM] {
        signal(sig, SIG_IGN)
        let s = DispatchSource.makeSignalSource(signal: sig, queue: .global())
        s.setEventHandler { if once.claim() { c.resume() } }
        s.resume()
        sources.append(s)
      }
      SignalSources.keep(sources)
    }
  }
}

/// Keeps signal sources alive for the life of the process.
enum SignalSources {
  nonisolated(unsafe) static var kept: [any DispatchSourceSignal] = []
  static func keep(_ s: [any DispatchSourceSignal]) { kept += s }
}

final class OnceFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var done = false
  func claim() -> Bool { lock.withLock { defer { done = true }; return !done } }
}
