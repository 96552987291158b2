import FluidKit
import FluidModel
import Foundation

/// Annotations that carry the simulated hardware of a node (beyond what a Node object holds).
public enum SimAnnotations {
  public static let nicBandwidth = "sim.fluidctl.io/nic-bits-per-second"
  public static let ssdBytes = "sim.fluidctl.io/ssd-bytes"
  public static let hddBytes = "sim.fluidctl.io/hdd-bytes"
}

extension Scenario {
  /// The Node objects of this scenario, in name order.
  public func nodes(createdAt: Date) -> [JSONValue] {
    var out: [JSONValue] = []
    var index = 0
    for g in nodeGroups {
      for i in 1...max(g.count, 1) where g.count > 0 {
        index += 1
        let name = "\(g.namePrefix)\(i)"
        var labels: JSONObject = [
          "kubernetes.io/hostname": .string(name), "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
          "topology.kubernetes.io/zone": .string(g.zone),
        ]
        for (k, v) in g.labels { labels[k] = .string(v) }
        let memory = Self.quantityText(g.memoryBytes)
        let disk = Self.quantityText(max(g.ssdBytes + g.hddBytes, 100 * Self.gib))
        let capacity: JSONValue = [
          "cpu": .string(String(g.cpu)), "memory": .string(memory), "ephemeral-storage": .string(disk), "pods": "110",
        ]
        var node: JSONValue = [
          "apiVersion": "v1", "kind": "Node",
          "metadata": [
            "name": .string(name), "labels": .object(labels),
            "annotations": [
              .init(stringLiteral: SimAnnotations.nicBandwidth): .string(String(Int64(g.nicBitsPerSecond))),
              .init(stringLiteral: SimAnnotations.ssdBytes): .string(String(Int64(g.ssdBytes))),
              .init(stringLiteral: SimAnnotations.hddBytes): .string(String(Int64(g.hddBytes))),
            ],
          ],
          "spec": [:],
          "status": [
            "capacity": capacity, "allocatable": capacity,
            "conditions": [[
              "type": "Ready", "status": "True", "reason": "KubeletReady", "message": "kubelet is posting ready status",
              "lastHeartbeatTime": .string(Timestamps.format(createdAt)), "lastTransitionTime": .string(Timestamps.format(createdAt)),
            ]],
            "addresses": [
              ["type": "InternalIP", "address": .string("10.0.\(index / 250).\(index % 250 + 1)")],
              ["type": "Hostname", "address": .string(name)],
            ],
            "nodeInfo": [
              "kubeletVersion": "v1.32.0-fluidctl-sim", "osImage": "fluidctl simulated node", "architecture": "amd64",
              "operatingSystem": "linux", "containerRuntimeVersion": "sim://1.0", "kernelVersion": "6.1.0-sim",
              // Derived from the name, so that a node keeps them; kubelet stopped setting
              // kubeProxyVersion in 1.31 (an empty string).
              "machineID": .string(EmbeddedCluster.uuid(from: "machine/\(name)").replacingOccurrences(of: "-", with: "")),
              "systemUUID": .string(EmbeddedCluster.uuid(from: "system/\(name)")),
              "bootID": .string(EmbeddedCluster.uuid(from: "boot/\(name)")), "kubeProxyVersion": "",
            ],
          ],
        ]
        if !g.taints.isEmpty { node[path: ["spec", "taints"]] = .array(g.taints) }
        out.append(node)
      }
    }
    return out
  }

  /// A byte count as a Kubernetes quantity (`32Gi`).
  static func quantityText(_ bytes: Double) -> String {
    let gi = bytes / gib
    if gi == gi.rounded() { return "\(Int64(saturating: gi))Gi" }
    return "\(Int64(saturating: bytes / 1_048_576))Mi"
  }
}
