public import FluidKit
public import FluidModel
import Foundation

/// What the dashboard knows of the cluster: the informers' caches by kind, worker metrics,
/// and the history of each dataset's cached bytes (kept client-side for the sparklines).
public struct DashboardData: Sendable {
  /// Objects by resource (`qualifiedPlural`) and key.
  public var objects: [String: [InformerStore.ObjectKey: JSONValue]] = [:]
  /// Descriptors of the kinds in `objects`.
  public var descriptors: [String: ResourceDescriptor] = [:]
  /// Worker metrics readings by `namespace/pod`.
  public var metrics: [String: CacheReport.MetricsReading] = [:]
  /// Samples of each dataset's cached bytes: (time in seconds, bytes), oldest first.
  public var history: [InformerStore.ObjectKey: [Sample]] = [:]
  /// How many samples each dataset keeps (one per interval: three minutes at 1 s).
  public var historyLimit = 180

  public struct Sample: Sendable, Equatable {
    public var time: Double
    public var bytes: Double
    public init(time: Double, bytes: Double) {
      self.time = time
      self.bytes = bytes
    }
  }

  /// Worker pods by namespace and `release` label (Fluid's charts name the runtime there), so
  /// that a runtime's workers are found without scanning every pod.
  private var podsByRelease: [InformerStore.ObjectKey: [JSONValue]] = [:]
  /// Data operations by the dataset they name.
  private var operationsByDataset: [InformerStore.ObjectKey: [(descriptor: ResourceDescriptor, object: JSONValue)]] = [:]

  /// Each dataset's row without rates, and the datasets whose inputs changed since (their
  /// dataset, runtime, worker pods, operations or worker metrics).
  private var baseRows: [InformerStore.ObjectKey: DatasetRow] = [:]
  private var changed: Set<InformerStore.ObjectKey> = []
  /// Runtimes' worker selectors, parsed once per distinct text.
  private var selectors: [String: LabelSelector] = [:]

  public init() {}

  /// Replaces the objects of `d` with an informer's cache.
  public mutating func set(_ d: ResourceDescriptor, _ store: InformerStore) {
    descriptors[d.qualifiedPlural] = d
    var byKey: [InformerStore.ObjectKey: JSONValue] = [:]
    for item in store.items { byKey[InformerStore.ObjectKey(item)] = item }
    let old = objects[d.qualifiedPlural] ?? [:]
    for (k, o) in byKey where InformerStore.version(old[k] ?? .null) != InformerStore.version(o) || InformerStore.version(o) == nil {
      markChanged(d, o)
    }
    for (k, o) in old where byKey[k] == nil { markChanged(d, o) }
    objects[d.qualifiedPlural] = byKey
    reindex(d)
  }

  /// Notes which dataset's row an object of kind `d` feeds.
  mutating func markChanged(_ d: ResourceDescriptor, _ o: JSONValue) {
    let ns = o["metadata"]?["namespace"]?.stringValue ?? ""
    if d == DashboardKinds.dataset || DashboardKinds.runtimes.contains(d) {
      changed.insert(InformerStore.ObjectKey(o))
    } else if d == DashboardKinds.pod, let release = o["metadata"]?["labels"]?["release"]?.stringValue {
      changed.insert(InformerStore.ObjectKey(namespace: ns, name: release))
    } else if DashboardKinds.operations.contains(d), let ds = Self.datasetName(ofOperation: o) {
      changed.insert(InformerStore.ObjectKey(namespace: ns, name: ds))
    } else if d == DashboardKinds.autoscaler, let target = o["spec"]?["scaleTargetRef"]?["name"]?.stringValue {
      // A runtime scales the dataset of its own name.
      changed.insert(InformerStore.ObjectKey(namespace: ns, name: target))
    }
  }

  /// The HorizontalPodAutoscaler that scales a dataset's runtime, if any.
  public func autoscaler(of key: InformerStore.ObjectKey) -> JSONValue? {
    guard let rt = runtime(of: key) else { return nil }
    return (objects[DashboardKinds.autoscaler.qualifiedPlural] ?? [:]).values.first { hpa in
      hpa["metadata"]?["namespace"]?.stringValue == key.namespace && hpa["spec"]?["scaleTargetRef"]?["kind"]?.stringValue == rt.descriptor.kind
        && hpa["spec"]?["scaleTargetRef"]?["name"]?.stringValue == key.name
    }
  }

  /// Replaces worker metrics (by `namespace/pod`) and notes whose rows they change.
  public mutating func setMetrics(_ readings: [String: CacheReport.MetricsReading]) {
    for (key, reading) in readings where metrics[key] != reading {
      let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2, let pod = objects[DashboardKinds.pod.qualifiedPlural]?[InformerStore.ObjectKey(namespace: parts[0], name: parts[1])],
        let release = pod["metadata"]?["labels"]?["release"]?.stringValue
      else { continue }
      changed.insert(InformerStore.ObjectKey(namespace: parts[0], name: release))
    }
    metrics.merge(readings) { _, new in new }
  }

  /// Every dataset's row, in key order: rows whose inputs did not change are reused, the
  /// rates (which move every interval) are always recomputed.
  public mutating func updateRows() -> [DatasetRow] {
    var rows: [DatasetRow] = []
    var fresh: [InformerStore.ObjectKey: DatasetRow] = [:]
    for ds in items(DashboardKinds.dataset) {
      let key = InformerStore.ObjectKey(ds)
      let base = (!changed.contains(key) ? baseRows[key] : nil) ?? DatasetRow.base(ds, self)
      fresh[key] = base
      rows.append(DatasetRow.withRates(base, self))
    }
    baseRows = fresh
    changed = []
    return rows
  }

  /// Applies an informer's changes to the objects of `d` (what `set` does for a whole cache,
  /// without copying it).
  public mutating func apply(_ d: ResourceDescriptor, _ events: [WatchEvent]) {
    guard !events.isEmpty else { return }
    descriptors[d.qualifiedPlural] = d
    var byKey = objects[d.qualifiedPlural] ?? [:]
    objects[d.qualifiedPlural] = nil  // edit in place, not a copy
    for e in events {
      let key = InformerStore.ObjectKey(e.object)
      switch e.type {
      case .added, .modified:
        if let old = byKey[key] { markChanged(d, old) }
        byKey[key] = e.object
      case .deleted: byKey[key] = nil
      case .bookmark, .error: continue
      }
      markChanged(d, e.object)
    }
    objects[d.qualifiedPlural] = byKey
    reindex(d)
  }

  /// Rebuilds the indexes that depend on `d`'s objects (call after changing `objects` directly).
  public mutating func reindex(_ d: ResourceDescriptor) {
    if DashboardKinds.runtimes.contains(d) {
      for rt in items(d) {
        guard let text = rt["status"]?["selector"]?.stringValue, selectors[text] == nil else { continue }
        selectors[text] = try? LabelSelector(parsing: text)
      }
    }
    if d == DashboardKinds.pod {
      podsByRelease = [:]
      for p in items(d) {
        let release = p["metadata"]?["labels"]?["release"]?.stringValue ?? ""
        podsByRelease[InformerStore.ObjectKey(namespace: p["metadata"]?["namespace"]?.stringValue ?? "", name: release), default: []].append(p)
      }
    }
    if DashboardKinds.operations.contains(d) {
      operationsByDataset = [:]
      for k in DashboardKinds.operations {
        for o in items(k) {
          guard let ds = Self.datasetName(ofOperation: o) else { continue }
          operationsByDataset[InformerStore.ObjectKey(namespace: o["metadata"]?["namespace"]?.stringValue ?? "", name: ds), default: []].append((k, o))
        }
      }
    }
  }

  public func items(_ d: ResourceDescriptor) -> [JSONValue] {
    (objects[d.qualifiedPlural] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
  }

  /// Appends each dataset's cached bytes at `time` (seconds), keeping `historyLimit` samples.
  public mutating func sample(at time: Double) {
    for ds in items(DashboardKinds.dataset) {
      let key = InformerStore.ObjectKey(ds)
      guard let bytes = FluidFormat.parseBytes(ds["status"]?["cacheStates"]?["cached"]?.stringValue) else { continue }
      var h = history[key] ?? []
      if let last = h.last, last.time >= time { continue }
      h.append(Sample(time: time, bytes: bytes))
      if h.count > historyLimit { h.removeFirst(h.count - historyLimit) }
      history[key] = h
    }
    for key in history.keys where objects[DashboardKinds.dataset.qualifiedPlural]?[key] == nil { history[key] = nil }
  }

  /// The runtime bound to a dataset (same namespace and name), with its descriptor.
  public func runtime(of key: InformerStore.ObjectKey) -> (descriptor: ResourceDescriptor, object: JSONValue)? {
    for d in DashboardKinds.runtimes {
      if let rt = objects[d.qualifiedPlural]?[key] { return (d, rt) }
    }
    return nil
  }

  /// The worker pods a runtime's `status.selector` picks.
  public func workers(of runtime: JSONValue) -> [JSONValue] {
    guard let text = runtime["status"]?["selector"]?.stringValue, !text.isEmpty,
      let selector = selectors[text] ?? (try? LabelSelector(parsing: text))
    else { return [] }
    let ns = runtime["metadata"]?["namespace"]?.stringValue ?? ""
    // Fluid's selectors name the release: look among that release's pods only.
    if let release = text.split(separator: ",").first(where: { $0.hasPrefix("release=") })?.dropFirst(8) {
      return (podsByRelease[InformerStore.ObjectKey(namespace: ns, name: String(release))] ?? []).filter { selector.matches(object: $0) }
    }
    return items(DashboardKinds.pod).filter { $0["metadata"]?["namespace"]?.stringValue == ns && selector.matches(object: $0) }
  }

  /// The cache report of a dataset, from the same builder as `fluidctl cache`.
  public func report(_ ds: JSONValue) -> CacheReport {
    let key = InformerStore.ObjectKey(ds)
    let rt = runtime(of: key)
    let pods = rt.map { workers(of: $0.object) } ?? []
    var readings: [String: CacheReport.MetricsReading] = [:]
    for p in pods {
      let name = p["metadata"]?["name"]?.stringValue ?? ""
      if let r = metrics["\(key.namespace)/\(name)"] { readings[name] = r }
    }
    return CacheReport.build(dataset: ds, runtime: rt, pods: pods, metrics: readings)
  }

  /// Fill rates (bytes per second) over the last `window` samples, as `bars` averages of equal
  /// spans of samples, oldest first: the sparkline of the last minutes. O(bars) per dataset.
  public func rates(_ key: InformerStore.ObjectKey, bars: Int = 10, window: Int = 180) -> [Double] {
    let h = (history[key] ?? []).suffix(window)
    guard h.count > 1, bars > 0 else { return [] }
    let span = max(1, (h.count - 1 + bars - 1) / bars)
    var out: [Double] = []
    var end = h.endIndex - 1
    while end > h.startIndex, out.count < bars {
      let start = max(h.startIndex, end - span)
      let dt = h[end].time - h[start].time
      out.append(dt > 0 ? max(0, (h[end].bytes - h[start].bytes) / dt) : 0)
      end = start
    }
    return out.reversed()
  }

  /// The fill rate over the last ten samples (for ETAs); nil without two samples.
  public func recentRate(_ key: InformerStore.ObjectKey) -> Double? {
    guard let h = history[key], h.count > 1 else { return nil }
    let first = h[max(0, h.count - 11)]
    let dt = h[h.count - 1].time - first.time
    return dt > 0 ? max(0, (h[h.count - 1].bytes - first.bytes) / dt) : nil
  }

  /// Data operations (every kind) that name the dataset, newest first.
  public func operations(of key: InformerStore.ObjectKey) -> [(descriptor: ResourceDescriptor, object: JSONValue)] {
    let out = operationsByDataset[key] ?? []
    return out.sorted { ($0.1["metadata"]?["creationTimestamp"]?.stringValue ?? "") > ($1.1["metadata"]?["creationTimestamp"]?.stringValue ?? "") }
  }

  /// The dataset an operation targets (`spec.dataset.name`, or `spec.dataset` for DataProcess).
  public static func datasetName(ofOperation o: JSONValue) -> String? {
    o["spec"]?["dataset"]?["name"]?.stringValue ?? o["spec"]?["dataset"]?.stringValue ?? o["spec"]?["from"]?["dataset"]?["name"]?.stringValue
      ?? o["spec"]?["to"]?["dataset"]?["name"]?.stringValue
  }

  /// Events about Fluid objects and the workloads Fluid runs for them (objects named after a
  /// dataset: `<dataset>-worker-0`, `<load>-loader-job`...), Warning first, then newest first.
  public var fluidEvents: [JSONValue] {
    let datasets = Set((objects[DashboardKinds.dataset.qualifiedPlural] ?? [:]).keys)
    return items(DashboardKinds.event).filter { e in
      let o = e["involvedObject"]
      if (o?["apiVersion"]?.stringValue ?? "").hasPrefix("data.fluid.io/") { return true }
      let ns = o?["namespace"]?.stringValue ?? ""
      let name = o?["name"]?.stringValue ?? ""
      guard let dash = name.firstIndex(of: "-") else { return false }
      var prefix = name[..<dash]
      // Dataset names may contain dashes: try every prefix ending before a dash.
      while true {
        if datasets.contains(InformerStore.ObjectKey(namespace: ns, name: String(prefix))) { return true }
        guard let next = name[name.index(after: prefix.endIndex)...].firstIndex(of: "-") else { return false }
        prefix = name[..<next]
      }
    }
      .sorted { a, b in
        let wa = a["type"]?.stringValue == "Warning"
        let wb = b["type"]?.stringValue == "Warning"
        if wa != wb { return wa }
        return Self.eventTime(a) > Self.eventTime(b)
      }
  }

  static func eventTime(_ e: JSONValue) -> String {
    e["lastTimestamp"]?.stringValue ?? e["eventTime"]?.stringValue ?? e["metadata"]?["creationTimestamp"]?.stringValue ?? ""
  }
}

/// The kinds the dashboard watches.
public enum DashboardKinds {
  static let registry = ResourceRegistry.standard
  public static let dataset = registry.resolve("datasets")!
  public static let pod = registry.resolve("pods")!
  public static let event = registry.resolve("events")!
  public static let runtimes: [ResourceDescriptor] = registry.descriptors.filter {
    $0.group == "data.fluid.io" && $0.kind.hasSuffix("Runtime") && $0.kind != "GooseFSRuntime"
  }
  public static let operations: [ResourceDescriptor] = ["dataloads", "databackups", "datamigrates", "dataprocesses"].compactMap(registry.resolve)
  public static let dataLoad = registry.resolve("dataloads")!
  public static let autoscaler = CoreKinds.horizontalPodAutoscaler
  /// Everything `top` watches.
  public static var all: [ResourceDescriptor] { [dataset, pod, event] + runtimes + operations + [autoscaler] }
}
