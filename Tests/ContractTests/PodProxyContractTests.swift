import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// Cache workers' metrics through the pod proxy: the embedded cluster answers in-process and
/// through `sim serve` over HTTP with the same text, which `CacheReport` reads.
@Suite struct PodProxyContractTests {
  @Test(arguments: Backend.allCases)
  func workerMetricsComeThroughThePodProxy(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, scenario: .laptop)
    let c = f.client
    try await f.bindDemo()
    let pods = try await c.list(CoreKinds.pod, namespace: "default", options: ListOptions(labelSelector: try LabelSelector(parsing: "role=alluxio-worker")))
    let worker = try #require(pods.items.first)
    let name = worker["metadata"]?["name"]?.stringValue ?? ""
    let text = try await c.podProxyGet(namespace: "default", pod: name, port: 30000, path: "/metrics/prometheus/")
    let figures = WorkerMetricsEndpoint.alluxio.figures(PrometheusText.parse(text))
    #expect(figures.capacityBytes == 1_073_741_824)
    #expect(figures.usedBytes == 0)
    #expect(figures.tierCapacity == ["MEM": 1_073_741_824])

    let refused = await apiStatus { _ = try await c.podProxyGet(namespace: "default", pod: name, port: 8080, path: "/") }
    #expect(refused?.code == 503)
    #expect(refused?.message.contains("connection refused") == true)
    let missing = await apiStatus { _ = try await c.podProxyGet(namespace: "default", pod: "nosuch", port: 30000, path: "/metrics") }
    #expect(missing?.code == 404)

    let readings = await WorkerMetricsReader(client: c).read(runtimeKind: "AlluxioRuntime", pods: pods.items)
    let ds = try await c.get(datasets, namespace: "default", name: "demo")
    let rt = try await c.get(alluxio, namespace: "default", name: "demo")
    let report = CacheReport.build(dataset: ds, runtime: (alluxio, rt), pods: pods.items, metrics: readings)
    #expect(report.workers.map(\.cachedBytes) == [0])
    #expect(report.workers.map(\.metricsError) == [nil])
    await f.close()
  }
}
