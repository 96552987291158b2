import FluidCommands
import FluidTestSupport
import Foundation
import Testing

/// `wait` over sets of objects: `--all`, `-l`, `-A` and several `--for` conditions.
@Suite struct WaitCommandTests {
  let h = CommandHarness()

  @Test func allSelectorsAndSeveralConditions() async {
    for args in [
      ["dataset", "create", "a", "--mount", "https://example.com/a/"],
      ["dataset", "create", "b", "--mount", "https://example.com/b/"],
    ] {
      let r = await h.run(args)
      #expect(r.code == 0, "\(r.stderr)")
    }
    let early = await h.run(["wait", "datasets", "--all", "-A", "--for=phase=Bound", "--timeout", "500ms"])
    #expect(early.code == 4, "nothing is bound before time moves: \(early.stderr)")
    h.clock.advance(300)
    let both = await h.run([
      "wait", "datasets", "--all", "-A", "--for=phase=Bound", "--for=jsonpath={.status.cacheStates.cacheCapacity}", "--timeout", "30s",
    ])
    #expect(both.code == 0, "\(both.stderr)")
    #expect(both.stdout == "dataset.data.fluid.io/a condition met\ndataset.data.fluid.io/b condition met\n")
    let labelled = await h.run(["wait", "pods", "-l", "role=alluxio-worker,release=b", "--for=condition=Ready"])
    #expect(labelled.code == 0, "\(labelled.stderr)")
    #expect(labelled.stdout == "pod/b-worker-0 condition met\n")
    let none = await h.run(["wait", "datasets", "-l", "team=none", "--for=phase=Bound"])
    #expect(none.code == 3)
    #expect(none.stderr.contains("no matching resources found"), "\(none.stderr)")
    let failing = await h.run(["wait", "datasets", "--all", "--for=phase=Bound", "--for=phase=Failed", "--timeout", "300ms"])
    #expect(failing.code == 4, "every condition must hold: \(failing.stderr)")
    let unnamed = await h.run(["wait", "datasets", "--for=phase=Bound"])
    #expect(unnamed.code == 64)
    #expect(unnamed.stderr.contains("no name was specified"), "\(unnamed.stderr)")
    let both2 = await h.run(["wait", "dataset/a", "--all", "--for=phase=Bound"])
    #expect(both2.code == 64)
    let missingFor = await h.run(["wait", "dataset/a"])
    #expect(missingFor.code == 64)
  }
}
