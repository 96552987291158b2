import FluidDashboard
import FluidKit
import FluidModel
import FluidTUI
import Foundation
import Testing

/// The reducer, key by key.
@Suite struct DashboardReducerTests {
  typealias Key = FluidTUI.Key

  static func state(readonly: Bool = false) -> DashboardState { DashboardFixture.state(width: 120, height: 30, readonly: readonly) }

  @discardableResult
  static func press(_ s: inout DashboardState, _ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for k in keys { effects += Dashboard.reduce(&s, .key(k)) }
    return effects
  }

  static func type(_ s: inout DashboardState, _ text: String) {
    for c in text { _ = Dashboard.reduce(&s, .key(.character(c))) }
  }

  @Test func selectionMovesAndStaysInRange() {
    var s = Self.state()
    #expect(s.selectedRow?.key.name == "imagenet")
    Self.press(&s, .down)
    #expect(s.selectedRow?.key.name == "llama")
    Self.press(&s, .character("j"), .character("j"), .character("j"), .wheelDown)
    #expect(s.selection == 3)
    Self.press(&s, .character("k"), .up, .wheelUp)
    #expect(s.selection == 0)
    Self.press(&s, .up, .end)
    #expect(s.selection == 3)
    Self.press(&s, .home)
    #expect(s.selection == 0)
    Self.press(&s, .click(row: 5))
    #expect(s.selectedRow?.key.name == "llama")
    Self.press(&s, .pageDown)
    #expect(s.selection == 3)
    Self.press(&s, .pageUp)
    #expect(s.selection == 0)
  }

  @Test func enterOpensDetailAndEscapeGoesBack() {
    var s = Self.state()
    Self.press(&s, .down, .enter)
    #expect(s.view == .detail(InformerStore.ObjectKey(namespace: "team", name: "llama")))
    Self.press(&s, .escape)
    #expect(s.view == .datasets)
  }

  @Test func filterByRegexAndEscapeClearsIt() {
    var s = Self.state()
    Self.press(&s, .character("/"))
    Self.type(&s, "^team/(ll|or)")
    #expect(s.prompt == .filter("^team/(ll|or)"))
    Self.press(&s, .backspace)
    Self.type(&s, ")")
    Self.press(&s, .enter)
    #expect(s.visibleRows.map(\.key.name) == ["llama", "orphan"])
    Self.press(&s, .character("/"))
    Self.type(&s, "x")
    Self.press(&s, .escape)
    #expect(s.filter == "^team/(ll|or)", "escape cancels the edit")
    Self.press(&s, .escape)
    #expect(s.filter.isEmpty)
    // A pattern that is not a regex filters by substring.
    Self.press(&s, .character("/"))
    Self.type(&s, "team/ll[")
    Self.press(&s, .enter)
    #expect(s.visibleRows.isEmpty)
    #expect(s.message?.text == "/team/ll[ is not a regular expression: matching it as text")
  }

  @Test func sortByLetterShiftLetterAndAgainToReverse() {
    var s = Self.state()
    Self.press(&s, .character("s"), .character("c"))
    #expect(s.sortColumn == .cache && s.sortDescending)
    #expect(s.visibleRows.map(\.key.name) == ["llama", "imagenet", "old", "orphan"])
    Self.press(&s, .character("C"))
    #expect(!s.sortDescending)
    Self.press(&s, .character("H"))
    #expect(s.sortColumn == .hit && s.visibleRows.first?.key.name == "llama")
    Self.press(&s, .character("N"))
    #expect(s.sortColumn == .name && !s.sortDescending)
    Self.press(&s, .character("s"), .character("z"))
    #expect(s.message?.text == "no column sorts by z")
  }

  @Test func commandsSwitchViewsAndNamespaces() {
    var s = Self.state()
    for (command, view) in [("loads", DashboardState.View.loads), ("workers", .workers), ("events", .events), ("ds", .datasets)] {
      Self.press(&s, .character(":"))
      Self.type(&s, command)
      Self.press(&s, .enter)
      #expect(s.view == view)
    }
    Self.press(&s, .character(":"))
    Self.type(&s, "ns prod")
    #expect(Self.press(&s, .enter) == [.switchNamespace("prod")])
    #expect(s.namespace == "prod")
    Self.press(&s, .character(":"))
    Self.type(&s, "ns all")
    #expect(Self.press(&s, .enter) == [.switchNamespace(nil)])
    Self.press(&s, .character(":"))
    Self.type(&s, "frob")
    Self.press(&s, .enter)
    #expect(s.message?.error == true)
  }

  @Test func describeYamlAndHelp() {
    var s = Self.state()
    let imagenet = InformerStore.ObjectKey(namespace: "team", name: "imagenet")
    #expect(Self.press(&s, .character("d")) == [.describe(imagenet)])
    #expect(Self.press(&s, .character("y")) == [.yaml(imagenet)])
    _ = Dashboard.reduce(&s, .showText(title: "describe", body: (1...100).map(String.init).joined(separator: "\n")))
    Self.press(&s, .down, .character("j"), .pageDown)
    guard case .text(_, _, let scroll) = s.overlay else { Issue.record("no text overlay"); return }
    #expect(scroll == 2 + 26)
    Self.press(&s, .escape)
    #expect(s.overlay == .none)
    Self.press(&s, .character("?"))
    #expect(s.overlay == .help)
    Self.press(&s, .character("x"))
    #expect(s.overlay == .none)
  }

  @Test func actionsAskFirstAndRunOnlyOnYes() {
    var s = Self.state()
    let imagenet = InformerStore.ObjectKey(namespace: "team", name: "imagenet")
    #expect(Self.press(&s, .character("L")).isEmpty)
    #expect(s.prompt == .confirm(.startLoad(imagenet)))
    #expect(Self.press(&s, .character("y")) == [.perform(.startLoad(imagenet))])
    Self.press(&s, .character("+"))
    #expect(s.prompt == .confirm(.scale(runtime: "alluxioruntimes.data.fluid.io", imagenet, from: 2, to: 3)))
    #expect(Self.press(&s, .character("n")).isEmpty)
    #expect(s.message?.text == "cancelled")
    Self.press(&s, .character("-"))
    #expect(Self.press(&s, .character("Y")) == [.perform(.scale(runtime: "alluxioruntimes.data.fluid.io", imagenet, from: 2, to: 1))])
    Self.press(&s, .control("d"))
    #expect(Self.press(&s, .enter).isEmpty, "anything but y declines")
    // orphan has no runtime to scale.
    Self.press(&s, .end, .character("+"))
    #expect(s.message?.text == "the selected dataset has no runtime to scale")
  }

  @Test func readonlyRefusesEveryAction() {
    var s = Self.state(readonly: true)
    for key in [Key.character("L"), .character("+"), .character("-"), .control("d")] {
      #expect(Self.press(&s, key).isEmpty)
      #expect(s.prompt == .none)
      #expect(s.message?.text == "read-only: actions are disabled (--readonly)")
    }
    #expect(!Dashboard.render(s).line(24 + 5).contains("L load"))
  }

  @Test func clockKeysOnlyOnTheSimulatorAndQuit() {
    var s = Self.state()
    #expect(Self.press(&s, .character("]")) == [.clockFaster])
    #expect(Self.press(&s, .character("[")) == [.clockSlower])
    #expect(Self.press(&s, .character(".")) == [.clockStep])
    _ = Dashboard.reduce(&s, .tick(now: DashboardFixture.now, simulated: false, clockNote: ""))
    #expect(Self.press(&s, .character("]")).isEmpty)
    #expect(Self.press(&s, .character("q")) == [.quit] && s.quit)
    var t = Self.state()
    #expect(Self.press(&t, .control("c")) == [.quit])
    var u = Self.state()
    Self.press(&u, .character("/"))
    #expect(Self.press(&u, .control("c")) == [.quit], "ctrl-c quits even while typing")
  }

  @Test func resizeAndHistory() {
    var s = Self.state()
    _ = Dashboard.reduce(&s, .resize(width: 80, height: 24))
    #expect(Dashboard.render(s).width == 80)
    let rates = s.data.rates(InformerStore.ObjectKey(namespace: "team", name: "imagenet"))
    // 13 samples, 12 intervals: six spans of two.
    #expect(rates.count == 6)
    #expect(abs((rates.first ?? 0) - 8 * 1_048_576) < 1)
    #expect(s.data.recentRate(InformerStore.ObjectKey(namespace: "team", name: "imagenet")) ?? 0 > 8 * 1_048_576)
    s.data.historyLimit = 3
    _ = Dashboard.reduce(&s, .tick(now: DashboardFixture.now.addingTimeInterval(500), simulated: true, clockNote: ""))
    #expect(s.data.history[InformerStore.ObjectKey(namespace: "team", name: "imagenet")]?.count == 3)
  }

  /// Rows are recomputed only for datasets whose inputs changed, and every change shows.
  @Test func rowsFollowChangedObjectsAndMetrics() {
    var s = Self.state()
    var llama = DashboardFixture.dataset("llama", phase: "Bound", cached: "2.00GiB", hit: "91.0%")
    llama[path: ["metadata", "resourceVersion"]] = "99"
    let datasets = s.data.items(DashboardKinds.dataset).map { $0["metadata"]?["name"] == "llama" ? llama : $0 }
    _ = Dashboard.reduce(&s, .objects(DashboardKinds.dataset, DashboardFixture.store(datasets)))
    #expect(s.row(InformerStore.ObjectKey(namespace: "team", name: "llama"))?.report.cached == "3.90GiB", "objects show at the next tick")
    _ = Dashboard.reduce(&s, .tick(now: DashboardFixture.now.addingTimeInterval(130), simulated: true, clockNote: ""))
    #expect(s.row(InformerStore.ObjectKey(namespace: "team", name: "llama"))?.report.cached == "2.00GiB")
    _ = Dashboard.reduce(&s, .metrics(["team/imagenet-worker-0": DashboardFixture.metrics(1_073_741_824)], note: nil))
    let imagenet = s.row(InformerStore.ObjectKey(namespace: "team", name: "imagenet"))
    #expect(imagenet?.report.workers.first?.cachedBytes == 1_073_741_824)
    #expect(imagenet?.report.workers.last?.cachedBytes == 805_306_368, "other readings are kept")
  }

  /// Informer changes applied in place: added, modified and deleted objects show at the tick.
  @Test func changesApplyInPlace() {
    var s = Self.state()
    var old = DashboardFixture.dataset("old", phase: "Bound", deleting: true)
    old[path: ["metadata", "resourceVersion"]] = "7"
    let fresh = DashboardFixture.dataset("fresh", phase: "NotBound")
    var llama = DashboardFixture.dataset("llama", phase: "Bound", cached: "1.00GiB")
    llama[path: ["metadata", "resourceVersion"]] = "8"
    _ = Dashboard.reduce(&s, .changes(DashboardKinds.dataset, [
      WatchEvent(type: .deleted, object: old), WatchEvent(type: .added, object: fresh), WatchEvent(type: .modified, object: llama),
    ]))
    _ = Dashboard.reduce(&s, .tick(now: DashboardFixture.now.addingTimeInterval(130), simulated: true, clockNote: ""))
    #expect(s.rows.map(\.key.name) == ["fresh", "imagenet", "llama", "orphan"])
    #expect(s.row(InformerStore.ObjectKey(namespace: "team", name: "llama"))?.report.cached == "1.00GiB")
    #expect(s.row(InformerStore.ObjectKey(namespace: "team", name: "fresh"))?.reason == "no runtime named \"fresh\"")
  }
}
