import FluidKit
import FluidModel
import Foundation

extension APIRouter {
  func listOptions(_ req: APIRequest) throws -> ListOptions {
    var o = ListOptions()
    if let l = req.query["labelSelector"], !l.isEmpty { o.labelSelector = try LabelSelector(parsing: l) }
    if let f = req.query["fieldSelector"], !f.isEmpty {
      o.fieldSelector = try FieldSelector(parsing: f)
    }
    if let l = req.query["limit"], let n = Int(l), n > 0 { o.limit = n }
    if let c = req.query["continue"], !c.isEmpty { o.continueToken = c }
    if let rv = req.query["resourceVersion"], !rv.isEmpty, rv != "0" { o.resourceVersion = rv }
    return o
  }

  func list(_ req: APIRequest, _ t: Target) async throws -> APIResponse {
    let d = t.descriptor
    var options = try listOptions(req)
    options.resourceVersion = nil
    let page = try await client.list(d, namespace: t.namespace, options: options)
    if wantsTable(req) {
      return ok(try await table(d, page.items, resourceVersion: page.resourceVersion, continueToken: page.continueToken, req))
    }
    var metadata: JSONValue = ["resourceVersion": .string(page.resourceVersion)]
    if let c = page.continueToken { metadata["continue"] = .string(c) }
    return ok([
      "kind": .string(d.listKind), "apiVersion": .string(d.apiVersion), "metadata": metadata, "items": .array(page.items),
    ])
  }

  func wantsTable(_ req: APIRequest) -> Bool {
    guard let accept = req.header("accept") else { return false }
    // kubectl lists Table first and plain JSON as the fallback.
    let first = accept.split(separator: ",").first.map(String.init) ?? ""
    return first.contains("as=Table") && first.contains("g=meta.k8s.io")
  }

  /// A `meta.k8s.io/v1` Table: NAME plus the kind's printer columns (all priorities; clients
  /// hide priority > 0 unless asked for wide output), each row with the object's metadata.
  func table(_ d: ResourceDescriptor, _ items: [JSONValue], resourceVersion: String, continueToken: String?, _ req: APIRequest) async throws -> JSONValue {
    let printer = TablePrinter(wide: true, now: try await client.currentTime())
    var columns: [JSONValue] = [
      ["name": "Name", "type": "string", "format": "name", "description": "Name must be unique within a namespace.", "priority": 0]
    ]
    for c in d.tableColumns {
      columns.append([
        "name": .string(c.name), "type": .string(c.type == "date" ? "string" : c.type), "format": .string(c.format ?? ""),
        "description": .string(c.name), "priority": .int(Int64(c.priority)),
      ])
    }
    let includeObject = req.query["includeObject"] ?? "Metadata"
    let rows: [JSONValue] = items.map { item in
      var cells: [JSONValue] = [item["metadata"]?["name"] ?? ""]
      for c in d.tableColumns {
        let text = printer.cell(c, item)
        // A custom resource's column that finds nothing is null, as kube-apiserver's CRD table
        // convertor sends it (kubectl prints it as an empty cell).
        if text.isEmpty, !d.isBuiltIn {
          cells.append(.null)
        } else if c.type == "integer", let n = Int64(text) {
          cells.append(.int(n))
        } else {
          cells.append(.string(text))
        }
      }
      var row: JSONValue = ["cells": .array(cells)]
      switch includeObject {
      case "None": break
      case "Object": row["object"] = item
      default:
        row["object"] = ["kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": item["metadata"] ?? [:]]
      }
      return row
    }
    var metadata: JSONValue = ["resourceVersion": .string(resourceVersion)]
    if let continueToken { metadata["continue"] = .string(continueToken) }
    return ["kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": metadata, "columnDefinitions": .array(columns), "rows": .array(rows)]
  }

  /// A watch stream: one JSON event per line, BOOKMARK events when asked for, closed after
  /// `timeoutSeconds`. An expired resourceVersion is an ERROR event carrying a 410 Status.
  func watch(_ req: APIRequest, _ t: Target) throws -> APIResponse {
    let d = t.descriptor
    var options = try listOptions(req)
    options.limit = nil
    options.continueToken = nil
    if let fault = faults?.watchFault(resumingFrom: options.resourceVersion) {
      return .stream(AsyncThrowingStream { c in
        c.yield(Self.line(["type": "ERROR", "object": fault.json]))
        c.finish()
      })
    }
    let timeout = Double(req.query["timeoutSeconds"] ?? "") ?? 1800
    let drop = faults?.watchDropDelay()
    let bookmarks = req.query["allowWatchBookmarks"] == "true"
    let asTable = wantsTable(req)
    let client = self.client
    let interval = bookmarkInterval
    let events = client.watch(d, namespace: t.namespace, options: options)
    return .stream(AsyncThrowingStream { continuation in
      let lastRV = LastResourceVersion(options.resourceVersion)
      let pump = Task {
        do {
          for try await e in events {
            if let rv = e.object["metadata"]?["resourceVersion"]?.stringValue { lastRV.set(rv) }
            var object = e.object
            if asTable {
              object = try await self.table(d, [e.object], resourceVersion: lastRV.get() ?? "", continueToken: nil, req)
            }
            continuation.yield(Self.line(["type": .string(e.type.rawValue), "object": object]))
          }
          continuation.finish()
        } catch FluidError.api(let s) {
          continuation.yield(Self.line(["type": "ERROR", "object": s.json]))
          continuation.finish()
        } catch {
          continuation.finish()
        }
      }
      let ticker = Task {
        let deadline = ContinuousClock.now + .milliseconds(Int64(min(timeout, drop ?? timeout) * 1000))
        var nextBookmark = ContinuousClock.now + interval
        while !Task.isCancelled {
          let wake = bookmarks ? min(deadline, nextBookmark) : deadline
          try? await Task.sleep(until: wake, clock: .continuous)
          if Task.isCancelled { return }
          if ContinuousClock.now >= deadline {
            continuation.finish()
            return
          }
          if bookmarks, let rv = lastRV.get() {
            continuation.yield(Self.line([
              "type": "BOOKMARK",
              "object": ["kind": .string(d.kind), "apiVersion": .string(d.apiVersion), "metadata": ["resourceVersion": .string(rv)]],
            ]))
          }
          nextBookmark = ContinuousClock.now + interval
        }
      }
      continuation.onTermination = { _ in
        pump.cancel()
        ticker.cancel()
      }
    })
  }

  static func line(_ v: JSONValue) -> [UInt8] { Array((JSONWriter.compact(v) + "\n").utf8) }
}

/// The newest resourceVersion a watch has sent, shared by its pump and its bookmark ticker.
final class LastResourceVersion: @unchecked Sendable {
  private let lock = NSLock()
  private var value: String?
  init(_ v: String?) { value = v }
  func set(_ v: String) { lock.withLock { value = v } }
  func get() -> String? { lock.withLock { value } }
}
