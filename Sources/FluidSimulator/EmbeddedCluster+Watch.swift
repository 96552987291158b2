import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  /// How often a watch looks for changes written by this or another process.
  static let watchPollInterval: Duration = .milliseconds(50)

  /// Watches the change log. Without a resourceVersion the current objects come first as ADDED
  /// events. A resourceVersion older than the retained log ends the stream with 410 Expired.
  public func watch(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) -> AsyncThrowingStream<
    WatchEvent, any Error
  > {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          try options.fieldSelector?.check(for: r)
          var since: Int64
          if let rvText = options.resourceVersion, rvText != "0", let rv = Int64(rvText) {
            let compacted = try locked { try store.compactedResourceVersion() }
            if rv < compacted {
              throw FluidError.api(.gone("too old resource version: \(rv) (\(compacted + 1))"))
            }
            since = rv
          } else {
            var listOptions = options
            listOptions.limit = nil
            listOptions.continueToken = nil
            let initial = try await list(r, namespace: namespace, options: listOptions)
            for item in initial.items { continuation.yield(WatchEvent(type: .added, object: item)) }
            since = Int64(initial.resourceVersion) ?? 0
          }
          let ns = r.namespaced ? namespace : nil
          while !Task.isCancelled {
            // Time moves while we watch: let the simulated controllers catch up first.
            try advanceWorld()
            let changes = try locked {
              try store.db.readTransaction {
                let compacted = try store.compactedResourceVersion()
                if since < compacted {
                  throw FluidError.api(.gone("too old resource version: \(since) (\(compacted + 1))"))
                }
                return try store.changes(resource: r.qualifiedPlural, after: since)
              }
            }
            for c in changes {
              since = c.resourceVersion
              if let ns, c.key.namespace != ns { continue }
              if options.labelSelector?.matches(object: c.object) == false { continue }
              if options.fieldSelector?.matches(object: c.object) == false { continue }
              continuation.yield(WatchEvent(type: c.type, object: c.object))
            }
            if changes.isEmpty { try await Task.sleep(for: Self.watchPollInterval) }
          }
          continuation.finish()
        } catch is CancellationError {
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }
}
