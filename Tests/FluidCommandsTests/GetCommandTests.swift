import FluidCommands
import FluidModel
import FluidTestSupport
import Foundation
import Testing

@Suite struct GetCommandTests {
  let h = CommandHarness()

  func applyQuickstart() async {
    let r = await h.run(["apply", "-f", Paths.packageRoot.appendingPathComponent("examples/quickstart").path])
    #expect(r.code == 0, "\(r.stderr)")
  }

  @Test func tablesUseThePrinterColumns() async {
    await applyQuickstart()
    h.clock.advance(315)
    Golden.assert((await h.run("get datasets")).stdout, matches: "Tests/FluidCommandsTests/Golden/get-datasets.txt")
    Golden.assert((await h.run("get alluxio -o wide")).stdout, matches: "Tests/FluidCommandsTests/Golden/get-alluxio-wide.txt")
    Golden.assert((await h.run("get fluid -A")).stdout, matches: "Tests/FluidCommandsTests/Golden/get-fluid-all.txt")
    Golden.assert((await h.run("get dataloads --no-headers --show-labels")).stdout, matches: "Tests/FluidCommandsTests/Golden/get-dataloads-noheaders.txt")
  }

  /// The workloads Fluid's charts install, as `kubectl get sts,ds` shows them; they follow
  /// scaling and go with the runtime.
  @Test func statefulSetsAndDaemonSetsOfARuntime() async {
    await applyQuickstart()
    h.clock.advance(315)
    Golden.assert((await h.run("get sts,ds")).stdout, matches: "Tests/FluidCommandsTests/Golden/get-workloads.txt")
    #expect((await h.run("scale alluxio/hbase --replicas 3")).code == 0)
    h.clock.advance(60)
    #expect((await h.run("get sts hbase-worker --no-headers")).stdout.hasPrefix("hbase-worker   3/3 "))
    #expect((await h.run("delete alluxio hbase --wait")).code == 0)
    #expect((await h.run("get statefulsets,daemonsets -o name")).stdout == "")
  }

  @Test func kindsAcceptEveryName() async {
    await applyQuickstart()
    for kind in ["dataset", "datasets", "Dataset", "datasets.data.fluid.io", "dataset.data.fluid.io", "datasets.v1alpha1.data.fluid.io"] {
      let r = await h.run(["get", kind, "-o", "name"])
      #expect(r.stdout == "dataset.data.fluid.io/hbase\n", "\(kind)")
    }
    #expect((await h.run("get load -o name")).stdout == "dataload.data.fluid.io/hbase-warmup\n")
    #expect((await h.run("get alluxio/hbase dataset/hbase -o name")).stdout == "alluxioruntime.data.fluid.io/hbase\ndataset.data.fluid.io/hbase\n")
  }

  @Test func machineFormats() async throws {
    await applyQuickstart()
    let single = await h.run("get dataset hbase -o json")
    #expect(single.stdout.hasPrefix("{\n    \"apiVersion\": \"data.fluid.io/v1alpha1\",\n"))
    #expect(!single.stdout.contains("managedFields"))
    let list = await h.run("get datasets -o yaml")
    #expect(list.stdout.hasPrefix("apiVersion: v1\nitems:\n- apiVersion: data.fluid.io/v1alpha1\n"))
    #expect(list.stdout.hasSuffix("kind: List\nmetadata:\n  resourceVersion: \"\"\n"))
    let jp = await h.run(["get", "datasets", "-o", "jsonpath={range .items[*]}{.metadata.name}{\"\\t\"}{.spec.mounts[0].name}{\"\\n\"}{end}"])
    #expect(jp.stdout == "hbase\thbase\n")
    #expect((await h.run(["get", "datasets", "-ojsonpath={.items[?(@.metadata.name==\"hbase\")].metadata.labels.team}"])).stdout == "quickstart")
    #expect((await h.run("get datasets -l team=quickstart -o name")).stdout == "dataset.data.fluid.io/hbase\n")
    #expect((await h.run("get datasets -l team!=quickstart -o name")).stdout == "")
    #expect((await h.run("get datasets --field-selector metadata.name=hbase -o name")).stdout == "dataset.data.fluid.io/hbase\n")
  }

  @Test func globalFlagsWorkBeforeTheSubcommand() async {
    await applyQuickstart()
    #expect((await h.run("-n default -o name get datasets")).stdout == "dataset.data.fluid.io/hbase\n")
    #expect((await h.run("--namespace=default get datasets -oname")).stdout == "dataset.data.fluid.io/hbase\n")
    let other = await h.run("-n other get datasets")
    #expect(other.stderr == "No resources found in other namespace.\n")
  }

  @Test func errorsAndExitCodes() async {
    await applyQuickstart()
    let missing = await h.run("get dataset nope")
    #expect(missing.code == 3)
    #expect(missing.stderr == "Error from server (NotFound): datasets.data.fluid.io \"nope\" not found\n")
    #expect((await h.run("get dataset nope --ignore-not-found")).code == 0)
    let asJSON = await h.run("get dataset nope -o json")
    #expect(asJSON.code == 3)
    #expect(asJSON.stdout.contains("\"kind\": \"Status\"") && asJSON.stdout.contains("\"reason\": \"NotFound\""))
    let unknown = await h.run("get foos")
    #expect(unknown.code == 3)
    #expect(unknown.stderr == "error: the server doesn't have a resource type \"foos\"\n")
    let badFormat = await h.run("get datasets -o xml")
    #expect(badFormat.code == 64)
    #expect(badFormat.stderr.hasPrefix("error: unable to match a printer suitable for the output format \"xml\""))
    let badSelector = await h.run(["get", "datasets", "-l", "team in ml"])
    #expect(badSelector.code == 64)
    // Field labels are the kind's, as kube-apiserver checks them.
    let badField = await h.run("get datasets --field-selector status.phase=Bound")
    #expect(badField.code == 64)
    #expect(badField.stderr == "Error from server (BadRequest): Unable to find \"status.phase\" field in the field selector: field label not supported: status.phase\n")
    let events = await h.run("get events --field-selector involvedObject.kind=Dataset,type=Normal")
    #expect(events.code == 0, "\(events.stderr) \(events.stdout)")
    let pods = await h.run("get pods --field-selector status.phase=Running")
    #expect(pods.code == 0, "\(pods.stderr)")
    let badFlag = await h.run("get datasets --bogus")
    #expect(badFlag.code == 64)
    #expect(badFlag.stderr.hasPrefix("Error: Unknown option '--bogus'"))
  }

  /// `get -w -o json`: one complete object per line, the initial list included (NDJSON, for
  /// `jq -c` and `while read`); `--output-watch-events` wraps each as kubectl does.
  @Test(arguments: [false, true])
  func watchStreamsNDJSONEvents(_ wrapped: Bool) async throws {
    await applyQuickstart()
    let h = self.h
    let out = FluidCommands.OutputStream.capture()
    let args = ["get", "datasets", "-w", "-o", "json", "--request-timeout", "60s"] + (wrapped ? ["--output-watch-events"] : [])
    let watched = Task { await h.run(args, stdout: out) }
    // Delete only once the watch is listening (its initial list printed the dataset): under a
    // loaded full run the command can take seconds to start. Stop it once it printed the deletion.
    try await waitUntil(30) { out.text.contains("hbase") }
    _ = await h.run("delete dataset hbase --wait=false")
    try await waitUntil(30) { out.text.split(separator: "\n").count >= 3 && out.text.contains("deletionTimestamp") }
    watched.cancel()
    let r = await watched.value
    let lines = r.stdout.split(separator: "\n").map(String.init)
    let documents = try lines.map { try JSONParser.parse($0) }
    #expect(documents.count >= 2, "stdout: \(r.stdout.suffix(600)) stderr: \(r.stderr)")
    if wrapped {
      #expect(documents.first?["type"] == "ADDED")
      #expect(documents.first?["object"]?["kind"] == "Dataset")
      #expect(documents.dropFirst().allSatisfy { $0["type"] == "MODIFIED" || $0["type"] == "DELETED" })
    } else {
      #expect(documents.allSatisfy { $0["kind"] == "Dataset" && $0["type"] == nil })
      #expect(documents.first?["metadata"]?["deletionTimestamp"] == nil)
      #expect(documents.last?["metadata"]?["deletionTimestamp"] != nil)
    }
  }

  /// `-o yaml` watches print `---`-separated documents, the initial list included; `--watch-only`
  /// leaves the list out.
  @Test func watchYAMLDocumentsAndWatchOnly() async throws {
    await applyQuickstart()
    let h = self.h
    for watchOnly in [false, true] {
      let out = FluidCommands.OutputStream.capture()
      let args = ["get", "datasets", "-w", "-o", "yaml", "--request-timeout", "60s"] + (watchOnly ? ["--watch-only"] : [])
      let watched = Task { await h.run(args, stdout: out) }
      // The list is printed before the change (a loaded run can take seconds to start the watch).
      if !watchOnly { try await waitUntil(30) { out.text.contains("hbase") } }
      // With --watch-only nothing shows when the watch starts: change the dataset until a change
      // shows (each apply a new `n`, so each is an event).
      for n in 0..<30 where !out.text.contains("tick: \"\(watchOnly)\"") {
        _ = await h.run(["apply", "-f", "-"], stdin: "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata: {name: hbase, labels: {tick: \"\(watchOnly)\", n: \"\(n)\"}}\nspec: {mounts: [{mountPoint: 'https://mirrors.bit.edu.cn/apache/hbase/stable/', name: hbase}]}\n")
        try await waitUntil(1) { out.text.contains("tick: \"\(watchOnly)\"") }
      }
      watched.cancel()
      let r = await watched.value
      let docs = r.stdout.components(separatedBy: "---\n").filter { !$0.isEmpty }
      #expect(r.stdout.hasPrefix("---\n"), "\(r.stdout.prefix(200))")
      if watchOnly {
        #expect(docs.allSatisfy { $0.contains("tick: \"true\"") }, "\(r.stdout)")
      } else {
        #expect(docs.first.map { !$0.contains("tick:") } == true, "the initial list comes first")
      }
    }
  }

  /// Rows a table watch adds line up with the header above them; a row that needs wider
  /// columns brings the header again, widened.
  @Test func tableWatchRowsLineUpWithTheHeader() async throws {
    await applyQuickstart()
    let h = self.h
    let out = FluidCommands.OutputStream.capture()
    let watched = Task { await h.run(["get", "datasets", "-w", "--request-timeout", "60s"], stdout: out) }
    try await waitUntil(30) { out.text.contains("hbase") }
    _ = await h.run(["apply", "-f", "-"], stdin: "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata: {name: a-much-longer-dataset-name-than-hbase}\nspec: {mounts: [{mountPoint: 'https://example.com/x/', name: x}]}\n")
    // The whole row, ended by its newline (the watch may write a row in more than one piece).
    try? await waitUntil(30) { out.text.hasSuffix("\n") && out.text.split(separator: "\n").contains { $0.hasPrefix("a-much") } }
    watched.cancel()
    let text = await watched.value.stdout
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("NAME") == true)
    #expect(TableLayout.misaligned(lines).isEmpty, "\(lines.joined(separator: "\n"))")
    // The longer name widened the columns: the header came again, wider, before its row.
    let long = try #require(lines.firstIndex { $0.hasPrefix("a-much") }, "\(text)")
    #expect(lines[long - 1].hasPrefix("NAME  ") && lines[long - 1].count > lines[0].count, "\(lines)")
  }

  @Test func sortByComparesSizesByValueAndIgnoreNotFoundPrintsNothing() async throws {
    for (name, cache) in [("small", "512Mi"), ("big", "2Gi"), ("mid", "1536Mi")] {
      let r = await h.run(["dataset", "create", name, "--mount", "https://example.com/\(name)/", "--cache", "MEM:\(cache)"])
      #expect(r.code == 0, "\(r.stderr)")
    }
    let sorted = await h.run(["get", "alluxioruntimes", "--sort-by", "{.spec.tieredstore.levels[0].quota}", "-o", "name"])
    #expect(sorted.stdout == "alluxioruntime.data.fluid.io/small\nalluxioruntime.data.fluid.io/mid\nalluxioruntime.data.fluid.io/big\n")
    let byName = await h.run(["get", "datasets", "--sort-by", ".metadata.name", "--no-headers", "-o", "custom-columns=N:.metadata.name"])
    #expect(byName.stdout == "big\nmid\nsmall\n")
    let bad = await h.run(["get", "datasets", "--sort-by", "{.metadata.name"])
    #expect(bad.code == 64)
    let missing = await h.run(["get", "dataset", "nosuch", "--ignore-not-found"])
    #expect(missing.code == 0 && missing.stdout.isEmpty && missing.stderr.isEmpty, "\(missing.stderr)")
  }

  /// Polls `condition` every 50 ms for at most `seconds`.
  private func waitUntil(_ seconds: Double, _ condition: () -> Bool) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition(), Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
  }

}

@Suite struct VerbosityTests {
  @Test func level6TracesEachCall() async {
    let h = CommandHarness()
    let r = await h.run("get dataset x -v 6")
    #expect(r.code == 3)
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasSuffix("embedded] GET datasets.data.fluid.io default/x 404 NotFound in 0 ms") || lines[0].contains("embedded] GET datasets.data.fluid.io default/x 404 NotFound in "))
    #expect((await h.run("get datasets")).stderr == "No resources found in default namespace.\n")
  }
}
