import Foundation

/// Max-min fair sharing of links by flows (progressive filling): every flow's rate rises
/// together until a link it crosses is full; flows through that link freeze; repeat. The result
/// is the unique max-min fair allocation. Pure; O(links × flows) per freeze.
public enum MaxMinFairness {
  public struct Flow: Sendable {
    public var id: String
    public var links: [String]
    /// A cap of the flow itself (per-connection limit, demand); nil for none.
    public var cap: Double?
    public init(id: String, links: [String], cap: Double? = nil) {
      self.id = id
      self.links = links
      self.cap = cap
    }
  }

  /// Rate of each flow (same units as `capacity`).
  public static func allocate(_ flows: [Flow], capacity: [String: Double]) -> [String: Double] {
    var rate: [String: Double] = [:]
    var active = Set(flows.map(\.id))
    var remaining = capacity
    let byID = Dictionary(uniqueKeysWithValues: flows.map { ($0.id, $0) })
    for f in flows { rate[f.id] = 0 }
    while !active.isEmpty {
      // The smallest equal increment that fills some link or reaches some flow's cap.
      var step = Double.infinity
      for (link, cap) in remaining {
        let users = active.filter { byID[$0]?.links.contains(link) == true }.count
        if users > 0 { step = min(step, cap / Double(users)) }
      }
      for id in active {
        if let c = byID[id]?.cap { step = min(step, c - (rate[id] ?? 0)) }
      }
      if step == .infinity { break }
      step = max(step, 0)
      for id in active {
        rate[id, default: 0] += step
        for l in byID[id]?.links ?? [] { remaining[l, default: .infinity] -= step }
      }
      let full = Set(remaining.filter { $0.value <= 1e-9 }.map(\.key))
      active = active.filter { id in
        let f = byID[id]
        let capped = f?.cap.map { (rate[id] ?? 0) >= $0 - 1e-9 } ?? false
        return !capped && !(f?.links.contains { full.contains($0) } ?? false)
      }
    }
    return rate
  }
}
