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
  /// How many samples each dataset keeps (one per interval: ten minutes at 1 s).
  public var historyLimit = 600

  public struct Sample: Sendable, Equatable {
    public var time: Double
    public var bytes: Double
    public init(time: Double, bytes: Double) {
      self.time = time
      self.bytes = bytes
    }
  }

  public init() {}

  /// Replaces the objects of `d` with an informer's cache.
  public mutating func set(_ d: ResourceDescriptor, _ store: InformerStore) {
    descriptors[d.qualifiedPlural] = d
    var byKey: [InformerStore.ObjectKey: JSONValue] = [:]
    for item in store.items { byKey[InformerStore.ObjectKey(item)] = item }
    objects[d.qualifiedPlural] = byKey
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
      let selector = try? LabelSelector(parsing: text)
    else { return [] }
    let ns = runtime["metadata"]?["namespace"]?.stringValue ?? ""
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

  /// Bytes per second over the history: one rate per pair of neighbouring samples.
  public func rates(_ key: InformerStore.ObjectKey) -> [Double] {
    let h = history[key] ?? []
    guard h.count > 1 else { return [] }
    return (1..<h.count).map { i in
      let dt = h[i].time - h[i - 1].time
      return dt > 0 ? max(0, (h[i].bytes - h[i - 1].bytes) / dt) : 0
    }
  }

  /// Data operations (every kind) that name the dataset, newest first.
  public func operations(of key: InformerStore.ObjectKey) -> [(descriptor: ResourceDescriptor, object: JSONValue)] {
    var out: [(ResourceDescriptor, JSONValue)] = []
    for d in DashboardKinds.operations {
      for o in items(d) where o["metadata"]?["namespace"]?.stringValue == key.namespace && Self.datasetName(ofOperation: o) == key.name {
        out.append((d, o))
      }
    }
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
  /// Everything `top` watches.
  public static var all: [ResourceDescriptor] { [dataset, pod, event] + runtimes + operations }
}
