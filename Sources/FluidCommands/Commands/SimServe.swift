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
      With --tls (a throwaway self-signed certificate, made by openssl) or --tls-cert and --tls-key it serves HTTPS; with --token T it then requires "Authorization: Bearer T" (clients never send tokens over plain http). The kubeconfig it writes carries the CA and the token. --no-controllers serves the API alone, as a stand-in for a cluster without Fluid ('fluidctl sim attach' can then drive it).
      Stop it with Ctrl-C (or SIGTERM).
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

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

  @Flag(
    name: .customLong("no-controllers"),
    help: "Serve the API only, with no simulated Fluid (a stand-in for a cluster that has Fluid's CRDs but not Fluid, for 'sim attach').")
  var noControllers = false

  @Flag(name: .long, help: "Serve HTTPS with a self-signed certificate for 127.0.0.1 and localhost, made now (by openssl).")
  var tls = false

  @Option(
    name: .customLong("tls-cert"),
    help: ArgumentHelp("Serve HTTPS with this PEM certificate chain (needs --tls-key).", valueName: "path"))
  var tlsCert: String?

  @Option(name: .customLong("tls-key"), help: ArgumentHelp("The PEM private key of --tls-cert.", valueName: "path"))
  var tlsKey: String?

  @Option(
    name: .customLong("tls-ca"),
    help: ArgumentHelp("The CA that signed --tls-cert, for the written kubeconfig (default: the certificate itself).", valueName: "path"))
  var tlsCA: String?

  /// The global `--token`: here, the bearer token clients must present.
  var token: String? { globals.token }

  func validate() throws {
    if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together") }
    if tlsCA != nil && tlsCert == nil { throw ValidationError("--tls-ca needs --tls-cert and --tls-key") }
    if tls && tlsCert != nil { throw ValidationError("--tls makes its own certificate: leave out --tls-cert and --tls-key") }
  }

  func execute(_ ctx: CommandContext) async throws {
    let (host, port) = try Self.parseListen(listen)
    let injector = try faults.map { try FaultInjector(spec: $0, seed: faultsSeed) }
    let (cluster, path) = try embeddedCluster(globals, ctx)
    cluster.runsControllers = !noControllers
    cluster.cacheParsedObjects()
    try cluster.advanceWorld()
    if !["127.0.0.1", "::1", "localhost"].contains(host) {
      ctx.warn("listening on \(host), beyond loopback: anyone who can reach it can change the simulated cluster")
    }
    var tlsCert = self.tlsCert
    var tlsKey = self.tlsKey
    var generated: SelfSignedCertificate?
    if tls {
      let made = try SelfSignedCertificate.make()
      generated = made
      (tlsCert, tlsKey) = (made.certificate, made.key)
    }
    defer { generated?.remove() }
    if token != nil && tlsCert == nil {
      ctx.warn("--token without --tls-cert: clients do not send tokens over plain http, so only unauthenticated health checks will work")
    }
    let router = APIRouter(client: cluster, registry: ctx.registry, faults: injector, token: token)
    let tls = tlsCert.map { ServerTLSFiles(certificateChain: $0, privateKey: tlsKey ?? "") }
    let server = try await APIServer.start(router: router, host: host, port: port, tls: tls)
    let scheme = tls == nil ? "http" : "https"
    let url = "\(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(server.port)"
    if let out = writeKubeconfig {
      let ca = try (tlsCA ?? tlsCert).map { path -> String in
        guard let data = FileManager.default.contents(atPath: path) else { throw FluidError.local("cannot read \(path)") }
        return data.base64EncodedString()
      }
      try SimKubeconfig.write(server: url, caData: ca, token: token, to: out)
    }
    ctx.stderr.line("Serving the embedded cluster \(path) at \(url)" + (writeKubeconfig.map { " (kubeconfig \($0))" } ?? ""))
    ctx.stderr.flush()
    // The controllers run on the clock even when nobody asks.
    let log = CollapsingLog { ctx.warn($0) }
    let ticker = Task.detached {
      while !Task.isCancelled {
        do { try cluster.advanceWorld() } catch { log.log("the simulation could not advance: \(ErrorPresenter.message(error))") }
        try? await Task.sleep(for: .milliseconds(100))
      }
    }
    await SignalWaiter.waitForTermination()
    ticker.cancel()
    log.flush()
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
  static func write(server: String, caData: String?, token: String?, to path: String) throws {
    let ca = caData.map { "\n    certificate-authority-data: \($0)" } ?? ""
    let user = token.map { "\n    token: \($0)" } ?? " {}"
    let text = """
      apiVersion: v1
      kind: Config
      clusters:
      - name: fluidctl-sim
        cluster:
          server: \(server)\(ca)
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
        user:\(user)

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

/// A throwaway self-signed certificate for `sim serve --tls`: made by openssl in a private
/// directory (0700), valid for 127.0.0.1, ::1 and localhost for 30 days, removed on exit.
struct SelfSignedCertificate {
  let directory: String
  var certificate: String { directory + "/tls.crt" }
  var key: String { directory + "/tls.key" }

  static func make() throws -> SelfSignedCertificate {
    let dir = NSTemporaryDirectory() + "fluidctl-tls-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard mkdir(dir, 0o700) == 0 else { throw FluidError.local("cannot create \(dir): \(String(cString: strerror(errno)))") }
    let made = SelfSignedCertificate(directory: dir)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", made.key, "-out", made.certificate, "-days", "30",
      "-subj", "/CN=fluidctl-sim", "-addext", "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost",
    ]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do {
      try p.run()
      p.waitUntilExit()
    } catch {
      made.remove()
      throw FluidError.local("--tls needs openssl to make a certificate (or pass --tls-cert and --tls-key): \(error)")
    }
    guard p.terminationStatus == 0 else {
      made.remove()
      throw FluidError.local("--tls could not make a certificate: openssl exited with \(p.terminationStatus); pass --tls-cert and --tls-key")
    }
    return made
  }

  func remove() { try? FileManager.default.removeItem(atPath: directory) }
}
