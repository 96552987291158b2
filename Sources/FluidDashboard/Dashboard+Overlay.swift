public import FluidTUI
import Foundation

extension Dashboard {
  /// The help text `?` shows.
  public static let helpText = """
    Keys
      ↑ ↓  j k       select                   enter      the dataset's detail
      esc            back, or clear the filter /REGEX   filter datasets (esc cancels)
      :ds :loads :workers :events :ns NAME (:ns all)    switch view or namespace
      s + letter     sort by a column (n m r p u c h t w l); Shift+letter too; again reverses
      d              describe the selection   y          its YAML (j/k scroll, esc closes)
      L              start a DataLoad         + -        scale the workers by one
      ctrl-d         delete the dataset       (each asks y/N; refused with --readonly)
      [ ]            simulated clock slower / faster (wall-clock mode)
      .              advance the simulated clock one step (manual mode)
      q  ctrl-c      quit

    Columns
      CACHED/CAPACITY  cached bytes over the cache's capacity (yellow from 80 %, red from 95 %)
      HIT              the dataset's cache hit ratio (red under 30 %, yellow under 70 %)
      THROUGHPUT       how fast the cache filled over the last three minutes (ten spans), and now
      LOAD             the running DataLoad: the dataset's cached share of its UFS and ETA
    """

  static func overlay(_ f: inout Frame, _ s: DashboardState) {
    let lines: [String]
    let title: String
    var scroll = 0
    switch s.overlay {
    case .none: return
    case .help:
      title = "Help (any key closes)"
      lines = helpText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    case .text(let t, let body, let sc):
      title = t + "  (j/k scroll, esc closes)"
      lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      scroll = sc
    }
    let top = 1
    let height = s.height - 2
    for y in top..<(top + height) { f.put(0, y, String(repeating: " ", count: s.width)) }
    f.put(0, top, String(repeating: String(s.glyphs.horizontal), count: s.width), Style(.cyan))
    f.put(2, top, " \(title) ", Style(.cyan, bold: true))
    let body = height - 1
    let first = min(scroll, max(0, lines.count - body))
    for (i, line) in lines.dropFirst(first).prefix(body).enumerated() {
      var text = line
      if !s.glyphs.unicode { text = text.replacingOccurrences(of: "↑ ↓", with: "up dn") }
      f.put(1, top + 1 + i, text)
    }
  }
}
