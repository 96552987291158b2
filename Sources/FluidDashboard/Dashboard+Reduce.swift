public import FluidKit
public import FluidModel
public import FluidTUI
import Foundation

/// Something that happened: a key, a resize, new data, or the result of an effect.
public enum DashboardEvent: Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  case objects(ResourceDescriptor, InformerStore)
  /// Changes an informer reported since the last interval (a relist's difference included).
  case changes(ResourceDescriptor, [WatchEvent])
  case connection(InformerConnection)
  /// Worker metrics readings by `namespace/pod`, and why some could not be read.
  case metrics([String: CacheReport.MetricsReading], note: String?)
  /// The interval passed: the cluster's time now; history is sampled.
  case tick(now: Date, simulated: Bool, clockNote: String)
  case message(String, error: Bool)
  case showText(title: String, body: String)
}

/// What the reducer asks the command to do.
public enum Effect: Sendable, Equatable {
  case perform(Action)
  case describe(InformerStore.ObjectKey)
  case yaml(InformerStore.ObjectKey)
  case switchNamespace(String?)
  case clockFaster, clockSlower, clockStep
  case quit
}

public enum Dashboard {
  /// The pure reducer: the next state and the effects an event asks for. The rows shown are
  /// recomputed on `.tick` and `.metrics`: `.objects` updates the data, the next tick shows it.
  public static func reduce(_ s: inout DashboardState, _ event: DashboardEvent) -> [Effect] {
    switch event {
    case .key(let key):
      let effects = reduceKey(&s, key)
      s.refreshRows(data: false)
      clampSelection(&s)
      return effects
    case .resize(let w, let h):
      s.width = w
      s.height = h
    case .objects(let d, let store): s.data.set(d, store)
    case .changes(let d, let events): s.data.apply(d, events)
    case .connection(let c): s.connection = c
    case .metrics(let readings, let note):
      s.data.setMetrics(readings)
      s.metricsNote = note
    case .tick(let now, let simulated, let note):
      s.now = now
      s.simulated = simulated
      s.clockNote = note
      s.data.sample(at: now.timeIntervalSince1970)
    case .message(let text, let error): s.message = (text, error)
    case .showText(let title, let body): s.overlay = .text(title: title, body: body, scroll: 0)
    }
    // Rows follow the data once per interval (the tick, after that interval's caches) and
    // when metrics arrive, not once per informer update.
    switch event {
    case .metrics, .tick: s.refreshRows(data: true)
    default: break
    }
    clampSelection(&s)
    return []
  }

  static func clampSelection(_ s: inout DashboardState) {
    let count = listCount(s)
    s.selection = count == 0 ? 0 : min(max(0, s.selection), count - 1)
  }

  /// How many rows the current view selects among.
  static func listCount(_ s: DashboardState) -> Int {
    switch s.view {
    case .datasets: return s.visibleRows.count
    case .loads: return DashboardKinds.operations.reduce(0) { $0 + s.data.items($1).count }
    case .workers: return s.data.items(DashboardKinds.pod).count
    case .events: return s.data.fluidEvents.count
    case .detail: return 0
    }
  }

  static func reduceKey(_ s: inout DashboardState, _ key: Key) -> [Effect] {
    if key == .control("c") { s.quit = true; return [.quit] }
    switch s.prompt {
    case .filter(let text): return editLine(&s, key, text, commit: applyFilter, wrap: { .filter($0) })
    case .command(let text): return editLine(&s, key, text, commit: runCommand, wrap: { .command($0) })
    case .sortKey:
      s.prompt = .none
      if case .character(let c) = key { sort(&s, by: Character(c.lowercased())) }
      return []
    case .confirm(let action):
      s.prompt = .none
      if key == .character("y") || key == .character("Y") { return [.perform(action)] }
      s.message = ("cancelled", false)
      return []
    case .none: break
    }
    if case .text(let title, let body, let scroll) = s.overlay {
      switch key {
      case .escape, .character("q"), .character("d"), .character("y"): s.overlay = .none
      case .down, .character("j"), .wheelDown: s.overlay = .text(title: title, body: body, scroll: scroll + 1)
      case .up, .character("k"), .wheelUp: s.overlay = .text(title: title, body: body, scroll: max(0, scroll - 1))
      case .pageDown, .character(" "): s.overlay = .text(title: title, body: body, scroll: scroll + max(1, s.height - 4))
      case .pageUp: s.overlay = .text(title: title, body: body, scroll: max(0, scroll - max(1, s.height - 4)))
      default: break
      }
      return []
    }
    if s.overlay == .help {
      s.overlay = .none
      return []
    }
    s.message = nil
    switch key {
    case .character("q"):
      s.quit = true
      return [.quit]
    case .up, .character("k"), .wheelUp: s.selection -= 1
    case .down, .character("j"), .wheelDown: s.selection += 1
    case .pageUp: s.selection -= max(1, s.height / 2)
    case .pageDown: s.selection += max(1, s.height / 2)
    case .home, .character("g"): s.selection = 0
    case .end, .character("G"): s.selection = Int.max / 2
    case .click(let row): s.selection = row - tableTop(s)
    case .enter:
      if s.view == .datasets, let row = s.selectedRow { s.view = .detail(row.key) }
    case .escape:
      if s.view != .datasets { s.view = .datasets }
      else if !s.filter.isEmpty { s.filter = "" }
    case .character("/"): s.prompt = .filter(s.filter)
    case .character(":"): s.prompt = .command("")
    case .character("?"): s.overlay = .help
    case .character("s"): s.prompt = .sortKey
    case .character("d"): if let k = selectedKey(s) { return [.describe(k)] }
    case .character("y"): if let k = selectedKey(s) { return [.yaml(k)] }
    case .character("L"): return ask(&s, selectedKey(s).map(Action.startLoad))
    case .character("+"), .character("-"):
      guard let row = selectedDataset(s), let rt = s.data.runtime(of: row.key) else {
        s.message = ("the selected dataset has no runtime to scale", true)
        return []
      }
      let current = rt.object["spec"]?["replicas"]?.intValue ?? 0
      let next = key == .character("+") ? current + 1 : max(0, current - 1)
      guard next != current else { return [] }
      return ask(&s, .scale(runtime: rt.descriptor.qualifiedPlural, row.key, from: current, to: next))
    case .control("d"): return ask(&s, selectedKey(s).map(Action.deleteDataset))
    case .character("]"): return s.simulated ? [.clockFaster] : []
    case .character("["): return s.simulated ? [.clockSlower] : []
    case .character("."): return s.simulated ? [.clockStep] : []
    case .character(let c) where c.isUppercase && c.isLetter:
      sort(&s, by: Character(c.lowercased()))
    default: break
    }
    clampSelection(&s)
    return []
  }

  static func applyFilter(_ s: inout DashboardState, _ text: String) -> [Effect] {
    s.filter = text
    s.selection = 0
    if !text.isEmpty, (try? NSRegularExpression(pattern: text)) == nil {
      s.message = ("/\(text) is not a regular expression: matching it as text", false)
    }
    return []
  }

  static func ask(_ s: inout DashboardState, _ action: Action?) -> [Effect] {
    guard let action else { return [] }
    if s.readonly {
      s.message = ("read-only: actions are disabled (--readonly)", true)
      return []
    }
    s.prompt = .confirm(action)
    return []
  }

  /// The dataset the selection stands for: the selected row, or the one in detail.
  static func selectedDataset(_ s: DashboardState) -> DatasetRow? {
    if case .detail(let key) = s.view { return s.row(key) }
    return s.view == .datasets ? s.selectedRow : nil
  }

  static func selectedKey(_ s: DashboardState) -> InformerStore.ObjectKey? { selectedDataset(s)?.key }

  static func sort(_ s: inout DashboardState, by letter: Character) {
    guard let column = DashboardState.Column.allCases.first(where: { $0.letter == letter }) else {
      s.message = ("no column sorts by \(letter)", true)
      return
    }
    if s.sortColumn == column { s.sortDescending.toggle() } else {
      s.sortColumn = column
      // Sizes and percentages read best largest first.
      s.sortDescending = ![.name, .namespace, .runtime, .phase].contains(column)
    }
  }

  static func editLine(
    _ s: inout DashboardState, _ key: Key, _ text: String, commit: (inout DashboardState, String) -> [Effect],
    wrap: (String) -> DashboardState.Prompt
  ) -> [Effect] {
    switch key {
    case .enter:
      s.prompt = .none
      return commit(&s, text)
    case .escape: s.prompt = .none
    case .backspace: s.prompt = wrap(String(text.dropLast()))
    case .character(let c): s.prompt = wrap(text + String(c))
    default: break
    }
    return []
  }

  /// `:ds`, `:loads`, `:workers`, `:events`, `:ns NAME` (`:ns all` for every namespace), `:q`.
  static func runCommand(_ s: inout DashboardState, _ text: String) -> [Effect] {
    let words = text.split(separator: " ").map(String.init)
    s.selection = 0
    switch words.first ?? "" {
    case "ds", "dataset", "datasets": s.view = .datasets
    case "loads", "dl", "dataloads", "ops": s.view = .loads
    case "workers", "pods", "po": s.view = .workers
    case "events", "ev": s.view = .events
    case "q", "quit":
      s.quit = true
      return [.quit]
    case "ns", "namespace":
      guard words.count == 2 else {
        s.message = ("usage: :ns NAME (or :ns all)", true)
        return []
      }
      let ns = words[1] == "all" ? nil : words[1]
      s.namespace = ns
      s.view = .datasets
      return [.switchNamespace(ns)]
    default: s.message = ("unknown command :\(text); try :ds, :loads, :workers, :events or :ns NAME", true)
    }
    return []
  }
}
