import FluidKit
import FluidModel
import Foundation

/// Everything a command needs from the outside world, injected so that tests run commands
/// in-process against an embedded cluster with captured output and a fixed clock.
public struct CommandContext: Sendable {
  public var stdout: OutputStream
  public var stderr: OutputStream
  public var environment: [String: String]
  public var now: @Sendable () -> Date
  /// Standard input as text, at most `ManifestLoader.maxTotalBytes`; throws past it.
  public var readStdin: @Sendable () throws -> String
  public var registry: ResourceRegistry
  /// Builds the cluster client for the given options (the embedded cluster or a real one).
  public var connect: @Sendable (GlobalOptions, CommandContext) throws -> any ClusterClient

  public init(
    stdout: OutputStream, stderr: OutputStream, environment: [String: String], now: @escaping @Sendable () -> Date,
    readStdin: @escaping @Sendable () throws -> String, registry: ResourceRegistry = .standard,
    connect: @escaping @Sendable (GlobalOptions, CommandContext) throws -> any ClusterClient = Connection.connect
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.environment = environment
    self.now = now
    self.readStdin = readStdin
    self.registry = registry
    self.connect = connect
  }

  /// The process's real streams, environment and clock.
  public static func standard() -> CommandContext {
    CommandContext(
      stdout: .standardOutput(), stderr: .standardError(), environment: processEnvironment(),
      now: { Date() },
      readStdin: {
        try BoundedReader.text(BoundedReader.read(fd: 0, limit: ManifestLoader.maxTotalBytes, source: "STDIN"), source: "STDIN")
      })
  }

  /// The process's environment, read from `environ` (ProcessInfo's copy costs 0.4 ms at start).
  static func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "="), environment[String(text[..<equals])] == nil {
        environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return environment
  }

  /// Writes `Warning: ...` to stderr, as kubectl shows server warnings.
  public func warn(_ message: String) { stderr.line("Warning: " + TerminalText.escape(message, keepingNewlines: true)) }
}
