public import Foundation

/// One request as the API router sees it (independent of the HTTP library).
public struct APIRequest: Sendable {
  public var method: String
  public var path: String
  /// Query parameters, first value of each name, percent-decoded.
  public var query: [String: String]
  /// Header names lower-cased.
  public var headers: [String: String]
  public var body: [UInt8]

  public init(method: String, uri: String, headers: [String: String] = [:], body: [UInt8] = []) {
    self.method = method
    self.headers = headers
    self.body = body
    let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    path = parts.first.map { String($0).removingPercentEncoding ?? String($0) } ?? "/"
    var q: [String: String] = [:]
    if parts.count > 1 {
      for pair in parts[1].split(separator: "&") {
        let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let key = String(kv[0]).removingPercentEncoding ?? String(kv[0])
        let value = kv.count > 1 ? (String(kv[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(kv[1])) : ""
        if q[key] == nil { q[key] = value }
      }
    }
    query = q
  }

  public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// What the router answers: a whole body, or a stream of watch events (one JSON per line).
public enum APIResponse: Sendable {
  case full(status: Int, contentType: String, body: [UInt8], extraHeaders: [(String, String)])
  case stream(AsyncThrowingStream<[UInt8], any Error>, contentType: String = "application/json")

  public static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> APIResponse {
    .full(status: status, contentType: "application/json", body: Array(text.utf8), extraHeaders: headers)
  }
  public static func text(_ status: Int, _ text: String) -> APIResponse {
    .full(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8), extraHeaders: [])
  }
}
