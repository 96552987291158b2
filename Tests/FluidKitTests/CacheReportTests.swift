import FluidKit
import FluidModel
import Testing

@Suite struct CacheReportTests {
  @Test func prometheusTextReadsSamplesLabelsAndSkipsTheRest() {
    let text = """
      # HELP Worker_CapacityTotal total
      # TYPE Worker_CapacityTotal gauge
      Worker_CapacityTotal 2147483648
      juicefs_blockcache_bytes{mp="/jfs",vol_name="a\\"b"} 1.5e3 1700000000000

      not a sample
      bad_value{a="1"} twelve
      nan_value NaN
      """
    #expect(PrometheusText.parse(text) == [
      PrometheusSample(name: "Worker_CapacityTotal", value: 2_147_483_648),
      PrometheusSample(name: "juicefs_blockcache_bytes", labels: ["mp": "/jfs", "vol_name": "a\"b"], value: 1500),
    ])
  }

  @Test func alluxioExpositionRoundTripsThroughTheReader() {
    let text = WorkerMetricsEndpoint.alluxio.exposition(tierCapacity: [("MEM", 100), ("SSD", 1000)], usedBytes: 250)
    let f = WorkerMetricsEndpoint.alluxio.figures(PrometheusText.parse(text))
    #expect(f == WorkerCacheFigures(capacityBytes: 1100, usedBytes: 250, tierCapacity: ["MEM": 100, "SSD": 1000], tierUsed: ["MEM": 100, "SSD": 150]))
    let j = WorkerMetricsEndpoint.juicefs.figures(PrometheusText.parse(WorkerMetricsEndpoint.juicefs.exposition(tierCapacity: [], usedBytes: 42)))
    #expect(j.usedBytes == 42 && j.capacityBytes == nil)
  }

  static let dataset: JSONValue = [
    "metadata": ["name": "demo", "namespace": "team"],
    "status": [
      "phase": "Bound", "ufsTotal": "10.00GiB",
      "cacheStates": ["cacheCapacity": "4.00GiB", "cached": "1.00GiB", "cachedPercentage": "10.0%", "cacheHitRatio": "25.0%"],
    ],
  ]

  static func runtime(kind: String) -> (descriptor: ResourceDescriptor, object: JSONValue) {
    let d = ResourceRegistry.standard.descriptors.first { $0.kind == kind }!
    return (d, [
      "metadata": ["name": "demo", "namespace": "team"],
      "spec": ["replicas": 2, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "2Gi"]]]],
      "status": ["workerNumberReady": 1, "desiredWorkerNumberScheduled": 2],
    ])
  }

  static func pod(_ name: String, ready: Bool) -> JSONValue {
    ["metadata": ["name": .string(name), "namespace": "team"], "spec": ["nodeName": "n1"],
     "status": ["conditions": [["type": "Ready", "status": .string(ready ? "True" : "False")]]]]
  }

  @Test func reportCombinesDatasetStatesAndWorkerMetrics() {
    let metrics: [String: CacheReport.MetricsReading] = [
      "w0": .success(WorkerMetricsEndpoint.alluxio.exposition(tierCapacity: [("MEM", 2_147_483_648)], usedBytes: 1_073_741_824)),
      "w2": .failure(CacheReport.MetricsFailure("forbidden: no permission for pods/proxy")),
    ]
    let r = CacheReport.build(dataset: Self.dataset, runtime: Self.runtime(kind: "AlluxioRuntime"),
      pods: [Self.pod("w2", ready: true), Self.pod("w0", ready: true), Self.pod("w1", ready: false)], metrics: metrics)
    #expect(r.workers.map(\.name) == ["w0", "w1", "w2"])
    #expect(r.workers[0].cachedBytes == 1_073_741_824 && r.workers[0].tiers[0].usedBytes == 1_073_741_824)
    #expect(r.workers[1].capacityBytes == 0 && r.workers[1].metricsError == "the worker is not ready")
    #expect(r.workers[2].cachedBytes == nil && r.workers[2].metricsError == "forbidden: no permission for pods/proxy")
    #expect(r.cachedBytes == 1_073_741_824 && r.hitRatio == 0.25 && r.workersReady == 1 && r.workersDesired == 2)
    #expect(r.runtime == "alluxioruntime.data.fluid.io/demo")
  }

  @Test func enginesWithoutMetricsSayWhy() {
    let r = CacheReport.build(dataset: Self.dataset, runtime: Self.runtime(kind: "JindoRuntime"), pods: [Self.pod("w0", ready: true)], metrics: [:])
    #expect(r.workers[0].cachedBytes == nil)
    #expect(r.workers[0].metricsError == "JindoRuntime's workers serve no cache metrics")
    #expect(r.workers[0].capacityBytes == 2_147_483_648)
  }
}
