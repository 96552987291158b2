import FluidKit
import FluidModel
import Foundation

/// Fluid's DataLoad controller (b.10): Pending → Executing (dataset lock, loader job) →
/// Complete/Failed, polled every 20 s; the bytes move through `DataPlane` (UFS egress and
/// worker NICs shared max-min fairly between concurrent loads).
struct DataLoadController: Controller {
  static let finalizer = "fluid-dataload-controller-finalizer"
  static let component = "DataLoad"
  static let poll: TimeInterval = 20
  static let tick: TimeInterval = 5
  var primary: ResourceDescriptor { DataLoad.descriptor }

  var watchedKinds: Set<String> {
    [DataLoad.descriptor.qualifiedPlural, Dataset.descriptor.qualifiedPlural, CoreKinds.pod.qualifiedPlural, CoreKinds.cronJob.qualifiedPlural]
  }

  /// Fluid's DataLoad controller watches only DataLoads (and its CronJobs).
  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    if kind == CoreKinds.cronJob, let load = changed["metadata"]?["labels"]?["dataload"]?.stringValue {
      return [ClusterSnapshot.key(changed["metadata"]?["namespace"]?.stringValue, load)]
    }
    guard kind == DataLoad.descriptor else { return [] }
    return [ClusterSnapshot.key(changed["metadata"]?["namespace"]?.stringValue, changed["metadata"]?["name"]?.stringValue ?? "")]
  }

  /// A load waiting for its dataset's lock polls every 20 s: the holder releasing it (or the
  /// dataset's phase or runtime changing) is noticed at the next poll.
  func polled(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    guard kind == Dataset.descriptor else { return [] }
    if let previous, previous["status"]?["phase"] == changed["status"]?["phase"], previous["status"]?["runtimes"] == changed["status"]?["runtimes"] {
      // Taking the lock frees nothing; only a release can let a waiting load go.
      func holders(_ o: JSONValue) -> Int {
        FluidFormat.commaSeparated(o["status"]?["operationRef"]?["DataLoad"]?.stringValue ?? "").count
      }
      if holders(changed) >= holders(previous) { return [] }
    }
    let ns = changed["metadata"]?["namespace"]?.stringValue
    return snapshot.dataLoads(of: changed["metadata"]?["name"]?.stringValue ?? "", namespace: ns).filter {
      !["Complete", "Failed"].contains($0["status"]?["phase"]?.stringValue ?? "")
    }.map { ClusterSnapshot.key(ns, $0["metadata"]?["name"]?.stringValue ?? "") }
  }

  /// Any load starting or stopping, or an application read starting or ending, changes every
  /// running load's share of the bandwidth.
  func wakesFlowGroup(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> Bool {
    (kind == DataLoad.descriptor && dataLoadMovesData(changed))
      || (kind == CoreKinds.pod && changed["metadata"]?["annotations"]?[ReadAnnotations.bytes] != nil)
  }

  func flowGroup(in snapshot: ClusterSnapshot) -> [String] { Array(snapshot.executingLoadKeys()) }

  func event(_ obj: JSONValue, _ type: String, _ reason: String, _ message: String) -> ControllerAction {
    .event(SimEvent(about: obj, type: type, reason: reason, message: message, component: Self.component))
  }

  func reconcile(_ obj: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    var load = DataLoad(json: obj)
    let ns = load.namespace ?? "default"
    if load.metadata.deletionTimestamp != nil { return cleanup(load, in: s) }
    let phase = load.phase ?? ""
    if phase == "Complete" || phase == "Failed" { return finished(load, in: s) }
    let ds: Dataset
    let runtimeType: String
    switch OperationPreflight.check(obj, datasetName: load.datasetName, finalizer: Self.finalizer, kind: DataLoad.descriptor, component: Self.component, in: s) {
    case .stop(let wait): return wait
    case .proceed(let d, let t): (ds, runtimeType) = (d, t)
    }
    switch phase {
    case "":
      var st: JSONValue = ["phase": "Pending", "duration": "Unfinished", "conditions": .array([]), "infos": .object([:])]
      if let dsNS = load.datasetNamespace, dsNS != ns {
        st["phase"] = "Failed"
        st["conditions"] = [condition("Failed", "TargetDatasetNamespaceNotSame", "dataLoad(\(load.name)) namespace is not same as dataset", s)]
        r.add(event(obj, "Warning", "TargetDatasetNamespaceNotSame", "dataLoad(\(load.name)) namespace is not same as dataset"))
        r.add(event(obj, "Warning", "DataOperationNotValid", "dataLoad(\(load.name)) namespace is not same as dataset"))
      } else if load.runAfter != nil {
        st["waitingFor"] = ["operationComplete": true]
      }
      load.status = st
      r.add(.updateStatus(DataLoad.descriptor, load.json))
      return r
    case "Pending":
      return pending(load, ds, runtimeType: runtimeType, in: s)
    case "Executing":
      return executing(load, ds, in: s)
    default:
      return r
    }
  }

  func condition(_ type: String, _ reason: String, _ message: String, _ s: ClusterSnapshot) -> JSONValue {
    [
      "type": .string(type), "status": "True", "reason": .string(reason), "message": .string(message),
      "lastProbeTime": .string(s.nowText), "lastTransitionTime": .string(s.nowText),
    ]
  }
}
