public import FluidKit
public import FluidModel
public import FluidTUI
import Foundation

/// Everything the dashboard shows and how: the cluster data plus the interface's own state.
/// Changed only by `Dashboard.reduce`; drawn only by `Dashboard.render`.
public struct DashboardState: Sendable {
  public var data = DashboardData()
  public var width: Int
  public var height: Int
  public var glyphs: Glyphs
  public var color: Bool
  public var readonly: Bool

  /// `embedded`, or the kubeconfig context.
  public var context: String
  /// The namespace shown, nil for all.
  public var namespace: String?
  public var connection: InformerConnection = .watching
  /// The cluster's time; `simulated` when it is the embedded cluster's virtual clock.
  public var now: Date = Date(timeIntervalSince1970: 0)
  public var simulated = false
  public var clockNote: String = ""
  /// Why worker metrics could not be read, said once in the header.
  public var metricsNote: String?

  public enum View: Sendable, Equatable {
    case datasets, loads, workers, events
    /// One dataset: its workers, operations and events.
    case detail(InformerStore.ObjectKey)
  }
  public var view: View = .datasets
  public var selection = 0
  public var filter: String = ""
  public var sortColumn: Column = .name
  public var sortDescending = false

  /// What the bottom line is doing.
  public enum Prompt: Sendable, Equatable {
    case none
    case filter(String)
    case command(String)
    case sortKey
    case confirm(Action)
  }
  public var prompt: Prompt = .none
  /// A message for the status line and whether it is an error.
  public var message: (text: String, error: Bool)?

  public enum Overlay: Sendable, Equatable {
    case none, help
    case text(title: String, body: String, scroll: Int)
  }
  public var overlay: Overlay = .none
  public var quit = false

  public init(width: Int, height: Int, glyphs: Glyphs, color: Bool, readonly: Bool, context: String, namespace: String?) {
    self.width = width
    self.height = height
    self.glyphs = glyphs
    self.color = color
    self.readonly = readonly
    self.context = context
    self.namespace = namespace
  }

  /// The datasets table's columns; the letter sorts by it (`s` + letter, or Shift+letter).
  public enum Column: String, Sendable, CaseIterable {
    case name = "NAME", namespace = "NAMESPACE", runtime = "RUNTIME", phase = "PHASE", ufs = "UFS", cache = "CACHED/CAPACITY"
    case hit = "HIT", throughput = "THROUGHPUT", workers = "WORKERS", load = "LOAD"

    public var letter: Character {
      switch self {
      case .name: "n"
      case .namespace: "m"
      case .runtime: "r"
      case .phase: "p"
      case .ufs: "u"
      case .cache: "c"
      case .hit: "h"
      case .throughput: "t"
      case .workers: "w"
      case .load: "l"
      }
    }
  }

  /// Every dataset's row, in key order; recomputed by the reducer when data changes (one
  /// pass over the informers' caches per interval, not one per draw).
  public private(set) var rows: [DatasetRow] = []
  /// The rows the datasets table shows: filtered by the regex (case-insensitive, on
  /// namespace/name, runtime and phase) and sorted; recomputed with `rows` and when the filter
  /// or the sort changes.
  public private(set) var visibleRows: [DatasetRow] = []

  /// Recomputes `rows` from the data (`data: true`) and `visibleRows` from `rows`.
  mutating func refreshRows(data: Bool) {
    if data { rows = self.data.updateRows() }
    var shown = rows
    if !filter.isEmpty {
      let regex = try? NSRegularExpression(pattern: filter, options: [.caseInsensitive])
      shown = shown.filter { r in
        let text = "\(r.key.namespace)/\(r.key.name) \(r.runtimeKind) \(r.phase)"
        if let regex { return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
        return text.localizedCaseInsensitiveContains(filter)
      }
    }
    shown.sort { a, b in
      let order = Self.compare(a, b, sortColumn)
      if order == .orderedSame { return a.key < b.key }
      return (order == .orderedAscending) != sortDescending
    }
    visibleRows = shown
  }

  /// The row of one dataset, filtered out or not.
  public func row(_ key: InformerStore.ObjectKey) -> DatasetRow? { rows.first { $0.key == key } }

  static func compare(_ a: DatasetRow, _ b: DatasetRow, _ c: Column) -> ComparisonResult {
    func num(_ x: Double?, _ y: Double?) -> ComparisonResult {
      let l = x ?? -1
      let r = y ?? -1
      return l < r ? .orderedAscending : l > r ? .orderedDescending : .orderedSame
    }
    func text(_ x: String, _ y: String) -> ComparisonResult { x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame }
    switch c {
    case .name: return text(a.key.name, b.key.name)
    case .namespace: return text(a.key.namespace, b.key.namespace)
    case .runtime: return text(a.runtimeKind, b.runtimeKind)
    case .phase: return text(a.phase, b.phase)
    case .ufs: return num(a.report.ufsTotalBytes, b.report.ufsTotalBytes)
    case .cache: return num(a.usedRatio, b.usedRatio)
    case .hit: return num(a.report.hitRatio, b.report.hitRatio)
    case .throughput: return num(a.throughput, b.throughput)
    case .workers: return num(Double(a.report.workersReady), Double(b.report.workersReady))
    case .load: return num(a.load?.progress, b.load?.progress)
    }
  }

  /// The selected dataset's row, if any.
  public var selectedRow: DatasetRow? {
    let rows = visibleRows
    guard !rows.isEmpty else { return nil }
    return rows[min(max(0, selection), rows.count - 1)]
  }
}

/// What the dashboard asks its command to do; results come back as events.
public enum Action: Sendable, Equatable {
  case startLoad(InformerStore.ObjectKey)
  case scale(runtime: String, InformerStore.ObjectKey, from: Int64, to: Int64)
  case deleteDataset(InformerStore.ObjectKey)

  /// The question the status line asks.
  public var question: String {
    switch self {
    case .startLoad(let k): return "Start a DataLoad of \(k.namespace)/\(k.name)?"
    case .scale(_, let k, let from, let to): return "Scale the workers of \(k.namespace)/\(k.name) from \(from) to \(to)?"
    case .deleteDataset(let k): return "Delete dataset \(k.namespace)/\(k.name)?"
    }
  }
}
