public import Foundation
import FluidModel

/// HTTP dates (RFC 9110 IMF-fixdate, `Sun, 29 Nov 2026 15:40:39 GMT`), computed by hand: they
/// are written and read on every response, and a DateFormatter per call is costly.
public enum HTTPDate {
  static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  public static func format(_ date: Date) -> String {
    let t = UTCTime(date)
    return "\(days[t.weekday]), \(pad(t.day)) \(months[t.month - 1]) \(t.year) \(pad(t.hour)):\(pad(t.minute)):\(pad(t.second)) GMT"
  }

  /// Parses an IMF-fixdate; nil for anything else.
  public static func parse(_ text: String) -> Date? {
    let parts = text.split(separator: " ")
    guard parts.count == 6, parts[5] == "GMT", let day = Int(parts[1]), let month = months.firstIndex(of: String(parts[2])),
      let year = Int(parts[3])
    else { return nil }
    let clock = parts[4].split(separator: ":").compactMap { Int($0) }
    guard clock.count == 3 else { return nil }
    let days = UTCTime.daysFromCivil(year: year, month: month + 1, day: day)
    return Date(timeIntervalSince1970: Double(days * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]))
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// klog's line header as kubectl prints it at `-v`: `I1129 15:40:39.123456`.
public enum KlogHeader {
  public static func format(_ date: Date) -> String {
    let t = UTCTime(date)
    let micros = Int((date.timeIntervalSince1970 - date.timeIntervalSince1970.rounded(.down)) * 1_000_000)
    let us = String(micros)
    return "I\(HTTPDate.pad(t.month))\(HTTPDate.pad(t.day)) \(HTTPDate.pad(t.hour)):\(HTTPDate.pad(t.minute)):\(HTTPDate.pad(t.second))."
      + String(repeating: "0", count: max(0, 6 - us.count)) + us
  }
}

/// Calendar fields of an instant in UTC (proleptic Gregorian), without a Calendar.
struct UTCTime {
  var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int

  init(_ date: Date) {
    let secs = Int(saturating: date.timeIntervalSince1970.rounded(.down))
    let days = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
    let rest = secs - days * 86_400
    (hour, minute, second) = (rest / 3600, rest % 3600 / 60, rest % 60)
    weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
