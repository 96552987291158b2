/// The characters meters are drawn with: Unicode blocks, or ASCII where the locale is not
/// UTF-8 or the terminal is the Linux console.
public struct Glyphs: Sendable, Equatable {
  public let unicode: Bool
  public init(unicode: Bool) { self.unicode = unicode }

  /// Whether the environment can show Unicode: a UTF-8 locale (`LC_ALL`, `LC_CTYPE`, `LANG`, in
  /// that order) and a terminal other than `linux`.
  public static func detect(_ environment: [String: String]) -> Glyphs {
    if environment["TERM"] == "linux" { return Glyphs(unicode: false) }
    let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
    let upper = locale.uppercased()
    return Glyphs(unicode: upper.contains("UTF-8") || upper.contains("UTF8"))
  }

  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let asciiLevels: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

  /// A bar `width` cells wide filled to `ratio` (clamped to 0...1), eighths in Unicode.
  public func gauge(_ ratio: Double, width: Int) -> String {
    guard width > 0 else { return "" }
    let r = ratio.isFinite ? min(1, max(0, ratio)) : 0
    if !unicode {
      let filled = Int((r * Double(width)).rounded())
      return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    }
    let eighths = Int((r * Double(width * 8)).rounded())
    let full = eighths / 8
    var s = String(repeating: "█", count: full)
    if full < width {
      let partials: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
      s.append(eighths % 8 == 0 ? "·" : partials[eighths % 8])
      s += String(repeating: "·", count: width - full - 1)
    }
    return s
  }

  /// The last `width` values as a sparkline scaled to their maximum (all zero: the lowest bar).
  public func sparkline(_ values: [Double], width: Int) -> String {
    guard width > 0 else { return "" }
    let shown = values.suffix(width).map { $0.isFinite ? max(0, $0) : 0 }
    let top = shown.max() ?? 0
    let chars = unicode ? Self.levels : Self.asciiLevels
    let bars = shown.map { v -> Character in
      guard top > 0 else { return chars[0] }
      return chars[min(chars.count - 1, Int((v / top * Double(chars.count - 1)).rounded()))]
    }
    return String(repeating: " ", count: width - bars.count) + String(bars)
  }

  public var ellipsis: String { unicode ? "…" : "~" }
  public var horizontal: Character { unicode ? "─" : "-" }
}
