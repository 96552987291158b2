import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  public func delete(_ r: ResourceDescriptor, namespace: String?, name: String, options: DeleteOptions) async throws
    -> JSONValue?
  {
    try deleteSync(r, namespace: namespace, name: name, options: options)
  }

  func deleteSync(_ r: ResourceDescriptor, namespace: String?, name: String, options: DeleteOptions) throws -> JSONValue? {
    try locked { try store.writeTransaction { try deleteLocked(r, key(r, namespace, name), options) } }
  }

  /// kube-apiserver's delete: an object with finalizers (or dependents under foreground
  /// propagation) gets a deletionTimestamp and stays; otherwise it is removed and the garbage
  /// collector runs. Returns the remaining object, or nil when it is gone.
  func deleteLocked(_ r: ResourceDescriptor, _ k: ObjectKey, _ options: DeleteOptions) throws -> JSONValue? {
    guard var obj = try store.get(k) else { throw FluidError.api(.notFound(r, k.name)) }
    if r.group == "", r.kind == "Namespace", ["default", "kube-system", "kube-public"].contains(k.name) {
      throw FluidError.api(
        APIStatus(code: 403, reason: "Forbidden", message: "namespaces \"\(k.name)\" is forbidden: this namespace may not be deleted"))
    }
    if options.dryRun { return obj }
    if obj["metadata"]?["deletionTimestamp"] != nil { return obj }
    let uid = obj["metadata"]?["uid"]?.stringValue ?? ""
    var finalizers = (obj["metadata"]?["finalizers"]?.arrayValue ?? []).compactMap(\.stringValue)
    let dependents = try store.dependents(ofUID: uid)
    switch options.propagation {
    case .orphan:
      for d in dependents { try removeOwnerReference(uid, from: d) }
    case .foreground:
      if !dependents.isEmpty, !finalizers.contains("foregroundDeletion") { finalizers.append("foregroundDeletion") }
    case .background:
      break
    }
    let isNamespace = r.group == "" && r.kind == "Namespace"
    if finalizers.isEmpty && !isNamespace {
      try store.remove(k, lastState: obj)
      try collectGarbage()
      return nil
    }
    obj[path: ["metadata", "deletionTimestamp"]] = .string(try nowText())
    obj[path: ["metadata", "deletionGracePeriodSeconds"]] = 0
    obj[path: ["metadata", "finalizers"]] = finalizers.isEmpty ? nil : .array(finalizers.map { .string($0) })
    if isNamespace { obj[path: ["status", "phase"]] = "Terminating" }
    let stored = try store.put(k, obj, type: .modified)
    if options.propagation == .foreground {
      for d in dependents { try deleteDependent(d, propagation: .foreground) }
    }
    if isNamespace {
      for d in try store.keys(inNamespace: k.name) { try deleteDependent(d, propagation: .background) }
    }
    try collectGarbage()
    _ = stored
    return try store.get(k)
  }

  private func deleteDependent(_ d: ObjectKey, propagation: DeleteOptions.Propagation) throws {
    guard let dr = registry.descriptors.first(where: { $0.qualifiedPlural == d.resource }) else { return }
    if try store.get(d) != nil { _ = try deleteLocked(dr, d, DeleteOptions(propagation: propagation)) }
  }

  private func removeOwnerReference(_ uid: String, from k: ObjectKey) throws {
    guard var o = try store.get(k) else { return }
    let refs = (o["metadata"]?["ownerReferences"]?.arrayValue ?? []).filter { $0["uid"]?.stringValue != uid }
    o[path: ["metadata", "ownerReferences"]] = refs.isEmpty ? nil : .array(refs)
    try store.put(k, o, type: .modified)
  }

  /// The garbage collector, run to a fixed point after every change that can free objects:
  /// dependents whose owners are all gone are deleted (background); objects waiting on
  /// `foregroundDeletion` lose that finalizer once their dependents are gone; terminating
  /// namespaces are removed once empty.
  func collectGarbage() throws {
    for _ in 0..<64 {
      var changed = false
      // Orphaned dependents: every owner reference points at a uid no object has.
      for uid in try store.referencedOwners() where try !store.uidExists(uid) {
        for d in try store.dependents(ofUID: uid) {
          guard let o = try store.get(d) else { continue }
          let alive = try (o["metadata"]?["ownerReferences"]?.arrayValue ?? []).contains {
            try store.uidExists($0["uid"]?.stringValue ?? "")
          }
          if !alive, o["metadata"]?["deletionTimestamp"] == nil {
            try deleteDependent(d, propagation: .background)
            changed = true
          }
        }
      }
      // Deleted objects whose pending work is done.
      for (k, o) in try store.deleting() {
        var finalizers = (o["metadata"]?["finalizers"]?.arrayValue ?? []).compactMap(\.stringValue)
        let uid = o["metadata"]?["uid"]?.stringValue ?? ""
        if finalizers.contains("foregroundDeletion"), try store.dependents(ofUID: uid).isEmpty {
          finalizers.removeAll { $0 == "foregroundDeletion" }
          var updated = o
          updated[path: ["metadata", "finalizers"]] = finalizers.isEmpty ? nil : .array(finalizers.map { .string($0) })
          if finalizers.isEmpty { try store.remove(k, lastState: updated) } else { try store.put(k, updated, type: .modified) }
          changed = true
        } else if k.resource == CoreKinds.namespace.qualifiedPlural, try store.count(inNamespace: k.name) == 0 {
          try store.remove(k, lastState: o)
          changed = true
        }
      }
      if !changed { return }
    }
  }
}
