import FluidKit
import Foundation

/// kubectl's `-v` request tracing (cli-conventions §1.12): 6 = method, URL, status and time;
/// 7 = request headers; 8 = response headers and bodies (truncated); 9 = a curl command line and
/// whole bodies. Authorization values are always masked; request bodies of Secrets are never
/// shown whole below 9, and their data is masked at every level.
struct RequestTracer: Sendable {
  let level: Int
  let log: @Sendable (String) -> Void

  func note(_ text: String) {
    if level >= 4 { emit(text) }
  }

  func request(_ r: HTTPRequest) {
    guard level >= 7 else { return }
    if level >= 9 {
      let headers = r.headers.map { "-H \"\($0.0): \(Self.mask($0.0, $0.1))\"" }.joined(separator: " ")
      emit("curl -v -X\(r.method) \(headers) '\(r.url)'")
    }
    emit("\(r.method) \(r.url)")
    emit("Request Headers:")
    for (k, v) in r.headers { emit("    \(k): \(Self.mask(k, v))") }
    if level >= 8, let body = r.body { emit("Request Body: \(truncate(Self.maskSecrets(body)))") }
  }

  /// A watch opened (its response line comes when the stream ends).
  func watchOpened(_ r: HTTPRequest) {
    guard level >= 6 else { return }
    emit("\(r.method) \(r.url) (watch opened)")
  }

  func response(_ r: HTTPRequest, _ response: HTTPResponse, since started: Date) {
    guard level >= 6 else { return }
    let ms = Int((Date().timeIntervalSince(started) * 1000).rounded())
    emit("\(r.method) \(r.url) \(response.status) \(Self.reasonPhrase(response.status)) in \(ms) milliseconds")
    guard level >= 8 else { return }
    emit("Response Headers:")
    for (k, v) in response.headers { emit("    \(k): \(v)") }
    emit("Response Body: \(truncate(Self.maskSecrets(response.body)))")
  }

  private func truncate(_ s: String) -> String {
    level >= 9 || s.count <= 1024 ? s : String(s.prefix(1024)) + " [truncated \(s.count - 1024) chars]"
  }

  static func mask(_ name: String, _ value: String) -> String {
    guard name.lowercased() == "authorization" else { return value }
    let parts = value.split(separator: " ", maxSplits: 1)
    return parts.count == 2 ? "\(parts[0]) <masked>" : "<masked>"
  }

  /// Masks the values of `data` and `stringData` in Secret bodies.
  static func maskSecrets(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.contains("\"kind\":\"Secret\"") || text.contains("\"kind\":\"SecretList\""),
      let regex = try? NSRegularExpression(pattern: "\"(data|stringData)\":\\{[^}]*\\}")
    else { return text }
    return regex.stringByReplacingMatches(
      in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "\"$1\":\"<masked>\"")
  }

  static func reasonPhrase(_ code: Int) -> String {
    switch code {
    case 200: "OK"
    case 201: "Created"
    case 202: "Accepted"
    case 204: "No Content"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 409: "Conflict"
    case 410: "Gone"
    case 422: "Unprocessable Entity"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    default: ""
    }
  }

  private func emit(_ line: String) {
    log("\(KlogHeader.format(Date())) round_trippers] \(line)")
  }
}
