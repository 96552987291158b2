import FluidCommands
import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// `autoscale --cron`: a CronHorizontalPodAutoscaler of the runtime, or of the HPA created beside
/// it; and the simulated controller's excludeDates and cronMode.
@Suite struct AutoscaleCronTests {
  let h = CommandHarness()

  func bound(_ name: String) async {
    _ = await h.run("sim init --clock manual")
    _ = await h.run("dataset create \(name) --mount oss://bucket/\(name) --cache MEM:1Gi")
    _ = await h.run("sim advance 2m")
  }

  @Test func cronAloneScalesTheRuntime() async throws {
    await bound("d")
    let r = await h.run(["autoscale", "d", "--cron", "*/5 * * * *=3", "--cron", "0 20 * * 1-5=1"])
    #expect(r.code == 0 && r.stdout == "cronhorizontalpodautoscaler.autoscaling.alibabacloud.com/d created\n", "\(r.stderr)")
    let spec = try JSONParser.parse((await h.run("get cronhpa d -o json")).stdout)["spec"]
    #expect(spec?["scaleTargetRef"] == ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "name": "d"])
    #expect(spec?["jobs"] == [["name": "job-1", "schedule": "0 */5 * * * *", "targetSize": 3], ["name": "job-2", "schedule": "0 0 20 * * 1-5", "targetSize": 1]])
    #expect(spec?["cronMode"] == "Enable")
    _ = await h.run("sim advance 5m")
    #expect((await h.run(["get", "alluxioruntime", "d", "-o", "jsonpath={.spec.replicas}"])).stdout == "3")
    #expect((await h.run("get cronhpa")).stdout.hasPrefix("NAME   AGE\nd      "))
    let described = (await h.run("describe dataset d")).stdout
    #expect(described.contains("cronhorizontalpodautoscaler.autoscaling.alibabacloud.com/d: job-1 \"0 */5 * * * *\" → 3 (Succeed at "), "\(described)")
  }

  @Test func cronWithAnHPAMovesItsBounds() async throws {
    await bound("d")
    let r = await h.run(["autoscale", "d", "--max", "4", "--metric", "capacity-used-rate=80", "--cron", "0 8 * * *=2"])
    #expect(r.stdout == "horizontalpodautoscaler.autoscaling/d autoscaled\ncronhorizontalpodautoscaler.autoscaling.alibabacloud.com/d created\n", "\(r.stderr)")
    let ref = try JSONParser.parse((await h.run("get cronhpa d -o json")).stdout)["spec"]?["scaleTargetRef"]
    #expect(ref == ["apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "name": "d"])
    let dry = await h.run(["autoscale", "d", "--name", "other", "--max", "4", "--cron", "0 8 * * *=2", "--dry-run=client", "-o", "name"])
    #expect(dry.stdout == "horizontalpodautoscaler.autoscaling/other\ncronhorizontalpodautoscaler.autoscaling.alibabacloud.com/other\n", "\(dry.stderr)")
  }

  /// A run on a day `excludeDates` names is skipped (and said so); `cronMode: Disable` runs nothing.
  @Test func excludedDaysAndDisabledMode() async throws {
    await bound("d")
    var utc = Calendar(identifier: .gregorian)
    utc.timeZone = TimeZone(identifier: "UTC")!
    let day = utc.dateComponents([.day, .month], from: h.clock.now())
    let manifest = """
      apiVersion: autoscaling.alibabacloud.com/v1beta1
      kind: CronHorizontalPodAutoscaler
      metadata: {name: skip}
      spec:
        scaleTargetRef: {apiVersion: data.fluid.io/v1alpha1, kind: AlluxioRuntime, name: d}
        excludeDates: ["* * * \(day.day!) \(day.month!) *"]
        jobs: [{name: up, schedule: "0 * * * * *", targetSize: 3}]
      ---
      apiVersion: autoscaling.alibabacloud.com/v1beta1
      kind: CronHorizontalPodAutoscaler
      metadata: {name: paused}
      spec:
        scaleTargetRef: {apiVersion: data.fluid.io/v1alpha1, kind: AlluxioRuntime, name: d}
        cronMode: Disable
        jobs: [{name: up, schedule: "0 * * * * *", targetSize: 4}]
      """
    let applied = await h.run(["apply", "-f", "-"], stdin: manifest)
    #expect(applied.code == 0, "\(applied.stderr)")
    _ = await h.run("sim advance 2m")
    #expect((await h.run(["get", "alluxioruntime", "d", "-o", "jsonpath={.spec.replicas}"])).stdout == "1")
    let skipped = try JSONParser.parse((await h.run("get cronhpa skip -o json")).stdout)["status"]?["conditions"]?.arrayValue?.first
    #expect(skipped?["message"]?.stringValue?.contains("skipped") == true && skipped?["state"] == "Submitted", "\(skipped ?? .null)")
    let off = try JSONParser.parse((await h.run("get cronhpa paused -o json")).stdout)["status"]
    #expect(off?["cronMode"] == "Disable" && off?["conditions"]?.arrayValue?.first?["state"] == "Submitted")
  }
}
