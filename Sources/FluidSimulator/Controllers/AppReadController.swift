import FluidKit
import FluidModel
import Foundation

/// Annotations of a simulated application pod that reads data.
public enum ReadAnnotations {
  /// Bytes the pod reads (required to be a reader).
  public static let bytes = "sim.fluidctl.io/read-bytes"
  /// Read straight from this UFS URL instead of through a dataset's PVC (no cache).
  public static let url = "sim.fluidctl.io/read-url"
  public static let done = "sim.fluidctl.io/read-done"
  public static let rate = "sim.fluidctl.io/read-rate"
  public static let updatedAt = "sim.fluidctl.io/read-updated-at"
  public static let startedAt = "sim.fluidctl.io/read-started-at"
  public static let finishedAt = "sim.fluidctl.io/read-finished-at"
  /// `ufs`, `cache` or `ufs-via-cache`: where the current pass's bytes come from.
  public static let source = "sim.fluidctl.io/read-source"
  /// How many times the pod reads its bytes (default 1); each pass picks its source anew.
  public static let passes = "sim.fluidctl.io/read-passes"
  /// The pass under way, from 1.
  public static let pass = "sim.fluidctl.io/read-pass"
  /// Bytes read so far from the UFS (directly or through the workers) and from the cache.
  public static let ufsBytes = "sim.fluidctl.io/read-ufs-bytes"
  public static let cacheBytes = "sim.fluidctl.io/read-cache-bytes"
}

/// Applications reading their data: from the UFS directly, or through a dataset's cache
/// (cached data from the workers; the rest read through the workers from the UFS, filling the
/// cache). Each read is one flow of the data plane; the pod succeeds when it has read it all.
struct AppReadController: Controller {
  var primary: ResourceDescriptor { CoreKinds.pod }

  var watchedKinds: Set<String> { [CoreKinds.pod.qualifiedPlural, DataLoad.descriptor.qualifiedPlural] }

  func affected(by changed: JSONValue, kind: ResourceDescriptor, in s: ClusterSnapshot) -> [String] {
    guard kind == CoreKinds.pod, changed["metadata"]?["annotations"]?[ReadAnnotations.bytes] != nil else { return [] }
    return [ClusterSnapshot.key(changed["metadata"]?["namespace"]?.stringValue, changed["metadata"]?["name"]?.stringValue ?? "")]
  }

  /// A flow starting or ending changes every running reader's share.
  func wakesFlowGroup(by changed: JSONValue, kind: ResourceDescriptor, in s: ClusterSnapshot) -> Bool {
    guard kind == CoreKinds.pod || kind == DataLoad.descriptor else { return false }
    return changed["metadata"]?["annotations"]?[ReadAnnotations.bytes] != nil
      || (kind == CoreKinds.pod && Transfer.isLoader(changed))
      || (kind == DataLoad.descriptor && dataLoadMovesData(changed))
      // A cache worker that starts or stops serving changes what the cache can send.
      || (kind == CoreKinds.pod && Self.isCacheWorker(changed) && !s.activeReaderKeys().isEmpty)
  }

  func flowGroup(in s: ClusterSnapshot) -> [String] { Array(s.activeReaderKeys()) }

  /// A runtime's worker pod (`role: <engine>-worker`, as Fluid's charts label them).
  static func isCacheWorker(_ pod: JSONValue) -> Bool {
    pod["metadata"]?["labels"]?["role"]?.stringValue?.hasSuffix("-worker") == true
  }

  func reconcile(_ pod: JSONValue, in s: ClusterSnapshot) -> Reconciliation {
    var r = Reconciliation()
    let ann = pod["metadata"]?["annotations"]?.objectValue ?? [:]
    guard let total = ann[ReadAnnotations.bytes]?.stringValue.flatMap(Double.init), ann[ReadAnnotations.finishedAt] == nil,
      pod["metadata"]?["deletionTimestamp"] == nil,
      (pod["status"]?["conditions"]?.arrayValue ?? []).contains(where: { $0["type"] == "Ready" && $0["status"] == "True" })
    else { return r }
    let now = s.now.timeIntervalSince1970
    func num(_ k: String) -> Double? { ann[k]?.stringValue.flatMap(Double.init) }
    let done = num(ReadAnnotations.done) ?? 0
    let rate = num(ReadAnnotations.rate) ?? 0
    let updatedAt = num(ReadAnnotations.updatedAt) ?? now
    var newDone = min(total, done + rate * max(0, now - updatedAt))
    var finishedAt: Double?
    if newDone >= total - 0.5 {
      newDone = total
      finishedAt = rate > 0 ? updatedAt + (total - done) / rate : now
    }
    var updated = pod
    var a = ann
    if a[ReadAnnotations.startedAt] == nil { a[ReadAnnotations.startedAt] = .string(String(now)) }
    let key = "\(pod["metadata"]?["namespace"]?.stringValue ?? "default")/\(pod["metadata"]?["name"]?.stringValue ?? "")"
    let plane = DataPlane.flows(in: s)
    let source = a[ReadAnnotations.source]?.stringValue ?? plane.sources[key]
    if newDone > done, let source {
      let counter = source == "cache" ? ReadAnnotations.cacheBytes : ReadAnnotations.ufsBytes
      a[counter] = .string(FluidFormat.whole((num(counter) ?? 0) + newDone - done))
    }
    a[ReadAnnotations.done] = .string(FluidFormat.whole(newDone))
    a[ReadAnnotations.updatedAt] = .string(String(now))
    if a[ReadAnnotations.source] == nil, let source { a[ReadAnnotations.source] = .string(source) }
    // Reading through the workers fills the cache.
    if newDone > done, source == "ufs-via-cache", let ds = DataPlane.dataset(of: pod, in: s) {
      r.actions += DataLoadController().fillCache(ds, bytes: newDone - done, in: s)
    }
    // A pass done with passes left: read again from the start, from wherever the data is now.
    let pass = Int(num(ReadAnnotations.pass) ?? 1)
    if finishedAt != nil, pass < Int(num(ReadAnnotations.passes) ?? 1) {
      finishedAt = nil
      a[ReadAnnotations.pass] = .string(String(pass + 1))
      a[ReadAnnotations.done] = "0"
      a[ReadAnnotations.rate] = "0"
      a[ReadAnnotations.source] = nil
      updated[path: ["metadata", "annotations"]] = .object(a)
      r.add(.update(CoreKinds.pod, updated))
      r.requeueAfter = 0.001
      return r
    }
    if let finishedAt {
      a[ReadAnnotations.finishedAt] = .string(String(finishedAt))
      a[ReadAnnotations.rate] = "0"
    } else {
      let newRate = plane.rates[key] ?? 0
      a[ReadAnnotations.rate] = .string(String(format: "%.3f", newRate))
      r.requeueAfter = newRate > 0 ? max(0.001, (total - newDone) / newRate) : 60
    }
    updated[path: ["metadata", "annotations"]] = .object(a)
    r.add(.update(CoreKinds.pod, updated))
    if finishedAt != nil {
      var finished = updated
      finished["status"] = ["phase": "Succeeded", "conditions": [["type": "Ready", "status": "False", "reason": "PodCompleted"]]]
      r.add(.updateStatus(CoreKinds.pod, finished))
    }
    return r
  }
}
