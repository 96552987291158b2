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
    _ = try await c.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions())
    let runtime: JSONValue = [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "demo"],
      "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "1Gi"]]]],
    ]
    _ = try await c.create(alluxio, namespace: "default", object: runtime, options: WriteOptions())
    try f.cluster.updateClock { clock, wall in clock.advance(300, wall: wall) }
    try f.cluster.advanceWorld()
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
