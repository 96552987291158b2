import FluidKit
public import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A certificate chain and key (PEM files) for `sim serve --tls`.
public struct ServerTLSFiles: Sendable {
  public var certificateChain: String
  public var privateKey: String
  public init(certificateChain: String, privateKey: String) {
    self.certificateChain = certificateChain
    self.privateKey = privateKey
  }
}

/// The HTTP/1.1 server behind `fluidctl sim serve`: SwiftNIO, TCP_NODELAY, keep-alive, chunked
/// watch streams. Binds where it is told (loopback by default, at the command level).
public final class APIServer: Sendable {
  let channel: any Channel
  let group: MultiThreadedEventLoopGroup
  let connections: ConnectionRegistry
  /// The port actually bound (useful with port 0).
  public let port: Int
  public let host: String

  private init(channel: any Channel, group: MultiThreadedEventLoopGroup, connections: ConnectionRegistry, host: String, port: Int) {
    self.channel = channel
    self.group = group
    self.connections = connections
    self.host = host
    self.port = port
  }

  /// Starts listening; `port` 0 picks a free port.
  public static func start(
    router: APIRouter, host: String, port: Int, tls: ServerTLSFiles? = nil, threads: Int = 2
  ) async throws -> APIServer {
    var sslContext: NIOSSLContext?
    if let tls {
      do {
        var config = TLSConfiguration.makeServerConfiguration(
          certificateChain: try NIOSSLCertificate.fromPEMFile(tls.certificateChain).map { .certificate($0) },
          privateKey: .privateKey(try NIOSSLPrivateKey(file: tls.privateKey, format: .pem)))
        config.applicationProtocols = ["http/1.1"]
        sslContext = try NIOSSLContext(configuration: config)
      } catch {
        throw FluidError.local("cannot use the TLS certificate \(tls.certificateChain) and key \(tls.privateKey): \(error)")
      }
    }
    let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
    let connections = ConnectionRegistry()
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(.backlog, value: 256)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
      .childChannelOption(.maxMessagesPerRead, value: 16)
      .childChannelInitializer { channel in
        guard connections.add(channel) else { return channel.close() }
        channel.closeFuture.whenComplete { _ in connections.remove(channel) }
        let tlsReady: EventLoopFuture<Void> =
          sslContext.map { ctx in
            channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: ctx)) }
          } ?? channel.eventLoop.makeSucceededVoidFuture()
        return tlsReady.flatMap {
          channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMap {
            channel.pipeline.addHandler(APIChannelHandler(router: router, connections: connections))
          }
        }
      }
    do {
      let channel = try await bootstrap.bind(host: host, port: port).get()
      let bound = channel.localAddress?.port ?? port
      return APIServer(channel: channel, group: group, connections: connections, host: host, port: bound)
    } catch {
      try? await group.shutdownGracefully()
      throw FluidError.local("cannot listen on \(host):\(port): \(error)")
    }
  }

  /// Stops accepting, closes the open connections (ending their watches), waits briefly for
  /// their requests to end, then closes the event loops.
  public func stop() async {
    try? await channel.close()
    await connections.drain()
    try? await group.shutdownGracefully()
  }

  /// Returns when the listening socket closes.
  public func waitUntilClosed() async {
    try? await channel.closeFuture.get()
  }
}

/// Collects one request, hands it to the router off the event loop, writes the answer.
final class APIChannelHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  let router: APIRouter
  let connections: ConnectionRegistry
  private var head: HTTPRequestHead?
  private var body: [UInt8] = []
  /// The body grew past `maxBody`: the rest is dropped and the request refused with 413.
  private var bodyTooLarge = false
  private var inFlight: Task<Void, Never>?
  /// Request bodies larger than this are refused, as kube-apiserver refuses them (3 MiB).
  static let maxBody = 3 * 1024 * 1024

  init(router: APIRouter, connections: ConnectionRegistry) {
    self.router = router
    self.connections = connections
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let h):
      head = h
      body = []
      bodyTooLarge = false
    case .body(var buffer):
      if body.count + buffer.readableBytes <= Self.maxBody, let bytes = buffer.readBytes(length: buffer.readableBytes) {
        body += bytes
      } else {
        bodyTooLarge = true
        body = []
      }
    case .end:
      guard let head else { return }
      self.head = nil
      var headers: [String: String] = [:]
      for (k, v) in head.headers { headers[k.lowercased()] = headers[k.lowercased()].map { $0 + "," + v } ?? v }
      let request = APIRequest(method: head.method.rawValue, uri: head.uri, headers: headers, body: body)
      body = []
      let channel = context.channel
      let keepAlive = head.isKeepAlive
      let version = head.version
      let router = self.router
      if bodyTooLarge {
        bodyTooLarge = false
        let refusal = APIRouter.failure(
          .api(APIStatus(code: 413, reason: "RequestEntityTooLarge", message: "Request entity too large: limit is \(Self.maxBody)")))
        inFlight = connections.serve {
          await APIChannelHandler.write(refusal, to: channel, keepAlive: keepAlive, version: version, date: (try? await router.client.currentTime()) ?? Date())
        }
        return
      }
      inFlight = connections.serve { await APIChannelHandler.serve(request, router, channel, keepAlive, version) }
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    inFlight?.cancel()
    context.fireChannelInactive()
  }

  static func serve(_ request: APIRequest, _ router: APIRouter, _ channel: any Channel, _ keepAlive: Bool, _ version: HTTPVersion) async {
    let response = await router.handle(request)
    let date = (try? await router.client.currentTime()) ?? Date()
    await write(response, to: channel, keepAlive: keepAlive, version: version, date: date)
  }

  static func write(_ response: APIResponse, to channel: any Channel, keepAlive: Bool, version: HTTPVersion, date: Date) async {
    var headers = HTTPHeaders()
    headers.add(name: "Date", value: HTTPDate.format(date))
    headers.add(name: "Cache-Control", value: "no-cache, private")
    switch response {
    case .full(let status, let contentType, let body, let extra):
      headers.add(name: "Content-Type", value: contentType)
      headers.add(name: "Content-Length", value: String(body.count))
      for (k, v) in extra { headers.add(name: k, value: v) }
      if !keepAlive { headers.add(name: "Connection", value: "close") }
      let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: status), headers: headers)
      channel.write(HTTPServerResponsePart.head(head), promise: nil)
      channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: body))), promise: nil)
      try? await channel.writeAndFlush(HTTPServerResponsePart.end(nil))
      if !keepAlive { try? await channel.close() }
    case .stream(let chunks, let contentType):
      headers.add(name: "Content-Type", value: contentType)
      headers.add(name: "Transfer-Encoding", value: "chunked")
      let head = HTTPResponseHead(version: version, status: .ok, headers: headers)
      do {
        try await channel.writeAndFlush(HTTPServerResponsePart.head(head))
        for try await chunk in chunks {
          try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: chunk))))
        }
        try await channel.writeAndFlush(HTTPServerResponsePart.end(nil))
        if !keepAlive { try await channel.close() }
      } catch {
        try? await channel.close()
      }
    }
  }
}
