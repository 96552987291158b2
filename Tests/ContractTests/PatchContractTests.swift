import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// The three patch types through the seam, on both backends, as kube-apiserver answers them.
@Suite struct PatchContractTests {
  @Test(arguments: Backend.allCases)
  func jsonPatchAppliesOrFailsWhole(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    _ = try await c.create(datasets, namespace: "default", object: dataset("demo", labels: ["a": "1"]), options: WriteOptions())
    let ops: JSONValue = [
      ["op": "test", "path": "/metadata/labels/a", "value": "1"],
      ["op": "add", "path": "/metadata/labels/b", "value": "2"],
      ["op": "replace", "path": "/spec/mounts/0/name", "value": "renamed"],
    ]
    let patched = try await c.patch(datasets, namespace: "default", name: "demo", patch: .json(ops), subresource: nil, options: WriteOptions())
    #expect(patched["metadata"]?["labels"] == ["a": "1", "b": "2"])
    #expect(patched["spec"]?["mounts"]?.arrayValue?.first?["name"]?.stringValue == "renamed")

    let failedTest: JSONValue = [["op": "test", "path": "/metadata/labels/a", "value": "9"], ["op": "remove", "path": "/metadata/labels/a"]]
    let status = await apiStatus { _ = try await c.patch(datasets, namespace: "default", name: "demo", patch: .json(failedTest), subresource: nil, options: WriteOptions()) }
    #expect(status?.code == 422)
    let after = try await c.get(datasets, namespace: "default", name: "demo")
    #expect(after["metadata"]?["labels"]?["a"]?.stringValue == "1", "a failed test op leaves the object alone")

    let missing = await apiStatus {
      _ = try await c.patch(datasets, namespace: "default", name: "demo", patch: .json([["op": "remove", "path": "/spec/nope"]]), subresource: nil, options: WriteOptions())
    }
    #expect(missing?.message.contains("remove operation does not apply: doc is missing path: \"/spec/nope\"") == true)

    let scaled = try await c.create(alluxio, namespace: "default", object: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "demo"], "spec": ["replicas": 1]], options: WriteOptions())
    #expect(scaled["spec"]?["replicas"]?.intValue == 1)
    let scale = try await c.patch(alluxio, namespace: "default", name: "demo", patch: .json([["op": "replace", "path": "/spec/replicas", "value": 3]]), subresource: "scale", options: WriteOptions())
    #expect(scale["kind"]?.stringValue == "Scale")
    #expect(scale["spec"]?["replicas"]?.intValue == 3)
    await f.close()
  }

  @Test(arguments: Backend.allCases)
  func strategicMergeOnlyForBuiltInKinds(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    _ = try await c.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions())
    let refused = await apiStatus {
      _ = try await c.patch(datasets, namespace: "default", name: "demo", patch: .strategic(["spec": ["placement": "Shared"]]), subresource: nil, options: WriteOptions())
    }
    #expect(refused?.code == 415)
    #expect(refused?.reason == "UnsupportedMediaType")

    let pods = ResourceRegistry.standard.resolve("pods")!
    let pod: JSONValue = [
      "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "app", "finalizers": ["x/a"]],
      "spec": ["containers": [
        ["name": "main", "image": "busybox", "env": [["name": "A", "value": "1"]]],
        ["name": "side", "image": "nginx"],
      ]],
    ]
    _ = try await c.create(pods, namespace: "default", object: pod, options: WriteOptions())
    let patch: JSONValue = [
      "metadata": ["finalizers": ["x/b"]],
      "spec": ["containers": [
        ["name": "main", "env": [["name": "B", "value": "2"]]],
        ["name": "side", "$patch": "delete"],
      ]],
    ]
    let patched = try await c.patch(pods, namespace: "default", name: "app", patch: .strategic(patch), subresource: nil, options: WriteOptions())
    let containers = patched["spec"]?["containers"]?.arrayValue ?? []
    #expect(containers.count == 1)
    #expect(containers.first?["image"]?.stringValue == "busybox", "merged by name, not replaced")
    #expect(containers.first?["env"] == [["name": "A", "value": "1"], ["name": "B", "value": "2"]])
    #expect(patched["metadata"]?["finalizers"] == ["x/a", "x/b"])
    await f.close()
  }
}
