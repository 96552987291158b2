import FluidKit
import FluidModel
import Foundation

/// The remote's own pods that mount a mirrored dataset's claim. Fluid's dataset controller
/// refuses to let a dataset go while a pod uses its PVC; on an attached cluster those pods are
/// the remote's, so the mirror keeps a local stand-in of each (`SimPodAnnotations.external`):
/// the local controllers see the claim in use, and the simulated scheduler and kubelet leave the
/// stand-in alone. A stand-in goes when its pod ends or is deleted.
extension ClusterMirror {
  func pullClaimUsers(_ report: inout Report) async throws {
    let datasets = try await local.list(Dataset.descriptor, namespace: namespace, options: ListOptions()).items
    let claimed = Set(datasets.map { "\($0["metadata"]?["namespace"]?.stringValue ?? "")/\($0["metadata"]?["name"]?.stringValue ?? "")" })
    var users: [String: JSONValue] = [:]
    if !claimed.isEmpty {
      for p in try await remote.list(CoreKinds.pod, namespace: namespace, options: ListOptions()).items {
        let pod = Pod(json: p)
        let ns = pod.namespace ?? ""
        guard !["Succeeded", "Failed"].contains(pod.phase ?? ""), pod.claimNames.contains(where: { claimed.contains("\(ns)/\($0)") }) else { continue }
        users["\(ns)/\(pod.name)"] = p
      }
    }
    let existing = try await local.list(CoreKinds.pod, namespace: namespace, options: ListOptions()).items.filter(Self.isStandIn)
    var present = Set<String>()
    for l in existing {
      let (ns, name) = Self.names(l)
      let key = "\(ns ?? "")/\(name)"
      if users[key] == nil || Self.isDeleting(users[key]) {
        _ = try? await local.delete(CoreKinds.pod, namespace: ns, name: name, options: DeleteOptions())
        report.pulled += 1
      } else {
        present.insert(key)
      }
    }
    for (key, p) in users.sorted(by: { $0.key < $1.key }) where !present.contains(key) && !Self.isDeleting(p) {
      let (ns, name) = Self.names(p)
      guard try await localObject(CoreKinds.pod, ns, name) == nil else { continue }  // a simulated pod of that name
      let standIn: JSONValue = [
        "apiVersion": "v1", "kind": "Pod",
        "metadata": ["name": .string(name), "annotations": [.init(stringLiteral: SimPodAnnotations.external): "true"]],
        "spec": ["containers": [["name": "external", "image": "remote"]], "volumes": p["spec"]?["volumes"] ?? []],
      ]
      do {
        _ = try await local.create(CoreKinds.pod, namespace: ns, object: standIn, options: writeOptions)
        report.pulled += 1
      } catch let e as FluidError {
        report.errors.append("Pod|\(key): \(e)")
      }
    }
  }

  static func isStandIn(_ pod: JSONValue) -> Bool { pod["metadata"]?["annotations"]?[SimPodAnnotations.external] != nil }
}
