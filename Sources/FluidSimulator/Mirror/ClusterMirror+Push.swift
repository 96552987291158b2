import FluidKit
import FluidModel
import Foundation

extension ClusterMirror {
  // MARK: - Local → remote

  func push(_ remoteObjects: [String: (ResourceDescriptor, JSONValue)], _ report: inout Report) async throws {
    for (key, (d, r)) in remoteObjects.sorted(by: { $0.key < $1.key }) {
      let (ns, name) = Self.names(r)
      do {
        let l = try await localObject(d, ns, name)
        if let l, let statusPatch = MergePatch.diff(from: r["status"] ?? [:], to: l["status"] ?? [:]) {
          _ = try await remote.patch(d, namespace: ns, name: name, mergePatch: ["status": statusPatch], subresource: "status", options: writeOptions)
          report.pushed += 1
        }
        // Fluid's finalizers: the local controllers' set, next to whatever else the remote has.
        // Fluid's own names count as ours even when another run of attach put them there.
        let ours = l?["metadata"]?["finalizers"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let before = pushedFinalizers[key] ?? []
        let theirs = (r["metadata"]?["finalizers"]?.arrayValue?.compactMap(\.stringValue) ?? []).filter {
          ours.contains($0) || !(before.contains($0) || Self.isFluidFinalizer($0))
        }
        var wanted = theirs
        for f in ours where !wanted.contains(f) { wanted.append(f) }
        let current = r["metadata"]?["finalizers"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if wanted != current {
          _ = try await remote.patch(
            d, namespace: ns, name: name, mergePatch: ["metadata": ["finalizers": wanted.isEmpty ? .null : .array(wanted.map { .string($0) })]],
            subresource: nil, options: writeOptions)
          report.pushed += 1
        }
        pushedFinalizers[key] = ours
      } catch FluidError.api(let s) where s.code == 404 || s.code == 409 {
        continue  // gone or changed meanwhile: the next round sees the new state
      } catch let e as FluidError {
        report.errors.append("\(key): \(e)")
      }
    }
    try await pushVolumes(&report)
    try await pushEvents(&report)
  }

  /// Finalizers Fluid's controllers use: `fluid-…-controller-finalizer`, `…-runtime-controller-finalizer`.
  static func isFluidFinalizer(_ f: String) -> Bool {
    (f.hasPrefix("fluid-") && f.hasSuffix("-controller-finalizer")) || f.hasSuffix("-runtime-controller-finalizer")
  }

  /// The PV and PVC of each dataset the controllers bound, created on the remote once and
  /// deleted when the local ones go.
  func pushVolumes(_ report: inout Report) async throws {
    var present = Set<String>()
    for d in [CoreKinds.persistentVolume, CoreKinds.persistentVolumeClaim] {
      for l in try await local.list(d, namespace: nil, options: ListOptions()).items {
        let key = Self.key(d, l)
        present.insert(key)
        guard !pushedVolumes.contains(key) else { continue }
        let (ns, name) = Self.names(l)
        var o = Self.userPart(of: l)
        if let status = l["status"] { o["status"] = status }
        do {
          _ = try await remote.create(d, namespace: ns, object: o, options: writeOptions)
          if let status = l["status"] {
            _ = try? await remote.patch(d, namespace: ns, name: name, mergePatch: ["status": status], subresource: "status", options: writeOptions)
          }
          report.pushed += 1
        } catch FluidError.api(let s) where s.code == 409 {
          // Already there (an earlier run of attach): adopt it.
        } catch let e as FluidError {
          report.errors.append("\(key): \(e)")
          continue
        }
        pushedVolumes.insert(key)
      }
    }
    for key in pushedVolumes.subtracting(present) {
      pushedVolumes.remove(key)
      let d = key.hasPrefix("PersistentVolumeClaim|") ? CoreKinds.persistentVolumeClaim : CoreKinds.persistentVolume
      let path = key.split(separator: "|", maxSplits: 1)[1].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
      let ns = path[0].isEmpty ? nil : String(path[0])
      _ = try? await remote.delete(d, namespace: ns, name: String(path[1]), options: DeleteOptions())
      report.pushed += 1
    }
  }

  /// Events the controllers recorded about Fluid objects, with the involved object's remote uid.
  func pushEvents(_ report: inout Report) async throws {
    let kinds = Set(Self.fluidKinds.map(\.kind))
    for e in try await local.list(CoreKinds.event, namespace: nil, options: ListOptions()).items {
      guard let kind = e["involvedObject"]?["kind"]?.stringValue, kinds.contains(kind),
        let d = Self.fluidKinds.first(where: { $0.kind == kind })
      else { continue }
      let (ns, name) = Self.names(e)
      let id = "\(ns ?? "")/\(name)"
      let count = e["count"]?.intValue ?? 1
      if pushedEvents[id] == count { continue }
      var o = Self.userPart(of: e)
      for field in ["reason", "message", "type", "source", "count", "firstTimestamp", "lastTimestamp", "reportingComponent", "involvedObject"] {
        o[field] = e[field]
      }
      let involvedKey = Self.key(d, e["involvedObject"]?["namespace"]?.stringValue, e["involvedObject"]?["name"]?.stringValue ?? "")
      o[path: ["involvedObject", "uid"]] = remoteUIDs[involvedKey].map { .string($0) }
      o[path: ["involvedObject", "resourceVersion"]] = nil
      // A repeated event only moves its count, time and message on.
      let repeated: JSONValue = ["count": .int(count), "lastTimestamp": e["lastTimestamp"] ?? .null, "message": e["message"] ?? ""]
      do {
        var exists = pushedEvents[id] != nil
        if !exists {
          do {
            _ = try await remote.create(CoreKinds.event, namespace: ns, object: o, options: writeOptions)
          } catch FluidError.api(let s) where s.code == 409 {
            exists = true
          }
        }
        if exists {
          _ = try await remote.patch(CoreKinds.event, namespace: ns, name: name, mergePatch: repeated, subresource: nil, options: writeOptions)
        }
        pushedEvents[id] = count
        report.pushed += 1
      } catch let err as FluidError {
        report.errors.append("event \(id): \(err)")
      }
    }
  }
}
