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
