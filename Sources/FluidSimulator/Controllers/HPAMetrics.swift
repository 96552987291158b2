import FluidKit
import FluidModel
import Foundation

/// The metrics the simulated HPA controller can read, as the custom metrics API would serve
/// them for a Dataset: Fluid's `capacity_used_rate` (percent of its cache capacity in use) and
/// `cache_throughput` (bytes per second its cache serves to the pods reading it now).
enum HPAMetrics {
  struct Reading {
    var target: HPAAlgorithm.Target
    /// How the `ValidMetricFound` condition and the rescale event name it.
    var name: String
    /// The `status.currentMetrics` entry.
    var status: JSONValue
  }

  struct Failure: Error {
    var reason: String
    var message: String
  }

  /// The metric names served for a Dataset.
  static let datasetMetrics = ["capacity_used_rate", "cache_throughput"]

  static func read(_ metric: JSONValue, namespace: String?, in s: ClusterSnapshot) -> Result<Reading, Failure> {
    let type = metric["type"]?.stringValue ?? ""
    switch type {
    case "Object":
      let source = metric["object"]
      let name = source?["metric"]?["name"]?.stringValue ?? ""
      let described = source?["describedObject"]
      let kind = described?["kind"]?.stringValue ?? ""
      let objectName = described?["name"]?.stringValue ?? ""
      guard kind == "Dataset", datasetMetrics.contains(name) else {
        return .failure(Failure(
          reason: "FailedGetObjectMetric",
          message: "unable to get metric \(name): \(kind)/\(objectName): the simulated custom metrics API serves \(datasetMetrics.joined(separator: ", ")) of Datasets only"))
      }
      guard let ds = s.get(Dataset.descriptor, namespace, objectName) else {
        return .failure(Failure(reason: "FailedGetObjectMetric", message: "unable to get metric \(name): Dataset/\(objectName): datasets.data.fluid.io \"\(objectName)\" not found"))
      }
      let value: Double
      if name == "cache_throughput" {
        value = s.readers(of: objectName, namespace: namespace).reduce(0) { sum, pod in
          let a = pod["metadata"]?["annotations"]
          guard a?[ReadAnnotations.finishedAt] == nil else { return sum }
          return sum + (a?[ReadAnnotations.rate]?.stringValue.flatMap(Double.init) ?? 0)
        }
      } else {
        let states = ds["status"]?["cacheStates"]
        let cached = FluidFormat.parseBytes(states?["cached"]?.stringValue) ?? 0
        let capacity = FluidFormat.parseBytes(states?["cacheCapacity"]?.stringValue) ?? 0
        value = capacity > 0 ? cached / capacity * 100 : 0
      }
      let target = source?["target"]
      let current: JSONValue = ["value": .string(quantity(value))]
      let status: JSONValue = [
        "type": "Object",
        "object": ["metric": ["name": .string(name)], "describedObject": described ?? [:], "current": current],
      ]
      let label = "Dataset metric \(name)"
      if let avg = target?["averageValue"].flatMap(number) {
        return .success(Reading(target: .averageValue(total: value, target: avg), name: label, status: status))
      }
      return .success(Reading(target: .value(current: value, target: target?["value"].flatMap(number) ?? 0), name: label, status: status))
    case "Resource", "ContainerResource":
      let name = metric[type == "Resource" ? "resource" : "containerResource"]?["name"]?.stringValue ?? ""
      return .failure(Failure(
        reason: "FailedGetResourceMetric",
        message: "unable to get metrics for resource \(name): no metrics returned from resource metrics API"))
    default:
      let key = type.prefix(1).lowercased() + type.dropFirst()
      let name = metric[key]?["metric"]?["name"]?.stringValue ?? ""
      return .failure(Failure(
        reason: "FailedGet\(type)Metric",
        message: "unable to get \(type.lowercased()) metric \(name): the simulated metrics APIs serve \(datasetMetrics.joined(separator: ", ")) of Datasets only"))
    }
  }

  /// A quantity's value (`"90"`, `"900m"`, `90`).
  static func number(_ v: JSONValue) -> Double? {
    switch v {
    case .int(let i): Double(i)
    case .double(let d): d
    case .string(let s): Quantity(s)?.value
    default: nil
    }
  }

  /// A value as Kubernetes writes quantities: whole numbers plain, else in milli-units.
  static func quantity(_ v: Double) -> String {
    let milli = (v * 1000).rounded()
    return milli.truncatingRemainder(dividingBy: 1000) == 0 ? String(Int64(milli / 1000)) : "\(Int64(milli))m"
  }
}
