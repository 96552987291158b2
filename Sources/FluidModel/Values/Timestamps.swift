import Foundation

/// RFC 3339 timestamps as Kubernetes writes them (`2026-11-29T10:57:02Z`, UTC, whole seconds),
/// and reads them (with or without fractional seconds, any offset).
public enum Timestamps {
  /// Formats seconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ`.
  public static func format(_ date: Date) -> String {
    let t = Int64(saturating: date.timeIntervalSince1970.rounded(.down))
    var days = t >= 0 ? t / 86400 : (t - 86399) / 86400
    let secs = t - days * 86400
    // Civil-from-days (Howard Hinnant's algorithm).
    days += 719_468
    let era = (days >= 0 ? days : days - 146_096) / 146_097
    let doe = days - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    var y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    if m <= 2 { y += 1 }
    guard (0...9999).contains(y) else {
      return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2)):\(pad(secs % 60, 2))Z"
    }
    // Written digit by digit: timestamps are formatted on every simulated write.
    return String(unsafeUninitializedCapacity: 20) { b in
      func put(_ v: Int64, _ at: Int, _ width: Int) {
        var v = v
        for i in stride(from: at + width - 1, through: at, by: -1) {
          b[i] = UInt8(truncatingIfNeeded: v % 10) + 0x30
          v /= 10
        }
      }
      put(y, 0, 4)
      b[4] = 0x2D
      put(m, 5, 2)
      b[7] = 0x2D
      put(d, 8, 2)
      b[10] = 0x54
      put(secs / 3600, 11, 2)
      b[13] = 0x3A
      put(secs % 3600 / 60, 14, 2)
      b[16] = 0x3A
      put(secs % 60, 17, 2)
      b[19] = 0x5A
      return 20
    }
  }

  /// Go's RFC3339Nano, as kubelet prefixes log lines: `2026-11-29T10:57:02.25Z` (fraction
  /// without trailing zeros, none for whole seconds).
  public static func formatNano(_ date: Date) -> String {
    let whole = date.timeIntervalSince1970.rounded(.down)
    var base = format(date)
    let nanos = Int64(((date.timeIntervalSince1970 - whole) * 1e9).rounded())
    guard nanos > 0, nanos < 1_000_000_000 else { return base }
    var digits = pad(nanos, 9)
    while digits.hasSuffix("0") { digits.removeLast() }
    base.removeLast()
    return base + "." + digits + "Z"
  }

  private static func pad(_ v: Int64, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  /// Parses an RFC 3339 timestamp; nil when `s` is not one.
  public static func parse(_ s: String) -> Date? {
    let u = Array(s.utf8)
    func num(_ from: Int, _ len: Int) -> Int64? {
      guard from + len <= u.count else { return nil }
      var v: Int64 = 0
      for i in from..<(from + len) {
        guard u[i] >= 48 && u[i] <= 57 else { return nil }
        v = v * 10 + Int64(u[i] - 48)
      }
      return v
    }
    guard u.count >= 20, let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45, let d = num(8, 2),
      u[10] == 84 || u[10] == 116 || u[10] == 32, let h = num(11, 2), u[13] == 58, let mi = num(14, 2), u[16] == 58,
      let se = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, se < 61
    else { return nil }
    var i = 19
    var frac = 0.0
    if i < u.count, u[i] == 46 {
      i += 1
      var scale = 0.1
      let start = i
      while i < u.count, u[i] >= 48, u[i] <= 57 {
        frac += Double(u[i] - 48) * scale
        scale /= 10
        i += 1
      }
      if i == start { return nil }
    }
    var offset: Int64 = 0
    guard i < u.count else { return nil }
    if u[i] == 90 || u[i] == 122 {
      i += 1
    } else if u[i] == 43 || u[i] == 45, let oh = num(i + 1, 2), i + 3 < u.count, u[i + 3] == 58, let om = num(i + 4, 2) {
      offset = (oh * 3600 + om * 60) * (u[i] == 45 ? -1 : 1)
      i += 6
    } else {
      return nil
    }
    guard i == u.count else { return nil }
    // Days from civil.
    let yy = mo <= 2 ? y - 1 : y
    let era = (yy >= 0 ? yy : yy - 399) / 400
    let yoe = yy - era * 400
    let doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let days = era * 146_097 + doe - 719_468
    let t = days * 86400 + h * 3600 + mi * 60 + se - offset
    return Date(timeIntervalSince1970: Double(t) + frac)
  }

  public static func isRFC3339(_ s: String) -> Bool { parse(s) != nil }

  /// kubectl's short age: `45s`, `5m15s`, `3h2m`, `4d`, `2y10d` (ShortHumanDuration + HumanDuration).
  public static func age(from then: Date, to now: Date) -> String {
    humanDuration(now.timeIntervalSince(then))
  }

  /// kubectl's `duration.HumanDuration`.
  public static func humanDuration(_ interval: TimeInterval) -> String {
    let seconds = Int64(saturating: interval.rounded(.down))
    if seconds < -1 { return "<invalid>" }
    if seconds < 0 { return "0s" }
    if seconds < 60 * 2 { return "\(seconds)s" }
    let minutes = seconds / 60
    if minutes < 10 {
      let s = seconds % 60
      return s == 0 ? "\(minutes)m" : "\(minutes)m\(s)s"
    }
    if minutes < 60 * 3 { return "\(minutes)m" }
    let hours = minutes / 60
    if hours < 8 {
      let m = minutes % 60
      return m == 0 ? "\(hours)h" : "\(hours)h\(m)m"
    }
    if hours < 48 { return "\(hours)h" }
    if hours < 24 * 8 {
      let h = hours % 24
      return h == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(h)h"
    }
    if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
    if hours < 24 * 365 * 8 {
      let dy = (hours / 24) % 365
      return dy == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(dy)d"
    }
    return "\(hours / 24 / 365)y"
  }
}
