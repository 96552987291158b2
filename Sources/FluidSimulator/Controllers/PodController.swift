import FluidKit
import FluidModel
import Foundation

/// Annotations fluidctl's simulated workloads carry.
public enum SimPodAnnotations {
  /// Bytes of cache the pod needs on its node, per medium.
  public static let cacheMem = "sim.fluidctl.io/cache-mem-bytes"
  public static let cacheSSD = "sim.fluidctl.io/cache-ssd-bytes"
  public static let cacheHDD = "sim.fluidctl.io/cache-hdd-bytes"
  /// Seconds from scheduling to Ready.
  public static let startupSeconds = "sim.fluidctl.io/startup-seconds"
  /// Seconds a pod that never restarts runs once Ready before its containers exit (a user's
  /// Job pods, say); without it they run until deleted.
  public static let runSeconds = "sim.fluidctl.io/run-seconds"
  /// The exit code of such a pod (default 0: Succeeded; another: Failed).
  public static let exitCode = "sim.fluidctl.io/exit-code"
  /// A stand-in for a pod of the cluster `sim attach` drives that mounts a dataset's claim: it
  /// counts as the claim's user; the simulated scheduler and kubelet leave it alone.
  public static let external = "sim.fluidctl.io/external"
}

/// The scheduler and the kubelet of the simulated nodes: binds pending pods to nodes that fit
/// (selectors, affinity, taints, resources, cache quotas, Fluid placement), then runs them:
/// Pending → Running and Ready after the pod's startup time. A pod that fits nowhere stays
/// Pending with kube-scheduler's `PodScheduled=False` / `Unschedulable` condition.
struct PodController: Controller {
  var primary: ResourceDescriptor { CoreKinds.pod }

  var watchedKinds: Set<String> { [CoreKinds.pod.qualifiedPlural, CoreKinds.node.qualifiedPlural, CoreKinds.persistentVolumeClaim.qualifiedPlural] }

  func affected(by changed: JSONValue, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    if kind == CoreKinds.pod {
      return [ClusterSnapshot.key(changed["metadata"]?["namespace"]?.stringValue, changed["metadata"]?["name"]?.stringValue ?? "")]
    }
    // A claim that appears may let a pending pod that mounts it be scheduled.
    if kind == CoreKinds.persistentVolumeClaim { return Array(snapshot.index.unscheduledPods) }
    guard kind == CoreKinds.node else { return [] }
    // A node change may let a pending pod fit, or break running ones.
    let index = snapshot.index
    return Array(index.unscheduledPods) + index.podsBoundTo[changed["metadata"]?["name"]?.stringValue ?? "", default: []]
  }

  /// A pod's annotations or labels changing (progress of a transfer, cached bytes) changes
  /// nothing the scheduler or the kubelet acts on.
  func affected(by changed: JSONValue, previous: JSONValue?, kind: ResourceDescriptor, in snapshot: ClusterSnapshot) -> [String] {
    if kind == CoreKinds.pod, let previous, previous["spec"] == changed["spec"], previous["status"] == changed["status"],
      previous["metadata"]?["deletionTimestamp"] == changed["metadata"]?["deletionTimestamp"]
    {
      return []
    }
    return affected(by: changed, kind: kind, in: snapshot)
  }

  func reconcile(_ pod: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    if pod["metadata"]?["deletionTimestamp"] != nil { return r }
    if ["Succeeded", "Failed"].contains(pod["status"]?["phase"]?.stringValue ?? "") { return r }
    if pod["metadata"]?["annotations"]?[SimPodAnnotations.external] != nil { return r }
    guard let nodeName = pod["spec"]?["nodeName"]?.stringValue else {
      return schedule(pod, in: s)
    }
    let startupSeconds = Double(pod["metadata"]?["annotations"]?[SimPodAnnotations.startupSeconds]?.stringValue ?? "") ?? 3
    if condition(pod, "PodScheduled") == nil {
      // Bound at creation (a DaemonSet pod): the kubelet starts it from now.
      var o = pod
      o["status"] = status(phase: "Pending", ready: false, scheduledAt: s.now, now: s.now, pod: pod, reason: "ContainerCreating")
      r.add(.updateStatus(CoreKinds.pod, o))
      r.requeueAfter = startupSeconds
      return r
    }
    let node = s.get(CoreKinds.node, nil, nodeName)
    let nodeReady = node.map { Node(json: $0).isReady } ?? false
    let scheduledAt = condition(pod, "PodScheduled")?["lastTransitionTime"]?.stringValue.flatMap(Timestamps.parse) ?? s.now
    let startup = Double(pod["metadata"]?["annotations"]?[SimPodAnnotations.startupSeconds]?.stringValue ?? "") ?? 3
    let readyAt = scheduledAt.addingTimeInterval(startup)
    let isReady = condition(pod, "Ready")?["status"] == "True"
    if node == nil {
      // Pod garbage collection: a pod bound to a node that does not exist is deleted after the
      // 40 s quarantine (counted here from the pod's scheduling; a node deleted later takes
      // its pods at once).
      let gone = scheduledAt.addingTimeInterval(40)
      if s.now >= gone { return Reconciliation(actions: [.delete(CoreKinds.pod, namespace: pod["metadata"]?["namespace"]?.stringValue, name: pod["metadata"]?["name"]?.stringValue ?? "")]) }
      r.requeueAfter = gone.timeIntervalSince(s.now)
      return r
    }
    if !nodeReady {
      let deadline = evictionDeadline(pod, node: node)
      if let deadline, s.now >= deadline { return evict(pod) }
      r.requeueAfter = deadline.map { $0.timeIntervalSince(s.now) }
      if isReady {
        // The node is gone: the pod stops being ready, and a cache worker loses its cache.
        var o = pod
        if o["metadata"]?["annotations"]?[cachedBytesAnnotation] != nil {
          o[path: ["metadata", "annotations", cachedBytesAnnotation]] = "0"
          r.add(.update(CoreKinds.pod, o))
        }
        o["status"] = status(phase: "Running", ready: false, scheduledAt: scheduledAt, now: s.now, pod: pod, reason: "NodeNotReady")
        r.add(.updateStatus(CoreKinds.pod, o))
      }
      return r
    }
    if s.now.timeIntervalSince(readyAt) < -0.0005 {
      r.requeueAfter = readyAt.timeIntervalSince(s.now)
      return r
    }
    if !isReady, !fuseReady(for: pod, on: nodeName, in: s) {
      // The CSI plugin waits for the dataset's fuse on this node before the volume is ready.
      r.requeueAfter = 1
      return r
    }
    if let exit = plannedExit(pod, readyAt: readyAt) {
      if s.now >= exit.at {
        r.add(.updateStatus(CoreKinds.pod, JobController.terminated(pod, succeeded: exit.code == 0, at: exit.at, exitCode: exit.code)))
        return r
      }
      r.requeueAfter = exit.at.timeIntervalSince(s.now)
    }
    if !isReady {
      var o = pod
      o["status"] = status(phase: "Running", ready: true, scheduledAt: scheduledAt, now: s.now, pod: pod, reason: nil)
      r.add(.updateStatus(CoreKinds.pod, o))
    }
    return r
  }

  /// When a pod with `sim.fluidctl.io/run-seconds` exits, and with which code: only pods that
  /// are not restarted (restartPolicy Never, or OnFailure with exit code 0).
  func plannedExit(_ pod: JSONValue, readyAt: Date) -> (at: Date, code: Int)? {
    let annotations = pod["metadata"]?["annotations"]
    guard let run = Double(annotations?[SimPodAnnotations.runSeconds]?.stringValue ?? ""), run >= 0 else { return nil }
    let code = Int(annotations?[SimPodAnnotations.exitCode]?.stringValue ?? "") ?? 0
    let policy = pod["spec"]?["restartPolicy"]?.stringValue ?? "Always"
    guard policy == "Never" || (policy == "OnFailure" && code == 0) else { return nil }
    return (readyAt.addingTimeInterval(run), code)
  }

  /// Whether every dataset the pod mounts has a ready fuse pod on `node` (pods mounting no
  /// dataset, or a dataset without a runtime yet, do not wait).
  func fuseReady(for pod: JSONValue, on node: String, in s: ClusterSnapshot) -> Bool {
    let ns = pod["metadata"]?["namespace"]?.stringValue
    for claim in Pod(json: pod).claimNames {
      guard let ds = s.get(Dataset.descriptor, ns, claim), ds["status"]?["runtimes"]?.arrayValue?.isEmpty == false else { continue }
      let fuse = s.pods(release: claim, namespace: ns).first {
        ($0["metadata"]?["labels"]?["role"]?.stringValue ?? "").hasSuffix("-fuse") && $0["spec"]?["nodeName"]?.stringValue == node
      }
      guard let fuse, (fuse["status"]?["conditions"]?.arrayValue ?? []).contains(where: { $0["type"] == "Ready" && $0["status"] == "True" }) else {
        return false
      }
    }
    return true
  }

  /// `sim://sha256:<64 hex>` for an image name, the same every time.
  static func imageID(_ image: String) -> String {
    let hex = (EmbeddedCluster.uuid(from: "image/\(image)") + EmbeddedCluster.uuid(from: "digest/\(image)")).replacingOccurrences(of: "-", with: "")
    return "sim://sha256:" + hex
  }

  func condition(_ pod: JSONValue, _ type: String) -> JSONValue? {
    (pod["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"]?.stringValue == type }
  }

  func status(phase: String, ready: Bool, scheduledAt: Date, now: Date, pod: JSONValue, reason: String?) -> JSONValue {
    let t = Timestamps.format(now)
    let containers = (pod["spec"]?["containers"]?.arrayValue ?? []).map { c -> JSONValue in
      [
        "name": c["name"] ?? "main", "image": c["image"] ?? "", "ready": .bool(ready), "restartCount": 0,
        // The image's digest once pulled (kubelet reports "" before), derived from its name.
        "imageID": .string(ready ? Self.imageID(c["image"]?.stringValue ?? "") : ""),
        "started": .bool(ready), "state": ready ? ["running": ["startedAt": .string(t)]] : ["waiting": ["reason": .string(reason ?? "ContainerCreating")]],
      ]
    }
    var conditions: [JSONValue] = [
      ["type": "PodScheduled", "status": "True", "lastTransitionTime": .string(Timestamps.format(scheduledAt))],
      ["type": "Initialized", "status": "True", "lastTransitionTime": .string(Timestamps.format(scheduledAt))],
      ["type": "ContainersReady", "status": .string(ready ? "True" : "False"), "lastTransitionTime": .string(t)],
      ["type": "Ready", "status": .string(ready ? "True" : "False"), "lastTransitionTime": .string(t)],
    ]
    if let reason { conditions[3]["reason"] = .string(reason) }
    var st: JSONValue = ["phase": .string(phase), "conditions": .array(conditions), "containerStatuses": .array(containers)]
    st["startTime"] = .string(Timestamps.format(scheduledAt))
    st["hostIP"] = pod["status"]?["hostIP"] ?? .null
    return st
  }

  func schedule(_ pod: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let nodes = s.index.nodeInfos { s.list(CoreKinds.node) }
    // kube-scheduler's VolumeBinding pre-filter: a claim that does not exist fits no node.
    let ns = pod["metadata"]?["namespace"]?.stringValue
    if let missing = Pod(json: pod).claimNames.first(where: { s.get(CoreKinds.persistentVolumeClaim, ns, $0) == nil }) {
      return unschedulable(pod, "0/\(nodes.count) nodes are available: persistentvolumeclaim \"\(missing)\" not found.", in: s)
    }
    // Feasible nodes as (score, index in `nodes`).
    var fits: [(score: Int, node: Int)] = []
    // Why nodes did not fit, with counts (a handful of distinct reasons: a list, not a hash).
    var reasons: [(why: String, count: Int)] = []
    func reject(_ why: String) {
      if let i = reasons.firstIndex(where: { $0.why == why }) { reasons[i].count += 1 } else { reasons.append((why, 1)) }
    }
    let demand = PodDemand(pod)
    let locality = Scheduling.cacheLocality(pod, in: s)
    // As kube-scheduler: filter from where the last cycle stopped, round the ring, until enough
    // feasible nodes are found; the next cycle starts after the nodes this one looked at.
    let wanted = Scheduling.feasibleNodesToFind(nodes.count)
    fits.reserveCapacity(min(wanted, nodes.count))
    let start = nodes.isEmpty ? 0 : s.scheduler.nextStartNodeIndex % nodes.count
    var processed = 0
    for offset in nodes.indices {
      if fits.count >= wanted { break }
      processed += 1
      let index = (start + offset) % nodes.count
      let info = nodes[index]
      let usage = info.usage
      if let why = Scheduling.whyNot(demand, fitsOn: info, usage: usage) {
        reject(why)
      } else if !locality.required.isEmpty, !locality.required.allSatisfy({ info.labels[$0] == "true" }) {
        reject("node(s) didn't match Pod's node affinity/selector")
      } else {
        // Fluid's webhook prefers nodes that cache the pod's datasets (weight 100 each).
        let preferred = locality.preferred.isEmpty ? 0 : locality.preferred.count(where: { info.labels[$0] == "true" })
        fits.append((usage.pods - 1000 * preferred, index))
      }
    }
    if !nodes.isEmpty { s.scheduler.nextStartNodeIndex = (start + processed) % nodes.count }
    // `nodes` is in name order: among equal scores the lower index is the lower name.
    guard let chosen = fits.min(by: { $0.score != $1.score ? $0.score < $1.score : $0.node < $1.node }) else {
      let summary = reasons.sorted { $0.why < $1.why }.map { "\($0.count) \($0.why)" }.joined(separator: ", ")
      return unschedulable(pod, "0/\(nodes.count) nodes are available: \(summary).", in: s)
    }
    var bound = pod
    let best = nodes[chosen.node]
    bound[path: ["spec", "nodeName"]] = .string(best.name)
    r.add(.update(CoreKinds.pod, bound))
    var withStatus = bound
    var st = status(phase: "Pending", ready: false, scheduledAt: s.now, now: s.now, pod: pod, reason: "ContainerCreating")
    if let ip = best.ip { st["hostIP"] = .string(ip) }
    withStatus["status"] = st
    r.add(.updateStatus(CoreKinds.pod, withStatus))
    let startup = Double(pod["metadata"]?["annotations"]?[SimPodAnnotations.startupSeconds]?.stringValue ?? "") ?? 3
    r.requeueAfter = startup
    return r
  }

  /// The pod stays Pending with `PodScheduled=False` saying why (written when the reason
  /// changes); the scheduler tries again in a minute or when a node or claim changes.
  func unschedulable(_ pod: JSONValue, _ message: String, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let existing = condition(pod, "PodScheduled")
    if existing?["message"]?.stringValue != message {
      var o = pod
      o["status"] = [
        "phase": "Pending",
        "conditions": [[
          "type": "PodScheduled", "status": "False", "reason": "Unschedulable", "message": .string(message),
          "lastTransitionTime": .string(s.nowText),
        ]],
      ]
      r.add(.updateStatus(CoreKinds.pod, o))
    }
    r.requeueAfter = 60
    return r
  }

  /// The taint manager: a node that is not ready is tainted `node.kubernetes.io/not-ready` (or
  /// `unreachable` when its kubelet stopped reporting) with NoExecute, which pods tolerate for
  /// 300 s by default (DefaultTolerationSeconds) and are then deleted — except DaemonSet pods
  /// (the fuses), which tolerate it for good. When the pod goes, or nil when it stays.
  func evictionDeadline(_ pod: JSONValue, node: JSONValue?) -> Date? {
    guard let node, (pod["metadata"]?["labels"]?["role"]?.stringValue ?? "").hasSuffix("-fuse") == false,
      let ready = (node["status"]?["conditions"]?.arrayValue ?? []).first(where: { $0["type"] == "Ready" }),
      let key = NodeLifecycleController.taintKey(readyStatus: ready["status"]?.stringValue),
      let since = ready["lastTransitionTime"]?.stringValue.flatMap(Timestamps.parse)
    else { return nil }
    let explicit = (pod["spec"]?["tolerations"]?.arrayValue ?? []).first {
      ($0["key"]?.stringValue == key || ($0["key"] == nil && $0["operator"] == "Exists"))
        && ($0["effect"]?.stringValue ?? "NoExecute") == "NoExecute"
    }
    if let explicit, explicit["tolerationSeconds"] == nil { return nil }
    return since.addingTimeInterval(Double(explicit?["tolerationSeconds"]?.intValue ?? 300))
  }

  func evict(_ pod: JSONValue) -> Reconciliation {
    var r = Reconciliation()
    let ns = pod["metadata"]?["namespace"]?.stringValue ?? "default"
    let name = pod["metadata"]?["name"]?.stringValue ?? ""
    r.add(.event(SimEvent(about: pod, type: "Normal", reason: "TaintManagerEviction", message: "Marking for deletion Pod \(ns)/\(name)",
      component: "taint-eviction-controller")))
    r.add(.delete(CoreKinds.pod, namespace: ns, name: name))
    return r
  }
}
