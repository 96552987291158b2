import CNcurses

/// The terminal, through ncurses: draws frames (only the rows that changed) and reads keys.
/// One thread owns it; `stop()` (also run on fatal signals) restores the terminal.
public final class Screen {
  public let color: Bool
  private var previous: Frame?
  private var running = false

  /// Takes over the terminal. `color`: use colours (off with NO_COLOR or `--no-color`).
  public init(color: Bool) throws {
    self.color = color
    guard fluid_tui_start(color ? 1 : 0) == 0 else { throw ScreenError("cannot start the terminal (is TERM set?)") }
    fluid_tui_restore_on_crash()
    running = true
  }

  public struct ScreenError: Error, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
  }

  /// The terminal's size in columns and rows.
  public var size: (width: Int, height: Int) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    fluid_tui_size(&rows, &columns)
    return (Int(columns), Int(rows))
  }

  /// Draws `frame`, rewriting only rows that differ from the last frame drawn.
  public func draw(_ frame: Frame) {
    let full = previous.map { $0.width != frame.width || $0.height != frame.height } ?? true
    for y in 0..<frame.height {
      if !full, let previous, Self.same(previous, frame, row: y) { continue }
      fluid_tui_clear_to_eol(Int32(y), 0)
      var x = 0
      while x < frame.width {
        let style = frame.style(x, y)
        var run = ""
        let start = x
        while x < frame.width, frame.style(x, y) == style {
          run.append(frame.character(x, y))
          x += 1
        }
        // The last column of the last row would scroll some terminals: leave it out.
        if y == frame.height - 1, x == frame.width { run = String(run.dropLast()) }
        guard !run.isEmpty else { continue }
        fluid_tui_put(Int32(y), Int32(start), run, pair(style), style.bold ? 1 : 0, style.reverse ? 1 : 0, style.dim ? 1 : 0)
      }
    }
    fluid_tui_refresh()
    previous = frame
  }

  static func same(_ a: Frame, _ b: Frame, row y: Int) -> Bool {
    for x in 0..<a.width where a.character(x, y) != b.character(x, y) || a.style(x, y) != b.style(x, y) { return false }
    return true
  }

  /// Forgets what is on screen, so the next `draw` rewrites every row (after a resize).
  public func invalidate() { previous = nil }

  func pair(_ s: Style) -> Int32 {
    guard color else { return 0 }
    switch s.color {
    case .normal: return 0
    case .green: return 1
    case .yellow: return 2
    case .red: return 3
    case .cyan: return 4
    }
  }

  /// The next input within `milliseconds`, or nil.
  public func read(milliseconds: Int) -> Key? {
    var special: Int32 = 0
    let code = fluid_tui_read(Int32(max(0, min(milliseconds, 60_000))), &special)
    guard code >= 0 else { return nil }
    if special == 1 {
      switch code {
      case fluid_key_up(): return .up
      case fluid_key_down(): return .down
      case fluid_key_left(): return .left
      case fluid_key_right(): return .right
      case fluid_key_page_up(): return .pageUp
      case fluid_key_page_down(): return .pageDown
      case fluid_key_home(): return .home
      case fluid_key_end(): return .end
      case fluid_key_enter(): return .enter
      case fluid_key_backspace(): return .backspace
      case fluid_key_resize():
        invalidate()
        return .resize
      case fluid_key_mouse():
        var row: Int32 = 0
        switch fluid_tui_mouse(&row) {
        case 1: return .wheelUp
        case 2: return .wheelDown
        case 3: return .click(row: Int(row))
        default: return nil
        }
      default: return nil
      }
    }
    switch code {
    case 13, 10: return .enter
    case 27: return .escape
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
    default:
      guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Gives the terminal back as it was.
  public func stop() {
    guard running else { return }
    running = false
    fluid_tui_stop()
  }

  deinit { stop() }
}
