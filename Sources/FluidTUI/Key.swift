/// One input: a key, a mouse action or a resize.
public enum Key: Sendable, Equatable {
  case character(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case enter, escape, backspace, tab
  /// Control-`letter` (ctrl-c is `.control("c")`).
  case control(Character)
  case wheelUp, wheelDown
  /// A click on screen row `row`.
  case click(row: Int)
  case resize
}
