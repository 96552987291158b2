public import FluidKit
public import FluidModel
public import FluidTUI
import Foundation

extension Dashboard {
  /// The pure renderer: the whole screen for a state.
  public static func render(_ s: DashboardState) -> Frame {
    var f = Frame(width: s.width, height: s.height)
    guard s.width >= 20, s.height >= 6 else {
      f.put(0, 0, "fluidctl top needs at least 20x6")
      return f
    }
    header(&f, s)
    let bottom = s.height - 2
    var y = 2
    switch s.view {
    case .datasets:
      let rows = s.visibleRows
      let tableHeight = max(4, min(rows.count + 2, (bottom - y) * 45 / 100))
      y = datasetsTable(&f, s, rows, top: y, height: tableHeight)
      if let row = s.selectedRow {
        let content = max(row.report.workers.count, s.data.operations(of: row.key).count, 1) + 1
        let paneHeight = max(3, min(content, (bottom - y) * 55 / 100))
        detailPanes(&f, s, row, top: y, height: paneHeight)
        y += paneHeight
      }
      eventsPane(&f, s, s.data.fluidEvents, top: y, height: bottom - y, title: "Events")
    case .detail(let key):
      if let row = s.row(key) {
        y = datasetsTable(&f, s, [row], top: y, height: 3, selected: false)
        let paneHeight = max(3, (bottom - y) * 60 / 100)
        detailPanes(&f, s, row, top: y, height: paneHeight)
        y += paneHeight
        let events = s.data.fluidEvents.filter {
          $0["involvedObject"]?["namespace"]?.stringValue == key.namespace && $0["involvedObject"]?["name"]?.stringValue.map { $0 == key.name || $0.hasPrefix(key.name + "-") } == true
        }
        eventsPane(&f, s, events, top: y, height: bottom - y, title: "Events of \(key.name)")
      } else {
        f.put(1, y, "dataset \(key.namespace)/\(key.name) is gone", Style(.yellow))
      }
    case .loads: operationsList(&f, s, top: y, height: bottom - y)
    case .workers: workersList(&f, s, top: y, height: bottom - y)
    case .events: eventsPane(&f, s, s.data.fluidEvents, top: y, height: bottom - y, title: "Events", selectable: true)
    }
    statusLine(&f, s)
    keyBar(&f, s)
    overlay(&f, s)
    return f
  }

  /// The first row of the datasets table's body (for mouse clicks).
  static func tableTop(_ s: DashboardState) -> Int { 4 }

  static func header(_ f: inout Frame, _ s: DashboardState) {
    var x = f.put(0, 0, " fluidctl top ", Style(.cyan, bold: true))
    x = f.put(x, 0, " \(s.context)", .header)
    x = f.put(x, 0, "  ns: \(s.namespace ?? "all")")
    let state: (String, Style.Color) =
      switch s.connection {
      case .watching: ("watching", .green)
      case .reconnecting(_, let delay, _): ("reconnecting \(Int(delay.rounded(.up)))s", .yellow)
      case .unauthorized: ("unauthorized", .red)
      }
    x = f.put(x + 2, 0, state.0, Style(state.1, bold: true))
    if s.simulated {
      x = f.put(x + 2, 0, "sim " + Self.clock(s.now), Style(.cyan))
      if !s.clockNote.isEmpty { x = f.put(x + 1, 0, s.clockNote, Style(dim: true)) }
    }
    if s.readonly { f.put(x + 2, 0, "[readonly]", Style(.yellow, bold: true)) }
    // The second line: a banner when the connection is lost, else what to know about metrics.
    switch s.connection {
    case .reconnecting(let attempt, _, let reason):
      f.put(0, 1, " connection lost (attempt \(attempt)): \(reason); showing the last data ", Style(.red, reverse: true))
    case .unauthorized(let m): f.put(0, 1, " the server refused the credentials: \(m) ", Style(.red, reverse: true))
    case .watching:
      if let note = s.metricsNote { f.put(1, 1, "worker metrics: \(note)", Style(.yellow)) }
    }
  }

  static func clock(_ d: Date) -> String { Timestamps.format(d).replacingOccurrences(of: "T", with: " ") }

  static func statusLine(_ f: inout Frame, _ s: DashboardState) {
    let y = s.height - 2
    switch s.prompt {
    case .filter(let t): f.put(0, y, "/" + t + "_", .header)
    case .command(let t): f.put(0, y, ":" + t + "_", .header)
    case .sortKey: f.put(0, y, "sort by: n)ame m)namespace r)untime p)hase u)fs c)ached h)it t)hroughput w)orkers l)oad", .header)
    case .confirm(let action): f.put(0, y, action.question + " [y/N]", Style(.yellow, bold: true))
    case .none:
      if let m = s.message { f.put(0, y, m.text, Style(m.error ? .red : .green)) }
      else if !s.filter.isEmpty { f.put(0, y, "filter: /\(s.filter)  (esc clears)", Style(dim: true)) }
    }
  }

  static func keyBar(_ f: inout Frame, _ s: DashboardState) {
    var keys = ["↑↓ select", "enter detail", "/ filter", ": view", "s sort", "d describe", "y yaml"]
    if !s.readonly { keys += ["L load", "+/- scale", "^d delete"] }
    if s.simulated { keys += ["[ ] speed", ". step"] }
    keys += ["? help", "q quit"]
    var text = keys.joined(separator: "  ")
    if !s.glyphs.unicode { text = text.replacingOccurrences(of: "↑↓", with: "j/k") }
    f.put(0, s.height - 1, text, Style(dim: true))
  }
}
