import FluidKit
import FluidModel
import Foundation

/// Runs `body` with a deadline; throws `FluidError.timeout(message())` when it passes.
/// `seconds` of 0 or less means no deadline.
func withDeadline<T: Sendable>(
  seconds: Double, message: @escaping @Sendable () async -> String, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
  if seconds <= 0 { return try await body() }
  return try await withThrowingTaskGroup(of: T?.self) { group in
    group.addTask { try await body() }
    group.addTask {
      try await Task.sleep(for: .milliseconds(Int(saturating: seconds * 1000)))
      return nil
    }
    defer { group.cancelAll() }
    if let first = try await group.next(), let value = first { return value }
    throw FluidError.timeout(await message())
  }
}

/// Waits until `name` is gone, driven by watch events (not polling). Returns at once when the
/// object does not exist.
func waitForDeletion(_ client: any ClusterClient, _ d: ResourceDescriptor, namespace: String?, name: String) async throws {
  let current: JSONValue
  do {
    current = try await client.get(d, namespace: namespace, name: name)
  } catch FluidError.api(let s) where s.code == 404 {
    return
  }
  var options = ListOptions(fieldSelector: try FieldSelector(parsing: "metadata.name=\(name)"))
  options.resourceVersion = current["metadata"]?["resourceVersion"]?.stringValue
  while true {
    do {
      for try await event in client.watch(d, namespace: namespace, options: options) {
        if let rv = event.object["metadata"]?["resourceVersion"]?.stringValue { options.resourceVersion = rv }
        if event.type == .deleted { return }
      }
    } catch FluidError.api(let s) where s.code == 410 {
      options.resourceVersion = nil
    }
    do {
      _ = try await client.get(d, namespace: namespace, name: name)
    } catch FluidError.api(let s) where s.code == 404 {
      return
    }
    try Task.checkCancellation()
  }
}
