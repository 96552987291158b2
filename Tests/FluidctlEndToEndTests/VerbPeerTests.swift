import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// One step of a verb sequence: arguments, and the exit code fluidctl must give (kubectl gives
/// 0 where fluidctl does and 1 for every failure).
struct VerbStep: Sendable, CustomStringConvertible {
  var args: [String]
  var code: Int32
  /// Compare stdout with kubectl's (false where the words differ by design).
  var samePrint = true
  /// Arguments kubectl needs besides `args` for the same operation.
  var peerExtra: [String] = []
  /// kubectl's exit code where it differs by design.
  var peerCode: Int32? = nil
  var description: String { args.joined(separator: " ") }
}

/// `label`, `annotate` and `patch` on both backends (embedded; over HTTP through `sim serve`)
/// and, where kubectl is installed, against kubectl on an identical `sim serve`: same exit
/// status, same stdout.
@Suite(.serialized) struct VerbPeerTests {
  static let manifest = """
    apiVersion: data.fluid.io/v1alpha1
    kind: Dataset
    metadata:
      name: demo
      labels: {fluid.io/dataset-id: default-demo}
    spec:
      mounts: [{mountPoint: "https://example.com/data/", name: data}]
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: settings}
    data: {mode: fast}
    ---
    apiVersion: data.fluid.io/v1alpha1
    kind: ThinRuntime
    metadata: {name: thin}
    ---
    apiVersion: data.fluid.io/v1alpha1
    kind: DataLoad
    metadata: {name: warm}
    spec: {dataset: {name: elsewhere}}
    """

  static let steps: [VerbStep] = [
    VerbStep(args: ["create", "-f", "MANIFEST"], code: 0),
    // kubectl's diff adds `annotations: {}` to a merged object that has none (an artefact of
    // how it hides its last-applied annotation), so it finds a difference where there is none.
    VerbStep(args: ["diff", "-f", "MANIFEST"], code: 0, peerExtra: ["--server-side", "--field-manager", "fluidctl"], peerCode: 1),
    VerbStep(args: ["diff", "-f", "CHANGED"], code: 1, peerExtra: ["--server-side", "--field-manager", "fluidctl"]),
    // Tables: a kind without printer columns has AGE; a column that finds nothing is empty.
    VerbStep(args: ["get", "thinruntimes"], code: 0),
    VerbStep(args: ["get", "dataloads", "-o", "wide"], code: 0),
    VerbStep(args: ["label", "dataset", "demo", "team=ml"], code: 0),
    VerbStep(args: ["label", "dataset", "demo", "team=ai"], code: 64),
    VerbStep(args: ["label", "dataset", "demo", "team=ai", "--overwrite"], code: 0),
    VerbStep(args: ["label", "dataset", "demo", "team=ai", "--overwrite"], code: 0),
    VerbStep(args: ["label", "dataset", "demo", "--list"], code: 0),
    VerbStep(args: ["label", "dataset/demo", "team-"], code: 0),
    VerbStep(args: ["label", "dataset/demo", "team-"], code: 0),
    VerbStep(args: ["label", "dataset", "nope", "a=b"], code: 3),
    VerbStep(args: ["label", "dataset", "demo", "Bad_=x"], code: 64),
    VerbStep(args: ["label", "datasets", "--all", "tier=gold"], code: 0),
    VerbStep(args: ["label", "datasets", "-l", "tier=gold", "tier=silver", "--overwrite", "-o", "name"], code: 0),
    VerbStep(args: ["annotate", "configmap", "settings", "owner=data"], code: 0),
    VerbStep(args: ["annotate", "configmap", "settings", "owner=data"], code: 0),
    VerbStep(args: ["annotate", "configmap", "settings", "owner=ml"], code: 64),
    VerbStep(args: ["annotate", "configmap", "settings", "--list"], code: 0),
    VerbStep(args: ["annotate", "configmap", "settings", "owner-"], code: 0),
    VerbStep(args: ["patch", "dataset", "demo", "--type", "merge", "-p", #"{"spec":{"placement":"Shared"}}"#], code: 0),
    VerbStep(args: ["patch", "dataset", "demo", "--type", "merge", "-p", #"{"spec":{"placement":"Shared"}}"#], code: 0),
    VerbStep(args: ["patch", "dataset", "demo", "--type", "json", "-p", #"[{"op":"replace","path":"/spec/placement","value":"Exclusive"}]"#], code: 0),
    VerbStep(args: ["patch", "dataset", "demo", "--type", "json", "-p", #"[{"op":"remove","path":"/spec/nope"}]"#], code: 64),
    VerbStep(args: ["patch", "dataset", "demo", "--type", "merge", "-p", #"{"spec":{"placement":"Wrong"}}"#], code: 64),
    VerbStep(args: ["patch", "configmap", "settings", "-p", #"{"data":{"mode":"safe"}}"#], code: 0),
    VerbStep(args: ["get", "configmap", "settings", "-o", "jsonpath={.data.mode}"], code: 0),
    VerbStep(args: ["wait", "configmap/settings", "--for=jsonpath={.data.mode}=safe", "--timeout=10s"], code: 0),
    VerbStep(args: ["wait", "configmaps", "--all", "--for=jsonpath={.data.mode}=safe", "--timeout=10s"], code: 0),
    VerbStep(args: ["wait", "configmaps", "-l", "nothing=here", "--for=jsonpath={.data.mode}=safe", "--timeout=1s"], code: 3, samePrint: false),
    VerbStep(args: ["wait", "configmap/settings", "--for=delete", "--timeout=1s"], code: 4),
    VerbStep(args: ["get", "dataset", "demo", "-o", "jsonpath={.spec.placement} {.metadata.labels}"], code: 0),
    VerbStep(args: ["diff", "-f", "MANIFEST"], code: 1, samePrint: false, peerExtra: ["--server-side", "--field-manager", "fluidctl"]),
    VerbStep(args: ["diff", "-f", "MISSING"], code: 64, peerExtra: ["--server-side"]),
  ]

  /// The manifest with the dataset's mount renamed and a ConfigMap that does not exist yet.
  static let changed = manifest.replacingOccurrences(of: "name: data}", with: "name: renamed}") + """

    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: fresh}
    data: {a: b}
    """

  /// A table with each age (`0s`, `12s`, `2m3s`) replaced by `AGE`: the two servers started
  /// a moment apart.
  static func maskingAges(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(separator: " ", omittingEmptySubsequences: false).map { word in
        word.wholeMatch(of: /[0-9]+[smhd]([0-9]+[smh])?/) != nil ? "AGE" : String(word)
      }.joined(separator: " ")
    }.joined(separator: "\n")
  }

  /// Every line of a command's output but a diff's unchanged context.
  static func changedLines(_ text: String) -> String {
    hunks(text).split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("@@") }.joined(separator: "\n")
  }

  /// A diff without its `diff`/`---`/`+++` lines, which name kubectl's temporary folders.
  static func hunks(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("diff -u") && !$0.hasPrefix("--- ") && !$0.hasPrefix("+++ ") }
      .map { $0.contains("creationTimestamp") || $0.contains("uid:") ? String($0.prefix(1)) + "(varies)" : String($0) }.joined(separator: "\n")
  }

  /// Runs the steps through `run` and returns each result.
  static func play(_ run: ([String]) throws -> Binary.Result, files: [String: String], peer: Bool = false) throws -> [Binary.Result] {
    try steps.map { step in try run(step.args.map { files[$0] ?? $0 } + (peer ? step.peerExtra : [])) }
  }

  @Test func sameAnswersOnBothBackendsAndAsKubectl() throws {
    let dir = TemporaryDirectory()
    let files = [
      "MANIFEST": dir.write("demo.yaml", Self.manifest), "CHANGED": dir.write("changed.yaml", Self.changed),
      "MISSING": dir.file("missing.yaml"),
    ]
    let embeddedDir = TemporaryDirectory()
    let embedded = try Self.play({ try Binary.run($0, environment: ["FLUIDCTL_SIM_STATE": embeddedDir.file("state.db"), "HOME": embeddedDir.path]) }, files: files)
    let served = try ServedCluster(TemporaryDirectory(), extra: ["--no-controllers"])
    defer { _ = served.stop() }
    let http = try Self.play({ try served.fluidctl($0) }, files: files)
    for (i, step) in Self.steps.enumerated() {
      #expect(embedded[i].code == step.code, "embedded: \(step): \(embedded[i].stderr)")
      #expect(http[i].code == step.code, "http: \(step): \(http[i].stderr)")
      // The embedded cluster runs Fluid's controllers (a status appears), the server does not:
      // diffs agree on the changed lines, the rest on every line.
      #expect(Self.maskingAges(Self.changedLines(embedded[i].stdout)) == Self.maskingAges(Self.changedLines(http[i].stdout)), "\(step): the backends differ")
    }
    guard let kubectl = kubectlPath else { return }
    let peer = try ServedCluster(TemporaryDirectory(), extra: ["--no-controllers"])
    defer { _ = peer.stop() }
    let theirs = try Self.play({ try Binary.run(executable: kubectl, $0, environment: peer.apiEnv) }, files: files)
    for (i, step) in Self.steps.enumerated() {
      #expect((theirs[i].code == 0) == ((step.peerCode ?? step.code) == 0), "kubectl: \(step): \(theirs[i].stderr)")
      guard step.samePrint else { continue }
      if step.args.first == "diff" {
        let kubectlChanges = Self.changedLines(theirs[i].stdout).split(separator: "\n").filter { $0 != "+  annotations: {}" }.joined(separator: "\n")
        #expect(Self.changedLines(http[i].stdout) == kubectlChanges, "\(step): the changes differ from kubectl's")
      } else if step.args.contains("--list") {
        // kubectl lists a Go map, in random order; fluidctl sorts the keys.
        #expect(http[i].stdout.split(separator: "\n").sorted() == theirs[i].stdout.split(separator: "\n").sorted(), "\(step): differs from kubectl's")
      } else if step.args.first == "get", !step.args.contains("-o") || step.args.contains("wide") {
        #expect(Self.maskingAges(http[i].stdout) == Self.maskingAges(theirs[i].stdout), "\(step): the table differs from kubectl's")
      } else {
        #expect(http[i].stdout == theirs[i].stdout, "\(step): stdout differs from kubectl's")
      }
    }
  }
}

/// `apply --prune` on both backends: prunes only what this field manager applied, matching
/// the selector, in the applied namespaces; dry runs name without deleting.
@Suite(.serialized) struct ApplyPruneTests {
  @Test func prunesOnlyWhatThisApplyCreated() throws {
    let dir = TemporaryDirectory()
    let both = dir.write("both.yaml", """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: a, labels: {app: x}}
      ---
      apiVersion: data.fluid.io/v1alpha1
      kind: Dataset
      metadata: {name: b, labels: {app: x}}
      spec:
        mounts: [{mountPoint: "https://example.com/data/", name: data}]
      """)
    let one = dir.write("one.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, labels: {app: x}}\n")
    let manual = dir.write("manual.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: manual, labels: {app: x}}\n")
    let other = dir.write("other.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other, labels: {app: z}}\n")
    let steps: [([String], Int32, String)] = [
      (["apply", "-f", both], 0, "configmap/a created\ndataset.data.fluid.io/b created\n"),
      (["create", "-f", manual], 0, "configmap/manual created\n"),
      (["apply", "-f", other], 0, "configmap/other created\n"),
      (["apply", "-f", one, "--prune"], 64, ""),
      (["apply", "-f", one, "--prune", "-l", "app=x", "--dry-run=server"], 0, "configmap/a serverside-applied (server dry run)\ndataset.data.fluid.io/b pruned (server dry run)\n"),
      (["apply", "-f", one, "--prune", "-l", "app=x"], 0, "configmap/a unchanged\ndataset.data.fluid.io/b pruned\n"),
      (["get", "configmaps", "-o", "name"], 0, "configmap/a\nconfigmap/manual\nconfigmap/other\n"),
      (["apply", "-f", one, "--prune", "--all", "--prune-allowlist", "core/v1/ConfigMap"], 0, "configmap/a unchanged\nconfigmap/other pruned\n"),
      (["apply", "-f", one, "--prune", "--all", "--prune-allowlist", "core/v1/Nope"], 3, ""),
    ]
    let embeddedDir = TemporaryDirectory()
    let served = try ServedCluster(TemporaryDirectory(), extra: ["--no-controllers"])
    defer { _ = served.stop() }
    let runners: [(String, ([String]) throws -> Binary.Result)] = [
      ("embedded", { try Binary.run($0, environment: ["FLUIDCTL_SIM_STATE": embeddedDir.file("state.db"), "HOME": embeddedDir.path]) }),
      ("http", { try served.fluidctl($0) }),
    ]
    for (backend, run) in runners {
      for (args, code, stdout) in steps {
        let r = try run(args)
        #expect(r.code == code, "\(backend): \(args): \(r.stderr)")
        #expect(r.stdout == stdout, "\(backend): \(args)")
      }
    }
  }
}

/// `logs` of a simulated loader through `sim serve`: fluidctl and kubectl print the same lines.
@Suite(.serialized, .enabled(if: kubectlPath != nil)) struct LogsPeerTests {
  @Test func loaderLogAsKubectlPrintsIt() throws {
    let dir = TemporaryDirectory()
    let state = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    #expect(try Binary.run(["sim", "init", "--speed", "200"], environment: state).code == 0)
    #expect(try Binary.run(["dataset", "create", "demo", "--mount", "oss://bucket/demo"], environment: state).code == 0)
    #expect(try Binary.run(["wait", "dataset/demo", "--for=phase=Bound", "--timeout", "30s"], environment: state).code == 0)
    #expect(try Binary.run(["load", "demo", "--name", "warm", "--wait", "--timeout", "60s"], environment: state).code == 0)
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    let pod = try served.fluidctl(["get", "pods", "-l", "role=dataload-pod", "-o", "name"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(pod.hasPrefix("pod/warm-loader-job-"), "\(pod)")
    let ours = try served.fluidctl(["logs", "dataload/warm"])
    let theirs = try Binary.run(executable: kubectlPath ?? "", ["logs", pod], environment: served.apiEnv)
    #expect(ours.code == 0 && theirs.code == 0, "\(ours.stderr)\(theirs.stderr)")
    #expect(ours.stdout == theirs.stdout)
    #expect(ours.stdout.contains("loaded ") && ours.stdout.hasSuffix("exiting: done\n"), "\(ours.stdout)")
    let tail = try Binary.run(executable: kubectlPath ?? "", ["logs", pod, "--tail", "1"], environment: served.apiEnv)
    #expect(tail.stdout == "exiting: done\n")
  }
}

/// kubectl's own create verbs against `sim serve`: they send protobuf for built-in kinds
/// (`kubectl autoscale` an autoscaling/v1 HPA, stored as v2); fluidctl's `get hpa` prints what
/// kubectl's does.
@Suite(.serialized, .enabled(if: kubectlPath != nil)) struct KubectlCreateVerbsTests {
  @Test func protobufBodiesAndTheV1Autoscaler() throws {
    let dir = TemporaryDirectory()
    let state = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    #expect(try Binary.run(["dataset", "create", "demo", "--mount", "oss://bucket/demo"], environment: state).code == 0)
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    func kubectl(_ args: [String]) throws -> Binary.Result {
      try Binary.run(executable: kubectlPath ?? "", args, environment: served.apiEnv)
    }
    let steps: [([String], String)] = [
      (["create", "namespace", "team-a"], "namespace/team-a created\n"),
      (["create", "secret", "generic", "creds", "-n", "team-a", "--from-literal=token=abc"], "secret/creds created\n"),
      (["create", "configmap", "settings", "--from-literal=mode=fast"], "configmap/settings created\n"),
      (["autoscale", "alluxioruntime", "demo", "--min", "2", "--max", "5", "--cpu-percent", "60"], "horizontalpodautoscaler.autoscaling/demo autoscaled\n"),
    ]
    for (args, out) in steps {
      let r = try kubectl(args)
      #expect(r.code == 0 && r.stdout == out, "\(args): \(r.stderr)")
    }
    // (fluidctl never prints Secret data; kubectl reads it back.)
    #expect(try kubectl(["get", "secret", "creds", "-n", "team-a", "-o", "jsonpath={.data.token}"]).stdout == "YWJj")
    #expect(try served.fluidctl(["get", "configmap", "settings", "-o", "jsonpath={.data.mode}"]).stdout == "fast")
    let hpa = try JSONParser.parse(try served.fluidctl(["get", "hpa", "demo", "-o", "json"]).stdout)
    #expect(hpa["apiVersion"] == "autoscaling/v2")
    #expect(hpa["spec"]?["minReplicas"] == 2 && hpa["spec"]?["maxReplicas"] == 5)
    #expect(hpa["spec"]?["metrics"] == [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 60]]]])
    let theirs = try kubectl(["get", "hpa"])
    let ours = try served.fluidctl(["get", "hpa"])
    #expect(VerbPeerTests.maskingAges(ours.stdout) == VerbPeerTests.maskingAges(theirs.stdout), "\(ours.stdout)\n\(theirs.stdout)")
    #expect(ours.stdout.contains("AlluxioRuntime/demo   cpu: <unknown>/60%   2         5"), "\(ours.stdout)")
    // A schedule on top (kubernetes-cronhpa-controller's kind, served like a CRD): kubectl finds
    // it by its short name and prints what fluidctl prints.
    let cron = try served.fluidctl(["autoscale", "demo", "--name", "peaks", "--cron", "0 8 * * *=4"])
    #expect(cron.stdout == "cronhorizontalpodautoscaler.autoscaling.alibabacloud.com/peaks created\n", "\(cron.stderr)")
    let theirCrons = try kubectl(["get", "cronhpa"])
    let ourCrons = try served.fluidctl(["get", "cronhpa"])
    #expect(theirCrons.code == 0 && VerbPeerTests.maskingAges(theirCrons.stdout) == VerbPeerTests.maskingAges(ourCrons.stdout), "\(ourCrons.stdout)")
    let schedule = try kubectl(["get", "cronhpa", "peaks", "-o", "jsonpath={.spec.jobs[0].schedule}"]).stdout
    #expect(schedule == "0 0 8 * * *")
  }
}
