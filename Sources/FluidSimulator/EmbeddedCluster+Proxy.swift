import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  /// The groups of the kinds it stores, and the custom metrics its HPA controller reads
  /// (`custom.metrics.k8s.io`); not `metrics.k8s.io`: no CPU or memory is modelled.
  public func servesAPIGroup(_ group: String) async throws -> Bool {
    group == "custom.metrics.k8s.io" || ResourceRegistry.standard.descriptors.contains { $0.group == group }
  }

  /// The pod proxy of the simulated nodes: cache workers answer their engine's metrics
  /// endpoint (`WorkerMetricsEndpoint`) with what the data plane says they hold; every other
  /// port refuses the connection, as kube-apiserver reports it (503).
  public func podProxyGet(namespace: String, pod name: String, port: Int, path: String) async throws -> String {
    let pod = try await get(CoreKinds.pod, namespace: namespace, name: name)
    let ip = pod["status"]?["podIP"]?.stringValue ?? pod["status"]?["hostIP"]?.stringValue ?? ""
    func refused(_ why: String) -> FluidError {
      .api(APIStatus(code: 503, reason: "ServiceUnavailable", message: "error trying to reach service: \(why)"))
    }
    guard pod["status"]?["phase"]?.stringValue == "Running", !ip.isEmpty else {
      throw refused("pod \(name) is not running")
    }
    let role = pod["metadata"]?["labels"]?["role"]?.stringValue ?? ""
    let endpoint: WorkerMetricsEndpoint? =
      switch role {
      case "alluxio-worker": .alluxio
      case "juicefs-worker": .juicefs
      default: nil
      }
    guard let endpoint, endpoint.port(of: pod) == port else {
      throw refused("dial tcp \(ip):\(port): connect: connection refused")
    }
    let normalized = "/" + path.split(separator: "/").joined(separator: "/")
    guard normalized == "/" + endpoint.path.split(separator: "/").joined(separator: "/") else {
      throw FluidError.api(APIStatus(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
    }
    let annotations = pod["metadata"]?["annotations"]
    let tiers: [(medium: String, bytes: Double)] = [
      ("MEM", SimPodAnnotations.cacheMem), ("SSD", SimPodAnnotations.cacheSSD), ("HDD", SimPodAnnotations.cacheHDD),
    ].compactMap { medium, key in
      guard let v = annotations?[key]?.stringValue.flatMap(Double.init), v > 0 else { return nil }
      return (medium, v)
    }
    let used = try await heldBytes(pod, role: role, namespace: namespace)
    return endpoint.exposition(tierCapacity: tiers, usedBytes: used)
  }

  /// What a worker holds: its recorded bytes plus its share of what loads in flight moved since
  /// they were recorded, which the dataset's `cached` (refreshed every 5 s while a load runs)
  /// already counts. Shares follow the recorded bytes (evenly when nothing is recorded yet).
  func heldBytes(_ pod: JSONValue, role: String, namespace: String) async throws -> Double {
    func stored(_ p: JSONValue) -> Double { p["metadata"]?["annotations"]?[cachedBytesAnnotation]?.stringValue.flatMap(Double.init) ?? 0 }
    let own = stored(pod)
    guard let release = pod["metadata"]?["labels"]?["release"]?.stringValue,
      let ds = try? await get(Dataset.descriptor, namespace: namespace, name: release),
      let cached = FluidFormat.parseBytes(ds["status"]?["cacheStates"]?["cached"]?.stringValue)
    else { return own }
    let selector = try LabelSelector(parsing: "release=\(release),role=\(role)")
    let peers = try await list(CoreKinds.pod, namespace: namespace, options: ListOptions(labelSelector: selector)).items.filter(CacheReport.isReady)
    let total = peers.reduce(0.0) { $0 + stored($1) }
    guard cached > total, !peers.isEmpty else { return own }
    return total > 0 ? cached * own / total : cached / Double(peers.count)
  }
}
