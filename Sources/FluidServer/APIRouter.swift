public import FluidKit
public import FluidModel
import Foundation

/// Serves the Kubernetes REST API from a `ClusterClient` (the embedded cluster): discovery,
/// CRUD on every kind, status and scale subresources, merge/JSON/apply patches, watches with
/// bookmarks, Table responses and Status errors, as kube-apiserver answers them.
public final class APIRouter: Sendable {
  let client: any ClusterClient
  let registry: ResourceRegistry
  let faults: FaultInjector?
  /// How often a watch that asked for bookmarks receives one.
  let bookmarkInterval: Duration
  /// When set, API requests must carry `Authorization: Bearer <token>` (health checks need not).
  let token: String?

  public init(
    client: any ClusterClient, registry: ResourceRegistry = .standard, faults: FaultInjector? = nil,
    bookmarkInterval: Duration = .seconds(60), token: String? = nil
  ) {
    self.client = client
    self.registry = registry
    self.faults = faults
    self.bookmarkInterval = bookmarkInterval
    self.token = token
  }

  /// True when the request may proceed: no token is required, it is a health check, or it
  /// carries the token (compared in constant time).
  func authorized(_ req: APIRequest) -> Bool {
    guard let token else { return true }
    if ["/healthz", "/readyz", "/livez"].contains(req.path) { return true }
    let given = Array((req.header("authorization") ?? "").utf8)
    let expected = Array("Bearer \(token)".utf8)
    guard given.count == expected.count else { return false }
    return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
  }

  /// One request to one response; never throws (failures are Status objects).
  public func handle(_ req: APIRequest) async -> APIResponse {
    do {
      guard authorized(req) else {
        return Self.failure(.api(APIStatus(code: 401, reason: "Unauthorized", message: "Unauthorized")))
      }
      if let fault = faults?.fault(for: req) { return fault }
      return try await route(req)
    } catch let e as FluidError {
      return Self.failure(e)
    } catch {
      return Self.failure(.local("\(error)"))
    }
  }

  static func failure(_ e: FluidError) -> APIResponse {
    let status: APIStatus
    switch e {
    case .api(let s): status = s
    case .usage(let m), .input(_, let m): status = .badRequest(m)
    case .unknownResource: status = APIStatus(code: 404, reason: "NotFound", message: "the server could not find the requested resource")
    case .whileProcessing(_, _, let inner): return failure(inner)
    default: status = APIStatus(code: 500, reason: "InternalError", message: "Internal error occurred: \(ErrorText.describe(e))")
    }
    var headers: [(String, String)] = []
    if let s = status.retryAfterSeconds { headers.append(("Retry-After", String(s))) }
    return .json(status.code, JSONWriter.compact(status.json), headers: headers)
  }

  func route(_ req: APIRequest) async throws -> APIResponse {
    let segments = req.path.split(separator: "/").map(String.init)
    switch segments.first {
    case "healthz", "readyz", "livez": return .text(200, "ok")
    case "version": return .json(200, JSONWriter.pretty(Self.version))
    case "api", "apis": break
    case "openapi": return try openAPI(segments)
    default: throw notFound
    }
    if let discovery = try discovery(segments) { return discovery }
    if let proxied = try await podProxy(req, segments) { return proxied }
    if let log = try await podLog(req, segments) { return log }
    let target = try resolve(segments)
    if target.descriptor == CoreKinds.horizontalPodAutoscalerV1 { return try await dispatchV1HPA(req, target) }
    return try await dispatch(req, target)
  }

  /// `GET /api/v1/namespaces/NS/pods/NAME[:PORT]/proxy/PATH`: the pod proxy (nil for other paths).
  func podProxy(_ req: APIRequest, _ segments: [String]) async throws -> APIResponse? {
    guard segments.count >= 7, segments[0] == "api", segments[1] == "v1", segments[2] == "namespaces", segments[4] == "pods",
      segments[6] == "proxy"
    else { return nil }
    guard req.method == "GET" else {
      throw FluidError.api(.methodNotAllowed("fluidctl's pod proxy serves GET only"))
    }
    let target = segments[5].split(separator: ":", maxSplits: 1)
    let port = target.count > 1 ? Int(target[1]) : 80
    guard let port, (1...65535).contains(port) else { throw FluidError.api(.badRequest("invalid port in \(segments[5])")) }
    let rest = "/" + segments[7...].joined(separator: "/") + (req.path.hasSuffix("/") && segments.count > 7 ? "/" : "")
    let body = try await client.podProxyGet(namespace: segments[3], pod: String(target[0]), port: port, path: rest)
    return .text(200, body)
  }

  /// `GET /api/v1/namespaces/NS/pods/NAME/log`: the whole log, or with `follow=true` a
  /// stream of lines. Errors (no such pod, container not started) come before any line.
  func podLog(_ req: APIRequest, _ segments: [String]) async throws -> APIResponse? {
    guard segments.count == 7, segments[0] == "api", segments[1] == "v1", segments[2] == "namespaces", segments[4] == "pods",
      segments[6] == "log"
    else { return nil }
    guard req.method == "GET" else { throw FluidError.api(.methodNotAllowed("pods/log serves GET only")) }
    func number(_ key: String) throws -> Int? {
      guard let text = req.query[key] else { return nil }
      guard let n = Int(text), n >= 0 else { throw FluidError.api(.badRequest("\(key): Invalid value: \"\(text)\": must be a non-negative integer")) }
      return n
    }
    let options = PodLogOptions(
      container: req.query["container"].flatMap { $0.isEmpty ? nil : $0 }, follow: req.query["follow"] == "true",
      tailLines: try number("tailLines"), sinceSeconds: try number("sinceSeconds"), timestamps: req.query["timestamps"] == "true")
    var lines = client.podLog(namespace: segments[3], pod: segments[5], options: options).makeAsyncIterator()
    let first = try await lines.next()
    guard options.follow else {
      var text = first ?? ""
      while let l = try await lines.next() { text += l }
      return .text(200, text)
    }
    let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
    let task = Task {
      do {
        if let first { continuation.yield(Array(first.utf8)) }
        while let l = try await lines.next() { continuation.yield(Array(l.utf8)) }
        continuation.finish()
      } catch {
        continuation.finish(throwing: error)
      }
    }
    continuation.onTermination = { _ in task.cancel() }
    return .stream(stream, contentType: "text/plain")
  }

  /// autoscaling/v1 HPAs: the request converted to the stored v2, the answer back to v1
  /// (objects and lists; tables and watches are answered as v2's).
  func dispatchV1HPA(_ req: APIRequest, _ t: Target) async throws -> APIResponse {
    var v2Request = req
    if !req.body.isEmpty, req.method == "POST" || req.method == "PUT" {
      v2Request.body = JSONWriter.compactBytes(HPAVersions.toV2(try body(req)))
      v2Request.headers["content-type"] = "application/json"
    }
    var target = t
    target.descriptor = CoreKinds.horizontalPodAutoscaler
    let response = try await dispatch(v2Request, target)
    guard case .full(let status, let type, let body, let extra) = response, type == "application/json",
      let v = try? JSONParser.parse(bytes: body), v["kind"]?.stringValue != "Table", v["kind"]?.stringValue != "Status"
    else { return response }
    var converted = v
    if v["kind"]?.stringValue == "HorizontalPodAutoscalerList" {
      converted["apiVersion"] = "autoscaling/v1"
      converted["items"] = .array((v["items"]?.arrayValue ?? []).map(HPAVersions.toV1))
    } else {
      converted = HPAVersions.toV1(v)
    }
    return .full(status: status, contentType: type, body: JSONWriter.compactBytes(converted), extraHeaders: extra)
  }

  var notFound: FluidError {
    .api(APIStatus(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
  }

  /// The resource a path names.
  struct Target {
    var descriptor: ResourceDescriptor
    var namespace: String?
    var name: String?
    var subresource: String?
  }

  func resolve(_ segments: [String]) throws -> Target {
    let (group, version, rest): (String, String, [String])
    if segments[0] == "api", segments.count >= 3 {
      (group, version, rest) = ("", segments[1], Array(segments[2...]))
    } else if segments[0] == "apis", segments.count >= 4 {
      (group, version, rest) = (segments[1], segments[2], Array(segments[3...]))
    } else {
      throw notFound
    }
    func descriptor(_ plural: String) -> ResourceDescriptor? {
      registry.descriptors.first { $0.group == group && $0.version == version && $0.plural == plural }
    }
    if rest.count >= 3, rest[0] == "namespaces", let d = descriptor(rest[2]), d.namespaced, rest.count <= 5 {
      return Target(descriptor: d, namespace: rest[1], name: rest.count > 3 ? rest[3] : nil, subresource: rest.count > 4 ? rest[4] : nil)
    }
    guard rest.count <= 3, let d = descriptor(rest[0]) else { throw notFound }
    return Target(descriptor: d, namespace: nil, name: rest.count > 1 ? rest[1] : nil, subresource: rest.count > 2 ? rest[2] : nil)
  }

  func dispatch(_ req: APIRequest, _ t: Target) async throws -> APIResponse {
    let d = t.descriptor
    if let sub = t.subresource {
      guard (sub == "status" && d.hasStatus) || (sub == "scale" && d.scale != nil) else { throw notFound }
    }
    switch (req.method, t.name) {
    case ("GET", nil):
      if ["1", "true"].contains(req.query["watch"] ?? "") { return try watch(req, t) }
      return try await list(req, t)
    case ("GET", let name?):
      if t.subresource == "scale" { return ok(try await client.getScale(d, namespace: t.namespace, name: name)) }
      let object = try await client.get(d, namespace: t.namespace, name: name)
      if t.subresource == nil, wantsTable(req) {
        return ok(try await table(d, [object], resourceVersion: object["metadata"]?["resourceVersion"]?.stringValue ?? "", continueToken: nil, req))
      }
      return ok(object)
    case ("POST", nil):
      let created = try await client.create(d, namespace: t.namespace, object: try body(req), options: writeOptions(req))
      return ok(created, status: 201)
    case ("PUT", let name?):
      var object = try body(req)
      if t.subresource == "scale" {
        let replicas = object["spec"]?["replicas"] ?? .int(0)
        return ok(
          try await client.patch(
            d, namespace: t.namespace, name: name, mergePatch: ["spec": ["replicas": replicas]], subresource: "scale",
            options: writeOptions(req)))
      }
      if object["metadata"]?["name"] == nil { object[path: ["metadata", "name"]] = .string(name) }
      guard object["metadata"]?["name"]?.stringValue == name else {
        throw FluidError.api(.badRequest("the name of the object (\(object["metadata"]?["name"]?.stringValue ?? "")) does not match the name on the URL (\(name))"))
      }
      return ok(try await client.update(d, namespace: t.namespace, object: object, subresource: t.subresource, options: writeOptions(req)))
    case ("PATCH", let name?):
      return try await patch(req, t, name)
    case ("DELETE", let name?):
      return try await delete(req, t, name)
    default:
      throw FluidError.api(.methodNotAllowed("the server does not allow this method on the requested resource"))
    }
  }

  func ok(_ v: JSONValue, status: Int = 200) -> APIResponse { .json(status, JSONWriter.compact(v)) }

  func body(_ req: APIRequest) throws -> JSONValue {
    if (req.header("content-type") ?? "").hasPrefix(KubeProtobuf.contentType) { return try KubeProtobuf.decode(req.body) }
    let text = String(decoding: req.body, as: UTF8.self)
    if let v = try? JSONParser.parse(text) { return v }
    do {
      guard let doc = try ManifestDecoder.decode(text).first?.value, doc.objectValue != nil else {
        throw FluidError.api(.badRequest("the request body is not an object"))
      }
      return doc
    } catch let e as ManifestDecoder.Error {
      throw FluidError.api(.badRequest("the body of the request could not be read: \(e)"))
    }
  }

  func writeOptions(_ req: APIRequest) throws -> WriteOptions {
    let validation: FieldValidation
    if let v = req.query["fieldValidation"], !v.isEmpty {
      guard let f = FieldValidation(rawValue: v) else {
        throw FluidError.api(.badRequest("fieldValidation must be one of Strict, Warn or Ignore, not \"\(v)\""))
      }
      validation = f
    } else {
      validation = .warn
    }
    return WriteOptions(
      dryRun: req.query["dryRun"] == "All", fieldManager: req.query["fieldManager"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown",
      fieldValidation: validation)
  }

  static let version: JSONValue = [
    "major": "1", "minor": "32", "gitVersion": "v1.32.0+fluidctl-sim", "gitCommit": "0000000000000000000000000000000000000000",
    "gitTreeState": "clean", "buildDate": "2026-11-29T00:00:00Z", "goVersion": "n/a", "compiler": "swift",
    "platform": "linux/amd64",
  ]
}

/// Human text for non-API failures.
enum ErrorText {
  static func describe(_ e: FluidError) -> String {
    switch e {
    case .local(let m), .unreachable(let m), .timeout(let m), .operationFailed(let m), .usage(let m): return m
    default: return "\(e)"
    }
  }
}
