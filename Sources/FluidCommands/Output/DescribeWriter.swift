import FluidKit
import FluidModel
import Foundation

/// kubectl's describe layout for any object: Title Case keys, nested maps indented by two,
/// values aligned within each run of sibling fields.
struct DescribeWriter {
  private(set) var lines: [String] = []
  private var pending: [(indent: Int, key: String, value: String)] = []

  static let initialisms: Set<String> = [
    "api", "cpu", "dns", "http", "https", "id", "ip", "json", "qps", "ram", "rpc", "tls", "ttl", "uid", "ui", "uuid",
    "uri", "url", "vm", "xml", "ufs", "hcfs", "pvc", "pv", "efc", "ssd", "hdd", "mem",
  ]

  /// `mountPoint` → `Mount Point`, `uid` → `UID`.
  static func label(_ key: String) -> String {
    var words: [String] = []
    var cur = ""
    for ch in key {
      if ch.isUppercase, !cur.isEmpty, !(cur.last?.isUppercase ?? false) {
        words.append(cur)
        cur = ""
      }
      if ch == "_" || ch == "-" {
        if !cur.isEmpty { words.append(cur) }
        cur = ""
        continue
      }
      cur.append(ch)
    }
    if !cur.isEmpty { words.append(cur) }
    return words.map { w in
      initialisms.contains(w.lowercased()) ? w.uppercased() : w.prefix(1).uppercased() + w.dropFirst()
    }.joined(separator: " ")
  }

  /// A `Key: value` line; runs of siblings at one indent share an alignment.
  mutating func field(_ indent: Int, _ key: String, _ value: String) {
    if let last = pending.last, last.indent != indent { flushFields() }
    pending.append((indent, TerminalText.escape(key), TerminalText.escape(value)))
  }

  mutating func flushFields() {
    guard !pending.isEmpty else { return }
    let width = pending.map { $0.key.count }.max() ?? 0
    for p in pending {
      let pad = String(repeating: " ", count: p.indent)
      if p.key.isEmpty {
        // A continuation line (a second label, a second annotation).
        lines.append(pad + String(repeating: " ", count: width + 3) + p.value)
      } else {
        lines.append(pad + p.key + ":" + String(repeating: " ", count: width - p.key.count + 2) + p.value)
      }
    }
    pending = []
  }

  mutating func heading(_ indent: Int, _ key: String) {
    flushFields()
    lines.append(String(repeating: " ", count: indent) + TerminalText.escape(key) + ":")
  }

  mutating func raw(_ line: String) {
    flushFields()
    lines.append(TerminalText.escape(line))
  }

  static func scalar(_ v: JSONValue) -> String? {
    switch v {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .double(let d): return JSONWriter.formatDouble(d)
    case .bool(let b): return b ? "true" : "false"
    case .null: return "<nil>"
    case .array(let a) where a.isEmpty: return "<none>"
    case .object(let o) where o.isEmpty: return "<none>"
    default: return nil
    }
  }

  /// Writes `value` under `key` at `indent`, recursing into maps and lists.
  mutating func value(_ indent: Int, _ key: String, _ v: JSONValue) {
    if let s = Self.scalar(v) {
      if s.contains("\n") {
        heading(indent, key)
        for l in s.split(separator: "\n", omittingEmptySubsequences: false) { raw(String(repeating: " ", count: indent + 2) + l) }
      } else {
        field(indent, key, s)
      }
      return
    }
    heading(indent, key)
    switch v {
    case .object(let o):
      for k in o.keys.sorted() { value(indent + 2, Self.label(k), o[k] ?? .null) }
    case .array(let a):
      for item in a {
        if let s = Self.scalar(item) {
          raw(String(repeating: " ", count: indent + 2) + s)
        } else if case .object(let o) = item {
          for k in o.keys.sorted() { value(indent + 2, Self.label(k), o[k] ?? .null) }
          flushFields()
        } else {
          value(indent + 2, "-", item)
        }
      }
    default:
      break
    }
    flushFields()
  }

  mutating func finish() -> String {
    flushFields()
    return lines.joined(separator: "\n") + "\n"
  }

  static func mapText(_ v: JSONValue?) -> [String] {
    let o = v?.objectValue ?? [:]
    if o.isEmpty { return ["<none>"] }
    return o.keys.sorted().map { "\($0)=\(o[$0]?.stringValue ?? JSONWriter.compact(o[$0] ?? .null))" }
  }
}
