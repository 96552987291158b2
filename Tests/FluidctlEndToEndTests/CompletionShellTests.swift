import FluidTestSupport
import Foundation
import Testing

/// The committed completion scripts driven in real shells (bash's completion function directly;
/// zsh and fish interactively through tmux), and the kubectl plugin, with names from an embedded
/// cluster and from `sim serve`.
@Suite(.serialized) struct CompletionShellTests {
  let dir = TemporaryDirectory()

  /// A folder holding the binary under its three names, for PATH.
  var bin: String {
    let b = dir.file("bin")
    try? FileManager.default.createDirectory(atPath: b, withIntermediateDirectories: true)
    for name in ["fluidctl", "kubectl-fluid", "kubectl_complete-fluid"] where !FileManager.default.fileExists(atPath: b + "/" + name) {
      try? FileManager.default.createSymbolicLink(atPath: b + "/" + name, withDestinationPath: Binary.path)
    }
    return b
  }

  var embeddedEnv: [String: String] {
    ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path, "PATH": "\(bin):/usr/bin:/bin", "TERM": "xterm"]
  }

  func makeDatasets() throws {
    for args in [["sim", "init", "--clock", "manual"], ["dataset", "create", "hbase", "--mount", "https://x/hbase"],
      ["dataset", "create", "spark", "--mount", "https://x/spark"]] {
      #expect(try Binary.run(args, environment: embeddedEnv).code == 0)
    }
  }

  /// Completes each line with bash's completion function from completions/fluidctl.bash.
  func bashComplete(_ lines: [String], environment: [String: String]) throws -> [String] {
    let script = Paths.packageRoot.appendingPathComponent("completions/fluidctl.bash").path
    let driver = """
      source '\(script)'
      comp() {
        COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
        [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=()
        _fluidctl fluidctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        echo "${COMPREPLY[*]}"
      }
      """ + "\n" + lines.map { "comp '\($0)'" }.joined(separator: "\n")
    let r = try Binary.run(executable: "/bin/bash", ["-c", driver], environment: environment)
    #expect(r.stderr.isEmpty, "\(r.stderr)")
    return r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func bashCompletesNamesFromTheEmbeddedCluster() throws {
    try makeDatasets()
    let got = try bashComplete(
      ["fluidctl get dataset ", "fluidctl describe dataset s", "fluidctl wait dataset/", "fluidctl get -n ",
       "fluidctl load ", "fluidctl dataset create x --runtime ", "fluidctl get -o ", "fluidctl sim fault node-down "],
      environment: embeddedEnv)
    #expect(got == [
      "hbase spark", "spark", "dataset/hbase dataset/spark", "default", "hbase spark",
      "alluxio jindo juicefs efc vineyard thin cacheruntime", "table wide json yaml name jsonpath= custom-columns= custom-columns-file=",
      "sim-node-1 sim-node-2 sim-node-3",
    ])
  }

  @Test func bashAndKubectlPluginCompleteNamesThroughSimServe() throws {
    try makeDatasets()
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    var env = served.apiEnv
    env["PATH"] = "\(bin):/usr/bin:/bin"
    #expect(try bashComplete(["fluidctl get dataset ", "fluidctl scale h"], environment: env) == ["hbase spark", "hbase"])
    let cobra = try Binary.run(["__complete", "get", "dataset", ""], environment: env)
    #expect(cobra.stdout == "hbase\nspark\n:4\n")
    guard let kubectl = kubectlPath else { return }
    let get = try Binary.run(executable: kubectl, ["fluid", "get", "datasets", "-o", "name"], environment: env)
    #expect(get.code == 0, "\(get.stderr)")
    #expect(get.stdout == "dataset.data.fluid.io/hbase\ndataset.data.fluid.io/spark\n")
    let complete = try Binary.run(executable: kubectl, ["__complete", "fluid", "get", "dataset", ""], environment: env)
    #expect(complete.stdout == "hbase\nspark\n:4\n", "\(complete.stderr)")
    let list = try Binary.run(executable: kubectl, ["plugin", "list"], environment: env)
    #expect(list.stdout.contains(bin + "/kubectl-fluid"))
    let help = try Binary.run(executable: kubectl, ["fluid", "load", "--help"], environment: env)
    #expect(help.stdout.contains("USAGE: kubectl fluid load [<options>] <dataset>"))
    #expect(help.stdout.contains("  kubectl fluid load imagenet --wait"))
    #expect(!help.stdout.contains("fluidctl load"))
  }

  /// A completion against a server that accepts connections but never answers gives up after
  /// its one-second request timeout and prints no candidate.
  @Test func unresponsiveServerGivesNoCandidates() throws {
    let listener = try SilentListener()
    defer { listener.close() }
    let kubeconfig = dir.write("silent.kubeconfig", """
      apiVersion: v1
      kind: Config
      clusters: [{name: s, cluster: {server: "http://127.0.0.1:\(listener.port)"}}]
      contexts: [{name: s, context: {cluster: s, user: u}}]
      users: [{name: u, user: {}}]
      current-context: s
      """)
    let started = Date()
    let r = try Binary.run(["__complete", "get", "dataset", ""], environment: ["KUBECONFIG": kubeconfig, "HOME": dir.path])
    #expect(r.stdout == ":4\n")
    #expect(r.stderr.isEmpty)
    #expect(Date().timeIntervalSince(started) < 10, "the query must not hang")
  }

  // MARK: zsh and fish, interactively

  static let tmux = TmuxSession.tmux

  /// Types `line` and TAB in `shell` under tmux (after `setup`), and returns the screen once it
  /// shows every expected word (or after 15 s).
  func interactive(_ shell: [String], setup: String, line: String, expect words: [String]) throws -> String {
    var env = embeddedEnv
    env["ZDOTDIR"] = dir.path
    env["XDG_CONFIG_HOME"] = dir.file("config")
    let session = try TmuxSession(shell, environment: env)
    defer { session.kill() }
    Thread.sleep(forTimeInterval: 0.5)
    try session.send(setup, "Enter")
    Thread.sleep(forTimeInterval: 0.5)
    try session.send(line, "Tab")
    return try session.waitForScreen { screen in words.allSatisfy(screen.contains) }
  }

  @Test(.enabled(if: tmux != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh")))
  func zshCompletesNames() throws {
    try makeDatasets()
    let completions = Paths.packageRoot.appendingPathComponent("completions").path
    let screen = try interactive(
      ["/usr/bin/zsh", "-f"], setup: "fpath=(\(completions) $fpath); autoload -U compinit; compinit -u",
      line: "fluidctl get dataset ", expect: ["hbase", "spark"])
    #expect(screen.contains("hbase") && screen.contains("spark"), "\(screen)")
  }

  @Test(.enabled(if: tmux != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/fish")))
  func fishCompletesNames() throws {
    try makeDatasets()
    let script = Paths.packageRoot.appendingPathComponent("completions/fluidctl.fish").path
    let screen = try interactive(
      ["/usr/bin/fish", "--no-config"], setup: "source \(script)", line: "fluidctl load ", expect: ["hbase", "spark"])
    #expect(screen.contains("hbase") && screen.contains("spark"), "\(screen)")
  }
}

/// A loopback TCP listener that accepts connections (the kernel's backlog does) and never answers.
final class SilentListener: @unchecked Sendable {
  let fd: Int32
  let port: Int

  init() throws {
    let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    let bound = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(s, 16) == 0 else { throw FluidTestError("cannot listen on loopback") }
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) }
    }
    fd = s
    port = Int(UInt16(bigEndian: addr.sin_port))
  }

  func close() { _ = Foundation.close(fd) }
}
