import FluidKit
import FluidModel
import Foundation

/// The names Fluid builds from a dataset's namespace and name for labels (node labels, PV/PVC
/// labels, `fluid.io/dataset-id`, the fuse label): `<prefix><namespace>-<name>`, or
/// `<prefix><dataset UID>` when that string would reach 63 characters (Fluid's
/// `GetNamespacedNameValueWithPrefix`; the prefix counts, `fluid.io/` included).
enum FluidNames {
  static func namespaced(_ prefix: String, _ namespace: String?, _ name: String, uid: String?) -> String {
    let full = "\(prefix)\(namespace ?? "default")-\(name)"
    guard full.utf8.count >= 63, let uid, !uid.isEmpty else { return full }
    return prefix + uid
  }

  /// `fluid.io/dataset-id` (also the worker pods' `fluid.io/dataset`).
  static func datasetID(_ namespace: String?, _ name: String, uid: String?) -> String { namespaced("", namespace, name, uid: uid) }

  /// The label on nodes where the dataset's fuse runs.
  static func fuseLabel(_ namespace: String?, _ name: String, uid: String?) -> String { namespaced("fluid.io/f-", namespace, name, uid: uid) }

  /// The label on nodes that cache the dataset (the scheduling webhook's key).
  static func cacheLabel(_ namespace: String?, _ name: String, uid: String?) -> String { namespaced("fluid.io/s-", namespace, name, uid: uid) }
}

extension RuntimeController {
  /// The UID of the dataset a runtime belongs to: the dataset's, or the runtime's owner
  /// reference once the dataset is gone.
  func datasetUID(_ rt: GenericRuntime, _ ds: Dataset) -> String? {
    ds.metadata.uid ?? rt.metadata.ownerReferences.first { $0.kind == "Dataset" }?.uid
  }
}

extension FluidNames {
  /// The characters of kube-apiserver's generated name suffixes (no vowels, no look-alikes).
  static let suffixAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")

  /// A five-character suffix in that alphabet, from the low digits of `value`.
  static func suffix5(_ value: UInt64) -> String {
    var h = value
    var out = ""
    for _ in 0..<5 {
      out.append(suffixAlphabet[Int(h % UInt64(suffixAlphabet.count))])
      h /= UInt64(suffixAlphabet.count)
    }
    return out
  }
}
