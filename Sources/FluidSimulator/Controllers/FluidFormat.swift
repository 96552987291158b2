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
    return String(format: "%.2f", v) + units[i]
  }

  public static func percent(_ ratio: Double) -> String { String(format: "%.1f%%", ratio * 100) }

  /// A Go duration rounded to whole seconds (`1m2s`, `4h2m16s`, `0s`).
  public static func duration(_ seconds: Double) -> String {
    var s = Int64(seconds.rounded())
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
