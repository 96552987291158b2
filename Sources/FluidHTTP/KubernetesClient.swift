public import FluidKit
public import FluidModel
public import Foundation

/// The cluster-client seam over the Kubernetes REST API (the second backend; the first is the
/// embedded cluster). Same contract as `ClusterClient`; in addition:
/// - credentials (token, token file, exec plugin) are attached only over https;
/// - 429 and 5xx answers carrying Retry-After are retried for every verb (up to `maxRetries`,
///   each wait as the header says, at most `maxRetryWait`); a dropped kept-alive connection
///   only for GET, the one request known to be safe to repeat;
/// - `Warning` headers go to `WriteOptions.onWarning`, or to `warningHandler` (deduplicated);
/// - `-v 6` and above trace requests via `trace` with credentials masked.
public final class KubernetesClient: ClusterClient, @unchecked Sendable {
  public let configuration: ClientConfiguration
  let transport: CurlTransport
  let registry: ResourceRegistry
  let requestTimeout: TimeInterval?
  let tracer: RequestTracer
  let warningHandler: @Sendable (String) -> Void
  let execProvider: ExecCredentialProvider
  let userAgent: String
  public var maxRetries = 10
  /// Upper bound for one Retry-After wait, in seconds.
  public var maxRetryWait: Double = 10
  private let lock = NSLock()
  private var seenWarnings = Set<String>()
  private var execTransport: CurlTransport?
  private var lastServerDate: (server: Date, local: Date)?

  public init(
    configuration: ClientConfiguration, registry: ResourceRegistry = .standard, requestTimeout: TimeInterval? = nil,
    verbosity: Int = 0, log: @escaping @Sendable (String) -> Void = { _ in },
    warningHandler: @escaping @Sendable (String) -> Void = { _ in },
    execProvider: ExecCredentialProvider = ExecCredentialProvider(), userAgent: String = "fluidctl"
  ) throws {
    self.configuration = configuration
    self.transport = try CurlTransport(tls: Self.tls(configuration), proxyURL: configuration.proxyURL)
    self.registry = registry
    self.requestTimeout = requestTimeout
    self.tracer = RequestTracer(level: verbosity, log: log)
    self.warningHandler = warningHandler
    self.execProvider = execProvider
    self.userAgent = userAgent
  }

  static func tls(_ c: ClientConfiguration, certificate: [UInt8]? = nil, key: [UInt8]? = nil) -> TLSSettings {
    TLSSettings(
      caPEM: c.caData, clientCertificatePEM: certificate ?? c.clientCertificateData,
      clientKeyPEM: key ?? c.clientKeyData, insecureSkipVerify: c.insecureSkipTLSVerify,
      serverName: c.tlsServerName)
  }

  public var backendDescription: String { "kubernetes \(configuration.server)" }
  public var defaultNamespace: String? { configuration.namespace }

  // MARK: - Paths

  /// `/apis/data.fluid.io/v1alpha1/namespaces/ns/datasets/name/status`.
  func path(_ r: ResourceDescriptor, namespace: String?, name: String? = nil, subresource: String? = nil) -> String {
    var p = r.group.isEmpty ? "/api/\(r.version)" : "/apis/\(r.group)/\(r.version)"
    if r.namespaced, let namespace { p += "/namespaces/\(Self.escape(namespace))" }
    p += "/\(r.plural)"
    if let name { p += "/\(Self.escape(name))" }
    if let subresource { p += "/\(subresource)" }
    return p
  }

  static func escape(_ s: String) -> String {
    s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
  }

  /// The label and field selectors of `o` as query parameters (absent when empty).
  static func selectors(_ o: ListOptions) -> [(String, String?)] {
    [
      ("labelSelector", o.labelSelector.map(\.description).flatMap { $0.isEmpty ? nil : $0 }),
      ("fieldSelector", o.fieldSelector.map(\.description).flatMap { $0.isEmpty ? nil : $0 }),
    ]
  }

  static func query(_ items: [(String, String?)]) -> String {
    let parts = items.compactMap { k, v in v.map { "\(k)=\(escape($0))" } }
    return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
  }

  // MARK: - Requests

  /// Sends one API request with credentials, retries and warning handling; decodes failures.
  func execute(
    _ method: String, _ pathAndQuery: String, body: JSONValue? = nil, contentType: String = "application/json",
    accept: String = "application/json", onWarning: (@Sendable (String) -> Void)? = nil,
    resource: ResourceDescriptor? = nil
  ) async throws -> HTTPResponse {
    var request = HTTPRequest(method: method, url: configuration.server + pathAndQuery, timeout: requestTimeout)
    request.headers = [("Accept", accept), ("User-Agent", userAgent)]
    if let body {
      request.body = JSONWriter.compactBytes(body)
      request.headers.append(("Content-Type", contentType))
    }
    var refreshedCredentials = false
    var retriedDrop = false
    var attempt = 0
    while true {
      let (authorized, client) = try authorize(request, refresh: false)
      let started = Date()
      tracer.request(authorized)
      let response: HTTPResponse
      do {
        response = try await client.send(authorized)
      } catch FluidError.unreachable(let message) where message.contains("was dropped") && request.method == "GET" && !retriedDrop {
        // A kept-alive connection the server closed meanwhile: a read is safe to send again.
        retriedDrop = true
        tracer.note("retrying \(request.url) after a dropped connection")
        continue
      }
      tracer.response(authorized, response, since: started)
      noteServerDate(response)
      for w in response.headers(named: "warning") { deliverWarning(Self.warningText(w), onWarning) }
      if response.status == 401, !refreshedCredentials, case .exec = configuration.credentials {
        refreshedCredentials = true
        _ = try authorize(request, refresh: true)
        continue
      }
      if let wait = retryDelay(response, request, attempt: attempt) {
        attempt += 1
        tracer.note("Got a Retry-After \(wait)s response for attempt \(attempt) to \(request.url)")
        try await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000))
        continue
      }
      guard (200..<300).contains(response.status) else { throw Self.failure(response, resource: resource) }
      return response
    }
  }

  func retryDelay(_ response: HTTPResponse, _ request: HTTPRequest, attempt: Int) -> Double? {
    guard attempt < maxRetries, response.status == 429 || response.status >= 500,
      let header = response.header("retry-after"), let seconds = Double(header.trimmingCharacters(in: .whitespaces)), !seconds.isNaN
    else { return nil }
    // As client-go: an answer with Retry-After says the server did not act on the request, so
    // every verb is sent again, POST included.
    return min(max(seconds, 0), maxRetryWait)
  }

  /// Adds Authorization (https only) and picks the transport (an exec plugin may supply a client certificate).
  func authorize(_ request: HTTPRequest, refresh: Bool) throws -> (HTTPRequest, CurlTransport) {
    guard configuration.isTLS else { return (request, transport) }
    var r = request
    switch configuration.credentials {
    case .none: return (r, transport)
    case .token(let t):
      r.headers.append(("Authorization", "Bearer \(t)"))
    case .tokenFile(let path):
      guard let data = FileManager.default.contents(atPath: path) else {
        throw FluidError.local("cannot read token file \(path)")
      }
      r.headers.append(("Authorization", "Bearer \(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))"))
    case .exec(let exec):
      let c = try execProvider.credential(exec, cluster: configuration, refresh: refresh)
      if let t = c.token { r.headers.append(("Authorization", "Bearer \(t)")) }
      if let cert = c.clientCertificateData, let key = c.clientKeyData {
        let t = try lock.withLock { () throws -> CurlTransport in
          if let t = execTransport, t.tls.clientCertificatePEM == cert { return t }
          let t = try CurlTransport(tls: Self.tls(configuration, certificate: cert, key: key), proxyURL: configuration.proxyURL)
          execTransport = t
          return t
        }
        return (r, t)
      }
    }
    return (r, transport)
  }

  private func deliverWarning(_ text: String, _ onWarning: (@Sendable (String) -> Void)?) {
    if let onWarning { return onWarning(text) }
    let fresh = lock.withLock { seenWarnings.insert(text).inserted }
    if fresh { warningHandler(text) }
  }

  /// `299 - "text"` → `text`.
  static func warningText(_ header: String) -> String {
    guard let open = header.firstIndex(of: "\""), let close = header.lastIndex(of: "\""), open < close else {
      return header
    }
    return String(header[header.index(after: open)..<close]).replacingOccurrences(of: "\\\"", with: "\"")
  }

  /// A failed response as `FluidError.api`: the server's Status, or a generic one by code.
  /// A 404 that names no object means the server does not serve `resource` at all (its CRD is
  /// not installed): kubectl's "the server doesn't have a resource type".
  static func failure(_ response: HTTPResponse, resource: ResourceDescriptor? = nil) -> FluidError {
    let status = (try? JSONParser.parse(bytes: response.body)).flatMap { APIStatus(json: $0) }
    if let resource, response.status == 404, status?.name == nil, status?.kind == nil {
      return .unknownResource(resource.plural)
    }
    if let status { return .api(status) }
    let (reason, message): (String, String) =
      switch response.status {
      case 400: ("BadRequest", "the server rejected our request for an unknown reason")
      case 401: ("Unauthorized", "the server has asked for the client to provide credentials")
      case 403: ("Forbidden", "the server does not allow access to the requested resource")
      case 404: ("NotFound", "the server could not find the requested resource")
      case 405: ("MethodNotAllowed", "the server does not allow this method on the requested resource")
      case 409: ("Conflict", "the server reported a conflict")
      case 410: ("Expired", "the server reported the resource version as expired")
      case 422: ("Invalid", "the server rejected our request due to an error in our request")
      case 429: ("TooManyRequests", "the server has received too many requests and has asked us to try again later")
      case 503: ("ServiceUnavailable", "the server is currently unable to handle the request")
      case 504: ("Timeout", "the server was unable to return a response in the time allotted")
      default: ("InternalError", "an error on the server (\"\(String(decoding: response.body.prefix(200), as: UTF8.self))\") has prevented the request from succeeding")
      }
    return .api(APIStatus(code: response.status, reason: reason, message: message))
  }

  static func decode(_ response: HTTPResponse) throws -> JSONValue {
    do { return try JSONParser.parse(bytes: response.body) } catch {
      throw FluidError.local("the server's answer is not JSON: \(error)")
    }
  }

  private func noteServerDate(_ response: HTTPResponse) {
    guard let d = response.header("date"), let date = HTTPDate.parse(d) else { return }
    lock.withLock { lastServerDate = (date, Date()) }
  }

  /// The server's clock as its `Date` headers report it (simulated time on `sim serve`),
  /// else local time.
  public func currentTime() async throws -> Date {
    lock.withLock {
      guard let s = lastServerDate else { return Date() }
      return s.server.addingTimeInterval(Date().timeIntervalSince(s.local))
    }
  }
}
