import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// Container logs through the seam: a simulated loader's log follows its transfer, the same
/// in-process and through `sim serve`; errors as kube-apiserver's.
@Suite struct PodLogContractTests {
  static func text(_ stream: AsyncThrowingStream<String, any Error>) async throws -> String {
    var out = ""
    for try await l in stream { out += l }
    return out
  }

  @Test(arguments: Backend.allCases)
  func loaderLogFollowsTheTransfer(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, scenario: .laptop)
    let c = f.client
    try await f.bindDemo()
    try await f.startLoad()
    try f.advance(30, steps: 6)
    let pods = try await c.list(CoreKinds.pod, namespace: "default", options: ListOptions(labelSelector: try LabelSelector(parsing: "role=dataload-pod")))
    let pod = try #require(pods.items.first?["metadata"]?["name"]?.stringValue)
    let log = try await Self.text(c.podLog(namespace: "default", pod: pod, options: PodLogOptions()))
    let lines = log.split(separator: "\n")
    #expect(lines.first == "fluid-dataloader: loading dataset default/demo from https://example.com/data/", "\(log)")
    #expect(lines.contains { $0.hasPrefix("progress ") }, "\(log)")
    let tail = try await Self.text(c.podLog(namespace: "default", pod: pod, options: PodLogOptions(tailLines: 1, timestamps: true)))
    #expect(tail.split(separator: "\n").count == 1)
    #expect(tail.hasPrefix("20") && tail.contains("Z "), "\(tail)")
    #expect(String(tail.split(separator: " ", maxSplits: 1)[1]) == String(lines.last ?? "") + "\n")

    let missing = await apiStatus { _ = try await Self.text(c.podLog(namespace: "default", pod: "nosuch", options: PodLogOptions())) }
    #expect(missing?.code == 404)
    let wrong = await apiStatus { _ = try await Self.text(c.podLog(namespace: "default", pod: pod, options: PodLogOptions(container: "nope"))) }
    #expect(wrong?.code == 400)
    #expect(wrong?.message == "container nope is not valid for pod \(pod)")
    await f.close()
  }
}
