import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

@Suite struct BinaryTests {
  let dir = TemporaryDirectory()
  var env: [String: String] { ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path, "PATH": "/usr/bin:/bin"] }

  @Test func exitCodesOfTheBinary() throws {
    #expect(try Binary.run(["version"], environment: env).code == 0)
    #expect(try Binary.run(["get", "dataset", "nope"], environment: env).code == 3)
    #expect(try Binary.run(["get", "--bogus"], environment: env).code == 64)
    let create = ["dataset", "create", "demo", "--mount", "oss://bucket/data"]
    #expect(try Binary.run(create, environment: env).stdout == "dataset.data.fluid.io/demo created\nalluxioruntime.data.fluid.io/demo created\n")
    #expect(try Binary.run(create, environment: env).stdout == "dataset.data.fluid.io/demo unchanged\nalluxioruntime.data.fluid.io/demo unchanged\n")
    let quantity = try Binary.run(["dataset", "create", "x", "--mount", "oss://b/p", "--cache", "MEM:10Gx"], environment: env)
    #expect(quantity.code == 64)
    #expect(quantity.stderr.hasPrefix("Error: invalid quantity \"10Gx\" in --cache \"MEM:10Gx\": quantities must match the regular expression"))
  }

  @Test func stateFileIsPrivate() throws {
    _ = try Binary.run(["get", "datasets"], environment: env)
    let attrs = try FileManager.default.attributesOfItem(atPath: dir.file("state.db"))
    #expect((attrs[.posixPermissions] as? Int) == 0o600)
  }

  @Test func kubeconfigProblemsAreOneLine() throws {
    let kc = dir.write("kubeconfig", "apiVersion: v1\nkind: Config\n")
    let noContext = try Binary.run(["get", "datasets", "--kubeconfig", kc], environment: ["HOME": dir.path])
    #expect(noContext.code == 64)
    #expect(noContext.stderr == "error: no current context is set in \(kc); pass --context\n")
    let missing = try Binary.run(["get", "datasets", "--kubeconfig", dir.file("nope")], environment: ["HOME": dir.path])
    #expect(missing.code == 64)
    #expect(missing.stderr == "error: stat \(dir.file("nope")): no such file or directory\n")
    let unknown = try Binary.run(["get", "datasets", "--kubeconfig", kc, "--context", "nosuch"], environment: ["HOME": dir.path])
    #expect(unknown.stderr == "error: context was not found for specified context: nosuch\n")
  }

  /// Nothing listens on the port: kubectl's sentence, exit 7.
  @Test func refusedConnection() throws {
    let kc = dir.refusingKubeconfig()
    let r = try Binary.run(["get", "datasets", "--kubeconfig", kc], environment: ["HOME": dir.path])
    #expect(r.code == 7)
    #expect(r.stderr == "error: The connection to the server 127.0.0.1:9 was refused - did you specify the right host or port?\n")
  }

  /// 8 processes apply 25 distinct objects each, all at once: all 200 exist afterwards and
  /// every resourceVersion is distinct.
  @Test func parallelProcessesNeverLoseAnUpdate() throws {
    var processes: [Process] = []
    for p in 0..<8 {
      var docs = ""
      for i in 0..<25 {
        docs += "---\napiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: p\(p)-d\(i)\n  labels:\n    proc: \"\(p)\"\n"
      }
      let file = dir.write("p\(p).yaml", docs)
      let errors = dir.write("p\(p).err", "")
      processes.append(try Binary.start(["apply", "-f", file], environment: env, stderr: FileHandle(forWritingAtPath: errors)))
    }
    for p in processes { p.waitUntilExit() }
    let stderr = (0..<8).map { (try? String(contentsOfFile: dir.file("p\($0).err"), encoding: .utf8)) ?? "" }.joined()
    #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "stderr: \(stderr)")
    let listed = try Binary.run(["get", "datasets", "-o", "json"], environment: env)
    let items = try JSONParser.parse(listed.stdout)["items"]?.arrayValue ?? []
    #expect(items.count == 200)
    let versions = Set(items.compactMap { $0["metadata"]?["resourceVersion"]?.stringValue })
    #expect(versions.count == 200)
  }

  /// A process killed with SIGKILL in the middle of writes leaves a database that opens and
  /// passes `PRAGMA integrity_check`.
  @Test func killedWriterLeavesASoundDatabase() async throws {
    var docs = ""
    for i in 0..<2000 { docs += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\(i)\ndata:\n  k: v\(i)\n" }
    let file = dir.write("many.yaml", docs)
    // Kill writers at several points of their run, so that some die inside a write (later
    // points too, on a slow machine, until some objects were written).
    var kills = 0
    for delay in [150, 300, 450, 600, 900, 1300, 2000, 3000] {
      let p = try Binary.start(["apply", "-f", file], environment: env)
      try await Task.sleep(for: .milliseconds(delay))
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      kills += 1
      let written = try EmbeddedCluster(path: dir.file("state.db")).count(CoreKinds.configMap)
      if kills >= 4 && written > 0 { break }
    }
    let cluster = try EmbeddedCluster(path: dir.file("state.db"))
    #expect(try cluster.integrityCheck() == "ok")
    #expect(try cluster.count(CoreKinds.configMap) > 0)
    let after = try Binary.run(["get", "configmaps", "-o", "name"], environment: env)
    #expect(after.code == 0)
    #expect(try cluster.count(CoreKinds.configMap) == after.stdout.split(separator: "\n").count)
  }
}
