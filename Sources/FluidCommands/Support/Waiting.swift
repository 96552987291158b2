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
