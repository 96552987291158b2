import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  /// The kinds the controllers read.
  static var simulatedKinds: [ResourceDescriptor] {
    [
      CoreKinds.node, CoreKinds.pod, CoreKinds.persistentVolume, CoreKinds.persistentVolumeClaim, CoreKinds.statefulSet, CoreKinds.daemonSet,
      CoreKinds.job, CoreKinds.cronJob, CoreKinds.horizontalPodAutoscaler, CoreKinds.cronHorizontalPodAutoscaler,
    ]
      + FluidCRDs.descriptors.filter { $0.plural != "cacheruntimeclasses" }
  }

  /// The simulated time of the next controller requeue or lease expiry that `advanceWorld`
  /// would process (nil: nothing is scheduled). Changes not yet handled count as due now.
  public func nextScheduledTime() throws -> Date? {
    try locked {
      var state = DriverState(json: try store.simState("driver")) ?? DriverState(seen: 0, due: [:])
      let t = [state.nextDue(), try store.nextExpiry()].compactMap { $0 }.min()
      return t.map { Date(timeIntervalSince1970: $0) }
    }
  }

  /// Brings the world up to the clock's current time: every change and every controller
  /// requeue is processed in time order, each at its own instant, until nothing is left that
  /// is due by now. Deterministic: the same state and clock give the same result. Holds the
  /// state's write lock throughout, so concurrent processes never run controllers twice.
  public func advanceWorld() throws {
    guard runsControllers else { return }
    try locked {
      try store.writeTransaction {
        let target = try storedClock().now(wall: wall())
        var state = DriverState(json: try store.simState("driver")) ?? DriverState(seen: 0, due: [:])
        // Changes written since the last run, each to be handled at the time it was made.
        var pending: [(time: Double, rv: Int64, change: Change)] = try store.allChanges(after: state.seenResourceVersion)
          .map { ($0.1, $0.0.resourceVersion, $0.0) }
        let horizon = target.timeIntervalSince1970
        let kicked = try store.simState("kick") != nil
        // The change log keeps the last `retainedChanges` changes. When more were written since
        // the driver last looked (a large apply), it relists as an informer does after 410 Gone:
        // every object is reconciled once, at the first instant.
        var relist = state.seenResourceVersion < (try store.compactedResourceVersion())
        let nextExpiry = try store.nextExpiry() ?? .infinity
        let nothingDue = (state.nextDue() ?? .infinity) > horizon && nextExpiry > horizon
        if pending.isEmpty && nothingDue && !kicked && !relist { return }
        if let last = pending.last { state.seenResourceVersion = last.rv }
        let controllers = FluidControllers.all
        var snapshot = try loadSnapshot(at: target)
        // Every write of this advance stays in memory and is committed once at its end.
        try store.beginOverlay()
        // Reads of objects not written yet come from the snapshot's parsed copies.
        try store.overlay?.keepUnwritten(snapshot.objects, namespaces: try store.list(resource: CoreKinds.namespace.qualifiedPlural, namespace: nil, after: nil, limit: nil))
        defer { store.dropOverlay() }
        var rounds = 0
        var lastInstant = -Double.infinity
        var sameInstant = 0
        while rounds < 10_000_000 {
          rounds += 1
          let first = relist ? min(pending.first?.time ?? horizon, horizon) : nil
          guard let t = [first, pending.first?.time, state.nextDue(), try store.nextExpiry()].compactMap({ $0 }).min(), t <= horizon + 1e-9
          else { break }
          // A controller that asks to run again at the same instant forever is a bug: stop it.
          sameInstant = t == lastInstant ? sameInstant + 1 : 0
          lastInstant = t
          if sameInstant > 200 { break }
          let instant = Date(timeIntervalSince1970: max(t, 0))
          pinnedTime = instant
          defer { pinnedTime = nil }
          snapshot.now = instant
          // Events whose lease ended go first; they wake no controller.
          try store.expire(upTo: t)
          var dirty = Set<String>()
          var groups = Set<Int>()
          var next = 0
          while next < pending.count, pending[next].time <= t + 1e-9 {
            dirty.formUnion(wake(by: pending[next].change, controllers: controllers, snapshot: snapshot, state: &state, groups: &groups))
            next += 1
          }
          pending.removeFirst(next)
          if relist {
            relist = false
            for (i, c) in controllers.enumerated() {
              for k in (snapshot.objects[c.primary.qualifiedPlural] ?? [:]).keys { dirty.insert("\(i)|\(k)") }
            }
          }
          dirty.formUnion(expand(groups, controllers: controllers, snapshot: snapshot))
          dirty.formUnion(state.takeDue(by: t))
          if debugSimulation { FileHandle.standardError.write(Data("sim: t=\(Timestamps.format(instant)) dirty=\(dirty.sorted())\n".utf8)) }
          try settle(dirty, controllers: controllers, snapshot: &snapshot, state: &state, horizon: horizon)
        }
        if kicked {
          // Faults or the UFS catalog changed: every transfer is reconsidered now.
          pinnedTime = target
          defer { pinnedTime = nil }
          snapshot.now = target
          var dirty = Set<String>()
          for (i, c) in controllers.enumerated() where c is DataLoadController || c is AppReadController {
            for k in (snapshot.objects[c.primary.qualifiedPlural] ?? [:]).keys { dirty.insert("\(i)|\(k)") }
          }
          try settle(dirty, controllers: controllers, snapshot: &snapshot, state: &state, horizon: horizon)
          try store.setSimState("kick", nil)
        }
        state.seenResourceVersion = max(state.seenResourceVersion, try store.currentResourceVersion())
        try saveTransfers(of: snapshot)
        try store.commitOverlay()
        try store.setSimState("driver", state.json)
        try store.setSimState("scheduler", ["nextStartNodeIndex": .int(Int64(snapshot.scheduler.nextStartNodeIndex))])
        try store.setSimState("hpa", HPAMemory.save(snapshot.hpaMemory))
        // Kept until the next advance: a one-shot command then exits without freeing every
        // object of the snapshot one by one (a few ms with thousands of objects).
        Self.lastSnapshot.keep(snapshot)
      }
    }
  }

  /// Reconciles `dirty` and whatever their actions touch, at the snapshot's instant, until quiet.
  /// Every write (including what garbage collection does in its wake) is read back from the
  /// change log, so the snapshot stays exact and every affected object is looked at again.
  private func settle(
    _ initial: Set<String>, controllers: [any Controller], snapshot: inout ClusterSnapshot, state: inout DriverState,
    horizon: Double
  ) throws {
    var dirty = initial
    var passes = 0
    while !dirty.isEmpty && passes < 50 {
      passes += 1
      var next = Set<String>()
      var groups = Set<Int>()
      for entry in dirty.sorted() {
        let parts = entry.split(separator: "|", maxSplits: 1).map(String.init)
        guard parts.count == 2, let i = Int(parts[0]), i < controllers.count else { continue }
        let c = controllers[i]
        guard let obj = snapshot.objects[c.primary.qualifiedPlural]?[parts[1]] else {
          state.forget(entry)
          continue
        }
        let result = c.reconcile(obj, in: snapshot)
        for action in result.actions {
          // The data plane's own state changes in the snapshot at once (no API write).
          if case .transfer(let key, let t) = action {
            snapshot.setTransfer(key, t)
          } else if case .hpaMemory(let key, let m) = action {
            snapshot.hpaMemory[key] = m
          } else {
            try perform(action, snapshot: snapshot)
          }
        }
        for (change, at) in try store.allChanges(after: state.seenResourceVersion) {
          state.seenResourceVersion = change.resourceVersion
          // A user's change of a later instant waits for its turn in the main loop.
          if at > snapshot.now.timeIntervalSince1970 + 1e-9 { continue }
          let previous = apply(change, to: &snapshot)
          next.formUnion(wake(by: change, previous: previous, controllers: controllers, snapshot: snapshot, state: &state, groups: &groups))
        }
        state.record(
          entry, now: snapshot.now.timeIntervalSince1970, requeueAfter: result.requeueAfter, refreshEvery: result.refreshEvery,
          target: horizon)
      }
      dirty = next.union(expand(groups, controllers: controllers, snapshot: snapshot))
    }
    // Still busy after 50 passes: the rest runs again at this instant (the main loop stops a
    // controller that never settles).
    for entry in dirty { state.schedule(entry, at: snapshot.now.timeIntervalSince1970) }
  }

  /// Brings the snapshot up to date with one change from the log; returns the version it replaced.
  private func apply(_ change: Change, to snapshot: inout ClusterSnapshot) -> JSONValue? {
    guard Self.simulatedKindNames.contains(change.key.resource) else { return nil }
    let k = ClusterSnapshot.key(change.key.namespace.isEmpty ? nil : change.key.namespace, change.key.name)
    let old = snapshot.objects[change.key.resource]?[k]
    let new: JSONValue? = change.type == .deleted ? nil : change.object
    if !Self.sameTopology(old, new) { snapshot.topology += 1 }
    snapshot.replace(change.key.resource, k, with: new)
    return old
  }

  static let simulatedKindNames = Set(simulatedKinds.map(\.qualifiedPlural))

  /// The most recent snapshot of any cluster in this process (see `advanceWorld`).
  static let lastSnapshot = Retained<ClusterSnapshot>()

  /// Whether `a` and `b` (the old and the new version of one object, nil when absent) agree on what the data
  /// plane depends on: existence, phase, readiness, node, finish marks. Progress counters
  /// (bytes done) are not part of it.
  static func sameTopology(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
    // A loader Job's pods: the flows follow the load's transfer, not its pods.
    if let o = a ?? b, o["metadata"]?["labels"]?["role"]?.stringValue == "dataload-pod" { return true }
    guard let a, let b else { return a == nil && b == nil }
    let am = a["metadata"]
    let bm = b["metadata"]
    let aa = am?["annotations"]
    let ba = bm?["annotations"]
    func marked(_ key: String) -> Bool { (aa?[key] == nil) == (ba?[key] == nil) }
    let aLoader = Transfer.isLoader(a)
    guard aLoader == Transfer.isLoader(b) else { return false }
    // A loader's flow depends on its Job existing and on its transfer (see `setTransfer`), not
    // on its phase.
    if aLoader { return true }
    func ready(_ o: JSONValue) -> Bool {
      (o["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
    }
    return a["status"]?["phase"] == b["status"]?["phase"] && ready(a) == ready(b)
      && a["spec"]?["nodeName"] == b["spec"]?["nodeName"] && marked(ReadAnnotations.finishedAt)
      // A reader's source pinned to what the plan chose for it (nil → value) leaves the plan as it is.
      && (aa?[ReadAnnotations.source] == ba?[ReadAnnotations.source] || aa?[ReadAnnotations.source] == nil)
      && a["status"]?["operationRef"] == b["status"]?["operationRef"]
  }

  /// The entries to reconcile now because of `change`; refreshes that poll for it are brought
  /// back onto their cadence. `controllers` is `FluidControllers.all`, whose watch table says
  /// which of them see a change of each kind.
  private func wake(
    by change: Change, previous: JSONValue? = nil, controllers: [any Controller], snapshot: ClusterSnapshot, state: inout DriverState,
    groups: inout Set<Int>
  ) -> Set<String> {
    // Controllers read only the simulated kinds, and react only to them (Events, for one, wake
    // nobody).
    guard Self.simulatedKindNames.contains(change.key.resource), let kind = registry.descriptor(qualifiedPlural: change.key.resource)
    else { return [] }
    var out = Set<String>()
    let now = snapshot.now.timeIntervalSince1970
    let engines = RuntimeController.concernedEngines(by: change.object, kind: kind, in: snapshot)
    for i in FluidControllers.watchers[change.key.resource] ?? [] {
      if let engines, let engine = FluidControllers.engineTypes[i], !engines.contains(engine) { continue }
      let c = controllers[i]
      for k in c.affected(by: change.object, previous: previous, kind: kind, in: snapshot) { out.insert("\(i)|\(k)") }
      for k in c.polled(by: change.object, previous: previous, kind: kind, in: snapshot) { state.pullBack("\(i)|\(k)", now: now) }
      if !groups.contains(i), c.wakesFlowGroup(by: change.object, kind: kind, in: snapshot) { groups.insert(i) }
    }
    return out
  }

  /// The members of the flow groups that changes asked for, as of the snapshot now.
  private func expand(_ groups: Set<Int>, controllers: [any Controller], snapshot: ClusterSnapshot) -> Set<String> {
    var out = Set<String>()
    for i in groups.sorted() {
      for k in controllers[i].flowGroup(in: snapshot) { out.insert("\(i)|\(k)") }
    }
    return out
  }

  /// Loads every object the controllers read.
  func loadSnapshot(at time: Date) throws -> ClusterSnapshot {
    var objects: [String: [String: JSONValue]] = [:]
    for d in Self.simulatedKinds {
      var byKey: [String: JSONValue] = [:]
      for o in try store.list(resource: d.qualifiedPlural, namespace: nil, after: nil, limit: nil) {
        byKey[ClusterSnapshot.key(o["metadata"]?["namespace"]?.stringValue, o["metadata"]?["name"]?.stringValue ?? "")] = o
      }
      objects[d.qualifiedPlural] = byKey
    }
    let ufs = (try store.simState("ufs")?.arrayValue ?? []).compactMap(Scenario.UFSEndpoint.init(json:))
    var snapshot = ClusterSnapshot(now: time, objects: objects, ufs: ufs, faults: Faults(json: try store.simState("faults")))
    snapshot.loadTransfers(try store.transfers())
    snapshot.scheduler.nextStartNodeIndex = Int(try store.simState("scheduler")?["nextStartNodeIndex"]?.intValue ?? 0)
    snapshot.hpaMemory = HPAMemory.load(try store.simState("hpa"))
    return snapshot
  }

  /// Stores the transfers that changed, and forgets those whose loader Job (or CronJob, or a bare
  /// loader pod of an earlier version) is gone; a loader deleted and created again in one
  /// reconcile starts a new one.
  private func saveTransfers(of snapshot: ClusterSnapshot) throws {
    var changed: [String: Transfer?] = [:]
    for key in snapshot.changedTransfers { changed[key] = snapshot.transfers[key] }
    let owners = [CoreKinds.job, CoreKinds.cronJob, CoreKinds.pod].map { snapshot.objects[$0.qualifiedPlural] ?? [:] }
    for key in snapshot.transfers.keys where !owners.contains(where: { $0[key] != nil }) { changed[key] = .some(nil) }
    try store.saveTransfers(changed)
  }

  /// Performs one controller action. A failing action is reported as a Warning event on the
  /// object instead of stopping the world.
  private func perform(_ action: ControllerAction, snapshot: ClusterSnapshot) throws {
    let options = WriteOptions(fieldManager: "fluid-controller", fieldValidation: .ignore)
    do {
      switch action {
      case .create(let d, let o):
        _ = try store.writeTransaction { try createLocked(d, o["metadata"]?["namespace"]?.stringValue, o, options, operation: "Update") }
      case .update(let d, let o), .updateStatus(let d, let o):
        let ns = o["metadata"]?["namespace"]?.stringValue
        let name = o["metadata"]?["name"]?.stringValue ?? ""
        // The latest version of the object, which an earlier action may have changed.
        guard let live = try store.get(key(d, ns, name)) else { return }
        var candidate = o
        candidate[path: ["metadata", "resourceVersion"]] = live["metadata"]?["resourceVersion"]
        var sub: String?
        if case .updateStatus = action { sub = "status" }
        _ = try updateSync(d, namespace: ns, object: candidate, subresource: sub, options: options)
      case .delete(let d, let ns, let name):
        guard try store.get(key(d, ns, name)) != nil else { return }
        _ = try deleteSync(d, namespace: ns, name: name, options: DeleteOptions())
      case .event(let e):
        try emitEvent(e)
      case .transfer, .hpaMemory:
        break
      }
    } catch let error as FluidError {
      if case .event = action { return }
      try emitEvent(
        SimEvent(about: Self.involved(of: action), type: "Warning", reason: "SimulatorActionFailed",
          message: simulatorMessage(error), component: "fluidctl-simulator"))
    }
  }

  static func involved(of action: ControllerAction) -> JSONValue {
    switch action {
    case .create(_, let o), .update(_, let o), .updateStatus(_, let o): return o
    case .delete(let d, let ns, let name):
      var o: JSONValue = ["apiVersion": .string(d.apiVersion), "kind": .string(d.kind), "metadata": ["name": .string(name)]]
      if let ns { o[path: ["metadata", "namespace"]] = .string(ns) }
      return o
    case .event(let e): return e.involved
    case .transfer, .hpaMemory: return .null
    }
  }
}

/// `FLUIDCTL_SIM_DEBUG=1` traces each simulated instant on stderr.
let debugSimulation = ProcessInfo.processInfo.environment["FLUIDCTL_SIM_DEBUG"] == "1"

/// A one-line description of an error for a simulator event (no dependency on FluidCommands).
func simulatorMessage(_ e: FluidError) -> String {
  switch e {
  case .api(let s): return s.message
  default: return "\(e)"
  }
}

/// Holds one value; replacing it frees the previous one.
final class Retained<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value?
  func keep(_ v: Value) { lock.withLock { value = v } }
}
