import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// `examples/ci/pipeline.sh` with the built binary: on the embedded cluster, through
/// `sim serve` (the Kubernetes API), and failing at the preheat step, with the loader's log,
/// when the UFS is down. The CI files are valid YAML that run only that script and
/// `scripts/install.sh`.
@Suite(.serialized) struct PipelineExampleTests {
  static let script = Paths.packageRoot.appendingPathComponent("examples/ci/pipeline.sh").path
  static let steps = ["apply", "bound", "preheat", "cache", "job", "job-complete", "cleanup"]

  static func run(_ env: [String: String]) throws -> Binary.Result {
    var e = env
    e["FLUIDCTL"] = Binary.path
    e["TIMEOUT"] = "120s"
    e["PATH"] = "/usr/bin:/bin"
    return try Binary.run(executable: "/bin/bash", [script], environment: e)
  }

  /// The `step NAME: ...` lines in order.
  static func stepLines(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").filter { $0.hasPrefix("step ") }.map(String.init)
  }

  @Test func passesOnTheEmbeddedCluster() throws {
    let dir = TemporaryDirectory()
    let env = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    #expect(try Binary.run(["sim", "init", "--speed", "200"], environment: env).code == 0)
    let r = try Self.run(env)
    #expect(r.code == 0, "\(r.stderr)")
    #expect(Self.stepLines(r.stderr) == Self.steps.map { "step \($0): ok" })
    #expect(r.stderr.hasSuffix("pipeline: ok\n"))
    // Cleaned up: nothing of the pipeline is left.
    let left = try Binary.run(["get", "datasets,jobs,dataloads", "-o", "name"], environment: env)
    #expect(left.stdout.isEmpty, "\(left.stdout)")
  }

  @Test func passesThroughTheKubernetesAPI() throws {
    let dir = TemporaryDirectory()
    #expect(try Binary.run(["sim", "init", "--speed", "200"], environment: ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]).code == 0)
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    let r = try Self.run(["KUBECONFIG": served.kubeconfig, "HOME": dir.path])
    #expect(r.code == 0, "\(r.stderr)")
    #expect(Self.stepLines(r.stderr) == Self.steps.map { "step \($0): ok" })
  }

  @Test func aDownUFSFailsThePreheatWithTheLoadersLog() throws {
    let dir = TemporaryDirectory()
    let env = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    #expect(try Binary.run(["sim", "init", "--speed", "200"], environment: env).code == 0)
    #expect(try Binary.run(["sim", "fault", "ufs-down", "https://mirrors.bit.edu.cn/"], environment: env).code == 0)
    let r = try Self.run(env)
    #expect(r.code == 2, "\(r.stderr)")
    #expect(Self.stepLines(r.stderr) == ["step apply: ok", "step bound: ok", "step preheat: failed (exit 2)"])
    #expect(r.stderr.contains("--- loader log of dataload/ci-warmup-"))
    #expect(r.stderr.contains("ERROR reading https://mirrors.bit.edu.cn/apache/hbase/stable/: connection refused"), "\(r.stderr)")
  }

  @Test(arguments: ["github-actions.yml", "gitlab-ci.yml"])
  func ciFilesRunOnlyThePipelineAndTheInstaller(_ file: String) throws {
    let text = try String(contentsOfFile: Paths.packageRoot.appendingPathComponent("examples/ci/\(file)").path, encoding: .utf8)
    let docs = try ManifestDecoder.decode(text)
    #expect(docs.count == 1)
    var commands: [String] = []
    func walk(_ v: JSONValue, key: String?) {
      switch v {
      case .object(let o): for (k, x) in o { walk(x, key: k) }
      case .array(let a): for x in a { walk(x, key: key) }
      case .string(let s) where ["run", "script", "before_script"].contains(key ?? ""): commands.append(s)
      default: break
      }
    }
    walk(docs[0].value, key: nil)
    let scripts = Set(commands.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }.filter { $0.hasSuffix(".sh") }.map(String.init))
    #expect(scripts == ["scripts/install.sh", "examples/ci/pipeline.sh"], "\(scripts)")
  }
}
