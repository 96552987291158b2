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
    """

  static let steps: [VerbStep] = [
    VerbStep(args: ["create", "-f", "MANIFEST"], code: 0),
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
    VerbStep(args: ["get", "dataset", "demo", "-o", "jsonpath={.spec.placement} {.metadata.labels}"], code: 0),
  ]

  /// Runs the steps through `run` and returns each result.
  static func play(_ run: ([String]) throws -> Binary.Result, manifest: String) throws -> [Binary.Result] {
    try steps.map { step in try run(step.args.map { $0 == "MANIFEST" ? manifest : $0 }) }
  }

  @Test func sameAnswersOnBothBackendsAndAsKubectl() throws {
    let dir = TemporaryDirectory()
    let manifest = dir.write("demo.yaml", Self.manifest)
    let embeddedDir = TemporaryDirectory()
    let embedded = try Self.play({ try Binary.run($0, environment: ["FLUIDCTL_SIM_STATE": embeddedDir.file("state.db"), "HOME": embeddedDir.path]) }, manifest: manifest)
    let served = try ServedCluster(TemporaryDirectory(), extra: ["--no-controllers"])
    defer { _ = served.stop() }
    let http = try Self.play({ try served.fluidctl($0) }, manifest: manifest)
    for (i, step) in Self.steps.enumerated() {
      #expect(embedded[i].code == step.code, "embedded: \(step): \(embedded[i].stderr)")
      #expect(http[i].code == step.code, "http: \(step): \(http[i].stderr)")
      #expect(embedded[i].stdout == http[i].stdout, "\(step): the backends differ")
    }
    guard let kubectl = kubectlPath else { return }
    let peer = try ServedCluster(TemporaryDirectory(), extra: ["--no-controllers"])
    defer { _ = peer.stop() }
    let theirs = try Self.play({ try Binary.run(executable: kubectl, $0, environment: peer.apiEnv) }, manifest: manifest)
    for (i, step) in Self.steps.enumerated() {
      #expect((theirs[i].code == 0) == (step.code == 0), "kubectl: \(step): \(theirs[i].stderr)")
      if step.samePrint { #expect(http[i].stdout == theirs[i].stdout, "\(step): stdout differs from kubectl's") }
    }
  }
}
