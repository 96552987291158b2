import Foundation

/// A standard 5-field cron expression (minute hour day-of-month month day-of-week) in UTC:
/// `*`, numbers, lists `a,b`, ranges `a-b`, steps `*/n` and `a-b/n`; day-of-week 0 or 7 is
/// Sunday. As in cron, when both day fields are restricted a day matching either runs.
/// With `seconds`, a leading seconds field (6 fields, as robfig/cron's `Second` option and
/// kubernetes-cronhpa-controller read them).
public struct CronSchedule: Sendable, Equatable {
  let seconds: Set<Int>
  let minutes: Set<Int>
  let hours: Set<Int>
  let days: Set<Int>
  let months: Set<Int>
  let weekdays: Set<Int>
  let dayRestricted: Bool
  let weekdayRestricted: Bool

  public init?(_ text: String, seconds withSeconds: Bool = false) {
    var f = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    if withSeconds {
      guard f.count == 6, let s = Self.field(f[0], 0, 59) else { return nil }
      seconds = s
      f.removeFirst()
    } else {
      seconds = [0]
    }
    guard f.count == 5,
      let mi = Self.field(f[0], 0, 59), let h = Self.field(f[1], 0, 23), let d = Self.field(f[2], 1, 31),
      let mo = Self.field(f[3], 1, 12), let w = Self.field(f[4], 0, 7)
    else { return nil }
    minutes = mi
    hours = h
    days = d
    months = mo
    weekdays = Set(w.map { $0 == 7 ? 0 : $0 })
    dayRestricted = f[2] != "*"
    weekdayRestricted = f[4] != "*"
  }

  static func field(_ s: String, _ lo: Int, _ hi: Int) -> Set<Int>? {
    var out = Set<Int>()
    for part in s.split(separator: ",") {
      let pieces = part.split(separator: "/", maxSplits: 1)
      let step = pieces.count == 2 ? Int(pieces[1]) : 1
      guard let step, step > 0 else { return nil }
      var a = lo
      var b = hi
      if pieces[0] != "*" {
        let r = pieces[0].split(separator: "-", maxSplits: 1)
        guard let x = Int(r[0]) else { return nil }
        a = x
        b = r.count == 2 ? (Int(r[1]) ?? -1) : (pieces.count == 2 ? hi : x)
      }
      guard a >= lo, b <= hi, a <= b else { return nil }
      out.formUnion(stride(from: a, through: b, by: step))
    }
    return out.isEmpty ? nil : out
  }

  /// The first instant strictly after `date` that the schedule matches (within ~4 years): a
  /// whole minute for 5 fields, a whole second for 6.
  public func next(after date: Date) -> Date? {
    let sorted = seconds.sorted()
    let minuteStart = (date.timeIntervalSince1970 / 60).rounded(.down) * 60
    // Later seconds of the minute under way, when that minute matches.
    if let s = sorted.first(where: { minuteStart + Double($0) > date.timeIntervalSince1970 }),
      nextMinute(after: Date(timeIntervalSince1970: minuteStart - 1))?.timeIntervalSince1970 == minuteStart
    {
      return Date(timeIntervalSince1970: minuteStart + Double(s))
    }
    return nextMinute(after: date).map { $0.addingTimeInterval(Double(sorted.first ?? 0)) }
  }

  /// The first minute strictly after the minute of `date` that the schedule matches.
  func nextMinute(after date: Date) -> Date? {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
    var t = (date.timeIntervalSince1970 / 60).rounded(.down) * 60 + 60
    for _ in 0..<(4 * 366 * 24 * 60) {
      let d = Date(timeIntervalSince1970: t)
      let c = cal.dateComponents([.minute, .hour, .day, .month, .weekday], from: d)
      guard let month = c.month, months.contains(month) else {
        t += 60
        continue
      }
      let dayOK = days.contains(c.day ?? 0)
      let wdOK = weekdays.contains((c.weekday ?? 1) - 1)
      let dayMatch = dayRestricted && weekdayRestricted ? (dayOK || wdOK) : (dayOK && wdOK)
      if !dayMatch {
        t = (t / 86400).rounded(.down) * 86400 + 86400
        continue
      }
      if !hours.contains(c.hour ?? 0) {
        t = (t / 3600).rounded(.down) * 3600 + 3600
        continue
      }
      if minutes.contains(c.minute ?? 0) { return d }
      t += 60
    }
    return nil
  }
}
