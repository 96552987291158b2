public import Foundation

/// One HTTP request, as the transport sends it.
public struct HTTPRequest: Sendable {
  public var method: String
  /// Absolute URL (`https://host:6443/apis/...?...`).
  public var url: String
  public var headers: [(String, String)]
  public var body: [UInt8]?
  /// Whole-request deadline; nil for none (watches).
  public var timeout: TimeInterval?

  public init(
    method: String, url: String, headers: [(String, String)] = [], body: [UInt8]? = nil, timeout: TimeInterval? = nil
  ) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.timeout = timeout
  }

  /// True for verbs that can be repeated without changing the outcome (retried on 429/5xx).
  public var isIdempotent: Bool { ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].contains(method) }
}

/// A response: status, headers (names lower-cased, in order) and the body.
public struct HTTPResponse: Sendable {
  public var status: Int
  public var headers: [(String, String)]
  public var body: [UInt8]
  /// The negotiated protocol ("HTTP/2", "HTTP/1.1").
  public var httpVersion: String

  public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], httpVersion: String = "HTTP/1.1") {
    self.status = status
    self.headers = headers
    self.body = body
    self.httpVersion = httpVersion
  }

  /// The first header of that name (case-insensitive).
  public func header(_ name: String) -> String? {
    let n = name.lowercased()
    return headers.first { $0.0 == n }?.1
  }
  public func headers(named name: String) -> [String] {
    let n = name.lowercased()
    return headers.filter { $0.0 == n }.map(\.1)
  }
}

/// How the transport verifies the server and presents itself. PEM bytes are handed to
/// libcurl in memory; nothing is written to disk.
public struct TLSSettings: Sendable, Equatable {
  public var caPEM: [UInt8]?
  public var clientCertificatePEM: [UInt8]?
  public var clientKeyPEM: [UInt8]?
  public var insecureSkipVerify: Bool
  /// Name for SNI and certificate verification instead of the URL's host.
  public var serverName: String?

  public init(
    caPEM: [UInt8]? = nil, clientCertificatePEM: [UInt8]? = nil, clientKeyPEM: [UInt8]? = nil,
    insecureSkipVerify: Bool = false, serverName: String? = nil
  ) {
    self.caPEM = caPEM
    self.clientCertificatePEM = clientCertificatePEM
    self.clientKeyPEM = clientKeyPEM
    self.insecureSkipVerify = insecureSkipVerify
    self.serverName = serverName
  }
}

/// A cancellation flag shared between a caller and a running transfer.
public final class TransferCancellation: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false
  public init() {}
  public func cancel() { lock.withLock { flag = true } }
  public var isCancelled: Bool { lock.withLock { flag } }
}
