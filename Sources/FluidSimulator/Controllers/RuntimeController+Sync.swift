import FluidKit
import FluidModel
import Foundation

/// Annotation on a worker pod: bytes of the dataset cached by that worker.
public let cachedBytesAnnotation = "sim.fluidctl.io/cached-bytes"

extension RuntimeController {
  /// The sync loop after setup (b.4): scaling, health, cache states, metadata, volumes, node labels.
  func sync(_ rt: GenericRuntime, _ ds: Dataset, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    var st = baseStatus(rt)
    let now = s.nowText
    var workerPods = pods(of: rt, role: engine.workerRole, in: s)
    let desiredBefore = st["desiredWorkerNumberScheduled"]?.intValue ?? rt.replicas
    if rt.replicas != desiredBefore {
      let out = rt.replicas > desiredBefore
      if out {
        let existing = Set(workerPods.compactMap { $0["metadata"]?["name"]?.stringValue })
        for i in 0..<Int(rt.replicas) where !existing.contains(engine.workerPodName(rt.name, i)) {
          r.add(.create(CoreKinds.pod, workerPod(rt, ds, index: i, in: s)))
        }
      } else {
        // Highest ordinals go first; their cached data is lost.
        let doomed = workerPods.filter { p in
          let n = p["metadata"]?["name"]?.stringValue ?? ""
          return (Int(n.dropFirst(engine.workerPrefix(rt.name).count)) ?? 0) >= Int(rt.replicas)
        }
        for p in doomed { r.add(.delete(CoreKinds.pod, namespace: rt.namespace, name: p["metadata"]?["name"]?.stringValue ?? "")) }
        workerPods.removeAll { doomed.contains($0) }
      }
      let word = out ? "out" : "in"
      setCondition(&st, type: out ? "WorkersScaledOut" : "WorkersScaledIn", status: "True", reason: "Workers scaled \(word)",
        message: "Workers scaled \(word) from \(desiredBefore) replicas to \(rt.replicas) replicas.", now: now)
      r.add(.event(SimEvent(about: rt.json, type: "Normal", reason: "Succeed", message: "Runtime scaled \(word)", component: component)))
      st["desiredWorkerNumberScheduled"] = .int(rt.replicas)
    } else {
      r.actions += replacements(rt, ds, in: s)
    }
    let master = counts(pods(of: rt, role: engine.masterRole, in: s), desired: engine.hasMaster ? 1 : 0)
    let workers = counts(workerPods, desired: rt.replicas)
    applyCounts(&st, prefix: "master", master)
    applyCounts(&st, prefix: "worker", workers)
    r.actions += fuses(rt, ds, status: &st, in: s)
    st["workerReason"] = workers.phase == "Ready" ? nil : unschedulableReason(rt, in: s).map { .string($0) }
    setCondition(&st, type: "WorkersReady", status: workers.phase == "NotReady" ? "False" : "True", reason: "Workers are ready",
      message: ["Ready": "The workers are ready.", "PartialReady": "The workers are partially ready."][workers.phase] ?? "The workers are not ready.", now: now)
    var states = cacheStates(rt, ds, in: s)
    var sampled = rt
    if let (ratios, annotation) = HitRatios.sample(rt, ds, in: s) {
      for (k, v) in ratios { states[k] = v }
      if let annotation { sampled.metadata.annotations[HitRatios.sampleAnnotation] = annotation }
    }
    st["cacheStates"] = .object(states.mapValues { .string($0) })
    // Health decides the dataset's phase; metadata fills ufsTotal and fileNum.
    var dsStatus = ds.json["status"] ?? .object([:])
    let healthy = (master.desired == 0 || master.ready > 0) && (workers.desired == 0 || workers.ready > 0)
    let current = dsStatus["phase"]?.stringValue ?? ""
    // A running DataMigrate owns the phase (DataMigrating) until it ends.
    let phase = healthy ? (["DataMigrating", "Updating"].contains(current) ? current : "Bound") : "Failed"
    if dsStatus["phase"]?.stringValue != phase {
      dsStatus["phase"] = .string(phase)
      dsStatus["conditions"] = [[
        "type": "Ready", "status": .string(healthy ? "True" : "False"), "reason": "DatasetReady",
        "message": .string(healthy ? "The ddc runtime is ready." : "The ddc runtime is not ready."),
        "lastUpdateTime": .string(now), "lastTransitionTime": .string(now),
      ]]
      if !healthy {
        r.add(.event(SimEvent(about: rt.json, type: "Warning", reason: "ErrorProcessRuntime",
          message: "Failed to sync the ddc due to the \(master.ready == 0 && master.desired > 0 ? "master" : "workers") \(rt.name) is not healthy, expect at least one replica is ready",
          component: component)))
      }
    }
    dsStatus["cacheStates"] = st["cacheStates"]
    // Mount changes (b.4 step 7): Updating while the engine remounts, then Bound again.
    let specMounts = ds.json["spec"]?["mounts"] ?? .array([])
    if healthy, dsStatus["mounts"].map({ !$0.semanticallyEquals(specMounts) }) ?? false {
      let others = (dsStatus["conditions"]?.arrayValue ?? []).filter { $0["type"] != "Updating" && $0["type"] != "Ready" }
      if current != "Updating" {
        dsStatus["phase"] = "Updating"
        let ready = (dsStatus["conditions"]?.arrayValue ?? []).filter { $0["type"] == "Ready" }
        dsStatus["conditions"] = .array(others + ready + [[
          "type": "Updating", "status": "True", "reason": "DatasetUpdating", "message": "The ddc runtime is updating.",
          "lastUpdateTime": .string(now), "lastTransitionTime": .string(now),
        ]])
      } else if let since = (dsStatus["conditions"]?.arrayValue ?? []).first(where: { $0["type"] == "Updating" })?["lastTransitionTime"]?
        .stringValue.flatMap(Timestamps.parse), s.now.timeIntervalSince(since) >= 5
      {
        // The engine takes a few seconds to remount.
        dsStatus["phase"] = "Bound"
        dsStatus["mounts"] = specMounts
        // Fluid writes this Ready condition with status False, as its code does.
        dsStatus["conditions"] = .array(others + [[
          "type": "Ready", "status": "False", "reason": "DatasetReady", "message": "The ddc runtime has updated completely.",
          "lastUpdateTime": .string(now), "lastTransitionTime": .string(now),
        ]])
      }
    }
    // Deadlines: the remount (5 s) and the end of the metadata sync.
    var wake: TimeInterval = .infinity
    if dsStatus["phase"]?.stringValue == "Updating" { wake = 5 }
    if engine.reportsCacheStates, dsStatus["ufsTotal"]?.stringValue == "[Calculating]" {
      let meta = Metadata.of(ds, in: s)
      let boundAt = (ds.conditions.first { $0.type == "Ready" }?.lastTransitionTime).flatMap(Timestamps.parse) ?? s.now
      let doneAt = boundAt.addingTimeInterval(meta.syncSeconds)
      if s.now >= doneAt {
        dsStatus["ufsTotal"] = .string(FluidFormat.bytes(meta.totalBytes))
        dsStatus["fileNum"] = .string(String(meta.files))
        var withTotal = cacheStates(rt, ds, ufsTotal: meta.totalBytes, in: s)
        for k in ["cacheHitRatio", "localHitRatio", "remoteHitRatio", "cacheThroughputRatio", "localThroughputRatio", "remoteThroughputRatio"] {
          withTotal[k] = states[k]
        }
        dsStatus["cacheStates"] = .object(withTotal.mapValues { .string($0) })
        st["cacheStates"] = dsStatus["cacheStates"]
      } else {
        wake = min(wake, doneAt.timeIntervalSince(s.now))
      }
    }
    if dsStatus != (ds.json["status"] ?? .null) {
      var d = ds
      d.json["status"] = dsStatus
      r.add(.updateStatus(Dataset.descriptor, d.json))
    }
    if st != (rt.status ?? .null) {
      var updated = rt
      updated.status = st
      r.actions.insert(.updateStatus(descriptor, updated.json), at: 0)
    }
    if sampled.json != rt.json { r.add(.update(descriptor, sampled.json)) }
    r.actions += volumes(rt, ds, in: s)
    r.actions += workloadActions(rt, ds, status: st, in: s)
    r.actions += nodeLabels(sampled, ds, readyWorkers: workerPods, in: s)
    // While a data operation runs on the dataset, cache states move: refresh every 5 s.
    let busy = s.dataLoads(of: ds.name, namespace: ds.namespace).contains {
      ["Pending", "Executing"].contains($0["status"]?["phase"]?.stringValue ?? "")
    }
    r.requeueAfter = wake.isFinite ? wake : nil
    // Resyncs only refresh figures unless a component pod changed (see `polled(by:)`).
    r.refreshEvery = busy ? 5 : (workers.phase == "Ready" ? Self.resync : Self.setupRequeue)
    return r
  }

  /// `cacheStates` as Fluid formats them (b.5).
  func cacheStates(_ rt: GenericRuntime, _ ds: Dataset, ufsTotal: Double? = nil, in s: ClusterSnapshot) -> [String: String] {
    guard engine.reportsCacheStates else {
      return ["cacheCapacity": "N/A", "cached": "N/A", "cachedPercentage": "N/A", "cacheHitRatio": "N/A", "cacheThroughputRatio": "N/A"]
    }
    let ready = pods(of: rt, role: engine.workerRole, in: s).filter { p in
      (p["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
    }
    let perWorker = rt.tieredStoreLevels.reduce(0.0) { $0 + ($1.quota?.value ?? 0) }
    let capacity = perWorker * Double(ready.count)
    var cached = ready.reduce(0.0) { $0 + (Double($1["metadata"]?["annotations"]?[cachedBytesAnnotation]?.stringValue ?? "") ?? 0) }
    // Loads in flight add what they moved since their last recorded event.
    for lj in s.dataLoads(of: ds.name, namespace: ds.namespace) where lj["status"]?["phase"]?.stringValue == "Executing" {
      guard let t = s.transfer(ofLoad: lj["metadata"]?["name"]?.stringValue ?? "", namespace: ds.namespace), t.finishedAt == nil
      else { continue }
      let inflight = t.extrapolated(to: s.now.timeIntervalSince1970) - t.loadedBytes
      cached += max(0, inflight)
    }
    cached = min(cached, capacity)
    let previous = ds.cacheStates
    var out = [
      "cacheCapacity": FluidFormat.bytes(capacity), "cached": FluidFormat.bytes(cached),
      "cacheHitRatio": previous["cacheHitRatio"] ?? "0.0%", "localHitRatio": previous["localHitRatio"] ?? "0.0%",
      "remoteHitRatio": previous["remoteHitRatio"] ?? "0.0%",
      "cacheThroughputRatio": previous["cacheThroughputRatio"] ?? "0.0%",
      "localThroughputRatio": previous["localThroughputRatio"] ?? "0.0%",
      "remoteThroughputRatio": previous["remoteThroughputRatio"] ?? "0.0%",
      "cachedPercentage": "",
    ]
    let total = ufsTotal ?? FluidFormat.parseBytes(ds.ufsTotal)
    if let total, total > 0 {
      var ratio = cached / total
      if engine.capsCachedPercentage { ratio = min(ratio, 1) }
      out["cachedPercentage"] = FluidFormat.percent(ratio)
    }
    return out
  }

  /// Pods a StatefulSet would recreate under their names once a deleted one is gone: missing
  /// worker ordinals below the replica count, and the master. (The runtime controller creates
  /// the component pods here; it notices on its resync, which a component pod's change brings
  /// onto the resync's cadence.)
  func replacements(_ rt: GenericRuntime, _ ds: Dataset, in s: ClusterSnapshot) -> [ControllerAction] {
    let present = Set(s.pods(release: rt.name, namespace: rt.namespace).compactMap { $0["metadata"]?["name"]?.stringValue })
    var out: [ControllerAction] = []
    if engine.hasMaster, !present.contains(engine.masterPodName(rt.name)) {
      out.append(.create(CoreKinds.pod, componentPod(rt, ds, role: engine.masterRole, name: engine.masterPodName(rt.name), startup: 8, in: s)))
    }
    for i in 0..<Int(rt.replicas) where !present.contains(engine.workerPodName(rt.name, i)) {
      out.append(.create(CoreKinds.pod, workerPod(rt, ds, index: i, in: s)))
    }
    return out
  }
}
