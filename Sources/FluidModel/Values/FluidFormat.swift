
import Foundation

/// Fluid's formats for cache states and durations (b.5): sizes with two decimals and binary
/// units (`1020.92MiB`), ratios with one decimal (`36.8%`), Go durations rounded to seconds.
public enum FluidFormat {
  public static func bytes(_ b: Double) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    var v = max(b, 0)
    var i = 0
    while v >= 1024 && i < units.count - 1 {
      v /= 1024
      i += 1
    }
    return fixed(v, decimals: 2) + units[i]
  }

  /// Reads Fluid's size strings (`1020.92MiB`, `3.00GiB`, `0.00B`); nil for empty, `N/A`,
  /// `[Calculating]` or anything else.
  public static func parseBytes(_ text: String?) -> Double? {
    guard let text, let first = text.first, first.isNumber else { return nil }
    let units: [(String, Double)] = [
      ("EiB", 1_152_921_504_606_846_976), ("PiB", 1_125_899_906_842_624), ("TiB", 1_099_511_627_776),
      ("GiB", 1_073_741_824), ("MiB", 1_048_576), ("KiB", 1024), ("B", 1),
    ]
    for (u, m) in units where text.hasSuffix(u) { return Double(text.dropLast(u.count)).map { $0 * m } }
    return nil
  }

  /// Reads a percentage as Fluid writes it (`36.8%`) as a ratio (0.368); nil otherwise.
  public static func parsePercent(_ text: String?) -> Double? {
    guard let text, text.hasSuffix("%"), let v = Double(text.dropLast()), v.isFinite else { return nil }
    return v / 100
  }

  public static func percent(_ ratio: Double) -> String { fixed(ratio * 100, decimals: 1) + "%" }

  /// `v` with `decimals` (1 or 2) digits after the point, rounded as `%.Nf` (and Go's
  /// `strconv.FormatFloat(v, 'f', N, 64)`) round the exact binary value. Values whose scaled
  /// product lies near a half, or out of the fast path's range, go to `String(format:)`.
  public static func fixed(_ v: Double, decimals: Int) -> String {
    let scale: Int64 = decimals == 1 ? 10 : 100
    let f = v * Double(scale)
    guard decimals == 1 || decimals == 2, v.isFinite, v >= 0, f < 1e9 else { return String(format: "%.\(decimals)f", v) }
    let whole = f.rounded(.down)
    let fraction = f - whole
    // The product's own rounding (at most ~1e-7 here) could only matter next to a half.
    if abs(fraction - 0.5) < 1e-6 { return String(format: "%.\(decimals)f", v) }
    let n = Int64(whole) + (fraction > 0.5 ? 1 : 0)
    let digits = String(n % scale)
    return String(n / scale) + "." + String(repeating: "0", count: decimals - digits.count) + digits
  }

  /// `v` rounded to a whole number as `%.0f` writes it (the exact binary value, ties to even).
  public static func whole(_ v: Double) -> String {
    guard v.isFinite, abs(v) < 9e15 else { return String(format: "%.0f", v) }
    let r = v.rounded(.toNearestOrEven)
    if r == 0, v.sign == .minus { return "-0" }
    return String(Int64(r))
  }

  /// The non-empty items of a comma-separated list (split on the byte, not on characters).
  public static func commaSeparated(_ list: String) -> [String] {
    list.utf8.split(separator: UInt8(ascii: ",")).map { String(Substring($0)) }
  }

  /// A Go duration rounded to whole seconds (`1m2s`, `4h2m16s`, `0s`).
  public static func duration(_ seconds: Double) -> String {
    var s = Int64(saturating: seconds.rounded())
    if s <= 0 { return "0s" }
    let h = s / 3600
    s %= 3600
    let m = s / 60
    s %= 60
    if h > 0 { return "\(h)h\(m)m\(s)s" }
    if m > 0 { return "\(m)m\(s)s" }
    return "\(s)s"
  }
}
