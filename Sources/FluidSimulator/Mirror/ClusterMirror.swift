public import FluidKit
public import FluidModel
import Foundation

/// `fluidctl sim attach`: the simulated Fluid controllers driving another API server (a cluster
/// with Fluid's CRDs but no Fluid). A local embedded cluster is their working store and world
/// model (simulated nodes, UFS catalog, data plane); each `sync()`:
/// 1. copies what users write on the remote (Fluid objects' spec, labels, annotations; their
///    deletion) into the local cluster;
/// 2. runs the controllers up to now (`advanceWorld`);
/// 3. writes what Fluid would write back to the remote: status, Fluid's finalizers, Events and
///    the PersistentVolumes and PersistentVolumeClaims of bound datasets.
/// Everything goes through the `ClusterClient` seam, so the remote is any backend.
/// Simulated workload pods stay local (a real cluster's kubelets would run real ones).
public final class ClusterMirror: @unchecked Sendable {
  public let remote: any ClusterClient
  public let local: EmbeddedCluster
  /// Remote uid of each mirrored object, by key (`Kind|ns/name`).
  var remoteUIDs: [String: String] = [:]
  /// Finalizers this mirror put on remote objects, by key.
  var pushedFinalizers: [String: [String]] = [:]
  /// Events written to the remote, by namespace/name, with the count written.
  var pushedEvents: [String: Int64] = [:]
  /// PVs and PVCs written to the remote, by key.
  var pushedVolumes: Set<String> = []
  let writeOptions = WriteOptions(fieldManager: "fluid-controller", fieldValidation: .ignore)

  /// The namespace whose objects are mirrored; nil for every namespace (`sim attach -A`).
  /// Cluster-scoped kinds are mirrored either way.
  public let namespace: String?

  public init(remote: any ClusterClient, local: EmbeddedCluster, namespace: String? = nil) {
    self.remote = remote
    self.local = local
    self.namespace = namespace
  }

  /// The kinds users write and Fluid's controllers act on.
  static var fluidKinds: [ResourceDescriptor] { FluidCRDs.descriptors.filter { $0.plural != "cacheruntimeclasses" } }

  /// What one sync did, for logs and tests.
  public struct Report: Sendable, Equatable {
    public var pulled = 0
    public var pushed = 0
    public var errors: [String] = []
  }

  /// One round: pull, simulate, push. Failures of single objects are reported, not thrown;
  /// an unreachable remote is thrown.
  public func sync() async throws -> Report {
    var report = Report()
    var remoteObjects: [String: (ResourceDescriptor, JSONValue)] = [:]
    for d in Self.fluidKinds {
      for o in try await remote.list(d, namespace: d.namespaced ? namespace : nil, options: ListOptions()).items {
        remoteObjects[Self.key(d, o)] = (d, o)
      }
    }
    try await pull(remoteObjects, &report)
    try await pullClaimUsers(&report)
    try local.advanceWorld()
    try await push(remoteObjects, &report)
    return report
  }

  static func key(_ d: ResourceDescriptor, _ o: JSONValue) -> String {
    key(d, o["metadata"]?["namespace"]?.stringValue, o["metadata"]?["name"]?.stringValue ?? "")
  }
  static func key(_ d: ResourceDescriptor, _ ns: String?, _ name: String) -> String {
    "\(d.kind)|\(ns ?? "")/\(name)"
  }

  static func isDeleting(_ o: JSONValue?) -> Bool { o?["metadata"]?["deletionTimestamp"] != nil }

  static func names(_ o: JSONValue) -> (String?, String) {
    (o["metadata"]?["namespace"]?.stringValue, o["metadata"]?["name"]?.stringValue ?? "")
  }

  func localObject(_ d: ResourceDescriptor, _ ns: String?, _ name: String) async throws -> JSONValue? {
    do { return try await local.get(d, namespace: ns, name: name) } catch FluidError.api(let s) where s.code == 404 { return nil }
  }

  func remoteObject(_ d: ResourceDescriptor, _ ns: String?, _ name: String) async throws -> JSONValue? {
    do { return try await remote.get(d, namespace: ns, name: name) } catch FluidError.api(let s) where s.code == 404 { return nil }
  }

  // MARK: - Remote → local

  func pull(_ remoteObjects: [String: (ResourceDescriptor, JSONValue)], _ report: inout Report) async throws {
    for (key, (d, r)) in remoteObjects.sorted(by: { $0.key < $1.key }) {
      let (ns, name) = Self.names(r)
      remoteUIDs[key] = r["metadata"]?["uid"]?.stringValue
      do {
        let l = try await localObject(d, ns, name)
        if Self.isDeleting(r) {
          if let l, !Self.isDeleting(l) {
            _ = try await local.delete(d, namespace: ns, name: name, options: DeleteOptions())
            report.pulled += 1
          }
          continue
        }
        guard let l else {
          if let ns { try await ensureLocalNamespace(ns) }
          _ = try await local.create(d, namespace: ns, object: Self.userPart(of: r), options: writeOptions)
          report.pulled += 1
          continue
        }
        if let updated = Self.withUserPart(of: r, into: l) {
          _ = try await local.update(d, namespace: ns, object: updated, subresource: nil, options: writeOptions)
          report.pulled += 1
        }
      } catch let e as FluidError {
        report.errors.append("\(key): \(e)")
      }
    }
    // Mirrored objects that vanished from the remote (someone removed every finalizer).
    for d in Self.fluidKinds {
      for l in try await local.list(d, namespace: d.namespaced ? namespace : nil, options: ListOptions()).items {
        let key = Self.key(d, l)
        guard remoteObjects[key] == nil, remoteUIDs[key] != nil else { continue }
        let (ns, name) = Self.names(l)
        remoteUIDs[key] = nil
        pushedFinalizers[key] = nil
        if !Self.isDeleting(l) { _ = try? await local.delete(d, namespace: ns, name: name, options: DeleteOptions()) }
      }
    }
  }

  func ensureLocalNamespace(_ ns: String) async throws {
    if try await localObject(CoreKinds.namespace, nil, ns) != nil { return }
    _ = try await local.create(
      CoreKinds.namespace, namespace: nil, object: ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(ns)]],
      options: writeOptions)
  }

  /// What users own of an object: kind, name, labels, annotations and spec.
  static func userPart(of r: JSONValue) -> JSONValue {
    var meta: JSONValue = ["name": r["metadata"]?["name"] ?? ""]
    if let ns = r["metadata"]?["namespace"] { meta["namespace"] = ns }
    if let l = r["metadata"]?["labels"] { meta["labels"] = l }
    if let a = r["metadata"]?["annotations"] { meta["annotations"] = a }
    var o: JSONValue = ["apiVersion": r["apiVersion"] ?? "", "kind": r["kind"] ?? "", "metadata": meta]
    if let spec = r["spec"] { o["spec"] = spec }
    return o
  }

  /// `l` with the remote's spec and labels, and its annotations merged in; nil when nothing differs.
  static func withUserPart(of r: JSONValue, into l: JSONValue) -> JSONValue? {
    var u = l
    u["spec"] = r["spec"]
    u[path: ["metadata", "labels"]] = r["metadata"]?["labels"]
    var annotations = l["metadata"]?["annotations"]?.objectValue ?? [:]
    for (k, v) in r["metadata"]?["annotations"]?.objectValue ?? [:] { annotations[k] = v }
    u[path: ["metadata", "annotations"]] = annotations.isEmpty ? nil : .object(annotations)
    return u == l ? nil : u
  }
}
