import FluidModel

/// One sample of Prometheus' text exposition format: `name{label="value",...} value`.
public struct PrometheusSample: Sendable, Equatable {
  public var name: String
  public var labels: [String: String]
  public var value: Double
  public init(name: String, labels: [String: String] = [:], value: Double) {
    self.name = name
    self.labels = labels
    self.value = value
  }
}

/// Reads and writes Prometheus' text exposition format (version 0.0.4): the metrics that
/// Alluxio and JuiceFS workers serve, and the simulator serves in their place.
public enum PrometheusText {
  /// Every sample of `text`. Comments (`# HELP`, `# TYPE`), blank lines, timestamps and lines
  /// that are not samples are skipped; values that are not numbers (or not finite) too.
  public static func parse(_ text: String) -> [PrometheusSample] {
    var samples: [PrometheusSample] = []
    for raw in text.split(whereSeparator: \.isNewline) {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      guard let first = line.first, first != "#" else { continue }
      guard let sample = sample(Substring(line)) else { continue }
      samples.append(sample)
    }
    return samples
  }

  static func sample(_ line: Substring) -> PrometheusSample? {
    guard let nameEnd = line.firstIndex(where: { $0 == "{" || $0 == " " || $0 == "\t" }) else { return nil }
    let name = String(line[..<nameEnd])
    var labels: [String: String] = [:]
    var rest = line[nameEnd...]
    if rest.first == "{" {
      guard let (parsed, after) = self.labels(rest.dropFirst()) else { return nil }
      labels = parsed
      rest = after
    }
    let fields = rest.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let valueText = fields.first, let value = number(valueText), value.isFinite else { return nil }
    return PrometheusSample(name: name, labels: labels, value: value)
  }

  /// Labels up to the closing brace; escapes `\\`, `\"` and `\n` in values.
  static func labels(_ text: Substring) -> ([String: String], Substring)? {
    var labels: [String: String] = [:]
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      if c == "}" { return (labels, text[text.index(after: i)...]) }
      if c == "," || c == " " {
        i = text.index(after: i)
        continue
      }
      guard let eq = text[i...].firstIndex(of: "="), text.index(after: eq) < text.endIndex,
        text[text.index(after: eq)] == "\""
      else { return nil }
      let key = String(text[i..<eq])
      var value = ""
      var j = text.index(eq, offsetBy: 2)
      while j < text.endIndex, text[j] != "\"" {
        if text[j] == "\\", text.index(after: j) < text.endIndex {
          j = text.index(after: j)
          value.append(text[j] == "n" ? "\n" : text[j])
        } else {
          value.append(text[j])
        }
        j = text.index(after: j)
      }
      guard j < text.endIndex else { return nil }
      labels[key] = value
      i = text.index(after: j)
    }
    return nil
  }

  static func number(_ text: Substring) -> Double? {
    switch text {
    case "+Inf": return .infinity
    case "-Inf": return -.infinity
    case "NaN": return .nan
    default: return Double(text)
    }
  }

  /// Gauges in the text format, one `# TYPE` line each, in the order given. Values are written
  /// as whole numbers when they are integral (as Go's client does for byte counts).
  public static func write(gauges: [(name: String, value: Double)]) -> String {
    var out = ""
    for g in gauges {
      out += "# TYPE \(g.name) gauge\n"
      out += "\(g.name) \(format(g.value))\n"
    }
    return out
  }

  static func format(_ v: Double) -> String {
    if v.isFinite, v == v.rounded(), abs(v) < 9e15 { return String(Int64(v)) }
    return "\(v)"
  }
}
