import Foundation

/// A text sink for stdout or stderr. Buffered; `flush()` writes it out. Tests capture text
/// with `OutputStream.capture()`.
public final class OutputStream: @unchecked Sendable {
  private let lock = NSLock()
  private var buffer = ""
  private let fd: Int32?
  /// Whether the sink is a terminal (progress and colour only then).
  public let isTerminal: Bool

  init(fd: Int32?, isTerminal: Bool) {
    self.fd = fd
    self.isTerminal = isTerminal
  }

  public static func standardOutput() -> OutputStream { OutputStream(fd: 1, isTerminal: isatty(1) == 1) }
  public static func standardError() -> OutputStream { OutputStream(fd: 2, isTerminal: isatty(2) == 1) }
  /// An in-memory sink; read it with `text`.
  public static func capture(isTerminal: Bool = false) -> OutputStream { OutputStream(fd: nil, isTerminal: isTerminal) }

  public func write(_ s: String) {
    lock.lock()
    buffer += s
    let big = buffer.utf8.count > 64 * 1024
    lock.unlock()
    if big { flush() }
  }

  public func line(_ s: String) { write(s + "\n") }

  /// Writes buffered text to the file descriptor (no-op for a capture).
  public func flush() {
    guard let fd else { return }
    lock.lock()
    let data = Array(buffer.utf8)
    buffer = ""
    lock.unlock()
    var off = 0
    while off < data.count {
      let n = data[off...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      off += n
    }
  }

  /// Everything written so far (captures only).
  public var text: String {
    lock.lock()
    defer { lock.unlock() }
    return buffer
  }
}
