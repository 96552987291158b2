/// Unified diffs of line sequences (`diff -u` with 3 lines of context), by Myers' O(ND)
/// algorithm after trimming the common prefix and suffix: what `fluidctl diff` prints.
public enum UnifiedDiff {
  /// One edit of the shortest script turning `a` into `b`.
  enum Edit: Equatable { case keep, delete, insert }

  /// The hunks of `a` → `b` under `---`/`+++` headers naming `from` and `to`; the empty
  /// string when the sequences are equal.
  public static func render(_ a: [String], _ b: [String], from: String, to: String, context: Int = 3) -> String {
    let script = edits(a, b)
    guard script.contains(where: { $0 != .keep }) else { return "" }
    var out = "--- \(from)\n+++ \(to)\n"
    // Positions of each edit in a and b.
    var positions: [(Edit, Int, Int)] = []
    var i = 0
    var j = 0
    for e in script {
      positions.append((e, i, j))
      switch e {
      case .keep: i += 1; j += 1
      case .delete: i += 1
      case .insert: j += 1
      }
    }
    var k = 0
    while k < positions.count {
      guard positions[k].0 != .keep else { k += 1; continue }
      var start = max(0, k - context)
      // Extend the hunk while the next change is within 2×context kept lines.
      var end = k
      var keptRun = 0
      var m = k
      while m < positions.count {
        if positions[m].0 == .keep {
          keptRun += 1
          if keptRun > 2 * context { break }
        } else {
          keptRun = 0
          end = m
        }
        m += 1
      }
      let stop = min(positions.count, end + context + 1)
      if start < 0 { start = 0 }
      let slice = positions[start..<stop]
      let aStart = slice.first.map { $0.1 } ?? 0
      let bStart = slice.first.map { $0.2 } ?? 0
      let aCount = slice.filter { $0.0 != .insert }.count
      let bCount = slice.filter { $0.0 != .delete }.count
      out += "@@ -\(range(aStart, aCount)) +\(range(bStart, bCount)) @@\n"
      for (e, ai, bi) in slice {
        switch e {
        case .keep: out += " " + a[ai] + "\n"
        case .delete: out += "-" + a[ai] + "\n"
        case .insert: out += "+" + b[bi] + "\n"
        }
      }
      k = stop
    }
    return out
  }

  /// `start,count` as diff prints it (1-based; `start-1,0`-style for an empty range).
  static func range(_ start: Int, _ count: Int) -> String {
    count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
  }

  /// The shortest edit script from `a` to `b`.
  static func edits(_ a: [String], _ b: [String]) -> [Edit] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    let x = Array(a[prefix..<(a.count - suffix)])
    let y = Array(b[prefix..<(b.count - suffix)])
    return Array(repeating: .keep, count: prefix) + myers(x, y) + Array(repeating: .keep, count: suffix)
  }

  /// Myers' greedy algorithm, keeping each round's frontier to walk the path back.
  static func myers(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    if n == 0 { return Array(repeating: .insert, count: m) }
    if m == 0 { return Array(repeating: .delete, count: n) }
    let maxD = n + m
    let offset = maxD
    var v = [Int](repeating: 0, count: 2 * maxD + 2)
    var trace: [[Int]] = []
    search: for d in 0...maxD {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n, y >= m { break search }
      }
    }
    // Walk back from (n, m).
    var script: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let vd = trace[d]
      let k = x - y
      let prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1
      let prevX = vd[offset + prevK]
      let prevY = prevX - prevK
      while x > prevX, y > prevY {
        script.append(.keep)
        x -= 1
        y -= 1
      }
      if d > 0 { script.append(x == prevX ? .insert : .delete) }
      x = prevX
      y = prevY
    }
    return script.reversed()
  }
}
