import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// kubernetes-cronhpa-controller's CronHorizontalPodAutoscaler through the seam on both
/// backends: its CRD's schema (defaults, required fields, pruning), the simulated controller
/// running jobs on a runtime and on an HPA, and deletion.
@Suite struct CronHPAContractTests {
  static let crons = CoreKinds.cronHorizontalPodAutoscaler

  static func cron(_ name: String, target: JSONValue, jobs: [JSONValue]) -> JSONValue {
    [
      "apiVersion": "autoscaling.alibabacloud.com/v1beta1", "kind": "CronHorizontalPodAutoscaler", "metadata": ["name": .string(name)],
      "spec": ["scaleTargetRef": target, "jobs": .array(jobs)],
    ]
  }

  static let runtimeRef: JSONValue = ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "name": "demo"]

  @Test(arguments: Backend.allCases)
  func schemaDefaultsAndRequiredFields(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    let object = Self.cron("sched", target: Self.runtimeRef, jobs: [["name": "up", "schedule": "0 0 8 * * *", "targetSize": 3]])
    let created = try await c.create(Self.crons, namespace: "default", object: object, options: WriteOptions())
    #expect(created["spec"]?["cronMode"] == "Enable")
    let refused = await apiStatus {
      _ = try await c.create(Self.crons, namespace: "default", object: Self.cron("bad", target: ["kind": "AlluxioRuntime"], jobs: [["name": "x"]]), options: WriteOptions())
    }
    #expect(refused?.code == 422)
    #expect(refused?.message.hasPrefix("CronHorizontalPodAutoscaler.autoscaling.alibabacloud.com \"bad\" is invalid: ") == true, "\(refused?.message ?? "")")
    #expect(refused?.message.contains("spec.jobs[0].schedule: Required value") == true, "\(refused?.message ?? "")")
    #expect(refused?.message.contains("spec.scaleTargetRef.name: Required value") == true, "\(refused?.message ?? "")")
    #expect(try await c.list(Self.crons, namespace: "default", options: ListOptions()).items.count == 1)
    await f.close()
  }

  /// A job every minute at second 0 sets the runtime's workers; its condition and event say so;
  /// a job whose schedule does not parse fails with upstream's words; deletion stops it.
  @Test(arguments: Backend.allCases)
  func jobsScaleARuntime(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, scenario: .laptop)
    let c = f.client
    try await f.bindDemo()
    let jobs: [JSONValue] = [
      ["name": "up", "schedule": "0 * * * * *", "targetSize": 2],
      ["name": "typo", "schedule": "0 8 * * *", "targetSize": 5],
    ]
    _ = try await c.create(Self.crons, namespace: "default", object: Self.cron("sched", target: Self.runtimeRef, jobs: jobs), options: WriteOptions())
    try f.advance(61)
    #expect(try await c.get(alluxio, namespace: "default", name: "demo")["spec"]?["replicas"] == 2)
    let conditions = try await c.get(Self.crons, namespace: "default", name: "sched")["status"]?["conditions"]?.arrayValue ?? []
    let up = conditions.first { $0["name"] == "up" }
    #expect(up?["state"] == "Succeed" && up?["message"] == "cron hpa job up executed successfully. current replicas:1, desired replicas:2", "\(conditions)")
    #expect(up?["jobId"]?.stringValue?.count == 36 && up?["schedule"] == "0 * * * * *" && up?["targetSize"] == 2)
    let typo = conditions.first { $0["name"] == "typo" }
    #expect(typo?["state"] == "Failed" && typo?["message"]?.stringValue?.hasPrefix("cron hpa failed to execute, because of failed to parse schedule \"0 8 * * *\"") == true)
    let events = try await c.list(CoreKinds.event, namespace: "default", options: ListOptions()).items.filter { $0["involvedObject"]?["name"] == "sched" }
    #expect(events.contains { $0["reason"] == "Succeed" && $0["type"] == "Normal" }, "\(events)")
    #expect(events.contains { $0["reason"] == "Failed" && $0["type"] == "Warning" })
    _ = try await c.delete(Self.crons, namespace: "default", name: "sched", options: DeleteOptions())
    _ = try await c.patch(alluxio, namespace: "default", name: "demo", mergePatch: ["spec": ["replicas": 1]], subresource: nil, options: WriteOptions())
    try f.advance(60, steps: 2)
    #expect(try await c.get(alluxio, namespace: "default", name: "demo")["spec"]?["replicas"] == 1)
    await f.close()
  }

  /// On an HPA the job moves the bounds as upstream does: max raised to the size, min raised
  /// to it while the HPA runs fewer; the HPA then scales the runtime up to the new min.
  @Test(arguments: Backend.allCases)
  func jobsMoveAnHPAsBounds(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, scenario: .laptop)
    let c = f.client
    try await f.bindDemo()
    _ = try await c.create(CoreKinds.horizontalPodAutoscaler, namespace: "default", object: HPAContractTests.hpa(target: "100", max: 2), options: WriteOptions())
    let hpaRef: JSONValue = ["apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "name": "demo"]
    let jobs: [JSONValue] = [["name": "peak", "schedule": "0 * * * * *", "targetSize": 3, "runOnce": true]]
    _ = try await c.create(Self.crons, namespace: "default", object: Self.cron("peak", target: hpaRef, jobs: jobs), options: WriteOptions())
    try f.advance(30, steps: 4)
    let hpa = try await c.get(CoreKinds.horizontalPodAutoscaler, namespace: "default", name: "demo")
    #expect(hpa["spec"]?["maxReplicas"] == 3 && hpa["spec"]?["minReplicas"] == 3, "\(hpa["spec"] ?? .null)")
    #expect(try await c.get(alluxio, namespace: "default", name: "demo")["spec"]?["replicas"] == 3)
    let condition = try await c.get(Self.crons, namespace: "default", name: "peak")["status"]?["conditions"]?.arrayValue?.first
    #expect(condition?["message"]?.stringValue?.hasSuffix("desired replicas:3.") == true && condition?["runOnce"] == true, "\(condition ?? .null)")
    await f.close()
  }
}
