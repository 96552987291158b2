import FluidCommands
import FluidKit
import FluidModel
import FluidSimulator
import Foundation

/// A clock tests move by hand.
public final class ManualClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date
  public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = start }
  public func now() -> Date {
    lock.lock()
    defer { lock.unlock() }
    return current
  }
  public func advance(_ seconds: TimeInterval) {
    lock.lock()
    current += seconds
    lock.unlock()
  }
}

/// A fresh temporary directory, removed when the value is deinitialised.
public final class TemporaryDirectory: @unchecked Sendable {
  public let path: String
  public init() {
    path = NSTemporaryDirectory() + "fluidctl-test-" + UUID().uuidString.lowercased()
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(atPath: path) }
  public func file(_ name: String) -> String { path + "/" + name }
  @discardableResult
  public func write(_ name: String, _ text: String) -> String {
    let p = file(name)
    try? FileManager.default.createDirectory(
      atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
    return p
  }

  /// A kubeconfig whose server is a loopback port nothing listens on (127.0.0.1:9).
  public func refusingKubeconfig() -> String {
    write("refusing.kubeconfig", """
      apiVersion: v1
      kind: Config
      clusters: [{name: c, cluster: {server: "http://127.0.0.1:9"}}]
      contexts: [{name: x, context: {cluster: c}}]
      current-context: x
      """)
  }
}

/// Runs fluidctl commands in-process against an embedded cluster in a temporary directory,
/// with captured output and a manual clock.
public final class CommandHarness: @unchecked Sendable {
  public let dir = TemporaryDirectory()
  public let clock = ManualClock()
  public var statePath: String { dir.file("state.db") }
  public var stdin = ""

  public init() {}

  public struct Result: Sendable {
    public var code: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs `fluidctl ARGS` (split on spaces unless given as an array). `stdout`: a capture the
  /// caller can read while the command runs (a watch, say).
  /// `environment`: changes to the environment (FLUIDCTL_SIM_STATE and HOME), a nil value
  /// removing the variable.
  public func run(
    _ args: [String], stdin: String? = nil, stdout: FluidCommands.OutputStream? = nil, environment changes: [String: String?] = [:]
  ) async -> Result {
    let out = stdout ?? OutputStream.capture()
    let err = OutputStream.capture()
    let input = stdin ?? self.stdin
    let clock = self.clock
    var environment = ["FLUIDCTL_SIM_STATE": statePath, "HOME": dir.path]
    for (k, v) in changes { environment[k] = v }
    let ctx = CommandContext(
      stdout: out, stderr: err, environment: environment,
      now: { clock.now() }, readStdin: { input })
    let code = await Fluidctl.run(arguments: args, context: ctx)
    return Result(code: code, stdout: out.text, stderr: err.text)
  }

  public func run(_ line: String, stdin: String? = nil) async -> Result {
    await run(line.split(separator: " ").map(String.init), stdin: stdin)
  }

  /// The embedded cluster behind the commands, on the same clock.
  public func cluster() throws -> EmbeddedCluster {
    let clock = self.clock
    return try EmbeddedCluster(path: statePath, now: { clock.now() })
  }
}

/// The API status a call fails with, or nil when it succeeds (a non-API error becomes a status
/// with code -1, so that it fails any expectation about codes).
public func apiStatus(_ body: () async throws -> Void) async -> APIStatus? {
  do {
    try await body()
    return nil
  } catch FluidError.api(let s) {
    return s
  } catch {
    return APIStatus(code: -1, reason: "NotAPI", message: "\(error)")
  }
}
