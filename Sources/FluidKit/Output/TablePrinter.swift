public import FluidModel
public import Foundation

/// Renders objects as kubectl renders a server-side Table: NAME (and NAMESPACE with `-A`)
/// followed by the kind's printer columns, upper-cased headers, cells separated by three
/// spaces, no padding after the last column.
public struct TablePrinter: Sendable {
  public var wide: Bool
  public var showNamespace: Bool
  /// Prefix names with `kind.group/` (kubectl does when several kinds are printed).
  public var showKind: Bool
  public var noHeaders: Bool
  public var showLabels: Bool
  /// Extra columns from labels (`-L key`).
  public var labelColumns: [String]
  public var now: Date

  public init(
    wide: Bool = false, showNamespace: Bool = false, showKind: Bool = false, noHeaders: Bool = false,
    showLabels: Bool = false, labelColumns: [String] = [], now: Date
  ) {
    self.wide = wide
    self.showNamespace = showNamespace
    self.showKind = showKind
    self.noHeaders = noHeaders
    self.showLabels = showLabels
    self.labelColumns = labelColumns
    self.now = now
  }

  /// kubectl lists events without a NAME column (the OBJECT column names what they are about).
  static func showsName(_ r: ResourceDescriptor) -> Bool { !(r.group.isEmpty && r.kind == "Event") }

  public func columns(for r: ResourceDescriptor) -> [PrinterColumn] {
    r.tableColumns.filter { wide || $0.priority == 0 }
  }

  /// Header and rows (not yet aligned), for callers that print rows as they arrive.
  public func header(for r: ResourceDescriptor) -> [String] {
    var h: [String] = []
    if showNamespace { h.append("NAMESPACE") }
    if Self.showsName(r) { h.append("NAME") }
    h += columns(for: r).map { $0.name.uppercased() }
    h += labelColumns.map { $0.split(separator: "/").last.map { String($0).uppercased() } ?? $0.uppercased() }
    if showLabels { h.append("LABELS") }
    return h
  }

  public func row(for r: ResourceDescriptor, _ obj: JSONValue) -> [String] {
    var cells: [String] = []
    let meta = obj["metadata"]
    if showNamespace { cells.append(meta?["namespace"]?.stringValue ?? "") }
    let name = meta?["name"]?.stringValue ?? ""
    if Self.showsName(r) { cells.append(showKind ? "\(r.qualifiedSingular)/\(name)" : name) }
    for c in columns(for: r) { cells.append(cell(c, obj)) }
    let labels = meta?["labels"]?.objectValue ?? [:]
    for l in labelColumns { cells.append(labels[l]?.stringValue ?? "") }
    if showLabels {
      let text = labels.keys.sorted().map { "\($0)=\(labels[$0]?.stringValue ?? "")" }.joined(separator: ",")
      cells.append(text.isEmpty ? "<none>" : text)
    }
    return cells
  }

  /// The whole table, newline-terminated.
  public func render(_ r: ResourceDescriptor, _ items: [JSONValue]) -> String { renderKeepingWidths(r, items).text }

  /// The whole table and its column widths (which a watch keeps for the rows it adds).
  public func renderKeepingWidths(_ r: ResourceDescriptor, _ items: [JSONValue]) -> (text: String, widths: [Int]) {
    var rows = items.map { row(for: r, $0) }
    if !noHeaders { rows.insert(header(for: r), at: 0) }
    return Self.align(rows, minimumWidths: [])
  }

  /// Aligns rows into columns three spaces apart, as kubectl's tabwriter does.
  /// Cells are escaped for the terminal (`TerminalText`).
  public static func align(_ rows: [[String]]) -> String { align(rows, minimumWidths: []).text }

  /// Aligns `rows` with every column at least as wide as `minimumWidths` says (a watch keeps
  /// the widths of the table it printed first); returns the text and the widths used.
  public static func align(_ rows: [[String]], minimumWidths: [Int]) -> (text: String, widths: [Int]) {
    let rows = rows.map { $0.map { TerminalText.escape($0) } }
    guard let width = rows.map(\.count).max() else { return ("", minimumWidths) }
    var widths = [Int](repeating: 0, count: max(width, minimumWidths.count))
    for (i, w) in minimumWidths.enumerated() { widths[i] = w }
    for r in rows {
      for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) }
    }
    var out = ""
    for r in rows {
      var line = ""
      for (i, c) in r.enumerated() {
        line += c
        if i < r.count - 1 { line += String(repeating: " ", count: widths[i] - c.count + 3) }
      }
      out += line
      out += "\n"
    }
    return (out, widths)
  }

  /// One cell of column `c` for `obj`, as kubectl prints it (dates as ages).
  public func cell(_ c: PrinterColumn, _ obj: JSONValue) -> String {
    if c.jsonPath.hasPrefix("@") { return CoreColumns.value(c.jsonPath, obj, now: now) }
    let values = JSONPathTemplate.evaluate(Self.steps(c.jsonPath), obj, root: obj)
    guard !values.isEmpty else { return "" }
    if c.type == "date" {
      guard let s = values[0].stringValue, let d = Timestamps.parse(s) else { return "<unknown>" }
      return Timestamps.age(from: d, to: now)
    }
    return Self.joinedCell(values)
  }

  /// A cell of several values as kubectl prints it: comma-separated, strings bare, null as
  /// `<none>`, other values as compact JSON.
  public static func joinedCell(_ values: [JSONValue]) -> String {
    values.map { v -> String in
      switch v {
      case .string(let s): return s
      case .null: return "<none>"
      case .double(let d): return JSONWriter.formatDouble(d)
      default: return JSONWriter.compact(v)
      }
    }.joined(separator: ",")
  }

  private static let stepCache = StepCache()

  static func steps(_ path: String) -> [JSONPathTemplate.Step] { stepCache.steps(path) }
}

final class StepCache: @unchecked Sendable {
  private let lock = NSLock()
  private var cache: [String: [JSONPathTemplate.Step]] = [:]

  func steps(_ path: String) -> [JSONPathTemplate.Step] {
    lock.lock()
    defer { lock.unlock() }
    if let s = cache[path] { return s }
    var p = TemplateParser(Array(path), source: path)
    let s = (try? p.parsePath()) ?? []
    cache[path] = s
    return s
  }
}
