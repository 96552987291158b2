import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// HorizontalPodAutoscalers through the seam on both backends: kube-apiserver's defaults and
/// validation, the simulated controller scaling a runtime on Fluid's capacity_used_rate, and
/// deletion.
@Suite struct HPAContractTests {
  static let hpas = CoreKinds.horizontalPodAutoscaler

  static func hpa(target value: String, max: Int64 = 3) -> JSONValue {
    [
      "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": "demo"],
      "spec": [
        "scaleTargetRef": ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "name": "demo"],
        "maxReplicas": .int(max),
        "metrics": [[
          "type": "Object",
          "object": [
            "metric": ["name": "capacity_used_rate"],
            "describedObject": ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "name": "demo"],
            "target": ["type": "Value", "value": .string(value)],
          ],
        ]],
      ],
    ]
  }

  @Test(arguments: Backend.allCases)
  func defaultsAndValidation(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    var bare = Self.hpa(target: "80")
    bare[path: ["spec", "metrics"]] = nil
    bare[path: ["spec", "behavior"]] = ["scaleDown": ["stabilizationWindowSeconds": 60]]
    let created = try await c.create(Self.hpas, namespace: "default", object: bare, options: WriteOptions())
    #expect(created["spec"]?["minReplicas"] == 1)
    #expect(created["spec"]?["metrics"] == [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 80]]]])
    #expect(created["spec"]?["behavior"]?["scaleDown"]?["stabilizationWindowSeconds"] == 60)
    #expect(created["spec"]?["behavior"]?["scaleDown"]?["policies"] == [["type": "Percent", "value": 100, "periodSeconds": 15]])
    #expect(created["spec"]?["behavior"]?["scaleUp"]?["selectPolicy"] == "Max")

    var bad = Self.hpa(target: "80", max: 0)
    bad[path: ["metadata", "name"]] = "bad"
    let refused = await apiStatus { _ = try await c.create(Self.hpas, namespace: "default", object: bad, options: WriteOptions()) }
    #expect(refused?.code == 422)
    #expect(refused?.message == "HorizontalPodAutoscaler.autoscaling \"bad\" is invalid: spec.maxReplicas: Invalid value: 0: must be greater than 0")
    await f.close()
  }

  /// A full cache (capacity_used_rate 100 against a target of 50) doubles the workers within a
  /// sync or two, up to max; deleting the autoscaler leaves the runtime as it is.
  @Test(arguments: Backend.allCases)
  func scalesARuntimeOnItsCacheAndIsDeleted(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, scenario: .laptop)
    let c = f.client
    try await f.bindDemo()
    try await f.startLoad()
    try f.advance(30, steps: 20)
    _ = try await c.create(Self.hpas, namespace: "default", object: Self.hpa(target: "50"), options: WriteOptions())
    try f.advance(15, steps: 8)
    let hpa = try await c.get(Self.hpas, namespace: "default", name: "demo")
    let runtime = try await c.get(alluxio, namespace: "default", name: "demo")
    #expect(runtime["spec"]?["replicas"] == 3, "\(hpa["status"] ?? .null)")
    #expect(hpa["status"]?["desiredReplicas"] == 3)
    let conditions = hpa["status"]?["conditions"]?.arrayValue ?? []
    #expect(conditions.map { $0["type"]?.stringValue ?? "" } == ["AbleToScale", "ScalingActive", "ScalingLimited"])
    #expect(conditions.first { $0["type"] == "ScalingActive" }?["reason"] == "ValidMetricFound")
    // Three workers hold the cache at a third: the metric asks for fewer, the 300 s window holds 3.
    #expect(conditions.first { $0["type"] == "AbleToScale" }?["reason"] == "ScaleDownStabilized", "\(conditions)")
    _ = try await c.delete(Self.hpas, namespace: "default", name: "demo", options: DeleteOptions())
    try f.cluster.advanceWorld()
    let gone = await apiStatus { _ = try await c.get(Self.hpas, namespace: "default", name: "demo") }
    #expect(gone?.code == 404)
    #expect(try await c.get(alluxio, namespace: "default", name: "demo")["spec"]?["replicas"] == 3)
    await f.close()
  }

  /// Pods reading through the cache drive `cache_throughput`: at 1 MiB/s per worker the
  /// readers' traffic asks for every worker the autoscaler allows.
  @Test(arguments: Backend.allCases)
  func readersDriveTheThroughputMetric(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, scenario: .laptop)
    let c = f.client
    try await f.bindDemo()
    for i in 0..<4 {
      let reader: JSONValue = [
        "apiVersion": "v1", "kind": "Pod",
        "metadata": ["name": .string("reader-\(i)"), "annotations": ["sim.fluidctl.io/read-bytes": "100000000000"]],
        "spec": ["containers": [["name": "main", "image": "app"]], "volumes": [["name": "data", "persistentVolumeClaim": ["claimName": "demo"]]]],
      ]
      _ = try await c.create(CoreKinds.pod, namespace: "default", object: reader, options: WriteOptions())
    }
    var hpa = Self.hpa(target: "1")
    hpa[path: ["spec", "metrics"]] = [[
      "type": "Object",
      "object": [
        "metric": ["name": "cache_throughput"],
        "describedObject": ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "name": "demo"],
        "target": ["type": "AverageValue", "averageValue": "1Mi"],
      ],
    ]]
    _ = try await c.create(Self.hpas, namespace: "default", object: hpa, options: WriteOptions())
    try f.advance(15, steps: 4)
    let status = try await c.get(Self.hpas, namespace: "default", name: "demo")["status"]
    let served = (status?["currentMetrics"]?.arrayValue?.first?["object"]?["current"]?["value"]?.stringValue).flatMap(Quantity.init)?.value ?? 0
    #expect(served > 1_048_576, "\(status ?? .null)")
    #expect(try await c.get(alluxio, namespace: "default", name: "demo")["spec"]?["replicas"] == 3)
    await f.close()
  }
}
