import FluidDashboard
import FluidKit
import FluidModel
import FluidTUI
import FluidTestSupport
import Testing

/// Frames rendered from states, compared with golden files (FLUIDCTL_UPDATE_GOLDEN=1 rewrites
/// them): 80×24 and 160×48, colour (as `[style]…[/]` markup) and monochrome, UTF-8 and ASCII.
@Suite struct DashboardRenderTests {
  static let golden = "Tests/FluidDashboardTests/Golden/"

  @Test(arguments: [(80, 24), (160, 48)])
  func datasetsViewInColourAndMonochrome(_ size: (Int, Int)) {
    let s = DashboardFixture.state(width: size.0, height: size.1)
    let frame = Dashboard.render(s)
    Golden.assert(frame.text(), matches: Self.golden + "datasets-\(size.0)x\(size.1).txt")
    Golden.assert(frame.text(markup: true), matches: Self.golden + "datasets-\(size.0)x\(size.1)-colour.txt")
  }

  @Test func asciiWhenTheLocaleIsNotUTF8() {
    let frame = Dashboard.render(DashboardFixture.state(width: 80, height: 24, unicode: false))
    Golden.assert(frame.text(), matches: Self.golden + "datasets-80x24-ascii.txt")
    #expect(!frame.text().unicodeScalars.contains { $0.value > 0x7E })
  }

  @Test func detailLoadsWorkersEventsAndHelpViews() {
    var s = DashboardFixture.state(width: 120, height: 30, namespace: nil)
    _ = Dashboard.reduce(&s, .key(.enter))
    Golden.assert(Dashboard.render(s).text(), matches: Self.golden + "detail-120x30.txt")
    for (command, name) in [("loads", "loads"), ("workers", "workers"), ("events", "events")] {
      _ = Dashboard.reduce(&s, .key(.character(":")))
      for c in command { _ = Dashboard.reduce(&s, .key(.character(c))) }
      _ = Dashboard.reduce(&s, .key(.enter))
      Golden.assert(Dashboard.render(s).text(), matches: Self.golden + "\(name)-120x30.txt")
    }
    _ = Dashboard.reduce(&s, .key(.character("?")))
    Golden.assert(Dashboard.render(s).text(), matches: Self.golden + "help-120x30.txt")
  }

  @Test func narrowTerminalsDropColumnsInAFixedOrder() {
    func header(_ width: Int) -> [String] {
      let frame = Dashboard.render(DashboardFixture.state(width: width, height: 24, namespace: nil))
      return frame.line(3).split(separator: " ").map { String($0.filter { $0.isLetter || $0 == "/" }) }
    }
    #expect(header(160) == ["NAME", "NAMESPACE", "RUNTIME", "PHASE", "UFS", "CACHED/CAPACITY", "HIT", "THROUGHPUT", "WORKERS", "LOAD"])
    #expect(header(120) == ["NAME", "NAMESPACE", "RUNTIME", "PHASE", "UFS", "CACHED/CAPACITY", "HIT", "WORKERS", "LOAD"])
    #expect(header(80) == ["NAME", "RUNTIME", "PHASE", "CACHED/CAPACITY", "WORKERS", "LOAD"])
    for width in [60, 80, 100, 140] {
      let frame = Dashboard.render(DashboardFixture.state(width: width, height: 24))
      #expect(frame.width == width)
      #expect((0..<frame.height).allSatisfy { frame.line($0).count <= width })
    }
  }

  @Test func notBoundDatasetsSayWhyAndLostConnectionsShowABanner() {
    var s = DashboardFixture.state(width: 160, height: 48)
    let text = Dashboard.render(s).text()
    #expect(text.contains("no runtime named \"orphan\""))
    #expect(text.contains("deleting: waits for fluid-dataset-controller-finalizer"))
    _ = Dashboard.reduce(&s, .connection(.reconnecting(attempt: 3, delay: 4, reason: "connection refused")))
    let lost = Dashboard.render(s)
    #expect(lost.line(0).contains("reconnecting 4s"))
    #expect(lost.line(1).contains("connection lost (attempt 3): connection refused"))
  }

  @Test func gaugesAndSparklines() {
    let u = Glyphs(unicode: true)
    #expect(u.gauge(0.5, width: 4) == "██··")
    #expect(u.gauge(0.3, width: 4) == "█▎··")
    #expect(u.gauge(2, width: 3) == "███")
    #expect(u.gauge(.nan, width: 2) == "··")
    #expect(u.sparkline([0, 1, 2, 4, 8], width: 6) == " ▁▂▃▅█")
    #expect(Glyphs(unicode: false).sparkline([0, 8], width: 2) == "_#")
    #expect(Glyphs.detect(["LANG": "en_US.UTF-8"]).unicode)
    #expect(!Glyphs.detect(["LANG": "en_US.UTF-8", "TERM": "linux"]).unicode)
    #expect(!Glyphs.detect(["LC_ALL": "C", "LANG": "en_US.UTF-8"]).unicode)
  }
}
