import Foundation

/// Reads manifest sources (regular files, `-`, pipes, FIFOs, `/dev/stdin`, `<(...)`) through
/// one bounded path: at most `limit` bytes, or an error that names the source and the limit,
/// without ever holding more than the limit in memory.
public enum BoundedReader {
  /// Reads everything from `fd` up to `limit` bytes; throws when there is more. `source` names
  /// the input in errors.
  public static func read(fd: Int32, limit: Int, source: String) throws -> [UInt8] {
    var out: [UInt8] = []
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, chunk) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FluidError.input(source: source, message: "error reading \(source): \(SystemErrorText.posix(errno))")
      }
      if n == 0 { return out }
      guard out.count + n <= limit else {
        throw FluidError.input(source: source, message: "error reading \(source): more than \(describe(limit)), the most fluidctl reads from its input")
      }
      out.append(contentsOf: buffer[0..<n])
    }
  }

  /// Opens `path` (following links, as a FIFO or `/dev/stdin` needs) and reads it as `read` does.
  public static func read(path: String, limit: Int) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FluidError.input(source: path, message: "error reading \(path): \(SystemErrorText.posix(errno))") }
    defer { close(fd) }
    return try read(fd: fd, limit: limit, source: path)
  }

  /// `bytes` as UTF-8 text, or an error naming `source`.
  public static func text(_ bytes: [UInt8], source: String) throws -> String {
    guard let s = String(validating: bytes, as: UTF8.self) else {
      throw FluidError.input(source: source, message: "error reading \(source): not UTF-8 text")
    }
    return s
  }

  /// `64 MiB`, `3 MiB`, or bytes.
  static func describe(_ bytes: Int) -> String {
    bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
  }
}
