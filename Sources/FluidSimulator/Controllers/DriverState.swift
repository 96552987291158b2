import FluidModel
import Foundation

/// What the driver remembers between invocations: the last change it has seen, the
/// controllers' pending requeues, and the cadence of their periodic refreshes.
///
/// Requeues are kept in a min-heap beside the `due` map (stale heap entries are skipped when
/// popped), so finding the next instant costs O(log n) instead of a scan of every entry.
struct DriverState {
  /// A periodic refresh: due at `base + k × period` for k ≥ 1.
  struct Cadence: Equatable {
    var base: Double
    var period: Double

    /// The first point of the cadence at or after `t`.
    func next(atOrAfter t: Double) -> Double {
      let k = max(1, ((t - base) / period - 1e-9).rounded(.up))
      return DriverState.onGrid(base + k * period)
    }

    /// The last point of the cadence at or before `t` (the first one when `t` comes earlier).
    func last(atOrBefore t: Double) -> Double {
      let k = max(1, ((t - base) / period + 1e-9).rounded(.down))
      return DriverState.onGrid(base + k * period)
    }
  }

  var seenResourceVersion: Int64
  /// `controllerIndex|namespace/name` → simulated time (seconds since 1970).
  private(set) var due: [String: Double]
  /// Entries whose requeue is a coalescible refresh, with its cadence.
  private(set) var cadence: [String: Cadence]
  private var heap = DueHeap()

  init(seen: Int64, due: [String: Double], cadence: [String: Cadence] = [:]) {
    seenResourceVersion = seen
    self.due = due
    self.cadence = cadence
    for (k, t) in due { heap.push(t, k) }
  }

  init?(json: JSONValue?) {
    guard let json, let seen = json["seen"]?.intValue else { return nil }
    let cadence = (json["cadence"]?.objectValue ?? [:]).compactMapValues { v -> Cadence? in
      guard let a = v.arrayValue, a.count == 2, let b = a[0].doubleValue, let p = a[1].doubleValue, p > 0 else { return nil }
      return Cadence(base: b, period: p)
    }
    self.init(seen: seen, due: (json["due"]?.objectValue ?? [:]).compactMapValues(\.doubleValue), cadence: cadence)
  }

  var json: JSONValue {
    [
      "seen": .int(seenResourceVersion), "due": .object(due.mapValues { .double($0) }),
      "cadence": .object(cadence.mapValues { .array([.double($0.base), .double($0.period)]) }),
    ]
  }

  /// Times on a millisecond grid, so that equal instants compare equal.
  static func onGrid(_ t: Double) -> Double { (t * 1000).rounded(.up) / 1000 }

  /// Asks for `key` to run at `time`, unless it already runs earlier.
  mutating func schedule(_ key: String, at time: Double) {
    if let existing = due[key], existing <= time { return }
    due[key] = time
    heap.push(time, key)
  }

  /// Records the outcome of reconciling `key` at `now`: its deadline (`requeueAfter`) and its
  /// periodic refresh. A refresh is coalesced: inside an advance to `target`, only the last
  /// point of its cadence before the target runs, unless `pullBack` brings it forward because
  /// something the controller polls for changed.
  mutating func record(_ key: String, now: Double, requeueAfter: Double?, refreshEvery: Double?, target: Double) {
    if let after = requeueAfter { schedule(key, at: Self.onGrid(now + max(after, 0.001))) }
    guard let every = refreshEvery, every > 0 else {
      cadence[key] = nil
      return
    }
    let c = Cadence(base: now, period: every)
    cadence[key] = c
    schedule(key, at: c.last(atOrBefore: target))
  }

  /// Something `key` polls for changed at `now`: its refresh runs at the next point of its
  /// cadence instead of the coalesced one.
  mutating func pullBack(_ key: String, now: Double) {
    guard let c = cadence[key] else { return }
    schedule(key, at: c.next(atOrAfter: now))
  }

  /// The earliest pending requeue.
  mutating func nextDue() -> Double? {
    while let top = heap.peek {
      if due[top.key] == top.time { return top.time }
      heap.pop()
    }
    return nil
  }

  /// Removes and returns every entry due by `t`.
  mutating func takeDue(by t: Double) -> [String] {
    var out: [String] = []
    while let top = heap.peek, top.time <= t + 1e-9 {
      heap.pop()
      if due[top.key] == top.time {
        due[top.key] = nil
        out.append(top.key)
      }
    }
    return out
  }

  /// Forgets an entry whose object is gone.
  mutating func forget(_ key: String) {
    due[key] = nil
    cadence[key] = nil
  }
}

/// A binary min-heap of (time, key), ordered by time then key.
struct DueHeap {
  private var items: [(time: Double, key: String)] = []

  var peek: (time: Double, key: String)? { items.first }

  private func less(_ a: Int, _ b: Int) -> Bool {
    items[a].time < items[b].time || (items[a].time == items[b].time && items[a].key < items[b].key)
  }

  mutating func push(_ time: Double, _ key: String) {
    items.append((time, key))
    var i = items.count - 1
    while i > 0 {
      let parent = (i - 1) / 2
      guard less(i, parent) else { break }
      items.swapAt(i, parent)
      i = parent
    }
  }

  mutating func pop() {
    guard !items.isEmpty else { return }
    items.swapAt(0, items.count - 1)
    items.removeLast()
    var i = 0
    while true {
      let l = 2 * i + 1
      let r = l + 1
      var m = i
      if l < items.count, less(l, m) { m = l }
      if r < items.count, less(r, m) { m = r }
      if m == i { break }
      items.swapAt(i, m)
      i = m
    }
  }
}
