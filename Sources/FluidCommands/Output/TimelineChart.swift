import FluidKit
import FluidModel
import FluidSimulator
import Foundation

/// Workers, throughput and cached % of scenario cases over time: one sparkline row per case
/// under each series (text), or three stacked panels of lines (SVG). All cases share the time
/// axis (0 to the last case's end) and each series its scale. Pure.
enum TimelineChart {
  struct Series: Sendable {
    var title: String
    var value: @Sendable (TimelineSample) -> Double
    var label: @Sendable (Double) -> String
  }

  static let series: [Series] = [
    Series(title: "workers", value: { Double($0.workers) }, label: { String(Int($0.rounded())) }),
    Series(title: "throughput to the pods", value: { $0.throughput }, label: { FluidFormat.bytes($0) + "/s" }),
    Series(title: "cached", value: { $0.cached * 100 }, label: { FluidFormat.fixed($0, decimals: 0) + "%" }),
  ]

  /// The value of a step function given by `samples` (sorted by time) at `t`: the last sample at
  /// or before it.
  static func value(at t: Double, _ samples: [TimelineSample], _ f: (TimelineSample) -> Double) -> Double {
    var lo = 0
    var hi = samples.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if samples[mid].t <= t + 1e-9 { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? 0 : f(samples[lo - 1])
  }

  static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let asciiLevels: [Character] = [".", ",", ":", "-", "=", "+", "*", "#"]

  /// The charts as text, `width` columns of time per row; a case's row is blank where its value
  /// is zero or its run has ended.
  static func text(_ cases: [CaseReport], unicode: Bool, width: Int = 60) -> String {
    let end = max(cases.map(\.seconds).max() ?? 0, 1)
    let nameWidth = min(cases.map(\.name.count).max() ?? 0, 64)
    let levels = unicode ? unicodeLevels : asciiLevels
    var out = "time: 0s to \(FluidFormat.duration(end)), \(FluidFormat.duration(end / Double(width))) per column\n"
    for s in series {
      let top = cases.flatMap { $0.timeline.map(s.value) }.max() ?? 0
      out += "\(s.title) (max \(s.label(top)))\n"
      for c in cases {
        var row = ""
        for col in 0..<width {
          let t = (Double(col) + 0.5) * end / Double(width)
          let v = t > c.seconds ? 0 : value(at: t, c.timeline, s.value)
          guard top > 0, v > 0 else {
            row.append(" ")
            continue
          }
          row.append(levels[min(levels.count - 1, max(0, Int((v / top * Double(levels.count)).rounded(.up)) - 1))])
        }
        let name = String(c.name.prefix(nameWidth))
        out += "  " + name + String(repeating: " ", count: nameWidth - name.count) + " |" + row + "|\n"
      }
    }
    return out
  }

  static let colours = ["#9e9e9e", "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"]

  /// The charts as a standalone SVG document.
  static func svg(_ cases: [CaseReport], title: String) -> String {
    let end = max(cases.map(\.seconds).max() ?? 0, 1)
    let (w, panel, left, gap) = (760.0, 150.0, 70.0, 40.0)
    let height = 60 + Double(series.count) * (panel + gap) + Double(cases.count) * 18
    func esc(_ s: String) -> String {
      s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
    func f(_ v: Double) -> String { String(format: "%.1f", v) }
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(w))" height="\(Int(height))" font-family="sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="white"/>
      <text x="10" y="20" font-size="14">\(esc(title))</text>

      """
    for (i, s) in series.enumerated() {
      let y0 = 40 + Double(i) * (panel + gap)
      let top = max(cases.flatMap { $0.timeline.map(s.value) }.max() ?? 0, 1e-9)
      out += "<text x=\"10\" y=\"\(f(y0 + 12))\">\(esc(s.title)) (max \(esc(s.label(top))))</text>\n"
      out += "<rect x=\"\(f(left))\" y=\"\(f(y0 + 20))\" width=\"\(f(w - left - 20))\" height=\"\(f(panel - 20))\" fill=\"none\" stroke=\"#ccc\"/>\n"
      for (ci, c) in cases.enumerated() where !c.timeline.isEmpty {
        var points: [String] = []
        var prev: Double?
        for sample in c.timeline + [TimelineSample(t: c.seconds, workers: c.timeline.last?.workers ?? 0, throughput: 0, cached: c.timeline.last?.cached ?? 0)] {
          let x = left + sample.t / end * (w - left - 20)
          let y = y0 + panel - s.value(sample) / top * (panel - 20)
          if let prev { points.append("\(f(x)),\(f(prev))") }
          points.append("\(f(x)),\(f(y))")
          prev = y
        }
        out += "<polyline fill=\"none\" stroke=\"\(colours[ci % colours.count])\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/>\n"
      }
      out += "<text x=\"\(f(left))\" y=\"\(f(y0 + panel + 14))\">0s</text>"
      out += "<text x=\"\(f(w - 20))\" y=\"\(f(y0 + panel + 14))\" text-anchor=\"end\">\(esc(FluidFormat.duration(end)))</text>\n"
    }
    let legend = 40 + Double(series.count) * (panel + gap)
    for (ci, c) in cases.enumerated() {
      let y = legend + Double(ci) * 18
      out += "<rect x=\"\(f(left))\" y=\"\(f(y - 10))\" width=\"12\" height=\"12\" fill=\"\(colours[ci % colours.count])\"/>"
      out += "<text x=\"\(f(left + 18))\" y=\"\(f(y))\">\(esc(c.name))</text>\n"
    }
    return out + "</svg>\n"
  }
}

/// A chart written to a file the user names: a new file only (fluidctl never overwrites a file
/// it did not create), written whole or not at all.
enum ChartFile {
  static func checkWritable(_ path: String) throws {
    guard !path.isEmpty else { throw FluidError.usage("--chart-file needs a path") }
    var st = stat()
    if lstat(path, &st) == 0 { throw FluidError.usage("\(path) already exists: choose a new file for --chart-file") }
  }

  static func write(_ text: String, to path: String) throws {
    try checkWritable(path)
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FluidError.local("cannot create \(path): \(String(cString: strerror(errno)))") }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      guard n > 0 else {
        let why = String(cString: strerror(errno))
        close(fd)
        unlink(path)
        throw FluidError.local("cannot write \(path): \(why)")
      }
      written += n
    }
    guard close(fd) == 0 else {
      unlink(path)
      throw FluidError.local("cannot write \(path): \(String(cString: strerror(errno)))")
    }
  }
}
