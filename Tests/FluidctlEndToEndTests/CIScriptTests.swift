import FluidTestSupport
import Foundation
import Testing

/// The CI-style script of the simulator issue, run with the built binary: dataset create,
/// load --wait, scale --wait, wait for Bound; on a manual clock moved by `sim advance` from
/// another process, and on a wall clock at 100x.
@Suite(.serialized) struct CIScriptTests {
  let dir = TemporaryDirectory()
  var env: [String: String] { ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path, "PATH": "/usr/bin:/bin"] }

  func run(_ args: [String]) throws -> Binary.Result { try Binary.run(args, environment: env) }

  /// Runs `args` while another process keeps moving the manual clock by 10 s.
  func runAdvancing(_ args: [String]) async throws -> Binary.Result {
    let advancer = ClockAdvancer(environment: env, step: "10s")
    defer { advancer.stop() }
    return try await Binary.runOffPool(args, environment: env)
  }

  func script(_ runStep: ([String]) async throws -> Binary.Result) async throws {
    try await ciScript(runStep)
  }

  @Test func manualClockMovedFromAnotherProcess() async throws {
    #expect(try run(["sim", "init", "--clock", "manual"]).code == 0)
    try await script { try await runAdvancing($0) }
    // Nothing moves on its own: a wait without an advancer times out (exit 4).
    let stuck = try run(["wait", "dataset/demo", "--for=phase=Failed", "--timeout", "1s"])
    #expect(stuck.code == 4)
    #expect(stuck.stderr.hasPrefix("error: timed out waiting for the condition on datasets/demo (last seen: phase=Bound"))
  }

  @Test func wallClockAtSpeed100() async throws {
    #expect(try run(["sim", "init", "--speed", "100"]).code == 0)
    try await script { args in try run(args) }
  }

  @Test func failuresHaveTheirExitCodes() async throws {
    #expect(try run(["sim", "init", "--speed", "100"]).code == 0)
    #expect(try run(["load", "nope"]).code == 3)
    #expect(try run(["dataset", "create", "efc", "--mount", "nfs://server/share", "--runtime", "efc"]).code == 0)
    #expect(try run(["wait", "dataset/efc", "--for=phase=Bound", "--timeout", "30s"]).code == 0)
    let unsupported = try run(["load", "efc", "--name", "efc-load", "--wait", "--timeout", "30s"])
    #expect(unsupported.code == 2)
    #expect(unsupported.stderr.contains("error: dataload.data.fluid.io/efc-load failed: RuntimeType efc not support DataLoad"), "\(unsupported.stderr)")
  }
}

@Suite struct FaultTests {
  let dir = TemporaryDirectory()
  var env: [String: String] { ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path, "PATH": "/usr/bin:/bin"] }
  func run(_ line: String) throws -> Binary.Result { try Binary.run(line.split(separator: " ").map(String.init), environment: env) }

  @Test func faultsHaveFluidsConsequences() throws {
    #expect(try run("sim init --clock manual").code == 0)
    #expect(try run("sim ufs set oss://big --size 500Gi --files 1000 --bandwidth 1Gbps").code == 0)
    #expect(try run("dataset create big --mount oss://big/data --replicas 2 --cache MEM:8Gi").code == 0)
    _ = try run("sim advance 2m")
    #expect(try run("get dataset big -o jsonpath={.status.ufsTotal}").stdout == "500.00GiB")
    #expect(try run("load big --name l1").code == 0)
    _ = try run("sim advance 30s")
    #expect(try run("sim fault ufs-down oss://big").stdout == "oss://big is down\n")
    // The loader's pod fails 5 s later; the Job retries after 10, 20 and 40 s (backoffLimit 3),
    // fails about 90 s after the UFS went down, and Fluid notices on its next 20 s poll.
    _ = try run("sim advance 1m")
    #expect(try run("get dataload l1 -o jsonpath={.status.phase}").stdout == "Executing")
    _ = try run("sim advance 1m")
    #expect(try run("get dataload l1 -o jsonpath={.status.phase}").stdout == "Failed")
    let failed = try run("wait dataload/l1 --for=phase=Complete --timeout 5s")
    #expect(failed.code == 2)
    #expect(failed.stderr.contains("ended in phase Failed: Job has reached the specified backoff limit"))
    #expect(try run("sim fault node-down sim-node-2").code == 0)
    _ = try run("sim advance 2m")
    #expect(try run("get alluxio big -o jsonpath={.status.workerPhase}").stdout == "PartialReady")
    #expect(try run("sim fault clear").code == 0)
    _ = try run("sim advance 2m")
    #expect(try run("get alluxio big -o jsonpath={.status.workerPhase}").stdout == "Ready")
  }

  /// `load --wait` reports each failed try of its loader Job while another process moves the
  /// manual clock, then fails with the Job's reason (exit 2).
  @Test func loadWaitReportsTheJobsFailedTries() async throws {
    #expect(try run("sim init --clock manual").code == 0)
    #expect(try run("dataset create big --mount oss://big/data --cache MEM:1Gi").code == 0)
    _ = try run("sim advance 2m")
    #expect(try run("sim fault ufs-down oss://big").code == 0)
    let advancer = ClockAdvancer(environment: env, step: "5s")
    defer { advancer.stop() }
    let r = try await Binary.runOffPool(["load", "big", "--name", "l2", "--wait", "--timeout", "30m"], environment: env)
    #expect(r.code == 2)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.contains("job.batch/l2-loader-job: 1 of at most 4 tries failed; retrying after the Job's backoff"), "\(r.stderr)")
    #expect(lines.contains("job.batch/l2-loader-job: 4 of at most 4 tries failed"), "\(r.stderr)")
    #expect(lines.last == "error: dataload.data.fluid.io/l2 failed: Job has reached the specified backoff limit", "\(r.stderr)")
  }
}
