import FluidTestSupport
import Foundation
import Testing

/// scripts/install.sh with the built binary (--binary: no release build in the test suite).
@Suite(.serialized) struct InstallScriptTests {
  let dir = TemporaryDirectory()
  var prefix: String { dir.file("prefix") }

  func install(_ args: [String]) throws -> Binary.Result {
    let script = Paths.packageRoot.appendingPathComponent("scripts/install.sh").path
    return try Binary.run(executable: "/bin/bash", [script] + args, environment: ["PATH": "/usr/bin:/bin", "HOME": dir.path])
  }

  /// Every file and folder under the prefix, relative, sorted; links show their target.
  func tree() -> [String] {
    let fm = FileManager.default
    let entries = (fm.enumerator(atPath: prefix)?.allObjects as? [String]) ?? []
    return entries.sorted().map { entry in
      let full = prefix + "/" + entry
      if let target = try? fm.destinationOfSymbolicLink(atPath: full) { return "\(entry) -> \(target)" }
      var isDir: ObjCBool = false
      _ = fm.fileExists(atPath: full, isDirectory: &isDir)
      return isDir.boolValue ? entry + "/" : entry
    }
  }

  var pages: [String] {
    let man = Paths.packageRoot.appendingPathComponent("man").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: man)) ?? []).filter { $0.hasSuffix(".1") }.sorted()
  }

  @Test func installsEverythingAndUninstallRemovesExactlyThat() throws {
    // Something of the user's in a shared folder stays.
    try FileManager.default.createDirectory(atPath: prefix + "/share/man/man1", withIntermediateDirectories: true)
    _ = dir.write("prefix/share/man/man1/other.1", "keep me\n")

    let first = try install(["--prefix", prefix, "--binary", Binary.path])
    #expect(first.code == 0, "\(first.stderr)")
    #expect(first.stdout.contains("installed \(prefix)/bin/fluidctl ("))
    let expected = [
      "bin/", "bin/fluidctl", "bin/kubectl-fluid -> fluidctl", "bin/kubectl_complete-fluid -> fluidctl",
      "share/", "share/bash-completion/", "share/bash-completion/completions/",
      "share/bash-completion/completions/fluidctl", "share/fish/", "share/fish/vendor_completions.d/",
      "share/fish/vendor_completions.d/fluidctl.fish", "share/fluidctl/", "share/fluidctl/install-manifest",
      "share/man/", "share/man/man1/",
    ] + (pages + ["other.1"]).sorted().map { "share/man/man1/" + $0 }
      + ["share/zsh/", "share/zsh/site-functions/", "share/zsh/site-functions/_fluidctl"]
    #expect(tree() == expected)
    #expect(pages.count > 30)

    // The installed binary and its plugin names run; the completion scripts are the committed ones.
    let version = try Binary.run(executable: prefix + "/bin/fluidctl", ["version", "--client"], environment: [:])
    #expect(version.code == 0 && version.stdout.hasPrefix("Client Version: v"))
    let plugin = try Binary.run(executable: prefix + "/bin/kubectl-fluid", ["get", "--help"], environment: [:])
    #expect(plugin.stdout.contains("USAGE: kubectl fluid get"))
    let committed = try Paths.read(Paths.packageRoot.appendingPathComponent("completions/_fluidctl"))
    #expect(try String(contentsOfFile: prefix + "/share/zsh/site-functions/_fluidctl", encoding: .utf8) == committed)

    // Installing again over its own files works and changes nothing in the layout.
    #expect(try install(["--prefix", prefix, "--binary", Binary.path]).code == 0)
    #expect(tree() == expected)

    let removed = try install(["--prefix", prefix, "--uninstall"])
    #expect(removed.code == 0, "\(removed.stderr)")
    #expect(tree() == ["share/", "share/man/", "share/man/man1/", "share/man/man1/other.1"])
    #expect(try String(contentsOfFile: prefix + "/share/man/man1/other.1", encoding: .utf8) == "keep me\n")

    let again = try install(["--prefix", prefix, "--uninstall"])
    #expect(again.code == 1 && again.stderr.contains("nothing to uninstall"))
  }

  @Test func neverOverwritesAFileItDidNotInstall() throws {
    try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
    _ = dir.write("prefix/bin/kubectl-fluid", "#!/bin/sh\necho theirs\n")
    let r = try install(["--prefix", prefix, "--binary", Binary.path])
    #expect(r.code == 1)
    #expect(r.stderr == "error: \(prefix)/bin/kubectl-fluid exists and was not installed by fluidctl; remove it or choose another --prefix\n")
    #expect(tree() == ["bin/", "bin/kubectl-fluid"], "nothing is written when the install stops")
  }

  @Test func rejectsUnknownArguments() throws {
    let r = try install(["--prefx", prefix])
    #expect(r.code == 64)
    #expect(r.stderr == "error: unknown argument '--prefx' (see --help)\n")
  }
}
