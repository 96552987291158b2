import FluidTestSupport
import Foundation
import Testing

/// The CI-style script both issues name: dataset create, wait for Bound, load --wait,
/// scale --wait, wait again. `runStep` runs one fluidctl command wherever the caller points it.
func ciScript(_ runStep: ([String]) async throws -> Binary.Result) async throws {
  let create = try await runStep(["dataset", "create", "demo", "--mount", "oss://bucket/demo", "--cache", "MEM:8Gi"])
  #expect(create.code == 0, "\(create.stderr)")
  let bound = try await runStep(["wait", "dataset/demo", "--for=phase=Bound", "--timeout", "30s"])
  #expect(bound.code == 0, "\(bound.stderr)")
  #expect(bound.stdout == "dataset.data.fluid.io/demo condition met\n")
  let load = try await runStep(["load", "demo", "--name", "warmup", "--wait", "--timeout", "30s"])
  #expect(load.code == 0, "\(load.stderr)")
  #expect(load.stdout == "dataload.data.fluid.io/warmup created\n")
  #expect(load.stderr.contains("dataload.data.fluid.io/warmup: Complete"), "\(load.stderr)")
  let scale = try await runStep(["scale", "demo", "--replicas", "2", "--wait", "--timeout", "30s"])
  #expect(scale.code == 0, "\(scale.stderr)")
  #expect(scale.stdout == "alluxioruntime.data.fluid.io/demo scaled\n")
  let again = try await runStep(["wait", "dataset/demo", "--for=phase=Bound", "--timeout", "30s"])
  #expect(again.code == 0, "\(again.stderr)")
  let complete = try await runStep(["wait", "dataload/warmup", "--for=condition=Complete", "--timeout", "0"])
  #expect(complete.code == 0, "\(complete.stderr)")
}
