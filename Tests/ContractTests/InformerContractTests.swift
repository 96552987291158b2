import FluidHTTP
import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// The shared Informer on both backends: first sync, watch events into the cache, a relist
/// after 410 that reports only the difference, and reconnection with backoff.
@Suite struct InformerContractTests {
  static func cm(_ name: String, _ value: String = "v") -> JSONValue {
    ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)], "data": ["k": .string(value)]]
  }

  static func names(_ events: [WatchEvent]) -> [String] {
    events.map { "\($0.type.rawValue) \($0.object["metadata"]?["name"]?.stringValue ?? "")" }
  }

  @Test(arguments: Backend.allCases)
  func syncsThenFollowsWatchEvents(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend)
    let c = f.client
    _ = try await c.create(configmaps, namespace: "default", object: Self.cm("a"), options: WriteOptions())
    _ = try await c.create(configmaps, namespace: "default", object: Self.cm("b"), options: WriteOptions())
    var log: [String] = []
    var final: [String] = []
    let informer = Informer(client: c, resource: configmaps, namespace: "default")
    try await informer.run { update, store in
      switch update {
      case .synced(let changes):
        log += Self.names(changes)
        _ = try await c.patch(configmaps, namespace: "default", name: "a", mergePatch: ["data": ["k": "v2"]], subresource: nil, options: WriteOptions())
        _ = try await c.delete(configmaps, namespace: "default", name: "b", options: DeleteOptions())
        _ = try await c.create(configmaps, namespace: "default", object: Self.cm("c"), options: WriteOptions())
      case .event(let e): log += Self.names([e])
      case .connection: break
      }
      final = store.items.compactMap { $0["metadata"]?["name"]?.stringValue }
      return log.count == 5
    }
    #expect(log == ["ADDED a", "ADDED b", "MODIFIED a", "DELETED b", "ADDED c"])
    #expect(final == ["a", "c"])
    await f.close()
  }

  /// Starting from a listing whose resourceVersion the server compacted: the informer relists
  /// and reports what changed since that listing, nothing more.
  @Test(arguments: Backend.allCases)
  func relistsAfterExpiryAndReportsTheDifference(_ backend: Backend) async throws {
    let f = try await ContractFixture(backend, retainedChanges: 3)
    let c = f.client
    let kept = try await c.create(configmaps, namespace: "default", object: Self.cm("kept"), options: WriteOptions())
    let gone = try await c.create(configmaps, namespace: "default", object: Self.cm("gone"), options: WriteOptions())
    let old = try await c.list(configmaps, namespace: "default", options: ListOptions())
    _ = try await c.delete(configmaps, namespace: "default", name: "gone", options: DeleteOptions())
    for i in 0..<6 { _ = try await c.create(configmaps, namespace: "default", object: Self.cm("new\(i)"), options: WriteOptions()) }
    var reports: [[String]] = []
    let informer = Informer(client: c, resource: configmaps, namespace: "default")
    try await informer.run(from: ([kept, gone], old.resourceVersion)) { update, store in
      if case .synced(let changes) = update { reports.append(Self.names(changes)) }
      return reports.count == 2
    }
    #expect(reports.first == [])
    #expect(reports.last == ["DELETED gone"] + (0..<6).map { "ADDED new\($0)" })
    await f.close()
  }

  /// A server that cannot be reached: with backoff the informer reports `reconnecting` with a
  /// growing delay and keeps trying; without it the failure ends `run`.
  @Test func reportsReconnectingWithBackoff() async throws {
    let client = try KubernetesClient(configuration: ClientConfiguration(server: "http://127.0.0.1:1", origin: "test"))
    client.maxRetryWait = 0.01
    var states: [InformerConnection] = []
    let informer = Informer(client: client, resource: configmaps, namespace: "default", retry: .backoff(initial: 0.01, maximum: 0.02))
    try await informer.run { update, _ in
      if case .connection(let s) = update { states.append(s) }
      return states.count == 3
    }
    let delays = states.compactMap { s -> Double? in
      if case .reconnecting(_, let delay, _) = s { return delay }
      return nil
    }
    #expect(delays == [0.01, 0.02, 0.02])
    await #expect(throws: FluidError.self) {
      try await Informer(client: client, resource: configmaps, namespace: "default").run { _, _ in false }
    }
  }
}
