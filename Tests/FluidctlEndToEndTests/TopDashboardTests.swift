import FluidTestSupport
import Foundation
import Testing

/// `fluidctl top` as a person uses it, in a tmux pane: on the embedded cluster and through
/// `sim serve`, with another process moving the simulated clock.
@Suite(.serialized, .enabled(if: TmuxSession.tmux != nil)) struct TopDashboardTests {
  let dir = TemporaryDirectory()
  var stateEnv: [String: String] { ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path, "PATH": "/usr/bin:/bin"] }

  /// A manual-clock cluster with dataset `demo` bound and a DataLoad `warm` executing.
  func prepare() throws {
    for args in [
      ["sim", "init", "--clock", "manual"],
      ["dataset", "create", "demo", "--mount", "https://mirrors.example.com/data/", "--replicas", "2", "--cache", "MEM:4Gi"],
      ["sim", "advance", "2m"], ["load", "demo", "--name", "warm"], ["sim", "advance", "20s"],
    ] {
      let r = try Binary.run(args, environment: stateEnv)
      guard r.code == 0 else { throw FluidTestError("\(args): \(r.stderr)") }
    }
  }

  /// Runs `top` in a 120×40 pane from a shell that records `stty -a` before and after.
  func startTop(_ extra: [String], environment: [String: String]) throws -> TmuxSession {
    let words = ([Binary.path, "top"] + extra).map { "'\($0)'" }.joined(separator: " ")
    let script = "stty -a > '\(dir.file("stty-before"))'; \(words) 2> '\(dir.file("top.err"))'; stty -a > '\(dir.file("stty-after.tmp"))' && mv '\(dir.file("stty-after.tmp"))' '\(dir.file("stty-after"))'; sleep 30"
    var env = environment
    env["TERM"] = "xterm-256color"
    env["LANG"] = "C.UTF-8"
    return try TmuxSession(["/bin/bash", "-c", script], width: 120, height: 40, environment: env)
  }

  /// The LOAD cell of dataset `demo`, as a number.
  static func loadPercent(_ screen: String) -> Double? {
    guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix(" demo ") }),
      let pct = line.split(separator: " ").last(where: { $0.hasSuffix("%") })
    else { return nil }
    return Double(pct.dropLast())
  }

  func drive(_ top: TmuxSession) throws {
    var screen = try top.waitForScreen { $0.contains("Operations of demo") && $0.contains("warm") }
    #expect(screen.contains("fluidctl top  embedded") || screen.contains("fluidctl top  fluidctl-sim"), "\(screen)")
    let before = try #require(Self.loadPercent(screen), "\(screen)")
    // Another process moves the clock: the load's progress moves on the screen.
    _ = try Binary.run(["sim", "advance", "20s"], environment: stateEnv)
    screen = try top.waitForScreen { (Self.loadPercent($0) ?? 0) > before }
    #expect((Self.loadPercent(screen) ?? 0) > before, "\(screen)")

    // Filter, sort, select and describe.
    try top.send("/", "dem", "Enter")
    screen = try top.waitForScreen { $0.contains("Datasets (1) /dem") }
    #expect(screen.contains("Datasets (1) /dem"), "\(screen)")
    try top.send("s", "c")
    screen = try top.waitForScreen { $0.contains("CACHED/CAPACITY↓") }
    #expect(screen.contains("CACHED/CAPACITY↓"), "\(screen)")
    try top.send("d")
    screen = try top.waitForScreen { $0.contains("describe dataset default/demo") && $0.contains("Mount Point:") }
    #expect(screen.contains("Mount Point:"), "\(screen)")
    try top.send("Escape")

    // Start a load and scale, each confirmed.
    try top.send("L")
    screen = try top.waitForScreen { $0.contains("Start a DataLoad of default/demo? [y/N]") }
    try top.send("y")
    screen = try top.waitForScreen { $0.contains("dataload.data.fluid.io/demo-load-") }
    #expect(screen.contains("created"), "\(screen)")
    try top.send("+")
    screen = try top.waitForScreen { $0.contains("from 2 to 3? [y/N]") }
    try top.send("y")
    screen = try top.waitForScreen { $0.contains("alluxioruntime.data.fluid.io/demo scaled to 3") }
    #expect(screen.contains("scaled to 3"), "\(screen)")

    // Resize to 80×24: the table drops columns instead of wrapping.
    try top.resize(width: 80, height: 24)
    screen = try top.waitForScreen { $0.split(separator: "\n").count <= 24 && !$0.contains("THROUGHPUT") && $0.contains("CACHED/CAPACITY") }
    #expect(!screen.contains("THROUGHPUT"), "\(screen)")
    #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })

    try top.send("q")
    let after = dir.file("stty-after")
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: after), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    let sttyBefore = try String(contentsOfFile: dir.file("stty-before"), encoding: .utf8)
    let sttyAfter = try String(contentsOfFile: after, encoding: .utf8)
    // The pane was resized meanwhile: rows and columns differ, every mode must not.
    func modes(_ stty: String) -> String { stty.replacingOccurrences(of: #"rows \d+; columns \d+;"#, with: "", options: .regularExpression) }
    #expect(modes(sttyBefore) == modes(sttyAfter), "the terminal is restored")
    #expect((try? String(contentsOfFile: dir.file("top.err"), encoding: .utf8)) == "")
  }

  @Test func onTheEmbeddedCluster() throws {
    try prepare()
    let top = try startTop([], environment: stateEnv)
    defer { top.kill() }
    try drive(top)
  }

  @Test func throughSimServe() throws {
    try prepare()
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    let top = try startTop([], environment: served.apiEnv)
    defer { top.kill() }
    try drive(top)
    // The per-worker figures came through the pod proxy.
    let report = try served.fluidctl(["top", "--once", "-o", "json"])
    #expect(report.code == 0)
    let doc = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
    let datasets = doc?["datasets"] as? [[String: Any]] ?? []
    let workers = datasets.flatMap { $0["workers"] as? [[String: Any]] ?? [] }.filter { $0["ready"] as? Bool == true }
    #expect(workers.count >= 2, "\(report.stdout)")
    #expect(workers.allSatisfy { $0["cachedBytes"] is Double && $0["metricsError"] == nil }, "\(report.stdout)")
    // `cache` shows the same per-worker figures (one builder); the clock is manual, so nothing
    // moves between the two reads.
    let cache = try served.fluidctl(["cache", "demo", "-o", "json"])
    let cacheDoc = try JSONSerialization.jsonObject(with: Data(cache.stdout.utf8)) as? [String: Any]
    let fromCache = (cacheDoc?["workers"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "") \($0["cachedBytes"] ?? "-")" }
    let fromTop = (datasets.first?["workers"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "") \($0["cachedBytes"] ?? "-")" }
    #expect(fromCache == fromTop && !fromCache.isEmpty, "cache: \(fromCache), top: \(fromTop)")
  }

  @Test func readonlyRefusesActions() throws {
    try prepare()
    let top = try startTop(["--readonly"], environment: stateEnv)
    defer { top.kill() }
    var screen = try top.waitForScreen { $0.contains("[readonly]") && $0.contains("demo") }
    for key in ["L", "+", "C-d"] {
      try top.send(key)
      screen = try top.waitForScreen { $0.contains("read-only: actions are disabled (--readonly)") }
      #expect(screen.contains("read-only: actions are disabled"), "\(screen)")
      try top.send("j")
    }
    try top.send("C-c")
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: dir.file("stty-after")), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    #expect(FileManager.default.fileExists(atPath: dir.file("stty-after")), "ctrl-c quits")
    let loads = try Binary.run(["get", "dataloads", "-o", "name"], environment: stateEnv)
    #expect(loads.stdout == "dataload.data.fluid.io/warm\n", "nothing was created")
  }

  /// A snapshot against a server that refuses connections fails at once with kubectl's words.
  @Test func snapshotOfAnUnreachableClusterFailsAtOnce() throws {
    let kc = dir.refusingKubeconfig()
    let started = Date()
    let r = try Binary.run(["top", "--once"], environment: ["KUBECONFIG": kc, "HOME": dir.path, "PATH": "/usr/bin:/bin"])
    #expect(r.code == 7)
    #expect(r.stderr == "error: The connection to the server 127.0.0.1:9 was refused - did you specify the right host or port?\n")
    #expect(Date().timeIntervalSince(started) < 20, "no 30 s wait")
  }
}
