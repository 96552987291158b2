import FluidKit
import FluidModel
import Foundation

/// What `sim run` and `plan` drive: a dataset on one mount, a cache runtime, and bursts of
/// application pods that read it. Every number is range-checked where it is parsed.
///
/// In a scenario file:
/// ```yaml
/// workload:
///   dataset: model
///   mount: oss://models/llm-30b
///   runtime: alluxio
///   workers: 10            # the preheated cache
///   tier: MEM              # MEM, SSD or HDD
///   workerNodeSelector: {role: cache}
///   podNodeSelector: {role: inference}
///   bursts:                # or `pods: 100` for one burst when the cache is ready
///     - {name: morning, pods: 100, at: 10m, fraction: 1, reads: 1}
///   autoscale: {min: 2, max: 10, throughputPerWorker: 2.5G}
/// ```
public struct Workload: Sendable, Equatable {
  /// N pods that start together and each read `fraction` of the dataset `reads` times.
  public struct Burst: Sendable, Equatable {
    public var name: String
    public var pods: Int
    /// Seconds after the cache is asked for; nil: as soon as the cache is ready (warmed up
    /// when preheated, bound otherwise, at once without a cache).
    public var at: Double?
    public var fraction: Double
    public var reads: Int
    public init(name: String, pods: Int, at: Double? = nil, fraction: Double = 1, reads: Int = 1) {
      self.name = name
      self.pods = pods
      self.at = at
      self.fraction = fraction
      self.reads = reads
    }
  }

  /// An HPA on the dataset's `cache_throughput`, `throughputPerWorker` bytes/s per worker.
  public struct Autoscale: Sendable, Equatable, Hashable {
    public var min: Int
    public var max: Int
    /// A quantity, as the HPA's `averageValue` (`2.5G`).
    public var throughputPerWorker: String
    public init(min: Int, max: Int, throughputPerWorker: String) {
      self.min = min
      self.max = max
      self.throughputPerWorker = throughputPerWorker
    }
  }

  public var dataset: String
  public var mount: String
  public var runtime: String
  public var workers: Int
  public var tier: String
  public var workerNodeSelector: [String: String]
  public var podNodeSelector: [String: String]
  public var bursts: [Burst]
  public var autoscale: Autoscale?

  public init(
    dataset: String, mount: String, runtime: String = "alluxio", workers: Int, tier: String = "MEM",
    workerNodeSelector: [String: String] = [:], podNodeSelector: [String: String] = [:], bursts: [Burst], autoscale: Autoscale? = nil
  ) {
    self.dataset = dataset
    self.mount = mount
    self.runtime = runtime
    self.workers = workers
    self.tier = tier
    self.workerNodeSelector = workerNodeSelector
    self.podNodeSelector = podNodeSelector
    self.bursts = bursts
    self.autoscale = autoscale
  }

  public static let maxPods = 10_000
  public static let maxWorkers = 1_000
  public static let maxBursts = 20
  public static let maxReads = 100
  /// A week: the latest a burst may start.
  public static let maxStart = 7 * 86_400.0
  public static let tiers = ["MEM", "SSD", "HDD"]

  public var totalPods: Int { bursts.reduce(0) { $0 + $1.pods } }

  /// Reads `workload:` of a scenario document; `fail` words the error with its source.
  public static func parse(_ w: JSONValue, fail: (String) -> FluidError) throws -> Workload {
    guard w.objectValue != nil else { throw fail("workload must be a mapping") }
    guard let mount = w["mount"]?.stringValue, mount.contains("://") else { throw fail("workload.mount must be a URL such as oss://bucket/path") }
    let dataset = w["dataset"]?.stringValue ?? "data"
    guard ObjectMetaValidation.isDNS1035Label(dataset) else { throw fail("workload.dataset \"\(dataset)\": \(ObjectMetaValidation.dns1035LabelMessage)") }
    let runtime = w["runtime"]?.stringValue ?? "alluxio"
    guard Engine.forType(runtime) != nil else { throw fail("workload.runtime \"\(runtime)\" is not a runtime (\(Engine.table.map(\.type).joined(separator: ", ")))") }
    let workers = try int(w["workers"], "workload.workers", 1, 1...maxWorkers, fail)
    let tier = (w["tier"]?.stringValue ?? "MEM").uppercased()
    guard tiers.contains(tier) else { throw fail("workload.tier must be MEM, SSD or HDD") }
    var bursts: [Burst] = []
    if let list = w["bursts"] {
      guard let items = list.arrayValue, !items.isEmpty, items.count <= maxBursts else { throw fail("workload.bursts must list 1 to \(maxBursts) bursts") }
      for (i, b) in items.enumerated() {
        let at: Double?
        switch b["at"] {
        case nil, .null?: at = nil
        case let v?:
          let text = v.stringValue ?? v.doubleValue.map { String($0) + "s" } ?? ""
          guard let s = GoDuration.parse(text), s >= 0, s <= maxStart else { throw fail("workload.bursts[\(i)].at must be a duration from 0 to 168h (such as 10m)") }
          at = s
        }
        let fraction = b["fraction"]?.doubleValue ?? 1
        guard fraction > 0, fraction <= 1 else { throw fail("workload.bursts[\(i)].fraction must be more than 0 and at most 1") }
        bursts.append(
          Burst(
            name: b["name"]?.stringValue ?? "burst-\(i + 1)", pods: try int(b["pods"], "workload.bursts[\(i)].pods", nil, 1...maxPods, fail),
            at: at, fraction: fraction, reads: try int(b["reads"], "workload.bursts[\(i)].reads", 1, 1...maxReads, fail)))
      }
      guard Set(bursts.map(\.name)).count == bursts.count else { throw fail("workload.bursts: names must differ") }
    } else {
      bursts = [Burst(name: "burst", pods: try int(w["pods"], "workload.pods", 1, 1...maxPods, fail))]
    }
    guard bursts.reduce(0, { $0 + $1.pods }) <= maxPods else { throw fail("workload: at most \(maxPods) pods in all bursts") }
    var autoscale: Autoscale?
    if let a = w["autoscale"] {
      let lo = try int(a["min"], "workload.autoscale.min", 1, 1...maxWorkers, fail)
      let hi = try int(a["max"], "workload.autoscale.max", nil, lo...maxWorkers, fail)
      let per = a["throughputPerWorker"]?.stringValue ?? a["throughputPerWorker"]?.doubleValue.map { FluidFormat.whole($0) } ?? ""
      guard let q = Quantity(per), q.value > 0, q.value <= Bandwidth.maximum else {
        throw fail("workload.autoscale.throughputPerWorker must be a positive quantity of bytes/s (such as 2.5G)")
      }
      autoscale = Autoscale(min: lo, max: hi, throughputPerWorker: per)
    }
    return Workload(
      dataset: dataset, mount: mount, runtime: runtime, workers: workers, tier: tier,
      workerNodeSelector: w["workerNodeSelector"]?.objectValue?.compactMapValues(\.stringValue) ?? [:],
      podNodeSelector: w["podNodeSelector"]?.objectValue?.compactMapValues(\.stringValue) ?? [:], bursts: bursts, autoscale: autoscale)
  }

  /// An integer field within `range` (`def` when absent; required when `def` is nil).
  static func int(_ v: JSONValue?, _ field: String, _ def: Int?, _ range: ClosedRange<Int>, _ fail: (String) -> FluidError) throws -> Int {
    guard let v, v != .null else {
      if let def { return def }
      throw fail("\(field) is required")
    }
    guard let n = v.intValue, n >= range.lowerBound, n <= range.upperBound else {
      throw fail("\(field) must be an integer from \(range.lowerBound) to \(range.upperBound)")
    }
    return Int(n)
  }
}
