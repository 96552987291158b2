import Foundation

/// Runs the built `fluidctl` binary (FLUIDCTL_BIN, else .build/debug/fluidctl).
public enum Binary {
  public static var path: String {
    if let p = ProcessInfo.processInfo.environment["FLUIDCTL_BIN"], !p.isEmpty { return p }
    return Paths.packageRoot.appendingPathComponent(".build/debug/fluidctl").path
  }

  public struct Result: Sendable {
    public var code: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Starts the binary; the caller waits or kills it.
  public static func start(
    _ args: [String], environment: [String: String], stdout: FileHandle? = nil, stderr: FileHandle? = nil
  ) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    p.environment = environment
    p.standardOutput = stdout ?? FileHandle.nullDevice
    p.standardError = stderr ?? FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    return p
  }

  /// Runs the binary to completion and captures its output.
  public static func run(_ args: [String], environment: [String: String], stdin: String = "") throws -> Result {
    try run(executable: path, args, environment: environment, stdin: stdin)
  }

  /// `run` on a thread of its own: awaiting it does not hold one of Swift concurrency's few
  /// threads while the process runs (tests that did so in parallel starved each other).
  public static func runOffPool(_ args: [String], environment: [String: String]) async throws -> Result {
    try await withCheckedThrowingContinuation { (c: CheckedContinuation<Result, any Error>) in
      Thread { c.resume(with: Swift.Result { try run(args, environment: environment) }) }.start()
    }
  }

  /// Runs any program (kubectl, python3...) to completion and captures its output.
  public static func run(
    executable: String, _ args: [String], environment: [String: String], stdin: String = "",
    workingDirectory: String? = nil
  ) throws -> Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    if let workingDirectory { p.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
    p.arguments = args
    p.environment = environment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = input
    try p.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(code: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }
}

/// Moves a manual simulation clock with `fluidctl sim advance STEP`, again and again, from a
/// thread of its own, until stopped (a second process moving the clock, as a CI job would).
public final class ClockAdvancer: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false

  public init(environment: [String: String], step: String) {
    Thread { [self] in
      while !lock.withLock({ stopped }) {
        _ = try? Binary.run(["sim", "advance", step], environment: environment)
        Thread.sleep(forTimeInterval: 0.05)
      }
    }.start()
  }

  public func stop() { lock.withLock { stopped = true } }
}
