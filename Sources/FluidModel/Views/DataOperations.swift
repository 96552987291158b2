/// What Fluid's data operations (DataLoad, DataBackup, DataMigrate, DataProcess) share: a phase,
/// Job-style conditions, a duration, and an optional `runAfter` dependency.
public protocol DataOperationView: ResourceView {}

extension DataOperationView {
  public var phase: String? {
    get { string("status", "phase") }
    set { set(["status", "phase"], Self.encode(newValue)) }
  }
  public var conditions: [Condition] { views("status", "conditions") }
  /// Go-style duration (`1m30s`) or `Unfinished`.
  public var duration: String? { string("status", "duration") }
  public var runAfter: JSONValue? { at("spec", "runAfter") }
  public var ttlSecondsAfterFinished: Int64? { int("spec", "ttlSecondsAfterFinished") }
  public var status: JSONValue? {
    get { json["status"] }
    set { json["status"] = newValue }
  }
}

public struct DataLoad: DataOperationView {
  public static let descriptor = FluidCRDs.named("dataloads")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }

  public var datasetName: String? { string("spec", "dataset", "name") }
  public var datasetNamespace: String? { string("spec", "dataset", "namespace") }
  public var loadMetadata: Bool { bool("spec", "loadMetadata") ?? false }
  /// `Once`, `Cron` or `OnEvent`.
  public var policy: String { string("spec", "policy") ?? "Once" }
  public var schedule: String? { string("spec", "schedule") }
  /// `spec.target`: paths with their replica counts.
  public var targets: [(path: String, replicas: Int64)] {
    (at("spec", "target")?.arrayValue ?? []).map { ($0["path"]?.stringValue ?? "/", $0["replicas"]?.intValue ?? 1) }
  }
}

public struct DataBackup: DataOperationView {
  public static let descriptor = FluidCRDs.named("databackups")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var datasetName: String? { string("spec", "dataset") }
  public var backupPath: String? { string("spec", "backupPath") }
}

public struct DataMigrate: DataOperationView {
  public static let descriptor = FluidCRDs.named("datamigrates")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var fromDataset: String? { string("spec", "from", "dataset", "name") }
  public var toDataset: String? { string("spec", "to", "dataset", "name") }
  public var policy: String { string("spec", "policy") ?? "Once" }
}

public struct DataProcess: DataOperationView {
  public static let descriptor = FluidCRDs.named("dataprocesses")
  public var json: JSONValue
  public init(json: JSONValue) { self.json = json }
  public var datasetName: String? { string("spec", "dataset", "name") }
  public var mountPath: String? { string("spec", "dataset", "mountPath") }
}
