/// How a cell is drawn. Colours are semantic; the screen maps them to terminal colours, and
/// monochrome drops them (bold, reverse and dim stay).
public struct Style: Sendable, Equatable, Hashable {
  public enum Color: String, Sendable, Hashable { case normal, green, yellow, red, cyan }
  public var color: Color
  public var bold: Bool
  public var reverse: Bool
  public var dim: Bool

  public init(_ color: Color = .normal, bold: Bool = false, reverse: Bool = false, dim: Bool = false) {
    self.color = color
    self.bold = bold
    self.reverse = reverse
    self.dim = dim
  }

  public static let plain = Style()
  public static let header = Style(bold: true)
  public static let selected = Style(reverse: true)
}

/// A screenful of characters with styles: what a renderer draws and tests compare.
/// Coordinates start at the top left; writes outside the frame are clipped.
public struct Frame: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public private(set) var characters: [Character]
  public private(set) var styles: [Style]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    characters = Array(repeating: " ", count: self.width * self.height)
    styles = Array(repeating: .plain, count: self.width * self.height)
  }

  /// Writes `text` at column `x` of row `y`, at most `limit` characters (default: to the
  /// right edge). Control characters are drawn as `?`. Returns the column after the text.
  @discardableResult
  public mutating func put(_ x: Int, _ y: Int, _ text: String, _ style: Style = .plain, limit: Int? = nil) -> Int {
    guard y >= 0, y < height else { return x }
    var column = x
    let end = min(width, limit.map { x + max(0, $0) } ?? width)
    for ch in text {
      guard column < end else { break }
      if column >= 0 {
        let safe: Character = ch.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } ? "?" : ch
        characters[y * width + column] = safe
        styles[y * width + column] = style
      }
      column += 1
    }
    return column
  }

  /// Fills a row span with a style (the selection bar).
  public mutating func paint(_ x: Int, _ y: Int, count: Int, _ style: Style) {
    guard y >= 0, y < height else { return }
    for c in max(0, x)..<min(width, x + count) { styles[y * width + c] = style }
  }

  public func character(_ x: Int, _ y: Int) -> Character { characters[y * width + x] }
  public func style(_ x: Int, _ y: Int) -> Style { styles[y * width + x] }

  /// Row `y` as text, trailing blanks removed.
  public func line(_ y: Int) -> String {
    var s = String(characters[(y * width)..<((y + 1) * width)])
    while s.last == " " { s.removeLast() }
    return s
  }

  /// The frame as text: one line per row, trailing blanks removed. With `markup`, runs of
  /// non-plain style are wrapped as `[green,bold]...[/]`, which is how golden files show colour.
  public func text(markup: Bool = false) -> String {
    var out = ""
    for y in 0..<height {
      guard markup else {
        out += line(y) + "\n"
        continue
      }
      var end = width
      while end > 0, character(end - 1, y) == " ", style(end - 1, y) == .plain { end -= 1 }
      var row = ""
      var open = Style.plain
      for x in 0..<end {
        let s = style(x, y)
        if s != open {
          if open != .plain { row += "[/]" }
          if s != .plain { row += "[" + Self.describe(s) + "]" }
          open = s
        }
        row.append(character(x, y))
      }
      if open != .plain { row += "[/]" }
      out += row + "\n"
    }
    return out
  }

  static func describe(_ s: Style) -> String {
    var parts: [String] = []
    if s.color != .normal { parts.append(s.color.rawValue) }
    if s.bold { parts.append("bold") }
    if s.reverse { parts.append("reverse") }
    if s.dim { parts.append("dim") }
    return parts.joined(separator: ",")
  }
}
