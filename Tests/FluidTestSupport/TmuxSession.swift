import Foundation

/// A program running in a detached tmux session on a private server (`tmux -L NAME`), for
/// driving interactive programs (shells, the dashboard) the way a person does: keys in, screen out.
public final class TmuxSession: @unchecked Sendable {
  public static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile)

  public let name: String
  let tmux: String
  let environment: [String: String]

  /// Starts `command` in a `width`×`height` session. The tmux server daemonizes; it is started
  /// through bash with every descriptor above 2 closed and 0-2 on /dev/null, because Foundation's
  /// Process waits for a descriptor it hands its children, which a lingering server would hold.
  public init(_ command: [String], width: Int = 160, height: Int = 40, environment: [String: String]) throws {
    guard let tmux = Self.tmux else { throw FluidTestError("tmux is not installed") }
    self.tmux = tmux
    self.environment = environment
    name = "fluidctl-test-\(UUID().uuidString.prefix(8))"
    let words = [tmux, "-L", name, "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"] + command
    let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    let script = """
      for f in /proc/$$/fd/*; do n=${f##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done
      exec \(quoted) </dev/null >/dev/null 2>&1
      """
    let r = try Binary.run(executable: "/bin/bash", ["-c", script], environment: environment)
    guard r.code == 0 else { throw FluidTestError("tmux new-session failed: \(r.stderr)") }
  }

  @discardableResult
  func command(_ args: [String]) throws -> Binary.Result {
    try Binary.run(executable: tmux, ["-L", name] + args, environment: environment)
  }

  /// Sends keys as tmux names them ("Enter", "Tab", "C-c", or literal text).
  public func send(_ keys: String...) throws { try command(["send-keys", "-t", name] + keys) }

  /// The visible screen, one line per row.
  public func screen() throws -> String { try command(["capture-pane", "-p", "-t", name]).stdout }

  /// Polls the screen until `done` holds (or `timeout` passes) and returns the last one seen.
  public func waitForScreen(timeout: TimeInterval = 15, until done: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = try screen()
    while !done(last), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.1)
      last = try screen()
    }
    return last
  }

  /// Resizes the pane (the program sees SIGWINCH).
  public func resize(width: Int, height: Int) throws {
    try command(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Stops the session's server and everything running in it.
  public func kill() { _ = try? command(["kill-server"]) }

  deinit { kill() }
}

/// A test's own failure to set something up, with what went wrong.
public struct FluidTestError: Error, CustomStringConvertible {
  public var description: String
  public init(_ d: String) { description = d }
}
