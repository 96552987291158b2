import Foundation

/// Max-min fair sharing of links by flows (progressive filling): every flow's rate rises
/// together until a link it crosses is full; flows through that link freeze; repeat. The result
/// is the unique max-min fair allocation. Pure; O(links + flow-links) per freeze.
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

  /// Rate of each flow (same units as `capacity`; a link without a capacity is unlimited).
  /// Each round costs O(links + flow-link pairs).
  public static func allocate(_ flows: [Flow], capacity: [String: Double]) -> [String: Double] {
    var linkIndex: [String: Int] = [:]
    var remaining: [Double] = []
    var users: [Int] = []
    func index(_ link: String) -> Int {
      if let i = linkIndex[link] { return i }
      linkIndex[link] = remaining.count
      remaining.append(capacity[link] ?? .infinity)
      users.append(0)
      return remaining.count - 1
    }
    let flowLinks = flows.map { $0.links.map(index) }
    for links in flowLinks { for l in Set(links) { users[l] += 1 } }
    var rate = [Double](repeating: 0, count: flows.count)
    var active = Array(flows.indices)
    while !active.isEmpty {
      // The smallest equal increment that fills some link or reaches some flow's cap.
      var step = Double.infinity
      for l in remaining.indices where users[l] > 0 { step = min(step, remaining[l] / Double(users[l])) }
      for f in active { if let c = flows[f].cap { step = min(step, c - rate[f]) } }
      if step == .infinity { break }
      step = max(step, 0)
      for f in active {
        rate[f] += step
        for l in flowLinks[f] { remaining[l] -= step }
      }
      active.removeAll { f in
        let capped = flows[f].cap.map { rate[f] >= $0 - 1e-9 } ?? false
        guard capped || flowLinks[f].contains(where: { remaining[$0] <= 1e-9 }) else { return false }
        for l in Set(flowLinks[f]) { users[l] -= 1 }
        return true
      }
    }
    var out: [String: Double] = [:]
    for (f, flow) in flows.enumerated() { out[flow.id] = rate[f] }
    return out
  }
}
