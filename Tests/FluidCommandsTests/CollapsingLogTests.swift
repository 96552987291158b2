@testable import FluidCommands
import Foundation
import Testing

@Suite struct CollapsingLogTests {
  final class Lines: @unchecked Sendable {
    let lock = NSLock()
    var all: [String] = []
    func add(_ s: String) { lock.withLock { all.append(s) } }
  }

  @Test func repeatsAreCountedNotWritten() {
    let lines = Lines()
    let log = CollapsingLog(reportEvery: 4) { lines.add($0) }
    for _ in 0..<3 { log.log("disk full") }
    log.log("node down")
    for _ in 0..<10 { log.log("disk full") }
    log.flush()
    log.flush()
    #expect(lines.all == [
      "disk full", "(the last message repeated 2 times)", "node down", "disk full",
      "(the last message repeated 4 times so far)", "(the last message repeated 8 times so far)", "(the last message repeated 9 times)",
    ])
  }
}
