import FluidKit
import FluidModel
import Foundation

/// What a dataset's mounts hold (for `ufsTotal`, `fileNum` and load times): `local://` paths, and
/// `pvc://CLAIM/PATH` where the claim is bound to a volume with a local directory (`hostPath` or
/// `local`), are measured on the real file tree; other schemes come from the UFS catalog
/// (scenario or `sim ufs set`), else from a deterministic default derived from the URL.
struct Metadata {
  var totalBytes: Double
  var files: Int64
  /// How long Fluid's metadata sync takes for this many files.
  var syncSeconds: Double { max(5, min(3600, Double(files) / 2000)) }

  static func of(_ ds: Dataset, in s: ClusterSnapshot) -> Metadata {
    var total = 0.0
    var files: Int64 = 0
    for m in ds.mounts {
      let one =
        claimDirectory(m.mountPoint, namespace: ds.namespace ?? "default", in: s).map(measure) ?? of(mountPoint: m.mountPoint, catalog: s.ufs)
      total += one.totalBytes
      files += one.files
    }
    return Metadata(totalBytes: total, files: files)
  }

  static func of(mountPoint: String, catalog: [Scenario.UFSEndpoint]) -> Metadata {
    if mountPoint.hasPrefix("local://") {
      let path = String(mountPoint.dropFirst("local://".count))
      return measure(path.hasPrefix("/") ? path : "/" + path)
    }
    if let e = endpoint(for: mountPoint, in: catalog) { return Metadata(totalBytes: e.totalBytes, files: e.files) }
    // Deterministic default: 1 to 100 GiB, 1,000 to 100,000 files.
    let f = stableFraction(mountPoint)
    return Metadata(totalBytes: (1 + 99 * f) * 1_073_741_824, files: Int64(1000 + 99_000 * stableFraction(mountPoint + "#files")))
  }

  /// The local directory behind `pvc://CLAIM[/PATH]`: the claim's bound volume's `hostPath` or
  /// `local` path, joined with PATH; nil when the claim is missing, unbound or not local.
  static func claimDirectory(_ mountPoint: String, namespace: String, in s: ClusterSnapshot) -> String? {
    guard mountPoint.hasPrefix("pvc://") else { return nil }
    let rest = mountPoint.dropFirst("pvc://".count)
    let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    guard let claimName = parts.first.map(String.init), !claimName.isEmpty,
      let claim = s.get(CoreKinds.persistentVolumeClaim, namespace, claimName),
      let volumeName = claim["spec"]?["volumeName"]?.stringValue,
      let volume = s.get(CoreKinds.persistentVolume, nil, volumeName),
      let base = volume["spec"]?["hostPath"]?["path"]?.stringValue ?? volume["spec"]?["local"]?["path"]?.stringValue
    else { return nil }
    let sub = parts.count > 1 ? String(parts[1]) : ""
    return sub.isEmpty ? base : (base as NSString).appendingPathComponent(sub)
  }

  /// The catalog entry with the longest prefix of `url`.
  static func endpoint(for url: String, in catalog: [Scenario.UFSEndpoint]) -> Scenario.UFSEndpoint? {
    catalog.filter { url.hasPrefix($0.prefix) }.max { $0.prefix.count < $1.prefix.count }
  }

  /// Sizes and file count of a real directory tree (regular files, not following links),
  /// walked once per process: reconcilers ask often, and Fluid syncs metadata once too.
  static func measure(_ path: String) -> Metadata {
    if let known = measured.get(path) { return known }
    let m = walk(path)
    measured.set(path, m)
    return m
  }

  private static let measured = MeasuredTrees()

  private static func walk(_ path: String) -> Metadata {
    guard let e = FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) else {
      return Metadata(totalBytes: 0, files: 0)
    }
    var total = 0.0
    var files: Int64 = 0
    for case let url as URL in e {
      guard let v = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), v.isRegularFile == true else { continue }
      total += Double(v.fileSize ?? 0)
      files += 1
    }
    return Metadata(totalBytes: total, files: files)
  }
}

/// Trees already walked in this process.
private final class MeasuredTrees: @unchecked Sendable {
  private let lock = NSLock()
  private var byPath: [String: Metadata] = [:]
  func get(_ path: String) -> Metadata? { lock.withLock { byPath[path] } }
  func set(_ path: String, _ m: Metadata) { lock.withLock { byPath[path] = m } }
}
