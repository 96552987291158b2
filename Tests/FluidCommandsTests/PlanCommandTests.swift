import FluidCommands
import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

@Suite struct PlanCommandTests {
  let h = CommandHarness()

  /// The headline (100 pods, a 30 GB model, a 10 Gbps bucket, 25 Gbps cache nodes, 10 Gbps pods),
  /// swept over 2, 6 and 10 workers so that the debug build runs it in seconds. Serving 3 TB from
  /// preheated memory takes 3 TB ÷ (N × 3.125 GB/s): 480 s for 2 workers, 160 s for 6, 96 s for
  /// 10 (plus 4 s for the pods to start); the deadline of 3 minutes rules out 2 workers.
  @Test func headlineGolden() async throws {
    let r = await h.run("plan --size 30GB --ufs-bandwidth 10Gbps --pods 100 --deadline 3m --cache-nodes 10 --workers 2,6,10")
    #expect(r.code == 0, "\(r.stderr)")
    Golden.assert(r.stdout, matches: "Tests/FluidCommandsTests/Golden/plan-headline.txt")
    #expect(r.stdout.contains("\n6 workers MEM, preheated "))
  }

  /// The machine output: every configuration with its figures; the recommendation meets the
  /// goal at the fewest worker-hours of those that do.
  @Test func jsonRecommendsTheCheapestThatMeetsTheGoal() async throws {
    let r = await h.run("plan --size 10GB --ufs-bandwidth 10Gbps --pods 20 --deadline 1m --cache-nodes 4 --workers 1,4 --tiers MEM -o json")
    #expect(r.code == 0, "\(r.stderr)")
    let doc = try JSONParser.parse(r.stdout)
    #expect(doc["kind"] == "Plan" && doc["apiVersion"] == "fluidctl.fluid.io/v1")
    let rows = try #require(doc["configurations"]?.arrayValue)
    // No cache, 2 counts preheated, 2 cold, 3 autoscalers.
    let expected = 8
    #expect(rows.count == expected, "\(rows.map { $0["name"]?.stringValue ?? "" })")
    let meeting = rows.filter { $0["meetsGoal"] == true }
    let best = try #require(meeting.min { ($0["workerHours"]?.doubleValue ?? 0) < ($1["workerHours"]?.doubleValue ?? 0) })
    #expect(doc["recommended"] == best["name"])
    for row in rows where row["skipped"] == .null {
      let p95 = row["completion"]?["p95"]?.doubleValue ?? .infinity
      let meets = row["meetsGoal"] == true
      #expect((p95 <= 60) == meets, "\(row)")
    }
    #expect(doc["bottleneck"]?["link"]?.stringValue != nil)
  }

  /// A goal nothing meets: the fastest is named with what limits it.
  @Test func noConfigurationMeetsAnImpossibleDeadline() async throws {
    let r = await h.run("plan --size 30GB --pods 100 --deadline 10s --cache-nodes 2 --workers 2 --tiers MEM")
    #expect(r.code == 0)
    #expect(r.stdout.contains("No configuration meets the deadline of 10s. The fastest, "), "\(r.stdout)")
    #expect(!r.stdout.contains("recommended"))
  }

  /// A cache that cannot hold the data is not simulated: 1 worker would need 1.1 TiB of memory.
  @Test func aCacheThatDoesNotFitIsSkipped() async throws {
    let r = await h.run("plan --size 1Ti --pods 2 --deadline 1h --cache-nodes 8 --workers 1,8 --tiers MEM,SSD")
    #expect(r.code == 0, "\(r.stderr)")
    #expect(r.stdout.contains("no: does not fit (each worker needs 1.10TiB of MEM, a node has 230.40GiB)"), "\(r.stdout)")
  }

  /// `--from` reads the size from the dataset and the UFS's throughput from its completed
  /// DataLoad: the dataset's size × 8 ÷ the load's duration.
  @Test func fromADatasetOfTheCluster() async throws {
    #expect((await h.run("sim init --clock manual")).code == 0)
    #expect((await h.run("dataset create d --mount oss://bucket/d --cache MEM:4Gi")).code == 0)
    _ = await h.run("sim advance 2m")
    #expect((await h.run("load d --name warm")).code == 0)
    _ = await h.run("sim advance 10m")
    let ds = try JSONParser.parse((await h.run("get dataset d -o json")).stdout)
    let load = try JSONParser.parse((await h.run("get dataload warm -o json")).stdout)
    #expect(load["status"]?["phase"] == "Complete")
    let bytes = try #require(FluidFormat.parseBytes(ds["status"]?["ufsTotal"]?.stringValue))
    let seconds = try #require(load["status"]?["duration"]?.stringValue.flatMap(GoDuration.parse))
    let r = await h.run("plan --from dataset/d --pods 2 --deadline 5m --cache-nodes 2 --workers 1 --tiers MEM")
    #expect(r.code == 0, "\(r.stderr)")
    #expect(r.stderr.contains("UFS \(Bandwidth.format(bytes * 8 / seconds)) measured by 1 completed DataLoad (median)"), "\(r.stderr)")
    #expect(r.stdout.hasPrefix("Plan: 2 pods each read \(FluidFormat.bytes(bytes)), "), "\(r.stdout)")
    // Nothing was written to the cluster.
    #expect((await h.run("get dataloads -o name")).stdout == "dataload.data.fluid.io/warm\n")
  }
}
