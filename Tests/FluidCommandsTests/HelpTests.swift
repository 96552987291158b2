import FluidCommands
import FluidTestSupport
import Foundation
import Testing

@Suite struct HelpTests {
  @Test(arguments: ["", "get", "describe", "apply", "delete", "dataset create", "version"])
  func helpTexts(_ command: String) async {
    let h = CommandHarness()
    let args = command.split(separator: " ").map(String.init) + ["--help"]
    let r = await h.run(args)
    #expect(r.code == 0)
    let name = command.isEmpty ? "root" : command.replacingOccurrences(of: " ", with: "-")
    Golden.assert(r.stdout, matches: "Tests/FluidCommandsTests/Golden/help-\(name).txt")
  }
}

/// How argv is rewritten before parsing (kubectl's flag forms).
@Suite struct ArgumentNormalizationTests {
  let paths = [["get"], ["delete"], ["dataset", "create"]]

  @Test func globalFlagsMoveBehindTheSubcommand() {
    #expect(GlobalArguments.normalize(["-n", "x", "get", "datasets"], commandPaths: paths) == ["get", "-n", "x", "datasets"])
    #expect(GlobalArguments.normalize(["-ojson", "get", "ds"], commandPaths: paths) == ["get", "-o", "json", "ds"])
  }

  @Test func deleteTakesABareWait() {
    #expect(GlobalArguments.normalize(["delete", "ds", "a", "--wait"], commandPaths: paths) == ["delete", "ds", "a", "--wait=true"])
    #expect(GlobalArguments.normalize(["delete", "ds", "a", "--wait", "--timeout", "1s"], commandPaths: paths)
      == ["delete", "ds", "a", "--wait=true", "--timeout", "1s"])
    #expect(GlobalArguments.normalize(["delete", "ds", "a", "--wait", "false"], commandPaths: paths) == ["delete", "ds", "a", "--wait", "false"])
    #expect(GlobalArguments.normalize(["get", "ds", "--wait"], commandPaths: paths) == ["get", "ds", "--wait"])
  }
}
