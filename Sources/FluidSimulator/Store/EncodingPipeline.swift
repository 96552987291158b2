import FluidModel
import Foundation

/// Encodes values to stored JSON bytes on a second thread, a bounded window ahead of the thread
/// that writes them: the commit of an advance encodes thousands of objects and inserts them
/// into SQLite, and the two halves overlap instead of taking turns.
///
/// `take(i)` must be called for every index in order; each body is freed once taken.
final class EncodingPipeline: @unchecked Sendable {
  private let values: [JSONValue]
  private let window: Int
  private let condition = NSCondition()
  // Guarded by `condition`.
  private var bodies: [[UInt8]?]
  private var produced = 0
  private var consumed = 0
  private var cancelled = false

  /// A commit of fewer values than this encodes them itself: a thread costs more than it saves.
  static let threadFrom = 64
  private let threaded: Bool

  /// Starts encoding `values` (with `JSONWriter.unorderedBytes`) at once, on a thread of its
  /// own when there are at least `threadFrom`.
  init(_ values: [JSONValue], window: Int = 512, threadFrom: Int = EncodingPipeline.threadFrom) {
    self.values = values
    self.window = max(window, 1)
    threaded = values.count >= threadFrom
    bodies = Array(repeating: nil, count: threaded ? values.count : 0)
    guard threaded else { return }
    Thread.detachNewThread { [self] in produce() }
  }

  private func produce() {
    for i in values.indices {
      condition.lock()
      while i - consumed >= window && !cancelled { condition.wait() }
      let stop = cancelled
      condition.unlock()
      if stop { return }
      let body = JSONWriter.unorderedBytes(values[i])
      condition.lock()
      bodies[i] = body
      produced = i + 1
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The encoded body of value `i`, waiting for it if needed.
  func take(_ i: Int) -> [UInt8] {
    guard threaded else { return JSONWriter.unorderedBytes(values[i]) }
    condition.lock()
    defer { condition.unlock() }
    while produced <= i { condition.wait() }
    let body = bodies[i] ?? []
    bodies[i] = nil
    consumed = i + 1
    condition.broadcast()
    return body
  }

  /// How many values are encoded so far.
  var encodedCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return produced
  }

  /// Stops the encoder (the commit failed half way); bodies not taken are dropped.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }
}
