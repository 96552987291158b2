import Foundation

/// A log for long-running loops (`sim serve`, `sim attach`) that writes one line per distinct
/// message: a message repeated while nothing else is logged is counted, not written again, and
/// the count is written once another message comes, on `flush`, or every `reportEvery` repeats.
final class CollapsingLog: @unchecked Sendable {
  private let write: @Sendable (String) -> Void
  private let reportEvery: Int
  private let lock = NSLock()
  private var last: String?
  private var repeats = 0

  init(reportEvery: Int = 1_000, write: @escaping @Sendable (String) -> Void) {
    self.reportEvery = reportEvery
    self.write = write
  }

  func log(_ message: String) {
    lock.withLock {
      if message == last {
        repeats += 1
        if repeats % reportEvery == 0 { write("(the last message repeated \(repeats) times so far)") }
        return
      }
      reportRepeats()
      last = message
      write(message)
    }
  }

  /// Writes the count of repeats not reported yet.
  func flush() { lock.withLock { reportRepeats() } }

  private func reportRepeats() {
    if repeats % reportEvery != 0 { write("(the last message repeated \(repeats) times)") }
    repeats = 0
    last = nil
  }
}
