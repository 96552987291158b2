import FluidModel
import Foundation
import Testing

@testable import FluidSimulator

/// The commit's encoder thread hands back exactly the bytes the writer makes, in order, however
/// small its window, and stops when cancelled half way.
@Suite struct EncodingPipelineTests {
  static func values(_ n: Int) -> [JSONValue] {
    (0..<n).map { i in ["metadata": ["name": .string("o-\(i)")], "spec": ["n": .int(Int64(i)), "s": .string(String(repeating: "x", count: i % 50))]] }
  }

  @Test(arguments: [1, 3, 512])
  func bodiesComeBackInOrder(window: Int) {
    let values = Self.values(300)
    let pipeline = EncodingPipeline(values, window: window, threadFrom: 1)
    for (i, v) in values.enumerated() { #expect(pipeline.take(i) == JSONWriter.unorderedBytes(v)) }
  }

  @Test func cancellingHalfWayStopsTheEncoder() {
    let values = Self.values(1000)
    let pipeline = EncodingPipeline(values, window: 4, threadFrom: 1)
    for i in 0..<10 { #expect(!pipeline.take(i).isEmpty) }
    pipeline.cancel()
    Thread.sleep(forTimeInterval: 0.05)
    // The encoder never got more than its window ahead, and stopped there.
    #expect(pipeline.encodedCount <= 10 + 4)
  }

  @Test func aSmallCommitEncodesWithoutAThread() {
    let values = Self.values(10)
    let pipeline = EncodingPipeline(values)
    for (i, v) in values.enumerated() { #expect(pipeline.take(i) == JSONWriter.unorderedBytes(v)) }
    #expect(pipeline.encodedCount == 0)
  }
}
