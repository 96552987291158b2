public import FluidKit
public import FluidModel
import Foundation

extension KubernetesClient {
  /// A watch over HTTP: `?watch=1&allowWatchBookmarks=true`, newline-delimited events read as they
  /// stream. When the server closes the stream (its `timeoutSeconds`, a proxy, a dropped
  /// connection) the watch resumes from the last resourceVersion seen, bookmarks included; an
  /// expired resourceVersion (410, as an HTTP status or an ERROR event) ends the stream with
  /// `FluidError.api` code 410 so that the caller relists. Bookmarks only move the
  /// resourceVersion on; they are not yielded.
  public func watch(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) -> AsyncThrowingStream<
    WatchEvent, any Error
  > {
    let cancellation = TransferCancellation()
    let (stream, continuation) = AsyncThrowingStream<WatchEvent, any Error>.makeStream()
    continuation.onTermination = { _ in cancellation.cancel() }
    let thread = Thread { [self] in
      continuation.finish(throwing: self.runWatch(r, namespace: namespace, options: options, cancellation, continuation))
    }
    thread.name = "fluidctl-watch"
    thread.start()
    return stream
  }

  /// Runs until cancelled or a terminal error; returns that error (nil when cancelled).
  private func runWatch(
    _ r: ResourceDescriptor, namespace: String?, options: ListOptions, _ cancellation: TransferCancellation,
    _ continuation: AsyncThrowingStream<WatchEvent, any Error>.Continuation
  ) -> (any Error)? {
    var resourceVersion = options.resourceVersion
    var failures = 0
    while !cancellation.isCancelled {
      let q = Self.query(
        [("watch", "1"), ("allowWatchBookmarks", "true")] + Self.selectors(options) + [
          ("resourceVersion", resourceVersion), ("timeoutSeconds", String(Int.random(in: 300...600))),
        ])
      var request = HTTPRequest(method: "GET", url: configuration.server + path(r, namespace: namespace) + q)
      request.headers = [("Accept", "application/json"), ("User-Agent", userAgent)]
      var buffer: [UInt8] = []
      var terminal: (any Error)?
      do {
        let (authorized, client) = try authorize(request, refresh: false)
        tracer.request(authorized)
        tracer.watchOpened(authorized)
        let started = Date()
        let response = try client.stream(authorized, cancellation: cancellation) { chunk in
          buffer.append(contentsOf: chunk)
          // Split complete lines off the front; the partial last line stays for the next chunk.
          var start = 0
          while let nl = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = buffer[start..<nl]
            start = nl + 1
            guard !line.isEmpty else { continue }
            switch Self.watchEvent(Array(line), r) {
            case .event(let e, let rv):
              if let rv { resourceVersion = rv }
              if e.type != .bookmark { continuation.yield(e) }
            case .failure(let error):
              terminal = error
              return false
            }
          }
          if start > 0 { buffer.removeFirst(start) }
          failures = 0
          return !cancellation.isCancelled
        }
        tracer.response(authorized, response, since: started)
        if terminal == nil, !(200..<300).contains(response.status) {
          if let wait = retryDelay(response, request, attempt: failures) {
            failures += 1
            Thread.sleep(forTimeInterval: wait)
            continue
          }
          terminal = Self.failure(response, resource: r)
        }
      } catch is CancellationError {
        return nil
      } catch FluidError.unreachable(let message) {
        // A dropped connection: reconnect with backoff, like client-go's reflector.
        failures += 1
        if failures > 15 { return FluidError.unreachable(message) }
        tracer.note("watch of \(r.qualifiedPlural) failed (\(message)); retrying")
        Thread.sleep(forTimeInterval: min(0.05 * Double(1 << min(failures, 6)), 2))
        continue
      } catch {
        return error
      }
      if let terminal { return terminal }
    }
    return nil
  }

  enum WatchLine {
    case event(WatchEvent, resourceVersion: String?)
    case failure(any Error)
  }

  static func watchEvent(_ line: [UInt8], _ r: ResourceDescriptor) -> WatchLine {
    guard let v = try? JSONParser.parse(bytes: line), let t = v["type"]?.stringValue,
      let type = WatchEvent.EventType(rawValue: t), let object = v["object"]
    else {
      return .failure(FluidError.local("the server sent a watch event fluidctl cannot read"))
    }
    if type == .error {
      return .failure(FluidError.api(APIStatus(json: object) ?? APIStatus(code: 500, reason: "InternalError", message: "watch error")))
    }
    let o = type == .bookmark ? object : complete(object, r)
    return .event(WatchEvent(type: type, object: o), resourceVersion: object["metadata"]?["resourceVersion"]?.stringValue)
  }
}
