import FluidCommands
import FluidKit
import FluidModel
import FluidServer
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// The bad-input corpus (issue 15): every case ends with its exit code and a first error line
/// naming the cause, never a Swift type, and leaves the state byte for byte as it was. The
/// manifests among them are also sent to `sim serve`: by fluidctl, raw over HTTP, and by kubectl.
enum BadInputCorpus {
  static let all: [BadInputCase] =
    replicaCases + quotaCases + dataLoadCases + metadataCases + documentCases + flagCases + nameCases + fileCases + stateFileCases
    + configurationCases
}

@Suite struct BadInputCorpusTests {
  @Test func theCorpusIsLargeAndItsNamesUnique() {
    #expect(BadInputCorpus.all.count >= 250)
    #expect(Set(BadInputCorpus.all.map(\.name)).count == BadInputCorpus.all.count)
  }

  @Test(arguments: BadInputCorpus.all) func refusedWithoutAChange(_ c: BadInputCase) async throws {
    let h = try await Self.copyOfPreparedState()
    let dir = h.dir.path
    Self.writeFiles(c, into: h.dir)
    let watched = [h.statePath] + (c.statePath.map { [Self.expand($0, dir)] } ?? [])
    let before = watched.map(StateSnapshot.of)
    let r = await h.run(c.args.map { Self.expand($0, dir) }, stdin: c.stdin, environment: c.environment.mapValues { $0.map { Self.expand($0, dir) } })
    Self.check(r, c, dir: dir)
    let after = watched.map(StateSnapshot.of)
    #expect(after == before, "the state changed: \(StateSnapshot.difference(before, after))")
  }

  /// The manifests, through `sim serve`: fluidctl gets the same answer as in-process; the raw
  /// JSON bodies and kubectl's requests are refused; nothing changes; the server survives.
  @Test func manifestsThroughSimServe() async throws {
    let h = try await Self.preparedHarness()
    let cluster = try h.cluster()
    let server = try await APIServer.start(router: APIRouter(client: cluster), host: "127.0.0.1", port: 0)
    let url = "http://127.0.0.1:\(server.port)"
    let kubectl = FileManager.default.isExecutableFile(atPath: "/usr/bin/kubectl")
    for c in BadInputCorpus.all where c.apiLevel {
      Self.writeFiles(c, into: h.dir)
      let before = try cluster.stateDump()
      let r = await h.run(["--server", url] + c.args.map { Self.expand($0, h.dir.path) }, environment: ["FLUIDCTL_SIM_STATE": nil])
      Self.check(r, c, dir: h.dir.path)
      if let file = c.files.keys.first, file.hasSuffix(".json") {
        let status = try Self.postRaw(h.dir.file(file), url: url)
        #expect((400..<500).contains(status), "\(c.name): raw POST answered \(status)")
      }
      let after = try cluster.stateDump()
      #expect(after == before, "\(c.name): the state changed: \(StateSnapshot.difference([before], [after]))")
      // kubectl takes about a third of a second a request: it gets one kind of each group.
      if kubectl, !c.kubectlLenient, !c.name.contains("Runtime") || c.name.hasPrefix("AlluxioRuntime"), let file = c.files.keys.first {
        let k = try Binary.run(executable: "/usr/bin/kubectl", ["--server", url, "create", "--validate=strict", "-f", h.dir.file(file)], environment: ["HOME": h.dir.path])
        #expect(k.code != 0, "\(c.name): kubectl create succeeded: \(k.stdout)")
        #expect(try cluster.stateDump() == after, "\(c.name): kubectl's request changed the state")
      }
    }
    let alive = await h.run(["--server", url, "get", "datasets", "-o", "name"], environment: ["FLUIDCTL_SIM_STATE": nil])
    #expect(alive.code == 0 && alive.stdout == "dataset.data.fluid.io/d1\n")
    await server.stop()
  }

  // MARK: helpers

  /// A cluster on a manual clock with one dataset (`d1`, an Alluxio runtime), settled: its
  /// controllers have acted on every change at the clock's instant (`get` runs them), so a
  /// later command that changes nothing leaves every row as it is.
  static func preparedHarness() async throws -> CommandHarness {
    let h = CommandHarness()
    for line in ["sim init --clock manual", "dataset create d1 --mount s3://b/", "get datasets"] {
      let r = await h.run(line)
      guard r.code == 0 else { throw FluidTestError("setup '\(line)' failed: \(r.stderr)") }
    }
    return h
  }

  /// The prepared state, made once and copied (its connections are closed, so the whole state
  /// is in the one file).
  static let template = Task { try await preparedHarness() }

  static func copyOfPreparedState() async throws -> CommandHarness {
    let source = try await template.value
    let h = CommandHarness()
    for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source.statePath + suffix) {
      try FileManager.default.copyItem(atPath: source.statePath + suffix, toPath: h.statePath + suffix)
    }
    return h
  }

  static func expand(_ s: String, _ dir: String) -> String { s.replacingOccurrences(of: "$DIR", with: dir) }

  static func writeFiles(_ c: BadInputCase, into dir: TemporaryDirectory) {
    for (name, text) in c.files { dir.write(name, text) }
    for (name, bytes) in c.binaryFiles { FileManager.default.createFile(atPath: dir.file(name), contents: Data(bytes)) }
  }

  static func check(_ r: CommandHarness.Result, _ c: BadInputCase, dir: String) {
    #expect(r.code == c.code, "\(c.name): exit \(r.code), stderr: \(r.stderr)")
    let first = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    let message = expand(c.message, dir)
    // An Invalid answer with several causes lists them on the lines below its first.
    let shown = first.hasSuffix("is invalid: ") ? r.stderr : first
    #expect(shown.contains(message), "\(c.name): \(r.stderr)")
    for raw in ["Swift.", "NSError", "Error Domain", "Optional(", "NSCocoaErrorDomain"] {
      #expect(!r.stderr.contains(raw), "\(c.name): \(r.stderr)")
    }
  }

  /// POSTs a file's bytes as JSON to the collection of the kind it names; the HTTP status.
  static func postRaw(_ path: String, url: String) throws -> Int {
    // Read as text, not parsed: some bodies are meant not to parse.
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    func field(_ name: String) -> String? {
      text.range(of: "\"\(name)\":\"").map { String(text[$0.upperBound...].prefix { $0 != "\"" }) }
    }
    let r = ResourceRegistry.standard.resolve(apiVersion: field("apiVersion") ?? "", kind: field("kind") ?? "") ?? ResourceRegistry.standard.resolve("configmaps")!
    let prefix = r.group.isEmpty ? "/api/v1" : "/apis/\(r.group)/\(r.version)"
    let out = try Binary.run(executable: 
      "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Content-Type: application/json", "--data-binary", "@" + path, url + prefix + "/namespaces/default/" + r.plural],
      environment: [:])
    return Int(out.stdout) ?? 0
  }
}

/// What a state file holds: the embedded cluster's dump when it is a fluidctl state, its bytes
/// otherwise, and whether it exists at all.
enum StateSnapshot {
  static func of(_ path: String) -> String {
    var st = stat()
    guard lstat(path, &st) == 0 else { return "absent" }
    if (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0, let dump = try? EmbeddedCluster(path: path).stateDump() { return dump }
    let bytes = FileManager.default.contents(atPath: path) ?? Data()
    return "mode \(st.st_mode) bytes \(bytes.base64EncodedString())"
  }

  /// The lines only one of two snapshots has.
  static func difference(_ a: [String], _ b: [String]) -> String {
    let left = Set(a.joined(separator: "\n").split(separator: "\n")), right = Set(b.joined(separator: "\n").split(separator: "\n"))
    return "before only: \(left.subtracting(right).sorted().map { $0.prefix(300) }); after only: \(right.subtracting(left).sorted().map { $0.prefix(300) })"
  }
}
