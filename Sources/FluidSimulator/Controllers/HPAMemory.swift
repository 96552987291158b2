import FluidModel

/// What kube-controller-manager's HPA controller remembers of one autoscaler between syncs:
/// its recent recommendations (for the stabilization windows) and scale events (for the
/// policies' rates). Kept by the driver beside the objects (sim state `hpa`), like the data
/// plane's transfers, so that a one-shot command on the embedded cluster does not forget it.
public struct HPAMemory: Sendable, Equatable {
  public var recommendations: [HPAAlgorithm.Recommendation] = []
  public var scaleUpEvents: [HPAAlgorithm.ScaleEvent] = []
  public var scaleDownEvents: [HPAAlgorithm.ScaleEvent] = []

  public init() {}

  var json: JSONValue {
    func events(_ e: [HPAAlgorithm.ScaleEvent]) -> JSONValue { .array(e.map { ["change": .int(Int64($0.change)), "time": .double($0.time)] }) }
    return [
      "recommendations": .array(recommendations.map { ["replicas": .int(Int64($0.replicas)), "time": .double($0.time)] }),
      "scaleUpEvents": events(scaleUpEvents), "scaleDownEvents": events(scaleDownEvents),
    ]
  }

  init(json: JSONValue) {
    recommendations = (json["recommendations"]?.arrayValue ?? []).map {
      HPAAlgorithm.Recommendation(replicas: Int($0["replicas"]?.intValue ?? 0), time: $0["time"]?.doubleValue ?? 0)
    }
    func events(_ v: JSONValue?) -> [HPAAlgorithm.ScaleEvent] {
      (v?.arrayValue ?? []).map { HPAAlgorithm.ScaleEvent(change: Int($0["change"]?.intValue ?? 0), time: $0["time"]?.doubleValue ?? 0) }
    }
    scaleUpEvents = events(json["scaleUpEvents"])
    scaleDownEvents = events(json["scaleDownEvents"])
  }

  /// Every autoscaler's memory, by `namespace/name`, from and to the sim state.
  static func load(_ v: JSONValue?) -> [String: HPAMemory] {
    (v?.objectValue ?? [:]).reduce(into: [:]) { $0[$1.key] = HPAMemory(json: $1.value) }
  }
  static func save(_ all: [String: HPAMemory]) -> JSONValue? {
    all.isEmpty ? nil : .object(JSONObject(all.mapValues(\.json)))
  }
}
