import FluidDashboard
import FluidHTTP
import FluidKit
import FluidModel
import FluidSimulator
import FluidTUI
import Foundation

/// Runs `fluidctl top`: one Informer per watched kind feeds the dashboard's state; worker
/// metrics are read through the pod proxy each interval; the screen is drawn from the pure
/// renderer. Informer updates are coalesced (the latest cache per kind) and applied once per
/// interval; keys are applied at once.
final class TopSession: @unchecked Sendable {
  let ctx: CommandContext
  let client: any ClusterClient
  let selector: LabelSelector?
  let interval: Double
  let readonly: Bool
  let color: Bool
  var namespace: String?

  private let lock = NSLock()
  private var pendingChanges: [String: (ResourceDescriptor, [WatchEvent])] = [:]
  private var pendingEvents: [DashboardEvent] = []
  private var synced: Set<String> = []
  private var informers: [Task<Void, Never>] = []
  private var metricsInFlight = false
  /// The first failure of an informer that does not retry (snapshots).
  private var failure: (any Error)?
  private var generation = 0

  /// glibc's `mallopt(M_ARENA_MAX, n)`: by default every thread that allocates gets an arena
  /// of its own, and the informers' watch threads each keep megabytes of freed memory.
  @_silgen_name("mallopt") private static func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

  /// Two malloc arenas for the whole process (glibc only; a no-op elsewhere).
  static func limitMallocArenas() {
    #if os(Linux)
      _ = mallopt(-8, 2)  // M_ARENA_MAX
    #endif
  }

  init(ctx: CommandContext, client: any ClusterClient, namespace: String?, selector: LabelSelector?, interval: Double, readonly: Bool, color: Bool) {
    self.ctx = ctx
    self.client = client
    self.namespace = namespace
    self.selector = selector
    self.interval = interval
    self.readonly = readonly
    self.color = color
  }

  /// What the dashboard keeps of each object: pods and events only the fields it reads, the
  /// rest without managedFields and the last-applied annotation (a third of the memory of
  /// 1,000 datasets with their runtimes and workers).
  static func slim(_ d: ResourceDescriptor) -> @Sendable (JSONValue) -> JSONValue {
    @Sendable func pick(_ o: JSONValue, _ paths: [[String]]) -> JSONValue {
      var out: JSONValue = [:]
      for p in paths { if let v = o[path: p] { out[path: p] = v } }
      return out
    }
    let meta: [[String]] = [
      ["apiVersion"], ["kind"], ["metadata", "name"], ["metadata", "namespace"], ["metadata", "labels"],
      ["metadata", "resourceVersion"], ["metadata", "creationTimestamp"], ["metadata", "uid"],
    ]
    if d == DashboardKinds.pod {
      return { pick($0, meta + [["spec", "nodeName"], ["spec", "containers"], ["status", "phase"], ["status", "conditions"], ["status", "podIP"], ["status", "hostIP"]]) }
    }
    if d == DashboardKinds.dataset {
      return {
        pick($0, meta + [["metadata", "deletionTimestamp"], ["metadata", "finalizers"], ["status", "phase"], ["status", "cacheStates"], ["status", "ufsTotal"]])
      }
    }
    if DashboardKinds.runtimes.contains(d) {
      return {
        pick($0, meta + [["spec", "replicas"], ["spec", "tieredstore"]] + ["masterPhase", "workerPhase", "workerNumberReady", "desiredWorkerNumberScheduled", "workerReason", "selector"].map { ["status", $0] })
      }
    }
    if DashboardKinds.operations.contains(d) {
      return { pick($0, meta + [["spec", "dataset"], ["spec", "from"], ["spec", "to"], ["status", "phase"], ["status", "duration"]]) }
    }
    if d == DashboardKinds.event {
      return {
        pick($0, meta + [["involvedObject"], ["reason"], ["type"], ["message"], ["count"], ["lastTimestamp"], ["eventTime"], ["firstTimestamp"]])
      }
    }
    return Informer.withoutBookkeeping
  }

  /// Worker pods of every engine, by the `role` label Fluid's charts give them.
  static let workerRoles = try! LabelSelector(
    parsing: "role in (alluxio-worker,jindo-worker,jindofs-worker,juicefs-worker,efc-worker,vineyard-worker,thin-worker)")

  var contextName: String {
    if client is EmbeddedCluster { return "embedded" }
    if let k = client as? KubernetesClient { return k.configuration.contextName ?? k.configuration.server }
    return client.backendDescription
  }

  // MARK: - Informers

  /// Starts one informer per watched kind. `retrying`: reconnect with backoff (the screen);
  /// otherwise the first failure ends a snapshot at once, as kubectl would.
  func startInformers(retrying: Bool = true) {
    lock.withLock {
      generation += 1
      synced = []
      pendingChanges = [:]
    }
    let gen = lock.withLock { generation }
    for d in DashboardKinds.all {
      var options = ListOptions()
      if d == DashboardKinds.dataset { options.labelSelector = selector }
      if d == DashboardKinds.pod { options.labelSelector = Self.workerRoles }
      // Autoscalers are extra: a cluster that does not serve them, or a user who may not list
      // them, still gets the rest of the screen (no reconnecting or unauthorized header).
      let optional = d == DashboardKinds.autoscaler
      var informer = Informer(
        client: client, resource: d, namespace: namespace, options: options,
        retry: retrying && !optional ? .backoff(initial: 0.5, maximum: 30) : .never)
      informer.transform = Self.slim(d)
      informer.pageSize = 100
      informers.append(Task { [self] in
        do {
        try await informer.run { update, _ in
          self.lock.withLock {
            guard gen == self.generation else { return }
            switch update {
            case .synced(let changes):
              self.synced.insert(d.qualifiedPlural)
              self.pendingChanges[d.qualifiedPlural, default: (d, [])].1 += changes
            case .event(let e): self.pendingChanges[d.qualifiedPlural, default: (d, [])].1.append(e)
            case .connection(let c): self.pendingEvents.append(.connection(c))
            }
          }
          return Task.isCancelled
        }
        } catch {
          lock.withLock {
            if optional {
              self.synced.insert(d.qualifiedPlural)
            } else if failure == nil {
              failure = error
            }
          }
        }
      })
    }
  }

  func stopInformers() {
    for t in informers { t.cancel() }
    informers = []
  }

  func post(_ e: DashboardEvent) { lock.withLock { pendingEvents.append(e) } }

  /// Takes what arrived since the last call: each kind's changes (when `stores`) and the
  /// events posted.
  func drain(stores: Bool) -> [DashboardEvent] {
    lock.withLock {
      var out: [DashboardEvent] = []
      if stores {
        out = pendingChanges.values.map { DashboardEvent.changes($0.0, $0.1) }
        pendingChanges = [:]
      }
      out += pendingEvents
      pendingEvents = []
      return out
    }
  }

  /// Throws the first failure of a non-retrying informer.
  func checkFailure() throws {
    if let failure = lock.withLock({ failure }) { throw failure }
  }

  var allSynced: Bool { lock.withLock { synced.count == DashboardKinds.all.count } }

  /// Waits until every informer has listed once (at most 30 s).
  func waitForSync() async throws {
    let deadline = Date().addingTimeInterval(30)
    while !allSynced {
      try checkFailure()
      if Date() > deadline {
        let reasons = drain(stores: false).compactMap { e -> String? in
          if case .connection(.reconnecting(_, _, let r)) = e { return r }
          if case .connection(.unauthorized(let m)) = e { return m }
          return nil
        }
        throw FluidError.unreachable("the cluster did not answer within 30s" + (reasons.last.map { ": \($0)" } ?? ""))
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  // MARK: - Clock and metrics

  /// The cluster's time, whether it is simulated, and the simulated clock's mode.
  func clusterTime() async -> (Date, Bool, String) {
    if let cluster = client as? EmbeddedCluster, let clock = try? cluster.clock() {
      let now = (try? await cluster.currentTime()) ?? Date()
      let note = clock.paused ? "paused" : clock.mode == .manual ? "manual" : (clock.speed == 1 ? "" : "x\(FluidFormat.whole(clock.speed))")
      return (now, true, note)
    }
    return ((try? await client.currentTime()) ?? Date(), false, "")
  }

  /// Reads the metrics of `pods` (by runtime kind) and posts them, unless a read is running.
  func refreshMetrics(_ targets: [(runtimeKind: String, pods: [JSONValue])]) {
    guard lock.withLock({ () -> Bool in
      if metricsInFlight { return false }
      metricsInFlight = true
      return true
    }) else { return }
    Task { [self] in
      let readings = await readMetrics(targets)
      post(readings)
      lock.withLock { metricsInFlight = false }
    }
  }

  func readMetrics(_ targets: [(runtimeKind: String, pods: [JSONValue])]) async -> DashboardEvent {
    var all: [String: CacheReport.MetricsReading] = [:]
    let reader = WorkerMetricsReader(client: client)
    for t in targets {
      for (pod, r) in await reader.read(runtimeKind: t.runtimeKind, pods: t.pods) {
        let ns = t.pods.first?["metadata"]?["namespace"]?.stringValue ?? ""
        all["\(ns)/\(pod)"] = r
      }
    }
    let failures = all.values.compactMap { r -> String? in
      if case .failure(let f) = r { return f.reason }
      return nil
    }
    return .metrics(all, note: failures.first)
  }

  /// The worker pods of the given datasets, by runtime.
  static func metricTargets(_ s: DashboardState, _ rows: [DatasetRow]) -> [(runtimeKind: String, pods: [JSONValue])] {
    rows.compactMap { row in
      guard let rt = s.data.runtime(of: row.key) else { return nil }
      return (rt.descriptor.kind, s.data.workers(of: rt.object))
    }
  }

  func newState(width: Int, height: Int, environment: [String: String]) -> DashboardState {
    DashboardState(
      width: width, height: height, glyphs: Glyphs.detect(environment), color: color, readonly: readonly, context: contextName,
      namespace: namespace)
  }

  /// Applies what arrived and the interval's tick.
  func tick(_ s: inout DashboardState) async {
    for e in drain(stores: true) { _ = Dashboard.reduce(&s, e) }
    let (now, simulated, note) = await clusterTime()
    _ = Dashboard.reduce(&s, .tick(now: now, simulated: simulated, clockNote: note))
  }
}
