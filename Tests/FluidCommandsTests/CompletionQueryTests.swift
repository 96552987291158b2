import FluidCommands
import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// Completion queries answered in-process (cobra's `__complete` protocol and ArgumentParser's
/// `---completion`), against an embedded cluster.
@Suite struct CompletionQueryTests {
  /// Two datasets and a namespace; `clock: wall` makes simulated time follow the harness's clock.
  func harnessWithDatasets(clock: String = "manual") async -> CommandHarness {
    let h = CommandHarness()
    _ = await h.run("sim init --clock \(clock)")
    _ = await h.run("dataset create hbase --mount https://x/hbase")
    _ = await h.run("dataset create spark --mount https://x/spark --runtime juicefs")
    _ = await h.run(["apply", "-f", "-"], stdin: "apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n")
    return h
  }

  @Test func cobraProtocolCompletesCommandsFlagsAndNames() async {
    let h = await harnessWithDatasets()
    let cases: [([String], String)] = [
      (["get", "dataset", ""], "hbase\nspark\n:4\n"),
      (["get", "datasets", "h"], "hbase\n:4\n"),
      (["describe", "dataset/"], "dataset/hbase\ndataset/spark\n:4\n"),
      (["wait", "dataset/s"], "dataset/spark\n:4\n"),
      (["get", "juicefs", ""], "spark\n:4\n"),
      (["load", ""], "hbase\nspark\n:4\n"),
      (["cache", "sp"], "spark\n:4\n"),
      (["scale", "alluxioruntime/"], "alluxioruntime/hbase\n:4\n"),
      (["-n", ""], "default\nteam-a\n:4\n"),
      (["get", "dataset", "-n", "t"], "team-a\n:4\n"),
      (["get", "dataset", "-n", "team-a", ""], ":4\n"),
      (["get", "-o", "j"], "json\njsonpath=\n:4\n"),
      (["dataset", "create", "x", "--runtime", "j"], "jindo\njuicefs\n:4\n"),
      (["sim", "fault", "node-down", ""], "sim-node-1\nsim-node-2\nsim-node-3\n:4\n"),
      (["si"], "sim\n:4\n"),
      (["sim", "a"], "advance\nattach\n:4\n"),
      (["load", "hbase", "--w"], "--wait\n:4\n"),
      (["apply", "-f", ""], ":0\n"),
      (["get", "dataloa"], "dataloads\n:4\n"),
      (["get", "al"], "all\nalluxio\nalluxioruntimes\n:4\n"),
    ]
    for (words, expected) in cases {
      let r = await h.run(["__complete"] + words)
      #expect(r.code == 0)
      #expect(r.stdout == expected, "\(words)")
      #expect(r.stderr.isEmpty)
    }
  }

  @Test func argumentParserProtocolCompletesNames() async {
    let h = await harnessWithDatasets()
    let r = await h.run(["---completion", "get", "--", "positional@0", "3", "1", "fluidctl", "get", "dataset", "s"])
    #expect(r.stdout == "spark\n")
    let ns = await h.run(["---completion", "get", "--", "--namespace", "3", "0", "fluidctl", "get", "-n", ""])
    #expect(ns.stdout == "default\nteam-a\n")
  }

  /// A completion query reads only: the embedded world is not advanced (no controller writes),
  /// and a missing state is not created.
  @Test func queriesNeverWrite() async throws {
    let h = await harnessWithDatasets(clock: "wall")
    let d = ResourceRegistry.standard.resolve("datasets")!
    let before = try await h.cluster().list(d, namespace: nil, options: ListOptions()).resourceVersion
    h.clock.advance(600)  // the controllers have work to do the next time the world advances
    for words in [["get", "dataset", ""], ["-n", ""], ["load", ""], ["wait", "dataset/"]] {
      _ = await h.run(["__complete"] + words)
    }
    let after = try await h.cluster().list(d, namespace: nil, options: ListOptions()).resourceVersion
    #expect(after == before)
    _ = await h.run("get datasets")
    let advanced = try await h.cluster().list(d, namespace: nil, options: ListOptions()).resourceVersion
    #expect(advanced != before, "a command advances the world: the check above can fail")

    let empty = CommandHarness()
    let r = await empty.run(["__complete", "get", "dataset", ""])
    #expect(r.stdout == ":4\n")
    #expect(!FileManager.default.fileExists(atPath: empty.statePath))
  }
}
