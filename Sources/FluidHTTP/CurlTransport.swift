internal import CCurl
internal import FluidKit
public import Foundation

/// HTTP over libcurl: HTTP/2 over TLS where the server offers it, connection reuse through a
/// pool of easy handles (each keeps its connections alive between requests), TLS material in
/// memory, proxies from `proxyURL` or the standard environment (HTTPS_PROXY, NO_PROXY), gzip.
///
/// Each transfer runs on a thread of its own (libcurl's easy interface blocks); callers await it.
/// Transport failures become `FluidError.unreachable` with kubectl's wording, timeouts
/// `FluidError.timeout`.
public final class CurlTransport: @unchecked Sendable {
  public let tls: TLSSettings
  public let proxyURL: String?
  public let compression: Bool
  private let lock = NSLock()
  private var idle: [OpaquePointer] = []
  private static let maxIdle = 8

  public init(tls: TLSSettings = TLSSettings(), proxyURL: String? = nil, compression: Bool = true) throws {
    _ = try CurlLibrary.api()
    self.tls = tls
    self.proxyURL = proxyURL
    self.compression = compression
  }

  deinit {
    for h in idle { fluid_curl_easy_cleanup(UnsafeMutableRawPointer(h)) }
  }

  /// Sends a request and returns the whole response.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let cancellation = TransferCancellation()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { (cont: CheckedContinuation<HTTPResponse, any Error>) in
        // A thread of its own: a blocked transfer must not hold one of the few shared
        // (GCD or cooperative) threads, which would stall unrelated work.
        let thread = Thread {
          cont.resume(with: Result { try self.perform(request, cancellation: cancellation, sink: nil) })
        }
        thread.stackSize = 1 << 20
        thread.start()
      }
    } onCancel: {
      cancellation.cancel()
    }
  }

  /// Sends a request and hands each chunk of a successful (2xx) body to `sink` as it arrives,
  /// on the transfer's thread; `sink` returns false to stop. Error bodies are collected into
  /// the returned response instead. Blocks: call from a dedicated thread.
  public func stream(
    _ request: HTTPRequest, cancellation: TransferCancellation, sink: @escaping ([UInt8]) -> Bool
  ) throws -> HTTPResponse {
    try perform(request, cancellation: cancellation, sink: sink)
  }

  // MARK: - One transfer

  private func checkout() -> UnsafeMutableRawPointer? {
    if let h = lock.withLock({ idle.popLast() }) {
      fluid_curl_easy_reset(UnsafeMutableRawPointer(h))
      return UnsafeMutableRawPointer(h)
    }
    return fluid_curl_easy_init()
  }

  private func checkin(_ h: UnsafeMutableRawPointer) {
    let kept = lock.withLock { () -> Bool in
      guard idle.count < Self.maxIdle else { return false }
      idle.append(OpaquePointer(h))
      return true
    }
    if !kept { fluid_curl_easy_cleanup(h) }
  }

  private func perform(_ request: HTTPRequest, cancellation: TransferCancellation, sink: (([UInt8]) -> Bool)?) throws
    -> HTTPResponse
  {
    guard let h = checkout() else { throw FluidError.local("libcurl could not create a handle") }
    var reusable = true
    defer {
      if reusable { checkin(h) } else { fluid_curl_easy_cleanup(h) }
    }
    let transfer = CurlTransfer(sink: sink, cancellation: cancellation)
    let box = Unmanaged.passRetained(transfer)
    defer { box.release() }
    var headerList: UnsafeMutablePointer<curl_slist>?
    var connectTo: UnsafeMutablePointer<curl_slist>?
    defer {
      fluid_curl_slist_free_all(headerList)
      fluid_curl_slist_free_all(connectTo)
    }
    var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    var url = request.url
    if let name = tls.serverName, let parts = URLParts(url), parts.host != name {
      // Verify (and send SNI for) `name` while connecting to the URL's real host.
      connectTo = fluid_curl_slist_append(nil, "\(name):\(parts.port):\(parts.host):\(parts.port)")
      url = parts.replacingHost(with: name)
    }
    for (k, v) in request.headers { headerList = fluid_curl_slist_append(headerList, "\(k): \(v)") }
    headerList = fluid_curl_slist_append(headerList, "Expect:")

    let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { errBuf in
      _ = fluid_curl_setopt_pointer(h, CURLOPT_ERRORBUFFER, errBuf.baseAddress)
      _ = fluid_curl_setopt_string(h, CURLOPT_URL, url)
      _ = fluid_curl_setopt_long(h, CURLOPT_NOSIGNAL, 1)
      _ = fluid_curl_setopt_long(h, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS)
      _ = fluid_curl_setopt_long(h, CURLOPT_TCP_NODELAY, 1)
      _ = fluid_curl_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, 30_000)
      if let t = request.timeout { _ = fluid_curl_setopt_long(h, CURLOPT_TIMEOUT_MS, max(1, Int(t * 1000))) }
      if compression { _ = fluid_curl_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "") }
      if let connectTo { _ = fluid_curl_setopt_slist(h, CURLOPT_CONNECT_TO, connectTo) }
      if let p = proxyURL { _ = fluid_curl_setopt_string(h, CURLOPT_PROXY, p) }
      configureTLS(h)
      _ = fluid_curl_setopt_slist(h, CURLOPT_HTTPHEADER, headerList)
      switch request.method {
      case "GET": _ = fluid_curl_setopt_long(h, CURLOPT_HTTPGET, 1)
      case "HEAD": _ = fluid_curl_setopt_long(h, CURLOPT_NOBODY, 1)
      default: _ = fluid_curl_setopt_string(h, CURLOPT_CUSTOMREQUEST, request.method)
      }
      if let body = request.body {
        _ = fluid_curl_setopt_offset(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
        body.withUnsafeBytes { raw in
          _ = fluid_curl_setopt_pointer(h, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!))
        }
      }
      let ctx = box.toOpaque()
      _ = fluid_curl_setopt_pointer(h, CURLOPT_WRITEDATA, ctx)
      _ = fluid_curl_setopt_write(h, curlWrite)
      _ = fluid_curl_setopt_pointer(h, CURLOPT_HEADERDATA, ctx)
      _ = fluid_curl_setopt_header(h, curlHeader)
      _ = fluid_curl_setopt_long(h, CURLOPT_NOPROGRESS, 0)
      _ = fluid_curl_setopt_pointer(h, CURLOPT_XFERINFODATA, ctx)
      _ = fluid_curl_setopt_xferinfo(h, curlProgress)
      return fluid_curl_easy_perform(h)
    }
    var version = 0
    _ = fluid_curl_getinfo_long(h, CURLINFO_HTTP_VERSION, &version)
    let httpVersion = version == CURL_HTTP_VERSION_2_0 ? "HTTP/2" : "HTTP/1.1"
    if code != CURLE_OK {
      reusable = false
      if transfer.stoppedBySink || cancellation.isCancelled {
        if transfer.stoppedBySink {
          return HTTPResponse(status: transfer.status, headers: transfer.headers, body: transfer.body, httpVersion: httpVersion)
        }
        throw CancellationError()
      }
      let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      throw Self.transportError(code, detail: detail.isEmpty ? String(cString: fluid_curl_easy_strerror(code)) : detail, url: request.url)
    }
    return HTTPResponse(status: transfer.status, headers: transfer.headers, body: transfer.body, httpVersion: httpVersion)
  }

  private func configureTLS(_ h: UnsafeMutableRawPointer) {
    if tls.insecureSkipVerify {
      _ = fluid_curl_setopt_long(h, CURLOPT_SSL_VERIFYPEER, 0)
      _ = fluid_curl_setopt_long(h, CURLOPT_SSL_VERIFYHOST, 0)
    }
    func blob(_ option: CURLoption, _ bytes: [UInt8]?) {
      guard var bytes else { return }
      bytes.withUnsafeMutableBytes { raw in _ = fluid_curl_setopt_blob(h, option, raw.baseAddress, raw.count) }
    }
    blob(CURLOPT_CAINFO_BLOB, tls.caPEM)
    if tls.clientCertificatePEM != nil {
      _ = fluid_curl_setopt_string(h, CURLOPT_SSLCERTTYPE, "PEM")
      blob(CURLOPT_SSLCERT_BLOB, tls.clientCertificatePEM)
      _ = fluid_curl_setopt_string(h, CURLOPT_SSLKEYTYPE, "PEM")
      blob(CURLOPT_SSLKEY_BLOB, tls.clientKeyPEM)
    }
  }

  /// kubectl's wording for transport failures.
  static func transportError(_ code: CURLcode, detail: String, url: String) -> FluidError {
    let hostPort = URLParts(url).map { "\($0.host):\($0.port)" } ?? url
    switch code {
    case CURLE_COULDNT_CONNECT:
      return .unreachable("The connection to the server \(hostPort) was refused - did you specify the right host or port?")
    case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
      return .unreachable("Unable to connect to the server: dial tcp: lookup \(detail)")
    case CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR:
      return .unreachable("Unable to connect to the server: the connection to \(hostPort) was dropped (\(detail))")
    case CURLE_OPERATION_TIMEDOUT:
      return .timeout("Unable to connect to the server: request to \(hostPort) timed out (\(detail))")
    case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM:
      return .unreachable("Unable to connect to the server: tls: failed to verify certificate: \(detail)")
    default:
      return .unreachable("Unable to connect to the server: \(detail)")
    }
  }
}

// MARK: - libcurl callbacks (C function pointers; context through the user pointer)

private let curlWrite: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
  data, size, count, ctx in
  let n = size * count
  guard let ctx, let data else { return n }
  return CurlCallbacks.write(ctx, UnsafeRawBufferPointer(start: data, count: n))
}

private let curlHeader: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
  data, size, count, ctx in
  let n = size * count
  guard let ctx, let data else { return n }
  CurlCallbacks.header(ctx, UnsafeRawBufferPointer(start: data, count: n))
  return n
}

private let curlProgress:
  @convention(c) (UnsafeMutableRawPointer?, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> Int32 = { ctx, _, _, _, _ in
    guard let ctx else { return 0 }
    return CurlCallbacks.isCancelled(ctx) ? 1 : 0
  }

/// The state of one transfer, shared with libcurl's callbacks through their user pointer.
fileprivate final class CurlTransfer {
  var headers: [(String, String)] = []
  var body: [UInt8] = []
  var status = 0
  let sink: (([UInt8]) -> Bool)?
  let cancellation: TransferCancellation
  var stoppedBySink = false
  init(sink: (([UInt8]) -> Bool)?, cancellation: TransferCancellation) {
    self.sink = sink
    self.cancellation = cancellation
  }
}

fileprivate enum CurlCallbacks {
  static func object(_ ctx: UnsafeMutableRawPointer) -> CurlTransfer {
    Unmanaged<CurlTransfer>.fromOpaque(ctx).takeUnretainedValue()
  }

  static func write(_ ctx: UnsafeMutableRawPointer, _ bytes: UnsafeRawBufferPointer) -> Int {
    let t = object(ctx)
    if t.cancellation.isCancelled { return 0 }
    if let sink = t.sink, (200..<300).contains(t.status) {
      if !sink(Array(bytes)) {
        t.stoppedBySink = true
        return 0
      }
    } else {
      t.body.append(contentsOf: bytes)
    }
    return bytes.count
  }

  /// Status lines reset the header list (a proxy's CONNECT answer or a 100 Continue precede the real one).
  static func header(_ ctx: UnsafeMutableRawPointer, _ bytes: UnsafeRawBufferPointer) {
    let t = object(ctx)
    let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    if line.hasPrefix("HTTP/") {
      t.headers = []
      let parts = line.split(separator: " ", maxSplits: 2)
      t.status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
      return
    }
    guard let colon = line.firstIndex(of: ":") else { return }
    let name = line[..<colon].lowercased()
    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    t.headers.append((name, value))
  }

  static func isCancelled(_ ctx: UnsafeMutableRawPointer) -> Bool { object(ctx).cancellation.isCancelled }
}

/// Host and port of an http(s) URL, enough to rewrite the host for tls-server-name.
struct URLParts {
  var scheme: String
  var host: String
  var port: Int
  var rest: String

  init?(_ url: String) {
    guard let schemeEnd = url.range(of: "://") else { return nil }
    scheme = String(url[..<schemeEnd.lowerBound]).lowercased()
    let afterScheme = url[schemeEnd.upperBound...]
    let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
    var authority = String(afterScheme[..<authorityEnd])
    if let at = authority.lastIndex(of: "@") { authority = String(authority[authority.index(after: at)...]) }
    rest = String(afterScheme[authorityEnd...])
    let defaultPort = scheme == "https" ? 443 : 80
    if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
      host = String(authority[authority.index(after: authority.startIndex)..<close])
      let tail = authority[authority.index(after: close)...]
      port = tail.hasPrefix(":") ? Int(tail.dropFirst()) ?? defaultPort : defaultPort
    } else if let colon = authority.lastIndex(of: ":") {
      host = String(authority[..<colon])
      port = Int(authority[authority.index(after: colon)...]) ?? defaultPort
    } else {
      host = authority
      port = defaultPort
    }
  }

  func replacingHost(with name: String) -> String { "\(scheme)://\(name):\(port)\(rest)" }
}
