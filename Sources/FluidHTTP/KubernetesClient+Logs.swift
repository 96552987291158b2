public import FluidKit
import FluidModel
import Foundation

extension KubernetesClient {
  /// `GET .../pods/NAME/log`, streamed: complete lines as they arrive (a last line without a
  /// newline gets one), on a thread of its own like a watch.
  public func podLog(namespace: String, pod: String, options: PodLogOptions) -> AsyncThrowingStream<String, any Error> {
    let cancellation = TransferCancellation()
    let (stream, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
    continuation.onTermination = { _ in cancellation.cancel() }
    let target = "/api/v1/namespaces/\(Self.escape(namespace))/pods/\(Self.escape(pod))/log" + Self.query(options.query)
    let thread = Thread { [self] in
      var request = HTTPRequest(method: "GET", url: configuration.server + target)
      request.headers = [("Accept", "text/plain, */*"), ("User-Agent", userAgent)]
      var buffer: [UInt8] = []
      do {
        let (authorized, client) = try authorize(request, refresh: false)
        tracer.request(authorized)
        let started = Date()
        let response = try client.stream(authorized, cancellation: cancellation) { chunk in
          buffer.append(contentsOf: chunk)
          if let last = buffer.lastIndex(of: UInt8(ascii: "\n")) {
            continuation.yield(String(decoding: buffer[...last], as: UTF8.self))
            buffer.removeFirst(last + 1)
          }
          return !cancellation.isCancelled
        }
        tracer.response(authorized, response, since: started)
        guard (200..<300).contains(response.status) else {
          continuation.finish(throwing: Self.failure(response, resource: CoreKinds.pod))
          return
        }
        if !buffer.isEmpty { continuation.yield(String(decoding: buffer, as: UTF8.self) + "\n") }
        continuation.finish()
      } catch is CancellationError {
        continuation.finish()
      } catch {
        continuation.finish(throwing: error)
      }
    }
    thread.name = "fluidctl-logs"
    thread.start()
    return stream
  }
}
