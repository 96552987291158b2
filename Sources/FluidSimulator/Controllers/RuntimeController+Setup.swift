import FluidKit
import FluidModel
import Foundation

/// Replica counts of one component, from its pods.
struct ComponentCounts {
  var desired: Int64
  var current: Int64
  var ready: Int64

  /// Fluid's rule: desired 0 → Ready; some ready → Ready when all, else PartialReady; none → NotReady.
  var phase: String {
    if desired == 0 { return "Ready" }
    if ready > 0 { return ready >= desired ? "Ready" : "PartialReady" }
    return "NotReady"
  }
}

extension RuntimeController {
  func pods(of rt: GenericRuntime, role: String, in s: ClusterSnapshot) -> [JSONValue] {
    s.pods(release: rt.name, namespace: rt.namespace).filter {
      $0["metadata"]?["labels"]?["role"]?.stringValue == role && $0["metadata"]?["deletionTimestamp"] == nil
    }
  }

  func counts(_ pods: [JSONValue], desired: Int64) -> ComponentCounts {
    let ready = pods.filter { p in (p["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" } }
    let scheduled = pods.filter { $0["spec"]?["nodeName"] != nil }
    return ComponentCounts(desired: desired, current: Int64(scheduled.count), ready: Int64(ready.count))
  }

  /// The status Fluid's CRD requires, with every counter present.
  func baseStatus(_ rt: GenericRuntime) -> JSONValue {
    var st = rt.status ?? .object([:])
    for (k, v) in [("valueFile", JSONValue.string(engine.valueFile(rt.name))), ("masterPhase", ""), ("workerPhase", ""), ("fusePhase", "")]
    where st[k] == nil {
      st[k] = v
    }
    for k in [
      "desiredMasterNumberScheduled", "currentMasterNumberScheduled", "masterNumberReady", "desiredWorkerNumberScheduled",
      "currentWorkerNumberScheduled", "workerNumberReady", "desiredFuseNumberScheduled", "currentFuseNumberScheduled",
      "fuseNumberReady",
    ] where st[k] == nil {
      st[k] = 0
    }
    return st
  }

  /// Sets (or refreshes) a condition of `type`, keeping lastTransitionTime when the status is unchanged.
  func setCondition(_ st: inout JSONValue, type: String, status: String, reason: String, message: String, now: String) {
    var list = st["conditions"]?.arrayValue ?? []
    let new: JSONValue = [
      "type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
      "lastProbeTime": .string(now), "lastTransitionTime": .string(now),
    ]
    if let i = list.firstIndex(where: { $0["type"]?.stringValue == type }) {
      if list[i]["status"]?.stringValue == status && list[i]["message"]?.stringValue == message { return }
      list[i] = new
    } else {
      list.append(new)
    }
    st["conditions"] = .array(list)
  }

  func applyCounts(_ st: inout JSONValue, prefix: String, _ c: ComponentCounts) {
    let cap = prefix.prefix(1).uppercased() + prefix.dropFirst()
    st["desired\(cap)NumberScheduled"] = .int(c.desired)
    st["current\(cap)NumberScheduled"] = .int(c.current)
    st["\(prefix)NumberReady"] = .int(c.ready)
    if prefix == "worker" {
      st["workerNumberAvailable"] = .int(c.ready)
      st["workerNumberUnavailable"] = .int(max(0, c.current - c.ready))
    }
    st["\(prefix)Phase"] = .string(c.phase)
  }

  func setup(_ rt: GenericRuntime, _ ds: Dataset, in s: ClusterSnapshot) -> Reconciliation {
    var st = baseStatus(rt)
    var r = setupSteps(rt, ds, status: &st, in: s)
    r.actions += workloadActions(rt, ds, status: st, in: s)
    if st != (rt.status ?? .null) {
      var updated = rt
      updated.status = st
      r.actions.insert(.updateStatus(descriptor, updated.json), at: 0)
    }
    return r
  }

  /// The setup sequence; changes `st` in place and returns what else to do.
  func setupSteps(_ rt: GenericRuntime, _ ds: Dataset, status st: inout JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let now = s.nowText
    // 1. Master.
    if (st["masterPhase"]?.stringValue ?? "").isEmpty {
      if engine.hasMaster { r.add(.create(CoreKinds.pod, componentPod(rt, ds, role: engine.masterRole, name: engine.masterPodName(rt.name), startup: 8, in: s))) }
      st["masterPhase"] = "NotReady"
      st["selector"] = .string(engine.selector(rt.name))
      st["valueFile"] = .string(engine.valueFile(rt.name))
      st["desiredMasterNumberScheduled"] = .int(engine.hasMaster ? 1 : 0)
      setCondition(&st, type: "MasterInitialized", status: "True", reason: "Master is initialized", message: "The master is initialized.", now: now)
      r.requeueAfter = Self.setupRequeue
      return r
    }
    let master = counts(pods(of: rt, role: engine.masterRole, in: s), desired: engine.hasMaster ? 1 : 0)
    applyCounts(&st, prefix: "master", master)
    if master.phase == "NotReady" {
      setCondition(&st, type: "MasterReady", status: "False", reason: "Master is ready", message: "The master is not ready.", now: now)
      r.requeueAfter = Self.setupRequeue
      return r
    }
    setCondition(&st, type: "MasterReady", status: "True", reason: "Master is ready",
      message: master.phase == "Ready" ? "The master is ready." : "The master is partially ready.", now: now)
    // 2. UFS mounted (instant), 3. workers.
    if (st["workerPhase"]?.stringValue ?? "").isEmpty {
      for i in 0..<Int(rt.replicas) { r.add(.create(CoreKinds.pod, workerPod(rt, ds, index: i, in: s))) }
      st["workerPhase"] = "NotReady"
      st["desiredWorkerNumberScheduled"] = .int(rt.replicas)
      setCondition(&st, type: "WorkersInitialized", status: "True", reason: "Workers are initialized", message: "The workers are initialized.", now: now)
      r.requeueAfter = Self.setupRequeue
      return r
    }
    let workers = counts(pods(of: rt, role: engine.workerRole, in: s), desired: st["desiredWorkerNumberScheduled"]?.intValue ?? rt.replicas)
    applyCounts(&st, prefix: "worker", workers)
    if workers.phase == "NotReady" {
      setCondition(&st, type: "WorkersReady", status: "False", reason: "Workers are ready", message: "The workers are not ready.", now: now)
      if let reason = unschedulableReason(rt, in: s) { st["workerReason"] = .string(reason) }
      r.requeueAfter = Self.setupRequeue
      return r
    }
    st["workerReason"] = nil
    setCondition(&st, type: "WorkersReady", status: "True", reason: "Workers are ready",
      message: workers.phase == "Ready" ? "The workers are ready." : "The workers are partially ready.", now: now)
    // 4. Fuses are lazy: ready with none. First cache report; setup duration.
    st["fusePhase"] = "Ready"
    setCondition(&st, type: "FusesReady", status: "True", reason: "Fuses are ready", message: "The fuses are ready.", now: now)
    st["fuseReason"] = "The fuses are ready."
    st["cacheStates"] = .object(cacheStates(rt, ds, in: s).mapValues { .string($0) })
    if st["setupDuration"] == nil, let created = rt.metadata.creationTimestamp.flatMap(Timestamps.parse) {
      st["setupDuration"] = .string(FluidFormat.duration(s.now.timeIntervalSince(created)))
    }
    // 5. Bind the dataset.
    r.add(.updateStatus(Dataset.descriptor, bound(ds, rt, cache: st["cacheStates"], in: s)))
    r.requeueAfter = 5
    return r
  }

  /// Why the first pending worker cannot be scheduled (kube-scheduler's message), if any.
  func unschedulableReason(_ rt: GenericRuntime, in s: ClusterSnapshot) -> String? {
    pods(of: rt, role: engine.workerRole, in: s).compactMap { p -> String? in
      (p["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"] == "PodScheduled" && $0["status"] == "False" }?["message"]?.stringValue
    }.first
  }

  /// The Dataset's status once bound to `rt` (b.3 step 7).
  func bound(_ ds: Dataset, _ rt: GenericRuntime, cache: JSONValue?, in s: ClusterSnapshot) -> JSONValue {
    var d = ds
    var st = d.json["status"] ?? .object([:])
    st["phase"] = "Bound"
    st["conditions"] = [[
      "type": "Ready", "status": "True", "reason": "DatasetReady", "message": "The ddc runtime is ready.",
      "lastUpdateTime": .string(s.nowText), "lastTransitionTime": .string(s.nowText),
    ]]
    st["mounts"] = d.json["spec"]?["mounts"] ?? .array([])
    st["runtimes"] = [[
      "name": .string(rt.name), "namespace": .string(rt.namespace ?? "default"), "category": "Accelerate",
      "type": .string(engine.type), "masterReplicas": .int(engine.hasMaster ? 1 : 0),
    ]]
    if engine.type == "alluxio" {
      st["hcfs"] = ["endpoint": .string("alluxio://\(rt.name)-master-0.\(rt.namespace ?? "default"):19998"), "underlayerFileSystemVersion": "3.3.0"]
    }
    if let cache { st["cacheStates"] = cache }
    if engine.reportsCacheStates {
      if (st["ufsTotal"]?.stringValue ?? "").isEmpty { st["ufsTotal"] = "[Calculating]" }
      if (st["fileNum"]?.stringValue ?? "").isEmpty { st["fileNum"] = "[Calculating]" }
    } else {
      st["ufsTotal"] = "N/A"
      st["fileNum"] = "N/A"
    }
    d.json["status"] = st
    return d.json
  }
}
