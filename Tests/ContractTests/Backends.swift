import FluidHTTP
import FluidKit
import FluidModel
import FluidServer
import FluidSimulator
import FluidTestSupport
import Foundation

/// The two implementations of the cluster-client seam the contract runs against.
enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
  /// The embedded cluster, called in-process.
  case embedded
  /// The HTTP client (libcurl) talking to `sim serve`'s server over loopback.
  case http

  var description: String { rawValue }
}

/// A fresh cluster behind one backend. Call `close()` when done.
final class ContractFixture: @unchecked Sendable {
  let dir = TemporaryDirectory()
  let clock = ManualClock()
  let cluster: EmbeddedCluster
  let client: any ClusterClient
  private let server: APIServer?

  /// `scenario`: a cluster with that scenario's nodes and a manual simulated clock (`updateClock`).
  init(_ backend: Backend, faults: FaultInjector? = nil, retainedChanges: Int64 = 10_000, scenario: Scenario? = nil) async throws {
    let clock = self.clock
    if let scenario {
      var simulated = SimulationClock.following(wall: clock.now())
      simulated.mode = .manual
      cluster = try EmbeddedCluster.initialize(path: dir.file("state.db"), scenario: scenario, clock: simulated, now: { clock.now() })
    } else {
      cluster = try EmbeddedCluster(path: dir.file("state.db"), retainedChanges: retainedChanges, now: { clock.now() })
    }
    switch backend {
    case .embedded:
      client = cluster
      server = nil
    case .http:
      let server = try await APIServer.start(
        router: APIRouter(client: cluster, faults: faults, bookmarkInterval: .milliseconds(200)), host: "127.0.0.1", port: 0)
      self.server = server
      let client = try KubernetesClient(
        configuration: ClientConfiguration(server: "http://127.0.0.1:\(server.port)", origin: "test"))
      client.maxRetryWait = 0.01
      self.client = client
    }
  }

  func close() async { await server?.stop() }

  /// Dataset `demo` bound to an AlluxioRuntime of one worker with 1 GiB of memory, after 300
  /// simulated seconds (needs a `scenario:` fixture).
  func bindDemo() async throws {
    _ = try await client.create(datasets, namespace: "default", object: dataset("demo"), options: WriteOptions())
    let runtime: JSONValue = [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "metadata": ["name": "demo"],
      "spec": ["replicas": 1, "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "1Gi"]]]],
    ]
    _ = try await client.create(alluxio, namespace: "default", object: runtime, options: WriteOptions())
    try advance(300)
  }

  /// DataLoad `warm` of the whole of dataset `demo`.
  func startLoad() async throws {
    let loads = ResourceRegistry.standard.resolve("dataloads")!
    let load: JSONValue = [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": "warm"],
      "spec": ["dataset": ["name": "demo", "namespace": "default"]],
    ]
    _ = try await client.create(loads, namespace: "default", object: load, options: WriteOptions())
  }

  /// Moves the manual clock by `seconds`, `steps` times, letting the world catch up each time.
  func advance(_ seconds: Double, steps: Int = 1) throws {
    for _ in 0..<steps {
      try cluster.updateClock { clock, wall in clock.advance(seconds, wall: wall) }
      try cluster.advanceWorld()
    }
  }
}

let datasets = ResourceRegistry.standard.resolve("datasets")!
let alluxio = ResourceRegistry.standard.resolve("alluxioruntimes")!
let configmaps = ResourceRegistry.standard.resolve("configmaps")!

func dataset(_ name: String, labels: [String: String] = [:]) -> JSONValue {
  [
    "apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset",
    "metadata": ["name": .string(name), "labels": .object(labels.mapValues { .string($0) })],
    "spec": ["mounts": [["mountPoint": "https://example.com/data/", "name": "data"]]],
  ]
}

