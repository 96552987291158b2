import FluidKit
import FluidModel
import Foundation

/// The objects one scenario case creates, as a user would: the Dataset and its runtime, the
/// warm-up DataLoad, the HorizontalPodAutoscaler, and each burst's reader pods.
struct CaseSetup {
  let cluster: EmbeddedCluster
  let workload: Workload
  let config: CacheConfig
  /// The dataset's size in bytes.
  let size: Double

  var warmUpName: String { "\(workload.dataset)-warmup" }

  /// Each tier's path on the worker's node.
  static func path(ofTier tier: String) -> String {
    switch tier {
    case "MEM": return "/dev/shm"
    case "SSD": return "/var/lib/fluid/ssd"
    default: return "/var/lib/fluid/hdd"
    }
  }

  /// Bytes each of `workers` caches: the dataset's share plus 10 %, whole GiB, at least 1 GiB.
  static func quotaGiB(size: Double, workers: Int) -> Int64 {
    max(1, Int64(saturating: (size / Double(max(workers, 1)) * 1.1 / 1_073_741_824).rounded(.up)))
  }

  /// Applies the Dataset and its runtime with `config.workers` replicas on `config.tier`;
  /// returns the runtime's kind.
  func askForCache() async throws -> ResourceDescriptor {
    let name = workload.dataset
    _ = try await cluster.apply(Dataset.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": .string(name)],
      "spec": ["mounts": [["mountPoint": .string(workload.mount), "name": .string(name)]]],
    ], options: ApplyOptions())
    let engine = Engine.forType(workload.runtime) ?? Engine.table[0]
    guard let rd = FluidCRDs.descriptors.first(where: { $0.kind == engine.kind }) else { throw FluidError.usage("unknown runtime \(workload.runtime)") }
    let quota = Self.quotaGiB(size: size, workers: config.workers)
    _ = try await cluster.apply(rd, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": .string(engine.kind), "metadata": ["name": .string(name)],
      "spec": [
        "replicas": .int(Int64(config.workers)),
        "tieredstore": ["levels": [["mediumtype": .string(config.tier), "path": .string(Self.path(ofTier: config.tier)), "quota": .string("\(quota)Gi")]]],
        "worker": ["nodeSelector": .object(workload.workerNodeSelector.mapValues { .string($0) })],
      ],
    ], options: ApplyOptions())
    return rd
  }

  func datasetPhase() async throws -> String? {
    try await cluster.get(Dataset.descriptor, namespace: "default", name: workload.dataset)["status"]?["phase"]?.stringValue
  }

  /// The share of the dataset cached, 0...1, as the dataset's status reports it.
  func cachedFraction() async throws -> Double {
    guard config.workers > 0, size > 0 else { return 0 }
    let ds = try await cluster.get(Dataset.descriptor, namespace: "default", name: workload.dataset)
    return min(1, (FluidFormat.parseBytes(ds["status"]?["cacheStates"]?["cached"]?.stringValue) ?? 0) / size)
  }

  func startWarmUp() async throws {
    _ = try await cluster.create(DataLoad.descriptor, namespace: "default", object: [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad", "metadata": ["name": .string(warmUpName)],
      "spec": ["dataset": ["name": .string(workload.dataset), "namespace": "default"]],
    ], options: WriteOptions())
  }

  func warmUpDone() async throws -> Bool {
    try await cluster.get(DataLoad.descriptor, namespace: "default", name: warmUpName)["status"]?["phase"] == "Complete"
  }

  /// An HPA on the runtime's scale subresource, driven by the dataset's `cache_throughput`.
  func addAutoscaler(_ a: Workload.Autoscale, on rd: ResourceDescriptor) async throws {
    let name = workload.dataset
    _ = try await cluster.create(CoreKinds.horizontalPodAutoscaler, namespace: "default", object: [
      "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": .string(name)],
      "spec": [
        "scaleTargetRef": ["apiVersion": .string(rd.apiVersion), "kind": .string(rd.kind), "name": .string(name)],
        "minReplicas": .int(Int64(a.min)), "maxReplicas": .int(Int64(a.max)),
        "metrics": [[
          "type": "Object",
          "object": [
            "metric": ["name": "cache_throughput"],
            "describedObject": ["apiVersion": .string(Dataset.descriptor.apiVersion), "kind": "Dataset", "name": .string(name)],
            "target": ["type": "AverageValue", "averageValue": .string(a.throughputPerWorker)],
          ],
        ]],
      ],
    ], options: WriteOptions())
  }

  /// Creates the burst's reader pods: through the dataset's PVC with a cache, straight from
  /// the UFS without one.
  func startBurst(_ b: Workload.Burst, index: Int) async throws {
    for i in 0..<b.pods {
      var annotations: JSONValue = [
        .init(stringLiteral: ReadAnnotations.bytes): .string(String(format: "%.0f", size * b.fraction)),
        .init(stringLiteral: ReadAnnotations.passes): .string(String(b.reads)),
      ]
      var pod: JSONValue = [
        "apiVersion": "v1", "kind": "Pod",
        "metadata": ["name": .string("reader-\(index)-\(i)"), "labels": ["app": "reader", "burst": .string(b.name)]],
        "spec": [
          "containers": [["name": "main", "image": "model-server:sim"]], "restartPolicy": "Never",
          "nodeSelector": .object(workload.podNodeSelector.mapValues { .string($0) }),
        ],
      ]
      if config.workers == 0 {
        annotations[ReadAnnotations.url] = .string(workload.mount)
      } else {
        pod[path: ["spec", "volumes"]] = [["name": "data", "persistentVolumeClaim": ["claimName": .string(workload.dataset)]]]
      }
      pod[path: ["metadata", "annotations"]] = annotations
      _ = try await cluster.create(CoreKinds.pod, namespace: "default", object: pod, options: WriteOptions())
    }
  }
}
