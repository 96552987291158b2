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
