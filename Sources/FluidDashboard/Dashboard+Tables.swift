public import FluidKit
public import FluidModel
public import FluidTUI
import Foundation

extension Dashboard {
  /// A datasets-table column as laid out: its width and when it gives way on narrow screens.
  struct Layout {
    var column: DashboardState.Column
    var width: Int
    /// Lower drops first; nil never drops.
    var dropOrder: Int?
  }

  /// The columns that fit `width`, in screen order: THROUGHPUT, UFS, HIT, NAMESPACE, RUNTIME,
  /// LOAD and WORKERS give way in that order; NAME takes what is left (12 to 32 columns).
  static func layout(_ s: DashboardState) -> [Layout] {
    var cols: [Layout] = [Layout(column: .name, width: 12, dropOrder: nil)]
    if s.namespace == nil { cols.append(Layout(column: .namespace, width: 12, dropOrder: 4)) }
    cols += [
      Layout(column: .runtime, width: 8, dropOrder: 5), Layout(column: .phase, width: 9, dropOrder: nil),
      Layout(column: .ufs, width: 10, dropOrder: 2), Layout(column: .cache, width: 17, dropOrder: nil),
      Layout(column: .hit, width: 6, dropOrder: 3), Layout(column: .throughput, width: 21, dropOrder: 1),
      Layout(column: .workers, width: 7, dropOrder: 7), Layout(column: .load, width: 16, dropOrder: 6),
    ]
    func total(_ c: [Layout]) -> Int { c.reduce(0) { $0 + $1.width } + c.count - 1 }
    while total(cols) > s.width - 1, let drop = cols.filter({ $0.dropOrder != nil }).min(by: { $0.dropOrder! < $1.dropOrder! }) {
      cols.removeAll { $0.column == drop.column }
    }
    cols[0].width = min(32, max(12, s.width - 1 - total(cols) + 12))
    return cols
  }

  /// Draws the datasets table from row `top`; returns the row after it.
  static func datasetsTable(
    _ f: inout Frame, _ s: DashboardState, _ rows: [DatasetRow], top: Int, height: Int, selected: Bool = true
  ) -> Int {
    let cols = layout(s)
    let title = "Datasets (\(rows.count))" + (s.filter.isEmpty ? "" : " /\(s.filter)")
    f.put(0, top, title, Style(.cyan, bold: true))
    var x = 1
    for c in cols {
      let arrow = c.column == s.sortColumn ? (s.sortDescending ? "↓" : "↑") : ""
      f.put(x, top + 1, c.column.rawValue + (s.glyphs.unicode ? arrow : (arrow.isEmpty ? "" : s.sortDescending ? "-" : "+")), .header, limit: c.width)
      x += c.width + 1
    }
    let body = max(0, height - 2)
    let selection = min(max(0, s.selection), max(0, rows.count - 1))
    let first = max(0, min(selection - body + 1, rows.count - body))
    for (i, row) in rows.dropFirst(max(0, first)).prefix(body).enumerated() {
      let y = top + 2 + i
      datasetRow(&f, s, row, cols, y)
      if selected, first + i == selection { f.paint(0, y, count: s.width, .selected) }
    }
    if rows.isEmpty {
      f.put(1, top + 2, s.filter.isEmpty ? "No datasets in \(s.namespace.map { "namespace \($0)" } ?? "any namespace")." : "No dataset matches /\(s.filter).", Style(dim: true))
    }
    return top + height
  }

  static func datasetRow(_ f: inout Frame, _ s: DashboardState, _ row: DatasetRow, _ cols: [Layout], _ y: Int) {
    var x = 1
    let g = s.glyphs
    for (i, c) in cols.enumerated() {
      let w = c.width
      switch c.column {
      case .name: f.put(x, y, fit(row.key.name, w, g), .plain, limit: w)
      case .namespace: f.put(x, y, fit(row.key.namespace, w, g), .plain, limit: w)
      case .runtime: f.put(x, y, row.runtimeKind, .plain, limit: w)
      case .phase:
        f.put(x, y, row.phase.isEmpty ? "-" : row.phase, Style(row.phase == "Bound" ? .green : .yellow), limit: w)
        if let reason = row.reason {
          // Not Bound: say why across the rest of the row.
          f.put(x + w + 1, y, reason, Style(.yellow), limit: s.width - x - w - 2)
          return
        }
      case .ufs: f.put(x, y, row.report.ufsTotal.isEmpty ? "-" : row.report.ufsTotal, .plain, limit: w)
      case .cache:
        if let r = row.usedRatio {
          let color: Style.Color = r >= 0.95 ? .red : r >= 0.8 ? .yellow : .green
          let end = f.put(x, y, g.gauge(r, width: 10), Style(color), limit: 10)
          f.put(end + 1, y, FluidFormat.fixed(r * 100, decimals: 1) + "%", .plain, limit: w - 11)
        } else {
          f.put(x, y, "-", .plain)
        }
      case .hit:
        let h = row.report.hitRatio
        let color: Style.Color = h.map { $0 < 0.3 ? .red : $0 < 0.7 ? .yellow : .green } ?? .normal
        f.put(x, y, row.report.cacheHitRatio.isEmpty ? "-" : row.report.cacheHitRatio, Style(color), limit: w)
      case .throughput:
        let end = f.put(x, y, g.sparkline(row.rates, width: 10), Style(.cyan), limit: 10)
        f.put(end + 1, y, row.throughput.map { FluidFormat.bytes($0) + "/s" } ?? "-", .plain, limit: w - 11)
      case .workers:
        let ok = row.report.workersReady >= row.report.workersDesired
        // An autoscaled runtime's count is marked; the detail pane says what the autoscaler wants.
        let mark = row.autoscaler == nil ? "" : (g.unicode ? "↕" : "~")
        f.put(x, y, "\(row.report.workersReady)/\(row.report.workersDesired)" + mark, Style(ok ? .normal : .yellow), limit: w)
      case .load:
        if let l = row.load {
          var text = l.progress.map { FluidFormat.fixed($0 * 100, decimals: 1) + "%" } ?? l.phase
          if let eta = l.etaSeconds { text += " ETA " + FluidFormat.duration(eta) }
          f.put(x, y, text, Style(.cyan), limit: i == cols.count - 1 ? s.width - x : w)
        } else {
          f.put(x, y, "-", Style(dim: true))
        }
      }
      x += w + 1
    }
  }

  /// A size in at most 6 characters: `2.00G`, `512M`, `0B`.
  static func compact(_ bytes: Double) -> String {
    var text = FluidFormat.bytes(bytes)  // "2.00GiB", "512.00MiB", "0.00B"
    if text.hasSuffix("iB") { text.removeLast(2) } else { text.removeLast() }
    let unit = text.last?.isLetter == true ? String(text.removeLast()) : "B"
    if unit == "B" || text.count > 4, let dot = text.firstIndex(of: ".") { text = String(text[..<dot]) }
    return text + unit
  }

  /// `text` cut to `width` with an ellipsis.
  static func fit(_ text: String, _ width: Int, _ g: Glyphs) -> String {
    text.count <= width ? text : String(text.prefix(max(0, width - 1))) + g.ellipsis
  }

  /// The selected dataset's workers (left) and data operations (right).
  static func detailPanes(_ f: inout Frame, _ s: DashboardState, _ row: DatasetRow, top: Int, height: Int) {
    let half = s.width * 3 / 5
    let titleEnd = f.put(0, top, "Workers of \(row.key.name)", Style(.cyan, bold: true))
    if let a = row.autoscaler {
      let text = a.notScaling.map { "autoscaled \(a.min)-\(a.max): not scaling: \($0)" }
        ?? "autoscaled \(a.min)-\(a.max): \(a.current) now, \(a.desired) desired (\(a.targets))"
      f.put(titleEnd + 2, top, text, Style(a.notScaling == nil ? .normal : .yellow), limit: max(0, half - titleEnd - 3))
    }
    f.put(half, top, "Operations of \(row.key.name)", Style(.cyan, bold: true))
    var y = top + 1
    if row.report.workers.isEmpty { f.put(1, y, "no workers", Style(dim: true)) }
    // Narrow panes leave the node out and draw shorter gauges.
    let wide = half >= 70
    for w in row.report.workers.prefix(max(0, height - 1)) {
      let nameWidth = wide ? 18 : 16
      var x = f.put(1, y, fit(w.name, nameWidth, s.glyphs), .plain, limit: nameWidth)
      if wide { x = f.put(max(x + 1, 20), y, fit(w.node.isEmpty ? "<pending>" : w.node, 12, s.glyphs), .plain, limit: 12) }
      x = f.put(max(x + 1, wide ? 33 : 18), y, w.ready ? "Ready" : "NotReady", Style(w.ready ? .green : .yellow), limit: 8)
      x = max(x + 1, wide ? 42 : 27)
      let gaugeWidth = half - 2 - x >= 26 ? 6 : 3
      for t in w.tiers where x < half - 2 {
        x = f.put(x, y, t.medium + " ", Style(dim: true), limit: half - 2 - x)
        if let used = t.usedBytes, t.quotaBytes > 0 {
          let r = used / t.quotaBytes
          x = f.put(x, y, s.glyphs.gauge(r, width: gaugeWidth), Style(r >= 0.95 ? .red : r >= 0.8 ? .yellow : .green), limit: half - 2 - x)
          x = f.put(x + 1, y, compact(used) + "/" + compact(t.quotaBytes), .plain, limit: half - 2 - x - 1) + 1
        } else {
          x = f.put(x, y, (w.cachedBytes == nil ? "?/" : "-/") + compact(t.quotaBytes), .plain, limit: half - 2 - x) + 1
        }
      }
      y += 1
    }
    let ops = s.data.operations(of: row.key)
    y = top + 1
    if ops.isEmpty { f.put(half + 1, y, "no data operations", Style(dim: true)) }
    for (d, o) in ops.prefix(max(0, height - 1)) {
      let phase = o["status"]?["phase"]?.stringValue ?? "Pending"
      let color: Style.Color = phase == "Complete" ? .green : phase == "Failed" ? .red : .cyan
      let nameWidth = min(28, max(12, s.width - half - 24))
      var x = f.put(half + 1, y, fit("\(d.kind)/\(o["metadata"]?["name"]?.stringValue ?? "")", nameWidth, s.glyphs), .plain, limit: nameWidth)
      x = f.put(max(x + 1, half + nameWidth + 2), y, phase, Style(color), limit: 10)
      var detail = o["status"]?["duration"]?.stringValue ?? ""
      if d.kind == "DataLoad", let l = row.load, l.name == o["metadata"]?["name"]?.stringValue, let p = l.progress {
        detail = FluidFormat.fixed(p * 100, decimals: 1) + "%" + (l.etaSeconds.map { " ETA " + FluidFormat.duration($0) } ?? "")
      }
      f.put(max(x + 1, half + nameWidth + 13), y, detail, .plain, limit: s.width - x - 1)
      y += 1
    }
  }

  static func eventsPane(
    _ f: inout Frame, _ s: DashboardState, _ events: [JSONValue], top: Int, height: Int, title: String, selectable: Bool = false
  ) {
    guard height >= 2 else { return }
    f.put(0, top, "\(title) (\(events.count))", Style(.cyan, bold: true))
    for (i, e) in events.prefix(height - 1).enumerated() {
      let y = top + 1 + i
      let warning = e["type"]?.stringValue == "Warning"
      var x = f.put(1, y, warning ? "Warning" : "Normal", Style(warning ? .yellow : .normal), limit: 7)
      x = f.put(max(x + 1, 9), y, fit(e["reason"]?.stringValue ?? "", 22, s.glyphs), .plain, limit: 22)
      let object = "\(e["involvedObject"]?["kind"]?.stringValue?.lowercased() ?? "")/\(e["involvedObject"]?["name"]?.stringValue ?? "")"
      x = f.put(max(x + 1, 32), y, fit(object, 28, s.glyphs), .plain, limit: 28)
      let message = (e["message"]?.stringValue ?? "").replacingOccurrences(of: "\n", with: " ")
      f.put(max(x + 1, 61), y, message, .plain, limit: s.width - 62)
      if selectable, i == s.selection { f.paint(0, y, count: s.width, .selected) }
    }
  }

  static func operationsList(_ f: inout Frame, _ s: DashboardState, top: Int, height: Int) {
    var all: [(ResourceDescriptor, JSONValue)] = []
    for d in DashboardKinds.operations { all += s.data.items(d).map { (d, $0) } }
    f.put(0, top, "Data operations (\(all.count))", Style(.cyan, bold: true))
    var rows = [["NAMESPACE", "NAME", "KIND", "DATASET", "PHASE", "DURATION"]]
    for (d, o) in all {
      rows.append([
        o["metadata"]?["namespace"]?.stringValue ?? "", o["metadata"]?["name"]?.stringValue ?? "", d.kind,
        DashboardData.datasetName(ofOperation: o) ?? "-", o["status"]?["phase"]?.stringValue ?? "Pending",
        o["status"]?["duration"]?.stringValue ?? "-",
      ])
    }
    list(&f, s, rows, top: top + 1, height: height - 1)
  }

  static func workersList(_ f: inout Frame, _ s: DashboardState, top: Int, height: Int) {
    let pods = s.data.items(DashboardKinds.pod)
    f.put(0, top, "Cache workers (\(pods.count))", Style(.cyan, bold: true))
    var rows = [["NAMESPACE", "NAME", "NODE", "READY", "RUNTIME", "CACHED"]]
    for p in pods {
      let key = "\(p["metadata"]?["namespace"]?.stringValue ?? "")/\(p["metadata"]?["name"]?.stringValue ?? "")"
      var cached = "-"
      if case .success(let text)? = s.data.metrics[key] {
        let samples = PrometheusText.parse(text)
        let used = [WorkerMetricsEndpoint.alluxio, .juicefs].compactMap { $0.figures(samples).usedBytes }.first
        cached = used.map(FluidFormat.bytes) ?? "-"
      }
      rows.append([
        p["metadata"]?["namespace"]?.stringValue ?? "", p["metadata"]?["name"]?.stringValue ?? "",
        p["spec"]?["nodeName"]?.stringValue ?? "<pending>", CacheReport.isReady(p) ? "Ready" : "NotReady",
        p["metadata"]?["labels"]?["release"]?.stringValue ?? "-", cached,
      ])
    }
    list(&f, s, rows, top: top + 1, height: height - 1)
  }

  /// A plain table (header first) with the selection bar, scrolled to keep it visible.
  static func list(_ f: inout Frame, _ s: DashboardState, _ rows: [[String]], top: Int, height: Int) {
    guard height > 1, let header = rows.first else { return }
    let lines = TablePrinter.align(rows).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    f.put(1, top, lines.first ?? "", .header)
    let body = height - 1
    let count = rows.count - 1
    let selection = min(max(0, s.selection), max(0, count - 1))
    let first = max(0, min(selection - body + 1, count - body))
    for i in 0..<min(body, max(0, count - first)) {
      let y = top + 1 + i
      f.put(1, y, lines[1 + first + i])
      if first + i == selection { f.paint(0, y, count: s.width, .selected) }
    }
    _ = header
  }
}
