import FluidModel
public import FluidKit
import Foundation

/// Faults `sim serve --faults` injects, for testing clients: `429:0.1,500:0.05,drop-watch:0.1,gone:0.05`.
/// - `429` / `500`: that fraction of API requests is refused before it is processed, with
///   `Retry-After: 1` (so a retried write never runs twice);
/// - `drop-watch`: that fraction of watches is closed after a short random time;
/// - `gone`: that fraction of watches resuming from a resourceVersion gets 410 Expired.
/// Seeded, so that a run can be repeated. Health, version and discovery are never faulted.
public final class FaultInjector: @unchecked Sendable {
  public private(set) var rates: [String: Double] = [:]
  private var generator: SeededGenerator
  private let lock = NSLock()
  private var counts: [String: Int] = [:]
  /// How many faults of each kind were injected so far.
  public var injected: [String: Int] { lock.withLock { counts } }

  /// How long a dropped watch lives, in seconds.
  let dropAfter: ClosedRange<Double>

  public init(spec: String, seed: UInt64 = 1, dropAfter: ClosedRange<Double> = 0.2...2.0) throws {
    generator = SeededGenerator(seed: seed)
    self.dropAfter = dropAfter
    for part in spec.split(separator: ",") where !part.isEmpty {
      let kv = part.split(separator: ":")
      guard kv.count == 2, let rate = Double(kv[1]), (0...1).contains(rate),
        ["429", "500", "503", "drop-watch", "gone"].contains(String(kv[0]))
      else {
        throw FluidError.usage(
          "invalid fault \"\(part)\": use KIND:RATE with KIND one of 429, 500, 503, drop-watch, gone and RATE between 0 and 1")
      }
      rates[String(kv[0])] = rate
    }
  }

  private func roll(_ kind: String) -> Bool {
    guard let rate = rates[kind], rate > 0 else { return false }
    return lock.withLock {
      let hit = Double(generator.next() % 1_000_000) / 1_000_000 < rate
      if hit { counts[kind, default: 0] += 1 }
      return hit
    }
  }

  /// A refusal for this request, or nil to serve it.
  func fault(for req: APIRequest) -> APIResponse? {
    let p = req.path
    guard p.hasPrefix("/api/") || p.hasPrefix("/apis/") else { return nil }
    let depth = p.split(separator: "/").count
    if (p.hasPrefix("/api/") && depth <= 2) || (p.hasPrefix("/apis/") && depth <= 3) { return nil }  // discovery
    for (kind, code, reason) in [("429", 429, "TooManyRequests"), ("500", 500, "InternalError"), ("503", 503, "ServiceUnavailable")]
    where roll(kind) {
      let message = code == 429 ? "Too many requests, please try again later." : "injected fault: please retry"
      return APIRouter.failure(.api(APIStatus(code: code, reason: reason, message: message, retryAfterSeconds: 1)))
    }
    return nil
  }

  func watchFault(resumingFrom rv: String?) -> APIStatus? {
    guard rv != nil, roll("gone") else { return nil }
    return .gone("too old resource version: \(rv ?? "") (injected)")
  }

  /// Seconds after which to drop this watch, or nil.
  func watchDropDelay() -> Double? {
    guard roll("drop-watch") else { return nil }
    return lock.withLock {
      dropAfter.lowerBound + (dropAfter.upperBound - dropAfter.lowerBound) * Double(generator.next() % 1000) / 1000
    }
  }
}
