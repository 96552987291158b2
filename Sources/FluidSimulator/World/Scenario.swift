import FluidKit
import FluidModel
import Foundation

/// A simulated cluster to start from: nodes, UFS endpoints, and (for `sim run`) a workload.
/// Built-in profiles are below; files use the same shape in YAML (examples/scenarios/).
public struct Scenario: Sendable, Equatable {
  public struct NodeGroup: Sendable, Equatable {
    public var namePrefix: String
    public var count: Int
    public var cpu: Int
    public var memoryBytes: Double
    public var ssdBytes: Double
    public var hddBytes: Double
    /// NIC bandwidth in bits per second.
    public var nicBitsPerSecond: Double
    public var zone: String
    public var labels: [String: String]
    public var taints: [JSONValue]
  }

  public struct UFSEndpoint: Sendable, Equatable {
    public init(prefix: String, totalBytes: Double, files: Int64, bitsPerSecond: Double, perConnectionBitsPerSecond: Double) {
      self.prefix = prefix
      self.totalBytes = totalBytes
      self.files = files
      self.bitsPerSecond = bitsPerSecond
      self.perConnectionBitsPerSecond = perConnectionBitsPerSecond
    }
    /// `oss://bucket`, `s3://bucket`, `https://host`...
    public var prefix: String
    public var totalBytes: Double
    public var files: Int64
    /// Aggregate egress of the endpoint, bits per second.
    public var bitsPerSecond: Double
    /// Per-connection limit, bits per second (0: none).
    public var perConnectionBitsPerSecond: Double
  }

  public var name: String
  public var nodeGroups: [NodeGroup]
  public var ufs: [UFSEndpoint]
  /// The workload `sim run` drives (nil: none).
  public var workload: Workload?

  public var nodeCount: Int { nodeGroups.reduce(0) { $0 + $1.count } }
}

extension Scenario.UFSEndpoint {
  var json: JSONValue {
    [
      "prefix": .string(prefix), "totalBytes": .double(totalBytes), "files": .int(files),
      "bitsPerSecond": .double(bitsPerSecond), "perConnectionBitsPerSecond": .double(perConnectionBitsPerSecond),
    ]
  }

  init?(json: JSONValue) {
    guard let p = json["prefix"]?.stringValue else { return nil }
    self.init(
      prefix: p, totalBytes: json["totalBytes"]?.doubleValue ?? 0, files: json["files"]?.intValue ?? 0,
      bitsPerSecond: json["bitsPerSecond"]?.doubleValue ?? 0,
      perConnectionBitsPerSecond: json["perConnectionBitsPerSecond"]?.doubleValue ?? 0)
  }
}

extension Scenario {
  static let gib = 1_073_741_824.0
  static let gbps = 1e9

  /// The default: three laptop-sized nodes, what a new embedded cluster starts with.
  public static let laptop = Scenario(
    name: "laptop",
    nodeGroups: [
      NodeGroup(
        namePrefix: "sim-node-", count: 3, cpu: 8, memoryBytes: 32 * gib, ssdBytes: 500 * gib, hddBytes: 0,
        nicBitsPerSecond: 10 * gbps, zone: "zone-a", labels: [:], taints: [])
    ],
    ufs: [], workload: nil)

  /// A 100-node GPU cluster: 8 GPUs, 1 TiB memory, 7 TiB NVMe and a 25 Gbps NIC per node.
  public static let gpuCluster = Scenario(
    name: "gpu-cluster",
    nodeGroups: [
      NodeGroup(
        namePrefix: "gpu-node-", count: 100, cpu: 96, memoryBytes: 1024 * gib, ssdBytes: 7168 * gib, hddBytes: 0,
        nicBitsPerSecond: 25 * gbps, zone: "zone-a", labels: ["nvidia.com/gpu.present": "true"], taints: [])
    ],
    ufs: [], workload: nil)

  /// 100 pods each read a 30 GB model from an OSS bucket capped at 10 Gbps; 10 cache workers
  /// with 25 Gbps NICs; pods have 10 Gbps NICs.
  public static let serverlessModelLoad = Scenario(
    name: "serverless-model-load",
    nodeGroups: [
      NodeGroup(
        namePrefix: "cache-node-", count: 10, cpu: 32, memoryBytes: 256 * gib, ssdBytes: 2048 * gib, hddBytes: 0,
        nicBitsPerSecond: 25 * gbps, zone: "zone-a", labels: ["role": "cache"], taints: []),
      NodeGroup(
        namePrefix: "gpu-node-", count: 100, cpu: 32, memoryBytes: 256 * gib, ssdBytes: 1024 * gib, hddBytes: 0,
        nicBitsPerSecond: 10 * gbps, zone: "zone-a", labels: ["role": "inference"], taints: []),
    ],
    ufs: [
      UFSEndpoint(prefix: "oss://models", totalBytes: 30e9, files: 1, bitsPerSecond: 10 * gbps, perConnectionBitsPerSecond: 0)
    ],
    workload: Workload(
      dataset: "model", mount: "oss://models/llm-30b", workers: 10, workerNodeSelector: ["role": "cache"],
      podNodeSelector: ["role": "inference"], bursts: [.init(name: "burst", pods: 100)]))

  public static let builtIn: [Scenario] = [.laptop, .gpuCluster, .serverlessModelLoad]

  public static func named(_ name: String) -> Scenario? { builtIn.first { $0.name == name } }
}
