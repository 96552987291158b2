import FluidKit
import FluidModel
import Foundation

/// What one cache worker's tier can read or write, bytes/s: memory 10 GB/s, an NVMe SSD 2 GB/s,
/// a disk 200 MB/s. The data plane's `tier` link has the sum over ready workers.
public enum TierBandwidth {
  public static func bytesPerSecond(_ medium: String) -> Double {
    switch medium {
    case "MEM": return 10e9
    case "SSD": return 2e9
    default: return 200e6
    }
  }
}

/// What a DataLoad moves and how fast: target sizes from the dataset's content, and rates from
/// max-min fair sharing of the UFS endpoint, the workers' NICs and their cache tiers.
enum DataLoadPlan {
  /// Default UFS egress when the catalog does not name the endpoint: 10 Gbps for object
  /// stores, 1 Gbps for web servers.
  static func defaultBitsPerSecond(_ mountPoint: String) -> Double {
    mountPoint.hasPrefix("http") ? 1e9 : 10e9
  }

  static func targetBytes(_ load: DataLoad, _ ds: Dataset, in s: ClusterSnapshot) -> Double {
    let meta = Metadata.of(ds, in: s)
    let targets = load.targets
    if targets.isEmpty { return meta.totalBytes }
    return targets.reduce(0.0) { sum, t in
      let path = t.path.hasSuffix("/") && t.path.count > 1 ? String(t.path.dropLast()) : t.path
      if path == "/" || path.isEmpty { return sum + meta.totalBytes * Double(max(t.replicas, 1)) }
      // A local:// dataset is measured on disk; elsewhere a path is a stable share of the data.
      if let local = ds.mounts.first(where: { $0.scheme == "local" }) {
        let root = String(local.mountPoint.dropFirst("local://".count))
        let relative = path.hasPrefix(local.path) ? String(path.dropFirst(local.path.count)) : path
        return sum + Metadata.measure(root + relative).totalBytes * Double(max(t.replicas, 1))
      }
      return sum + meta.totalBytes * (0.05 + 0.25 * stableFraction(ds.name + path)) * Double(max(t.replicas, 1))
    }
  }

  /// Bytes/s of every running, unfinished load, keyed `namespace/name`.
  static func rates(in s: ClusterSnapshot) -> [String: Double] { DataPlane.flows(in: s).rates }

  /// The flows of running, unfinished loads, registering their links' capacities.
  static func loadFlows(in s: ClusterSnapshot, capacity: inout [String: Double]) -> [MaxMinFairness.Flow] {
    var flows: [MaxMinFairness.Flow] = []
    let loads = s.objects[DataLoad.descriptor.qualifiedPlural] ?? [:]
    for key in s.executingLoadKeys().sorted() {
      guard let lj = loads[key] else { continue }
      let load = DataLoad(json: lj)
      let ns = load.namespace ?? "default"
      guard let transfer = s.transfer(ofLoad: load.name, namespace: ns), transfer.finishedAt == nil, transfer.updatedAt <= s.now.timeIntervalSince1970 + 1e-6,
        let dsJSON = s.get(Dataset.descriptor, ns, load.datasetName ?? "")
      else { continue }
      let ds = Dataset(json: dsJSON)
      let workers = readyWorkers(of: ds, in: s)
      guard !workers.isEmpty else { continue }
      let mount = ds.mounts.first?.mountPoint ?? ""
      let endpoint = Metadata.endpoint(for: mount, in: s.ufs)
      let ufsLink = DataPlane.ufsLink(mount, in: s, capacity: &capacity)
      let nicLink = "nic:\(ns)/\(ds.name)"
      capacity[nicLink] = workers.reduce(0.0) { $0 + nicBytesPerSecond($1.node) }
      let tierLink = "tier:\(ns)/\(ds.name)"
      capacity[tierLink] = Double(workers.count) * TierBandwidth.bytesPerSecond(GenericRuntimeLevels.firstMedium(ds, in: s))
      var cap: Double?
      if let per = endpoint?.perConnectionBitsPerSecond, per > 0 { cap = per / 8 * Double(workers.count) * 4 }
      flows.append(MaxMinFairness.Flow(id: "\(ns)/\(load.name)", links: [ufsLink, nicLink, tierLink], cap: cap))
    }
    return flows
  }

  static func nicBytesPerSecond(_ node: JSONValue?) -> Double {
    (Double(node?["metadata"]?["annotations"]?[SimAnnotations.nicBandwidth]?.stringValue ?? "") ?? 10e9) / 8
  }

  /// Ready worker pods of a dataset's runtime (their current versions), with their nodes.
  static func readyWorkers(of ds: Dataset, in s: ClusterSnapshot) -> [(pod: JSONValue, node: JSONValue?)] {
    let pods = s.objects[CoreKinds.pod.qualifiedPlural] ?? [:]
    return s.index.readyWorkers[FluidNames.datasetID(ds.namespace, ds.name, uid: ds.metadata.uid), default: []].compactMap { k in
      pods[k].map { p in (p, p["spec"]?["nodeName"]?.stringValue.flatMap { s.get(CoreKinds.node, nil, $0) }) }
    }
  }
}

/// The bound runtime's tier layout, whatever its kind.
enum GenericRuntimeLevels {
  /// The first level's watermarks as fractions of capacity, when both are set and
  /// 0 < low < high <= 1.
  static func watermarks(_ ds: Dataset, in s: ClusterSnapshot) -> (high: Double, low: Double)? {
    guard let level = runtime(of: ds, in: s)?.tieredStoreLevels.first, let high = level.high, let low = level.low,
      low > 0, low < high, high <= 1
    else { return nil }
    return (high, low)
  }

  static func runtime(of ds: Dataset, in s: ClusterSnapshot) -> GenericRuntime? {
    guard let type = ds.statusRuntimes.first?["type"]?.stringValue, let engine = Engine.forType(type),
      let d = FluidCRDs.descriptors.first(where: { $0.kind == engine.kind }), let rt = s.get(d, ds.namespace, ds.name)
    else { return nil }
    return GenericRuntime(json: rt)
  }
  static func firstMedium(_ ds: Dataset, in s: ClusterSnapshot) -> String {
    runtime(of: ds, in: s)?.tieredStoreLevels.first?.mediumType ?? "MEM"
  }
  /// Bytes one worker can cache.
  static func perWorkerCapacity(_ ds: Dataset, in s: ClusterSnapshot) -> Double {
    runtime(of: ds, in: s)?.tieredStoreLevels.reduce(0.0) { $0 + ($1.quota?.value ?? 0) } ?? 0
  }
}

extension DataLoadController {
  /// Spreads newly loaded bytes over the dataset's ready workers, each up to its capacity
  /// (beyond that the cache evicts: it stays full). With watermarks on the tiered store
  /// (`high`, `low`), each worker takes an even share, and reaching `high × capacity` evicts its
  /// least recently used data down to `low × capacity` (so it ends between the two).
  func fillCache(_ ds: Dataset, bytes: Double, in s: ClusterSnapshot) -> [ControllerAction] {
    let workers = DataLoadPlan.readyWorkers(of: ds, in: s).map(\.pod)
    guard !workers.isEmpty else { return [] }
    let cap = GenericRuntimeLevels.perWorkerCapacity(ds, in: s)
    var cached = workers.map { Double($0["metadata"]?["annotations"]?[cachedBytesAnnotation]?.stringValue ?? "") ?? 0 }
    if let marks = GenericRuntimeLevels.watermarks(ds, in: s), cap > 0 {
      let high = marks.high * cap
      let low = marks.low * cap
      cached = cached.map { c in
        let after = c + bytes / Double(workers.count)
        return after > high ? low + (after - high).truncatingRemainder(dividingBy: high - low) : after
      }
    } else {
      // Even shares, re-spread while some workers fill up.
      var remaining = bytes
      for _ in 0..<workers.count where remaining > 0.5 {
        let open = cached.indices.filter { cached[$0] < cap - 0.5 }
        if open.isEmpty { break }
        let share = remaining / Double(open.count)
        for i in open {
          let add = min(share, cap - cached[i])
          cached[i] += add
          remaining -= add
        }
      }
    }
    return workers.indices.compactMap { i in
      let text = String(Int64(cached[i]))
      guard workers[i]["metadata"]?["annotations"]?[cachedBytesAnnotation]?.stringValue != text else { return nil }
      var p = workers[i]
      p[path: ["metadata", "annotations", cachedBytesAnnotation]] = .string(text)
      return .update(CoreKinds.pod, p)
    }
  }
}
