import FluidTestSupport
import Testing

@Suite struct DiffCommandTests {
  /// Secret values never reach the output: unchanged ones read `***`, changed ones
  /// `*** (before)` and `*** (after)`, as kubectl masks them.
  @Test func secretValuesAreMasked() async {
    let h = CommandHarness()
    let v1 = h.dir.write("s.yaml", "apiVersion: v1\nkind: Secret\nmetadata: {name: creds}\nstringData: {user: alice, token: hunter2}\n")
    #expect(await h.run(["apply", "-f", v1]).code == 0)
    let v2 = h.dir.write("s2.yaml", "apiVersion: v1\nkind: Secret\nmetadata: {name: creds}\nstringData: {user: alice, token: swordfish}\n")
    let r = await h.run(["diff", "-f", v2])
    #expect(r.code == 1, "\(r.stderr)")
    #expect(!r.stdout.contains("hunter2") && !r.stdout.contains("swordfish") && !r.stdout.contains("aHVudGVyMg"))
    #expect(r.stdout.contains("-  token: '*** (before)'") && r.stdout.contains("+  token: '*** (after)'"), "\(r.stdout)")
    #expect(r.stdout.contains("   user: '***'"), "\(r.stdout)")
    #expect(r.stdout.hasPrefix("diff -u -N LIVE/v1.Secret.default.creds MERGED/v1.Secret.default.creds\n--- LIVE/v1.Secret.default.creds\n+++ MERGED/v1.Secret.default.creds\n"))
    let same = await h.run(["diff", "-f", v1])
    #expect(same.code == 0 && same.stdout.isEmpty, "\(same.stdout)")
    let bad = await h.run(["diff", "-f", h.dir.write("bad.yaml", "apiVersion: v1\nkind: Secret\nmetadata: {name: Bad_}\n")])
    #expect(bad.code == 64)
  }
}
