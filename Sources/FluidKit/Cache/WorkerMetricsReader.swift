public import FluidModel

/// Reads cache workers' metrics through the pod proxy, a few at a time.
public struct WorkerMetricsReader: Sendable {
  public let client: any ClusterClient
  /// Requests in flight at once.
  public var concurrency = 8

  public init(client: any ClusterClient) { self.client = client }

  /// The reading of each ready worker of a `runtimeKind` runtime, by pod name. Workers that
  /// are not ready, and runtimes whose engine serves no metrics, are not read (absent).
  public func read(runtimeKind: String, pods: [JSONValue]) async -> [String: CacheReport.MetricsReading] {
    guard let endpoint = WorkerMetricsEndpoint.of(runtimeKind: runtimeKind) else { return [:] }
    let targets = pods.filter(CacheReport.isReady).compactMap { pod -> (String, String, Int)? in
      guard let name = pod["metadata"]?["name"]?.stringValue, let ns = pod["metadata"]?["namespace"]?.stringValue else { return nil }
      return (ns, name, endpoint.port(of: pod))
    }
    var readings: [String: CacheReport.MetricsReading] = [:]
    let client = self.client
    @Sendable func fetch(_ t: (String, String, Int)) async -> Reading {
      do {
        return Reading(pod: t.1, text: try await client.podProxyGet(namespace: t.0, pod: t.1, port: t.2, path: endpoint.path), failure: nil)
      } catch {
        return Reading(pod: t.1, text: nil, failure: Self.reason(error))
      }
    }
    await withTaskGroup(of: Reading.self) { group in
      var next = 0
      while next < min(concurrency, targets.count) {
        let t = targets[next]
        group.addTask { await fetch(t) }
        next += 1
      }
      while let r = await group.next() {
        readings[r.pod] = r.text.map { .success($0) } ?? .failure(CacheReport.MetricsFailure(r.failure ?? "metrics unreadable"))
        if next < targets.count {
          let t = targets[next]
          group.addTask { await fetch(t) }
          next += 1
        }
      }
    }
    return readings
  }

  /// One read's outcome (a plain struct: the task group's element).
  struct Reading: Sendable {
    var pod: String
    var text: String?
    var failure: String?
  }

  /// Why a metrics read failed, in a few words.
  static func reason(_ error: any Error) -> String {
    switch error {
    case FluidError.api(let s) where s.code == 403: return "forbidden: no permission for pods/proxy"
    case FluidError.api(let s) where s.code == 404: return "no metrics at the worker's endpoint"
    case FluidError.api(let s): return s.message
    case FluidError.unreachable(let m): return m
    default: return "metrics unreadable"
    }
  }
}
