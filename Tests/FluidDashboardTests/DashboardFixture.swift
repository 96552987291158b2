import FluidDashboard
import FluidKit
import FluidModel
import FluidTUI
import Foundation

/// A dashboard state with a bit of everything: a dataset warming up with a running DataLoad,
/// a full one, one that is not bound and one being deleted, workers with metrics, events.
enum DashboardFixture {
  static let registry = ResourceRegistry.standard
  static let alluxio = registry.resolve("alluxioruntimes")!
  static let juicefs = registry.resolve("juicefsruntimes")!
  static let now = Date(timeIntervalSince1970: 1_795_000_000)

  static func store(_ items: [JSONValue]) -> InformerStore {
    var s = InformerStore()
    _ = s.replace(with: items)
    return s
  }

  static func dataset(_ name: String, phase: String?, cached: String = "0.00B", capacity: String = "4.00GiB", hit: String = "0.0%", deleting: Bool = false) -> JSONValue {
    var d: JSONValue = [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset",
      "metadata": ["name": .string(name), "namespace": "team", "resourceVersion": "1", "creationTimestamp": "2026-11-20T08:00:00Z"],
      "status": ["ufsTotal": "40.00GiB", "cacheStates": ["cached": .string(cached), "cacheCapacity": .string(capacity), "cacheHitRatio": .string(hit), "cachedPercentage": "10.0%"]],
    ]
    if let phase { d[path: ["status", "phase"]] = .string(phase) }
    if deleting {
      d[path: ["metadata", "deletionTimestamp"]] = "2026-11-20T09:00:00Z"
      d[path: ["metadata", "finalizers"]] = ["fluid-dataset-controller-finalizer"]
    }
    return d
  }

  static func runtime(_ name: String, kind: String = "AlluxioRuntime", ready: Int, desired: Int) -> JSONValue {
    [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": .string(kind),
      "metadata": ["name": .string(name), "namespace": "team", "resourceVersion": "1"],
      "spec": ["replicas": .int(Int64(desired)), "tieredstore": ["levels": [["mediumtype": "MEM", "path": "/dev/shm", "quota": "2Gi"]]]],
      "status": [
        "masterPhase": "Ready", "workerNumberReady": .int(Int64(ready)), "desiredWorkerNumberScheduled": .int(Int64(desired)),
        "selector": .string("app=alluxio,release=\(name),role=alluxio-worker"),
      ],
    ]
  }

  /// An HPA scaling the runtime on the dataset's capacity_used_rate (at 92.5 against 80).
  static func autoscaler(_ runtime: String, current: Int, desired: Int) -> JSONValue {
    let object: JSONValue = ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "name": .string(runtime)]
    return [
      "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
      "metadata": ["name": .string(runtime), "namespace": "team", "resourceVersion": "1"],
      "spec": [
        "scaleTargetRef": ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "name": .string(runtime)],
        "minReplicas": 1, "maxReplicas": 4,
        "metrics": [["type": "Object", "object": ["metric": ["name": "capacity_used_rate"], "describedObject": object, "target": ["type": "Value", "value": "80"]]]],
      ],
      "status": [
        "currentReplicas": .int(Int64(current)), "desiredReplicas": .int(Int64(desired)),
        "currentMetrics": [["type": "Object", "object": ["metric": ["name": "capacity_used_rate"], "describedObject": object, "current": ["value": "92500m"]]]],
      ],
    ]
  }

  static func worker(_ runtime: String, _ i: Int, ready: Bool = true) -> JSONValue {
    [
      "apiVersion": "v1", "kind": "Pod",
      "metadata": [
        "name": .string("\(runtime)-worker-\(i)"), "namespace": "team", "resourceVersion": "1",
        "labels": ["app": "alluxio", "release": .string(runtime), "role": "alluxio-worker"],
      ],
      "spec": ["nodeName": .string("node-\(i + 1)")],
      "status": ["phase": "Running", "conditions": [["type": "Ready", "status": .string(ready ? "True" : "False")]]],
    ]
  }

  static func load(_ name: String, dataset: String, phase: String, duration: String = "") -> JSONValue {
    [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad",
      "metadata": ["name": .string(name), "namespace": "team", "resourceVersion": "1", "creationTimestamp": "2026-11-20T08:30:00Z"],
      "spec": ["dataset": ["name": .string(dataset), "namespace": "team"]],
      "status": ["phase": .string(phase), "duration": .string(duration)],
    ]
  }

  static func event(_ reason: String, type: String, object: String, kind: String, message: String, at: String) -> JSONValue {
    [
      "apiVersion": "v1", "kind": "Event",
      "metadata": ["name": .string("\(object).\(reason)"), "namespace": "team", "resourceVersion": "1"],
      "involvedObject": ["apiVersion": "data.fluid.io/v1alpha1", "kind": .string(kind), "name": .string(object), "namespace": "team"],
      "reason": .string(reason), "type": .string(type), "message": .string(message), "lastTimestamp": .string(at), "count": 1,
    ]
  }

  static func metrics(_ used: Double) -> CacheReport.MetricsReading {
    .success(WorkerMetricsEndpoint.alluxio.exposition(tierCapacity: [("MEM", 2_147_483_648)], usedBytes: used))
  }

  /// The fixture at `width`×`height`.
  static func state(width: Int, height: Int, unicode: Bool = true, readonly: Bool = false, namespace: String? = "team") -> DashboardState {
    var s = DashboardState(
      width: width, height: height, glyphs: Glyphs(unicode: unicode), color: true, readonly: readonly, context: "embedded",
      namespace: namespace)
    let events: [DashboardEvent] = [
      .objects(DashboardKinds.dataset, store([
        dataset("imagenet", phase: "Bound", cached: "1.50GiB", hit: "42.5%"),
        dataset("llama", phase: "Bound", cached: "3.90GiB", hit: "91.0%"),
        dataset("orphan", phase: "NotBound"),
        dataset("old", phase: "Bound", deleting: true),
      ])),
      .objects(alluxio, store([runtime("imagenet", ready: 2, desired: 2), runtime("llama", ready: 2, desired: 2), runtime("old", ready: 1, desired: 1)])),
      .objects(DashboardKinds.autoscaler, store([autoscaler("imagenet", current: 2, desired: 3)])),
      .objects(DashboardKinds.pod, store([worker("imagenet", 0), worker("imagenet", 1), worker("llama", 0), worker("llama", 1), worker("old", 0)])),
      .objects(DashboardKinds.dataLoad, store([
        load("imagenet-load-x7k2p", dataset: "imagenet", phase: "Executing"),
        load("llama-warmup", dataset: "llama", phase: "Complete", duration: "3m12s"),
      ])),
      .objects(DashboardKinds.event, store([
        event("DataLoadJobStarted", type: "Normal", object: "imagenet-load-x7k2p", kind: "DataLoad", message: "The DataLoad job imagenet-load-x7k2p-loader-job started", at: "2026-11-20T08:30:05Z"),
        event("ErrorProcessRuntime", type: "Warning", object: "orphan", kind: "Dataset", message: "No runtime can be bound to the dataset", at: "2026-11-20T08:20:00Z"),
      ])),
      .metrics([
        "team/imagenet-worker-0": metrics(805_306_368), "team/imagenet-worker-1": metrics(805_306_368),
        "team/llama-worker-0": metrics(2_093_796_557), "team/llama-worker-1": .failure(CacheReport.MetricsFailure("forbidden: no permission for pods/proxy")),
      ], note: "forbidden: no permission for pods/proxy"),
    ]
    for e in events { _ = Dashboard.reduce(&s, e) }
    // Two minutes of history: imagenet filling at 8 MiB/s, then 12 MiB/s.
    for i in 0..<12 {
      var ds = dataset("imagenet", phase: "Bound", cached: FluidFormat.bytes(Double(i) * 10 * Double(i < 6 ? 8 : 12) * 1_048_576))
      ds[path: ["metadata", "resourceVersion"]] = .string("\(i + 2)")
      s.data.objects[DashboardKinds.dataset.qualifiedPlural]?[InformerStore.ObjectKey(ds)] = ds
      _ = Dashboard.reduce(&s, .tick(now: now.addingTimeInterval(Double(i) * 10), simulated: true, clockNote: "x4"))
    }
    s.data.objects[DashboardKinds.dataset.qualifiedPlural]?[InformerStore.ObjectKey(namespace: "team", name: "imagenet")] =
      dataset("imagenet", phase: "Bound", cached: "1.50GiB", hit: "42.5%")
    _ = Dashboard.reduce(&s, .tick(now: now.addingTimeInterval(120), simulated: true, clockNote: "x4"))
    return s
  }
}
