import FluidKit
import FluidModel
import Foundation

extension APIRouter {
  /// PATCH by content type: merge, JSON or strategic merge patch (`ObjectPatch`), or
  /// server-side apply.
  func patch(_ req: APIRequest, _ t: Target, _ name: String) async throws -> APIResponse {
    let d = t.descriptor
    let type = (req.header("content-type") ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let options = try writeOptions(req)
    switch type {
    case "application/merge-patch+json", "application/strategic-merge-patch+json", "application/json-patch+json":
      let body: JSONValue
      do { body = try JSONParser.parse(bytes: req.body) } catch {
        throw FluidError.api(.badRequest("the patch could not be read: \(error)"))
      }
      guard let patch = ObjectPatch(contentType: type, body: body) else { throw FluidError.api(ObjectPatch.unsupportedMediaType) }
      return ok(try await client.patch(d, namespace: t.namespace, name: name, patch: patch, subresource: t.subresource, options: options))
    case "application/apply-patch+yaml", "application/apply-patch+cbor":
      guard req.query["fieldManager"].map({ !$0.isEmpty }) ?? false else {
        throw FluidError.api(.badRequest("PATCH /apply requires fieldManager to be set in the query"))
      }
      var object = try body(req)
      if object["metadata"]?["name"] == nil { object[path: ["metadata", "name"]] = .string(name) }
      let result = try await client.apply(
        d, namespace: t.namespace, object: object, options: ApplyOptions(write: options, force: req.query["force"] == "true"))
      return ok(result.object, status: result.outcome == .created ? 201 : 200)
    default:
      throw FluidError.api(ObjectPatch.unsupportedMediaType)
    }
  }

  /// DELETE: options from the query or a DeleteOptions body. Answers the object while
  /// finalizers keep it, else a Success Status naming it.
  func delete(_ req: APIRequest, _ t: Target, _ name: String) async throws -> APIResponse {
    let d = t.descriptor
    let bodyOptions = req.body.isEmpty ? nil : try? JSONParser.parse(bytes: req.body)
    let policyText = req.query["propagationPolicy"] ?? bodyOptions?["propagationPolicy"]?.stringValue
    var propagation = DeleteOptions.Propagation.background
    if let p = policyText, !p.isEmpty {
      guard let parsed = DeleteOptions.Propagation(rawValue: p) else {
        throw FluidError.api(.badRequest("propagationPolicy must be Background, Foreground or Orphan, not \"\(p)\""))
      }
      propagation = parsed
    }
    let dryRun = req.query["dryRun"] == "All" || (bodyOptions?["dryRun"]?.arrayValue?.contains("All") ?? false)
    let existing = try await client.get(d, namespace: t.namespace, name: name)
    if let stays = try await client.delete(d, namespace: t.namespace, name: name, options: DeleteOptions(propagation: propagation, dryRun: dryRun)) {
      return ok(stays, status: 200)
    }
    let status: JSONValue = [
      "kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success",
      "details": [
        "name": .string(name), "group": .string(d.group), "kind": .string(d.plural),
        "uid": existing["metadata"]?["uid"] ?? .null,
      ],
    ]
    return ok(status)
  }
}
