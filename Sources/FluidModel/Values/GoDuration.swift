/// Go's duration syntax (`90s`, `5m`, `1h30m`, `250ms`, `0`), as kubectl's `--timeout` takes it.
public enum GoDuration {
  /// The longest duration Go represents (2^63-1 ns), in seconds.
  public static let maximumSeconds = 9_223_372_036.854775807

  /// Seconds for `text`; nil when it is not a duration or longer than Go allows.
  public static func parse(_ text: String) -> Double? {
    var s = Substring(text)
    var sign = 1.0
    if s.first == "-" || s.first == "+" {
      if s.first == "-" { sign = -1 }
      s = s.dropFirst()
    }
    if s == "0" { return 0 }
    guard !s.isEmpty else { return nil }
    var total = 0.0
    while !s.isEmpty {
      let num = s.prefix(while: { $0.isNumber || $0 == "." })
      guard !num.isEmpty, let v = Double(num) else { return nil }
      s = s.dropFirst(num.count)
      let unit = s.prefix(while: { !$0.isNumber && $0 != "." })
      s = s.dropFirst(unit.count)
      switch unit {
      case "ns": total += v / 1e9
      case "us", "µs": total += v / 1e6
      case "ms": total += v / 1e3
      case "s": total += v
      case "m": total += v * 60
      case "h": total += v * 3600
      default: return nil
      }
    }
    // Go's durations are int64 nanoseconds: about 2562047h at most.
    guard total <= maximumSeconds else { return nil }
    return sign * total
  }

  /// Formats seconds as Go prints a duration (`1m30s`, `2h0m0s`, `500ms`).
  public static func format(_ seconds: Double) -> String {
    if seconds == 0 { return "0s" }
    if abs(seconds) < 1 {
      let ms = seconds * 1000
      return ms == ms.rounded() ? "\(Int(ms))ms" : "\(ms)ms"
    }
    var rest = seconds
    let neg = rest < 0
    rest = abs(rest)
    let h = Int(saturating: rest / 3600)
    rest -= Double(h * 3600)
    let m = Int(saturating: rest / 60)
    rest -= Double(m * 60)
    var secs = rest == rest.rounded() ? String(Int(rest)) : String(format3(rest))
    secs += "s"
    var out = neg ? "-" : ""
    if h > 0 { out += "\(h)h\(m)m" } else if m > 0 { out += "\(m)m" }
    return out + secs
  }

  private static func format3(_ v: Double) -> String {
    var s = String((v * 1000).rounded() / 1000)
    while s.hasSuffix("0") { s.removeLast() }
    return s
  }
}
