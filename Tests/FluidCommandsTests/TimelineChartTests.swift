@testable import FluidCommands
import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

/// `sim run --chart` and `--chart-file`: the same timelines as text (Unicode or ASCII) and SVG.
@Suite struct TimelineChartTests {
  static func sample(_ t: Double, _ workers: Int, _ throughput: Double, _ cached: Double) -> TimelineSample {
    TimelineSample(t: t, workers: workers, throughput: throughput, cached: cached)
  }

  static let cases = [
    CaseReport(
      config: .noCache, setupSeconds: nil, warmupSeconds: nil, warmupBytes: 0, seconds: 100, workerHours: 0, peakWorkers: 0, bursts: [],
      timeline: [sample(0, 0, 0, 0), sample(10, 0, 1e9, 0)]),
    CaseReport(
      config: CacheConfig(workers: 2), setupSeconds: 20, warmupSeconds: 10, warmupBytes: 1e9, seconds: 50, workerHours: 0.03, peakWorkers: 2,
      bursts: [], timeline: [sample(0, 2, 0, 0), sample(20, 2, 0, 0.5), sample(30, 2, 4e9, 1)]),
  ]

  @Test func stepFunctionValues() {
    let t = Self.cases[1].timeline
    #expect(TimelineChart.value(at: 25, t) { $0.cached } == 0.5)
    #expect(TimelineChart.value(at: 30, t) { $0.throughput } == 4e9)
    #expect(TimelineChart.value(at: -1, t) { Double($0.workers) } == 0)
  }

  /// Ten columns of 10 s: the cache's row ends at its 50 s; each series has its own scale; zero
  /// is blank.
  @Test func textInUnicodeAndASCII() {
    let unicode = TimelineChart.text(Self.cases, unicode: true, width: 10)
    #expect(unicode == """
      time: 0s to 1m40s, 10s per column
      workers (max 2)
        no cache                 |          |
        2 workers MEM, preheated |█████     |
      throughput to the pods (max 3.73GiB/s)
        no cache                 | ▂▂▂▂▂▂▂▂▂|
        2 workers MEM, preheated |   ██     |
      cached (max 100%)
        no cache                 |          |
        2 workers MEM, preheated |  ▄██     |
      """ + "\n", "\(unicode)")
    let ascii = TimelineChart.text(Self.cases, unicode: false, width: 10)
    let allASCII = ascii.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(allASCII)
    #expect(ascii.contains("|#####     |") && ascii.contains("|  -##     |"), "\(ascii)")
  }

  @Test func svgIsWellFormedWithALinePerCaseAndSeries() throws {
    let svg = TimelineChart.svg(Self.cases, title: "a <scenario> & more")
    // Well-formed XML, as Python's parser reads it.
    let dir = TemporaryDirectory()
    try svg.write(toFile: dir.file("c.svg"), atomically: true, encoding: .utf8)
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    check.arguments = ["-c", "import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); sys.exit(0 if r.tag.endswith('svg') else 1)", dir.file("c.svg")]
    try check.run()
    check.waitUntilExit()
    #expect(check.terminationStatus == 0)
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 6)
    #expect(svg.contains("a &lt;scenario&gt; &amp; more"))
  }

  /// `sim run --chart --chart-file`: the table on stdout, the chart on stderr (ASCII without a
  /// UTF-8 locale), the SVG in a new file.
  @Test func simRunDrawsItsCharts() async throws {
    let h = CommandHarness()
    let scenario = Paths.packageRoot.appendingPathComponent("examples/scenarios/single-cold-reader.yaml").path
    let svg = h.dir.file("run.svg")
    let r = await h.run(["sim", "run", scenario, "--chart", "--chart-file", svg], environment: ["LANG": "C"])
    #expect(r.code == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("Scenario single-cold-reader: ") && !r.stdout.contains("workers (max"))
    #expect(r.stderr.contains("workers (max 2)\n") && r.stderr.contains("chart written to \(svg)"), "\(r.stderr)")
    #expect(r.stderr.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(try String(contentsOfFile: svg, encoding: .utf8).hasPrefix("<svg "))
    let utf8 = await h.run(["sim", "run", scenario, "--chart"], environment: ["LANG": "C.UTF-8"])
    #expect(utf8.stderr.contains("█"), "\(utf8.stderr)")
  }

  /// The file is new: written once, never over an existing one (nor through a symlink).
  @Test func chartFileIsNewOnly() throws {
    let dir = TemporaryDirectory()
    try ChartFile.write("<svg/>", to: dir.file("a.svg"))
    #expect(try String(contentsOfFile: dir.file("a.svg"), encoding: .utf8) == "<svg/>")
    #expect(throws: FluidError.self) { try ChartFile.write("x", to: dir.file("a.svg")) as Void }
    try FileManager.default.createSymbolicLink(atPath: dir.file("link.svg"), withDestinationPath: dir.file("target.svg"))
    #expect(throws: FluidError.self) { try ChartFile.write("x", to: dir.file("link.svg")) }
    #expect(!FileManager.default.fileExists(atPath: dir.file("target.svg")))
  }
}
