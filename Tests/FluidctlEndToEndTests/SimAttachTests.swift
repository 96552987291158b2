import FluidTestSupport
import Foundation
import Testing

/// `sim attach` driving an API server without Fluid (`sim serve --no-controllers`): the same CI
/// script passes, and what Fluid writes (status, finalizers, PV/PVC, events) lands there.
@Suite(.serialized) struct SimAttachTests {
  let dir = TemporaryDirectory()

  @Test func ciScriptPassesWithAttachedControllers() async throws {
    let served = try ServedCluster(dir, extra: ["--no-controllers"])
    defer { _ = served.stop() }
    let install = try served.fluidctl(["crds", "install"])
    #expect(install.code == 0, "\(install.stderr)")
    #expect(install.stdout.split(separator: "\n").count == 15)
    #expect(install.stdout.contains("customresourcedefinition.apiextensions.k8s.io/datasets.data.fluid.io created\n"))
    #expect(try served.fluidctl(["crds", "install"]).stdout.split(separator: "\n").allSatisfy { $0.hasSuffix(" unchanged") })
    // Without attach nothing happens: the plain API server never binds a dataset.
    let create = try served.fluidctl(["dataset", "create", "idle", "--mount", "oss://bucket/idle"])
    #expect(create.code == 0, "\(create.stderr)")
    let idle = try served.fluidctl(["wait", "dataset/idle", "--for=phase=NotBound", "--timeout", "2s"])
    #expect(idle.code == 4, "no controller should have set a phase: \(idle.stdout)")

    FileManager.default.createFile(atPath: dir.file("attach.log"), contents: nil)
    let attach = try Binary.start(
      ["sim", "attach", "--speed", "100", "--interval", "100ms", "--state", dir.file("model.db")], environment: served.apiEnv,
      stderr: FileHandle(forWritingAtPath: dir.file("attach.log")))
    defer {
      attach.terminate()
      attach.waitUntilExit()
    }
    try await ciScript { args in try served.fluidctl(args) }

    let pvc = try served.fluidctl(["get", "pvc", "demo", "-o", "jsonpath={.status.phase}"])
    #expect(pvc.stdout == "Bound", "\(pvc.stderr)")
    let finalizers = try served.fluidctl(["get", "dataset", "demo", "-o", "jsonpath={.metadata.finalizers}"])
    #expect(finalizers.stdout.contains("fluid-dataset-controller-finalizer"), "\(finalizers.stdout)")
    let events = try served.fluidctl(["get", "events", "-o", "jsonpath={.items[*].reason}"])
    #expect(events.stdout.contains("DataOperationSucceed"), "\(events.stdout)")

    // Deletion in Fluid's order: the runtime, then the dataset; Fluid's finalizers are lifted.
    #expect(try served.fluidctl(["delete", "alluxioruntime", "demo", "--wait=true", "--timeout", "30s"]).code == 0)
    let gone = try served.fluidctl(["delete", "dataset", "demo", "--wait=true", "--timeout", "30s"])
    #expect(gone.code == 0, "\(gone.stderr)")
    #expect(try served.fluidctl(["get", "pvc", "demo"]).code == 3)
  }
}
