public import FluidKit
public import FluidModel

/// Limits the embedded cluster sets where kube-apiserver sets none, so that the simulation stays
/// responsive and its arithmetic exact: a runtime of ten million workers would make every later
/// command create ten million pods. Writes past them are refused as invalid (422), naming the
/// field and the limit; real clusters are not held to them.
public enum SimulatorLimits {
  /// Cache workers of one runtime (`spec.replicas`).
  public static let workersPerRuntime: Int64 = 10_000
  /// Paths of one DataLoad (`spec.target`).
  public static let targetsPerDataLoad = 1_000
  /// Cache replicas of one DataLoad path (`spec.target[].replicas`).
  public static let replicasPerTarget: Int64 = 1_000
  /// Bytes of one cache tier's quota, and of one simulated UFS: 1 EiB.
  public static let bytes: Double = 1_152_921_504_606_846_976
  /// Files of one simulated UFS.
  public static let files: Int64 = 1_000_000_000_000

  /// The fields of `object` (kind `r`) past a limit; empty when none is.
  public static func errors(_ r: ResourceDescriptor, _ object: JSONValue) -> [FieldError] {
    guard r.group == "data.fluid.io" else { return [] }
    var errors: [FieldError] = []
    let spec = object["spec"]
    if r.plural.hasSuffix("runtimes"), let replicas = spec?["replicas"]?.intValue {
      errors += count(replicas, "spec.replicas", limit: workersPerRuntime, what: "cache workers per runtime")
    }
    for (i, level) in (spec?["tieredstore"]?["levels"]?.arrayValue ?? []).enumerated() {
      if let q = TieredStoreLevel(json: level).quota, q.isInInt64Range, q.value > bytes {
        errors.append(FieldError("spec.tieredstore.levels[\(i)].quota", .invalid(value: SchemaValidator.goValue(.string(q.text)), detail: "must be no more than 1Ei (the embedded cluster's limit per cache tier)")))
      }
    }
    if r.plural == "dataloads", let targets = spec?["target"]?.arrayValue {
      if targets.count > targetsPerDataLoad {
        errors.append(FieldError("spec.target", .tooLong(detail: "must have at most \(targetsPerDataLoad) items (the embedded cluster's limit of paths per DataLoad)")))
      }
      for (i, t) in targets.enumerated() {
        if let n = t["replicas"]?.intValue { errors += count(n, "spec.target[\(i)].replicas", limit: replicasPerTarget, what: "cache replicas per path") }
      }
    }
    return errors
  }

  static func count(_ n: Int64, _ path: String, limit: Int64, what: String) -> [FieldError] {
    if n < 0 { return [FieldError(path, .invalid(value: String(n), detail: "must be greater than or equal to 0"))] }
    if n > limit { return [FieldError(path, .invalid(value: String(n), detail: "must be no more than \(limit) (the embedded cluster's limit of \(what))"))] }
    return []
  }
}
