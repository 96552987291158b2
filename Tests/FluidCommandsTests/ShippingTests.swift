import FluidCommands
import FluidTestSupport
import Foundation
import Testing

/// Manual pages, help shape, unknown commands and number flags (issue: ship fluidctl like a
/// tool people install).
@Suite struct ManualPageTests {
  /// `man/` holds exactly the generated pages (FLUIDCTL_UPDATE_GOLDEN=1, or scripts/gen-man.sh,
  /// rewrites them).
  @Test func committedPagesAreCurrent() throws {
    let pages = Fluidctl.manualPages()
    #expect(pages.contains { $0.file == "fluidctl.1" })
    #expect(pages.contains { $0.file == "fluidctl-load.1" })
    #expect(pages.contains { $0.file == "fluidctl-dataset-create.1" })
    #expect(pages.contains { $0.file == "fluidctl-sim-fault-node-down.1" })
    for p in pages { Golden.assert(p.text, matches: "man/\(p.file)") }
    let dir = Paths.packageRoot.appendingPathComponent("man").path
    let committed = Set((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
    if Golden.updating {
      for stale in committed.subtracting(pages.map(\.file)) { try? FileManager.default.removeItem(atPath: dir + "/" + stale) }
    } else {
      #expect(committed == Set(pages.map(\.file)), "man/ holds pages no command makes, or lacks some")
    }
  }

  /// Every page states the exit codes, and every subcommand's page has an example.
  @Test func pagesHaveExamplesAndExitStatus() {
    for p in Fluidctl.manualPages() {
      #expect(p.text.contains(".Sh \"EXIT STATUS\""), "\(p.file)")
      #expect(p.text.contains(".It 64"), "\(p.file)")
      #expect(p.text.contains(".Bd -literal"), "\(p.file) has no example")
    }
  }

  /// `man -l man/fluidctl-load.1` renders without a warning (groff -ww), where groff is installed.
  @Test func loadPageRendersCleanly() throws {
    guard let groff = ["/usr/bin/groff", "/usr/local/bin/groff"].first(where: FileManager.default.isExecutableFile) else { return }
    for page in ["fluidctl-load.1", "fluidctl.1", "fluidctl-get.1"] {
      let path = Paths.packageRoot.appendingPathComponent("man/\(page)").path
      let r = try Binary.run(executable: groff, ["-ww", "-z", "-mandoc", "-Tutf8", path], environment: ["PATH": "/usr/bin:/bin"])
      #expect(r.code == 0 && r.stderr.isEmpty, "\(page): \(r.stderr)")
    }
  }
}

@Suite struct HelpShapeTests {
  /// A subcommand's help leaves the global options to `fluidctl options` and points there.
  @Test func subcommandHelpOmitsGlobalOptions() async {
    let h = CommandHarness()
    for command in ["get", "load", "sim advance", "dataset create"] {
      let r = await h.run(command.split(separator: " ").map(String.init) + ["--help"])
      #expect(r.code == 0)
      #expect(!r.stdout.contains("--kubeconfig"), "\(command)")
      #expect(r.stdout.hasSuffix("Use \"fluidctl options\" for a list of global command-line options (applies to all commands).\n"))
      #expect(r.stdout.contains("Examples:"), "\(command) has no example")
    }
    let options = await h.run(["options"])
    #expect(options.code == 0)
    #expect(options.stdout.contains("--kubeconfig <path>"))
    #expect(options.stdout.contains("-n, --namespace <namespace>"))
  }

  /// Every command's help has at least one example.
  @Test func everyCommandHasAnExample() {
    for p in Fluidctl.manualPages() {
      #expect(p.text.contains("\nfluidctl ") || p.text.contains("\nsource <(fluidctl"), "\(p.file) shows no fluidctl example")
    }
  }

  @Test(arguments: [
    (["frobnicate"], "error: unknown command \"frobnicate\" for \"fluidctl\"\n"),
    (["--sim", "frobnicate"], "error: unknown command \"frobnicate\" for \"fluidctl\"\n"),
    (["tpo", "--help"], "error: unknown command \"tpo\" for \"fluidctl\"; did you mean \"top\"?\n"),
    (["gte", "datasets"], "error: unknown command \"gte\" for \"fluidctl\"; did you mean \"get\"?\n"),
    (["-n", "x", "describ"], "error: unknown command \"describ\" for \"fluidctl\"; did you mean \"describe\"?\n"),
    (["sim", "advnce", "5m"], "error: unknown command \"advnce\" for \"fluidctl sim\"; did you mean \"advance\"?\n"),
  ])
  func unknownCommandsAreNamed(_ args: [String], _ message: String) async {
    let r = await CommandHarness().run(args)
    #expect(r.code == 64)
    #expect(r.stderr == message)
    #expect(r.stdout.isEmpty)
  }

  @Test(arguments: [
    ("scale demo --replicas -1", "Error: The value '-1' is invalid for '--replicas <replicas>': expected a whole number from 0 to 2147483647"),
    ("scale demo --replicas 99999999999", "Error: The value '99999999999' is invalid for '--replicas <replicas>': expected a whole number from 0 to 2147483647"),
    ("dataset create demo --mount https://a/b --replicas 1e3", "Error: The value '1e3' is invalid for '--replicas <replicas>': expected a whole number from 0 to 2147483647"),
    ("load demo --path /train:-2", "Error: the replicas of --path \"/train:-2\" must be from 1 to 2147483647, not -2"),
    ("load demo --path /train:9223372036854775808", "Error: the replicas of --path \"/train:9223372036854775808\" must be from 1 to 2147483647, not 9223372036854775808"),
  ])
  func absurdNumbersAreRefusedClearly(_ line: String, _ first: String) async {
    let r = await CommandHarness().run(line)
    #expect(r.code == 64)
    #expect(r.stderr.split(separator: "\n").first.map(String.init) == first)
  }

  @Test func runtimeFlagOffersEveryKind() async {
    let r = await CommandHarness().run(["__complete", "dataset", "create", "demo", "--runtime", ""])
    #expect(r.stdout == "alluxio\njindo\njuicefs\nefc\nvineyard\nthin\ncacheruntime\n:4\n")
  }
}
