import FluidTestSupport
import Foundation
import Testing

/// `get -w` as scripts read it, with the built binary on both backends: `-o json` is one
/// document per line that `jq -c` reads line by line (the initial list included), and table
/// rows line up with their header.
@Suite(.serialized) struct WatchOutputTests {
  enum Target: String, CaseIterable { case embedded, http }

  /// Starts `fluidctl ARGS` with stdout to a file; the caller terminates it.
  static func startWatch(_ args: [String], env: [String: String], dir: TemporaryDirectory) throws -> (Process, String) {
    let out = dir.file("watch-\(UUID().uuidString).out")
    FileManager.default.createFile(atPath: out, contents: nil)
    let p = try Binary.start(args, environment: env, stdout: FileHandle(forWritingAtPath: out))
    return (p, out)
  }

  /// Each line through its own `jq -ec FILTER`: a document split over lines, or two on one
  /// line, fails it.
  static func jq(_ lines: [String], _ filter: String) throws -> [String] {
    try lines.map { line in
      let r = try Binary.run(executable: "/usr/bin/jq", ["-ec", filter], environment: [:], stdin: line + "\n")
      #expect(r.code == 0, "jq could not read the line: \(line)")
      return r.stdout.trimmingCharacters(in: .newlines)
    }
  }

  /// Waits until `file` has at least `lines` lines (at most 20 s).
  static func waitForLines(_ file: String, _ lines: Int) -> [String] {
    let deadline = Date().addingTimeInterval(20)
    var got: [String] = []
    repeat {
      got = ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
      if got.count >= lines { break }
      Thread.sleep(forTimeInterval: 0.1)
    } while Date() < deadline
    return got
  }

  static func environment(_ target: Target, _ dir: TemporaryDirectory) throws -> ([String: String], ServedCluster?) {
    let state = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    #expect(try Binary.run(["sim", "init", "--speed", "50"], environment: state).code == 0)
    guard target == .http else { return (state, nil) }
    let served = try ServedCluster(dir, extra: ["--no-controllers"])
    return (served.apiEnv, served)
  }

  @Test(arguments: Target.allCases)
  func jsonWatchIsOneDocumentPerLineForJq(_ target: Target) throws {
    let dir = TemporaryDirectory()
    let (env, served) = try Self.environment(target, dir)
    defer { _ = served?.stop() }
    for name in ["a", "b"] {
      let f = dir.write("\(name).yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \(name)}\ndata: {v: \"1\"}\n")
      #expect(try Binary.run(["apply", "-f", f], environment: env).code == 0)
    }
    let (p, out) = try Self.startWatch(["get", "configmaps", "-w", "-o", "json", "--output-watch-events"], env: env, dir: dir)
    defer {
      p.terminate()
      p.waitUntilExit()
    }
    let filter = "[.type, .object.metadata.name, .object.data.v]"
    let initial = try Self.jq(Self.waitForLines(out, 2), filter)
    #expect(initial == [#"["ADDED","a","1"]"#, #"["ADDED","b","1"]"#], "\(initial)")
    #expect(try Binary.run(["patch", "configmap", "a", "-p", #"{"data":{"v":"2"}}"#], environment: env).code == 0)
    #expect(try Binary.run(["delete", "configmap", "b"], environment: env).code == 0)
    let all = try Self.jq(Self.waitForLines(out, 4), filter)
    #expect(all == initial + [#"["MODIFIED","a","2"]"#, #"["DELETED","b","1"]"#], "\(all)")
  }

  @Test(arguments: Target.allCases)
  func tableWatchRowsLineUpWithTheHeader(_ target: Target) throws {
    let dir = TemporaryDirectory()
    let (env, served) = try Self.environment(target, dir)
    defer { _ = served?.stop() }
    let (p, out) = try Self.startWatch(["get", "datasets", "-w"], env: env, dir: dir)
    defer {
      p.terminate()
      p.waitUntilExit()
    }
    Thread.sleep(forTimeInterval: 0.5)
    for name in ["short", "a-much-longer-dataset-name"] {
      let f = dir.write("\(name).yaml", "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata: {name: \(name)}\nspec: {mounts: [{mountPoint: \"https://example.com/\(name)/\", name: d}]}\n")
      #expect(try Binary.run(["apply", "-f", f], environment: env).code == 0)
    }
    let lines = Self.waitForLines(out, 3)
    #expect(lines.first?.hasPrefix("NAME") == true, "\(lines)")
    #expect(TableLayout.misaligned(lines).isEmpty, "\(lines.joined(separator: "\n"))")
    #expect(!lines.contains { $0.contains("<invalid>") }, "\(lines)")
  }
}
