import FluidSimulator
import FluidModel
import FluidKit
import FluidTestSupport
import Foundation
import Testing

@Suite struct ApplyCommandTests {
  let h = CommandHarness()

  @Test func oneInvalidDocumentWritesNothing() async {
    let file = h.dir.write(
      "batch.yaml",
      """
      apiVersion: data.fluid.io/v1alpha1
      kind: Dataset
      metadata:
        name: good
      ---
      apiVersion: data.fluid.io/v1alpha1
      kind: DataLoad
      metadata:
        name: bad
      spec:
        dataset: {}
        policy: Weekly
      """)
    let r = await h.run(["apply", "-f", file])
    #expect(r.code == 64)
    #expect(r.stderr == "The DataLoad \"bad\" is invalid: \n* spec.dataset.name: Required value\n* spec.policy: Unsupported value: \"Weekly\": supported values: \"Once\", \"Cron\", \"OnEvent\"\n")
    #expect((await h.run("get datasets -o name")).stdout == "")
  }

  @Test func malformedInputIsRejectedWithItsPosition() async {
    let yaml = h.dir.write("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [x\n")
    let r = await h.run(["apply", "-f", yaml])
    #expect(r.code == 64)
    #expect(r.stderr.hasPrefix("error: error parsing \(yaml): line 5, column 1:"), "\(r.stderr)")
    let json = h.dir.write("bad.json", "{\"apiVersion\": \"v1\",\n \"kind\": }")
    let j = await h.run(["apply", "-f", json])
    #expect(j.code == 64)
    #expect(j.stderr.hasPrefix("error: error parsing \(json): line 2, column 10:"), "\(j.stderr)")
  }

  @Test func hostileDocumentsFailFast() async {
    let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    let d = await h.run(["apply", "-f", h.dir.write("deep.json", deep)])
    #expect(d.code == 64 && d.stderr.contains("nesting exceeds the maximum depth of 512"))
    var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 { bomb += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 10).joined(separator: ",") + "]\n" }
    let b = await h.run(["apply", "-f", h.dir.write("bomb.yaml", bomb)])
    #expect(b.code == 64 && b.stderr.contains("alias expansion limit"), "\(b.stderr)")
    let big = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  x: \"" + String(repeating: "a", count: 3 * 1024 * 1024 + 10) + "\"\n"
    let g = await h.run(["apply", "-f", h.dir.write("big.yaml", big)])
    #expect(g.code == 64 && g.stderr.contains("exceeds the limit of 3145728 bytes"), "\(g.stderr.prefix(200))")
  }

  @Test func unknownKindsAndFieldsAreNamed() async {
    let f = h.dir.write("hpa.yaml", "apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: spark\n")
    let r = await h.run(["apply", "-f", f])
    #expect(r.stderr == "error: resource mapping not found for name: \"spark\" namespace: \"\" from \"\(f)\": no matches for kind \"HorizontalPodAutoscaler\" in version \"autoscaling/v2beta2\"\nensure CRDs are installed first\n")
    let unknown = h.dir.write("u.yaml", "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: u\nspec:\n  mount: []\n")
    let s = await h.run(["apply", "-f", unknown])
    #expect(s.code == 64)
    #expect(s.stderr == "Error from server (BadRequest): error when applying \"\(unknown)\": Dataset in version \"v1alpha1\" cannot be handled as a Dataset: strict decoding error: unknown field \"spec.mount\"\n")
    let warned = await h.run(["apply", "-f", unknown, "--validate=warn"])
    #expect(warned.code == 0)
    #expect(warned.stderr == "Warning: unknown field \"spec.mount\"\n")
  }

  @Test func dryRunsWriteNothing() async {
    let f = h.dir.write("d.yaml", "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: d\n")
    #expect((await h.run(["apply", "-f", f, "--dry-run=server"])).stdout == "dataset.data.fluid.io/d serverside-applied (server dry run)\n")
    #expect((await h.run(["apply", "-f", f, "--dry-run=client"])).stdout == "dataset.data.fluid.io/d created (dry run)\n")
    #expect((await h.run("get datasets -o name")).stdout == "")
    _ = await h.run(["apply", "-f", f, "--server-side", "--field-manager", "ci"])
    #expect((await h.run(["apply", "-f", f, "--dry-run=client"])).stdout == "dataset.data.fluid.io/d configured (dry run)\n")
    let stored = try? await h.cluster().get(ResourceRegistry.standard.resolve("datasets")!, namespace: "default", name: "d")
    let managers = (stored?["metadata"]?["managedFields"]?.arrayValue ?? []).compactMap { $0["manager"]?.stringValue }
    #expect(managers == ["ci"], "\(managers)")
    let invalid = h.dir.write("bad.yaml", "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata: {name: bad}\nspec: {mounts: [{name: x}]}\n")
    let client = await h.run(["apply", "-f", invalid, "--dry-run=client"])
    #expect(client.code == 64)
    #expect(client.stderr.hasPrefix("error: error validating \"\(invalid)\": error validating data: "), "\(client.stderr)")
    #expect(!client.stderr.contains("from server"))
  }

  @Test func createFailsOnExistingObjects() async {
    let f = h.dir.write("d.yaml", "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: d\n")
    #expect((await h.run(["create", "-f", f])).stdout == "dataset.data.fluid.io/d created\n")
    let again = await h.run(["create", "-f", f])
    #expect(again.code == 5)
    #expect(again.stderr == "Error from server (AlreadyExists): error when creating \"\(f)\": datasets.data.fluid.io \"d\" already exists\n")
  }

  @Test func readsStdinAndDirectories() async {
    let r = await h.run(["apply", "-f", "-"], stdin: "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"},\"data\":{\"k\":\"v\"}}")
    #expect(r.stdout == "configmap/c created\n")
    let missing = await h.run(["apply", "-f", "/nonexistent/x.yaml"])
    #expect(missing.code == 64 && missing.stderr == "error: the path \"/nonexistent/x.yaml\" does not exist\n")
  }
}
