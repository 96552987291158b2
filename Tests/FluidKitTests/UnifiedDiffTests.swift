import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// `UnifiedDiff` against GNU diffutils: `patch` rebuilds the new text from our diff, and our
/// diff changes as few lines as `diff --minimal`.
@Suite struct UnifiedDiffTests {
  @Test func equalTextsHaveNoDiff() {
    #expect(UnifiedDiff.render(["a", "b"], ["a", "b"], from: "x", to: "y") == "")
  }

  @Test func exactHunksOfASmallChange() {
    let a = (1...12).map { "l\($0)" }
    var b = a
    b[5] = "changed"
    b.append("tail")
    let expected = """
      --- x
      +++ y
      @@ -3,10 +3,11 @@
       l3
       l4
       l5
      -l6
      +changed
       l7
       l8
       l9
       l10
       l11
       l12
      +tail

      """
    #expect(UnifiedDiff.render(a, b, from: "x", to: "y") == expected)
    #expect(UnifiedDiff.render([], ["new"], from: "x", to: "y") == "--- x\n+++ y\n@@ -0,0 +1 @@\n+new\n")
  }

  @Test(arguments: 0..<60)
  func patchRebuildsTheNewTextWithMinimalChanges(_ seed: Int) throws {
    var rng = SeededGenerator(seed: UInt64(seed))
    let words = ["a", "b", "c", "d", "e"]
    let a = (0..<Int(rng.next() % 40)).map { _ in words[Int(rng.next() % 5)] }
    var b = a
    for _ in 0..<Int(rng.next() % 8) {
      let op = rng.next() % 3
      if op == 0 || b.isEmpty {
        b.insert(words[Int(rng.next() % 5)], at: b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count + 1)))
      } else if op == 1 {
        b.remove(at: Int(rng.next() % UInt64(b.count)))
      } else {
        b[Int(rng.next() % UInt64(b.count))] = "z"
      }
    }
    let dir = TemporaryDirectory()
    let old = dir.write("old", a.map { $0 + "\n" }.joined())
    let new = dir.write("new", b.map { $0 + "\n" }.joined())
    let ours = UnifiedDiff.render(a, b, from: "old", to: "new")
    let theirs = try Binary.run(executable: "/usr/bin/diff", ["--minimal", "-u", old, new], environment: [:])
    func changes(_ d: String) -> Int {
      d.split(separator: "\n").filter { ($0.hasPrefix("+") && !$0.hasPrefix("+++")) || ($0.hasPrefix("-") && !$0.hasPrefix("---")) }.count
    }
    #expect(changes(ours) == changes(theirs.stdout), "a: \(a) b: \(b)\nours:\n\(ours)\ndiff:\n\(theirs.stdout)")
    guard !ours.isEmpty else { #expect(a == b); return }
    let patched = dir.file("patched")
    let result = try Binary.run(executable: "/usr/bin/patch", ["-s", "-o", patched, old], environment: [:], stdin: ours)
    #expect(result.code == 0, "\(result.stderr)\(result.stdout)\n\(ours)")
    #expect((try? String(contentsOfFile: patched, encoding: .utf8)) == b.map { $0 + "\n" }.joined())
  }
}
