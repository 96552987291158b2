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
    await withTaskGroup(of: (String, CacheReport.MetricsReading).self) { group in
      var next = 0
      func start() {
        guard next < targets.count else { return }
        let (ns, name, port) = targets[next]
        next += 1
        group.addTask {
          do {
            return (name, .success(try await client.podProxyGet(namespace: ns, pod: name, port: port, path: endpoint.path)))
          } catch {
            return (name, .failure(CacheReport.MetricsFailure(Self.reason(error))))
          }
        }
      }
      for _ in 0..<concurrency { start() }
      while let (name, reading) = await group.next() {
        readings[name] = reading
        start()
      }
    }
    return readings
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
