public import FluidKit
public import FluidModel
import Foundation

extension KubernetesClient {
  public func get(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue {
    let response = try await execute("GET", path(r, namespace: namespace, name: name), resource: r)
    return Self.complete(try Self.decode(response), r)
  }

  public func list(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) async throws -> ObjectList {
    let q = Self.query(
      Self.selectors(options) + [
        ("limit", options.limit.map(String.init)), ("continue", options.continueToken),
        ("resourceVersion", options.resourceVersion),
      ])
    let v = try Self.decode(try await execute("GET", path(r, namespace: namespace) + q, resource: r))
    return ObjectList(
      items: (v["items"]?.arrayValue ?? []).map { Self.complete($0, r) },
      resourceVersion: v["metadata"]?["resourceVersion"]?.stringValue ?? "",
      continueToken: v["metadata"]?["continue"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 })
  }

  public func create(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: WriteOptions)
    async throws -> JSONValue
  {
    let response = try await execute(
      "POST", path(r, namespace: namespace) + writeQuery(options), body: object, onWarning: options.onWarning, resource: r)
    return Self.complete(try Self.decode(response), r)
  }

  public func update(
    _ r: ResourceDescriptor, namespace: String?, object: JSONValue, subresource: String?, options: WriteOptions
  ) async throws -> JSONValue {
    guard let name = object["metadata"]?["name"]?.stringValue else {
      throw FluidError.usage("an object to update needs metadata.name")
    }
    let response = try await execute(
      "PUT", path(r, namespace: namespace, name: name, subresource: subresource) + writeQuery(options), body: object,
      onWarning: options.onWarning, resource: r)
    return Self.complete(try Self.decode(response), r)
  }

  public func patch(
    _ r: ResourceDescriptor, namespace: String?, name: String, patch: ObjectPatch, subresource: String?,
    options: WriteOptions
  ) async throws -> JSONValue {
    let response = try await execute(
      "PATCH", path(r, namespace: namespace, name: name, subresource: subresource) + writeQuery(options),
      body: patch.body, contentType: patch.contentType, onWarning: options.onWarning, resource: r)
    let v = try Self.decode(response)
    return subresource == "scale" ? v : Self.complete(v, r)
  }

  /// Server-side apply (`application/apply-patch+yaml`; JSON is YAML). The outcome compares the
  /// resourceVersion before and after: kube-apiserver leaves it unchanged on a no-op apply.
  public func apply(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: ApplyOptions)
    async throws -> ApplyResult
  {
    let errors = ObjectMetaValidation.applyErrors(object["metadata"])
    guard errors.isEmpty, let name = object["metadata"]?["name"]?.stringValue else {
      throw FluidError.api(.invalid(r, object["metadata"]?["name"]?.stringValue ?? "", errors))
    }
    var before: String?
    do {
      before = try await get(r, namespace: namespace, name: name)["metadata"]?["resourceVersion"]?.stringValue
    } catch FluidError.api(let s) where s.code == 404 {
      before = nil
    }
    var q = writeQuery(options.write)
    if options.force { q += (q.isEmpty ? "?" : "&") + "force=true" }
    let response = try await execute(
      "PATCH", path(r, namespace: namespace, name: name) + q, body: object,
      contentType: "application/apply-patch+yaml", onWarning: options.write.onWarning, resource: r)
    let result = Self.complete(try Self.decode(response), r)
    let after = result["metadata"]?["resourceVersion"]?.stringValue
    let outcome: ApplyResult.Outcome =
      before == nil ? .created : (before == after || options.write.dryRun ? .unchanged : .configured)
    return ApplyResult(object: result, outcome: outcome)
  }

  public func delete(_ r: ResourceDescriptor, namespace: String?, name: String, options: DeleteOptions) async throws
    -> JSONValue?
  {
    var q: [(String, String?)] = [("propagationPolicy", options.propagation.rawValue)]
    if options.dryRun { q.append(("dryRun", "All")) }
    let response = try await execute("DELETE", path(r, namespace: namespace, name: name) + Self.query(q), resource: r)
    let v = try Self.decode(response)
    if v["kind"]?.stringValue == "Status" { return nil }
    let finalizers = v["metadata"]?["finalizers"]?.arrayValue ?? []
    return response.status == 202 || !finalizers.isEmpty ? Self.complete(v, r) : nil
  }

  public func getScale(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue {
    try Self.decode(try await execute("GET", path(r, namespace: namespace, name: name, subresource: "scale"), resource: r))
  }

  public func podProxyGet(namespace: String, pod: String, port: Int, path: String) async throws -> String {
    let target = "/api/v1/namespaces/\(Self.escape(namespace))/pods/\(Self.escape(pod)):\(port)/proxy" + (path.hasPrefix("/") ? path : "/" + path)
    let response = try await execute("GET", target, accept: "text/plain, */*")
    return String(decoding: response.body.prefix(4 << 20), as: UTF8.self)
  }

  public func servesAPIGroup(_ group: String) async throws -> Bool {
    do {
      _ = try await execute("GET", "/apis/" + Self.escape(group))
      return true
    } catch FluidError.api(let s) where s.code == 404 {
      return false
    } catch FluidError.unknownResource {
      return false
    }
  }

  public func serverVersion() async throws -> JSONValue? {
    try Self.decode(try await execute("GET", "/version"))
  }

  func writeQuery(_ o: WriteOptions) -> String {
    Self.query([
      ("dryRun", o.dryRun ? "All" : nil), ("fieldManager", o.fieldManager),
      ("fieldValidation", o.fieldValidation.rawValue),
    ])
  }

  /// List items of built-in kinds come without apiVersion and kind; fill them in.
  static func complete(_ v: JSONValue, _ r: ResourceDescriptor) -> JSONValue {
    guard v["kind"] == nil || v["apiVersion"] == nil else { return v }
    var o = v
    if o["apiVersion"] == nil { o["apiVersion"] = .string(r.apiVersion) }
    if o["kind"] == nil { o["kind"] = .string(r.kind) }
    return o
  }
}


extension KubernetesClient: ServerTableSource {
  /// kubectl's Accept header for tables, with plain JSON as the fallback.
  static let tableAccept =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json"

  public func table(
    _ r: ResourceDescriptor, namespace: String?, name: String?, options: ListOptions, withMetadata: Bool
  ) async throws -> ServerTable? {
    var q: [(String, String?)] = [("includeObject", withMetadata ? "Metadata" : "None")]
    if name == nil {
      q += Self.selectors(options) + [("limit", options.limit.map(String.init)), ("continue", options.continueToken)]
    }
    let response = try await execute("GET", path(r, namespace: namespace, name: name) + Self.query(q), accept: Self.tableAccept, resource: r)
    return ServerTable(json: try Self.decode(response))
  }
}
