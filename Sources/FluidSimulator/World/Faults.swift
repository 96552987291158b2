import FluidKit
import FluidModel
import Foundation

/// Faults injected into the embedded cluster (`fluidctl sim fault ...`), persisted with it.
public struct Faults: Sendable, Equatable {
  /// UFS prefixes that answer nothing.
  public var ufsDown: Set<String> = []
  /// UFS prefix → slowdown factor (bandwidth divided by it).
  public var ufsSlow: [String: Double] = [:]

  public init() {}

  var json: JSONValue {
    ["ufsDown": .array(ufsDown.sorted().map { .string($0) }), "ufsSlow": .object(ufsSlow.mapValues { .double($0) })]
  }

  init(json: JSONValue?) {
    ufsDown = Set((json?["ufsDown"]?.arrayValue ?? []).compactMap(\.stringValue))
    ufsSlow = (json?["ufsSlow"]?.objectValue ?? [:]).compactMapValues(\.doubleValue)
  }

  /// Whether reads from `url` fail.
  public func isDown(_ url: String) -> Bool { ufsDown.contains { url.hasPrefix($0) } }

  /// The factor `url`'s bandwidth is divided by (1 when not slowed).
  public func slowdown(_ url: String) -> Double {
    ufsSlow.filter { url.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }?.value ?? 1
  }
}

extension EmbeddedCluster {
  public func faults() throws -> Faults { try locked { Faults(json: try store.simState("faults")) } }

  /// Changes the injected faults; the data plane reconsiders every transfer at once.
  public func updateFaults(_ change: (inout Faults) -> Void) throws {
    try locked {
      try store.writeTransaction {
        var f = Faults(json: try store.simState("faults"))
        change(&f)
        try store.setSimState("faults", f.json)
        try store.setSimState("kick", .bool(true))
      }
    }
    try advanceWorld()
  }

  /// Marks a node down (its kubelet stops reporting: Ready=Unknown) or up again. The node
  /// lifecycle controller then taints it `node.kubernetes.io/unreachable` (NoSchedule and
  /// NoExecute), and removes the taints when it is back.
  public func setNode(_ name: String, ready: Bool) async throws {
    var node = try await get(CoreKinds.node, namespace: nil, name: name)
    let t = Timestamps.format(try await currentTime())
    node["status"]?["conditions"] = [[
      "type": "Ready", "status": .string(ready ? "True" : "Unknown"),
      "reason": .string(ready ? "KubeletReady" : "NodeStatusUnknown"),
      "message": .string(ready ? "kubelet is posting ready status" : "Kubelet stopped posting node status."),
      "lastHeartbeatTime": .string(t), "lastTransitionTime": .string(t),
    ]]
    _ = try updateSync(CoreKinds.node, namespace: nil, object: node, subresource: "status", options: WriteOptions(fieldManager: "fluidctl-simulator"))
    try advanceWorld()
  }

  /// Adds or replaces a UFS endpoint of the catalog (`fluidctl sim ufs set`).
  public func setUFS(_ endpoint: Scenario.UFSEndpoint) throws {
    try locked {
      try store.writeTransaction {
        var list = (try store.simState("ufs")?.arrayValue ?? []).compactMap(Scenario.UFSEndpoint.init(json:))
        list.removeAll { $0.prefix == endpoint.prefix }
        list.append(endpoint)
        try store.setSimState("ufs", .array(list.sorted { $0.prefix < $1.prefix }.map(\.json)))
        try store.setSimState("kick", .bool(true))
      }
    }
    try advanceWorld()
  }
}
