public import FluidModel

/// Emits `JSONValue` as YAML in the style of `kubectl -o yaml` (go-yaml v2): keys sorted,
/// two-space indent, sequences not indented under their key, strings quoted only when plain
/// text would read back as something else.
public enum YAMLWriter {
  public static func write(_ v: JSONValue) -> String {
    var out = ""
    out.reserveCapacity(512)
    switch v {
    case .object(let o) where !o.isEmpty: writeMapping(o, indent: 0, into: &out)
    case .array(let a) where !a.isEmpty: writeSequence(a, indent: 0, into: &out)
    default:
      out += scalar(v, indent: 0)
      out += "\n"
    }
    return out
  }

  static func pad(_ n: Int) -> String { String(repeating: " ", count: n) }

  static func writeMapping(_ o: JSONObject, indent: Int, into out: inout String, firstInline: Bool = false) {
    for (i, member) in o.sortedByKey.enumerated() {
      if !(firstInline && i == 0) { out += pad(indent) }
      out += key(member.key)
      out += ":"
      writeValue(member.value, indent: indent, into: &out, inSequence: false)
    }
  }

  static func writeSequence(_ a: [JSONValue], indent: Int, into out: inout String) {
    for e in a {
      out += pad(indent)
      out += "-"
      switch e {
      case .object(let o) where !o.isEmpty:
        out += " "
        writeMapping(o, indent: indent + 2, into: &out, firstInline: true)
      case .array(let inner) where !inner.isEmpty:
        out += " "
        // go-yaml puts the first element of a nested sequence on the same line.
        var nested = ""
        writeSequence(inner, indent: indent + 2, into: &nested)
        out += nested.dropFirst(indent + 2)
      default:
        out += " "
        out += scalar(e, indent: indent + 2)
        out += "\n"
      }
    }
  }

  static func writeValue(_ v: JSONValue, indent: Int, into out: inout String, inSequence: Bool) {
    switch v {
    case .object(let o) where !o.isEmpty:
      out += "\n"
      writeMapping(o, indent: indent + 2, into: &out)
    case .array(let a) where !a.isEmpty:
      out += "\n"
      writeSequence(a, indent: indent, into: &out)
    default:
      out += " "
      out += scalar(v, indent: indent + 2)
      out += "\n"
    }
  }

  static func key(_ k: String) -> String { quoteIfNeeded(k, indent: 0, allowBlock: false) }

  static func scalar(_ v: JSONValue, indent: Int) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return formatFloat(d)
    case .string(let s): return quoteIfNeeded(s, indent: indent, allowBlock: true)
    case .array: return "[]"
    case .object: return "{}"
    }
  }

  static func formatFloat(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e21 { return String(Int64(d)) }
    return d.description
  }

  /// Whether a plain scalar would be read back as a non-string (YAML 1.1 resolution).
  static func resolvesToNonString(_ s: String) -> Bool {
    if s.isEmpty { return true }
    switch ManifestDecoder.resolvePlain(s) {
    case .string: break
    default: return true
    }
    let lower = s.lowercased()
    if [".inf", "-.inf", "+.inf", ".nan", "<<", "="].contains(lower) { return true }
    // Base-60 floats (1:20) and timestamps read back differently under YAML 1.1.
    if s.first?.isNumber == true, s.contains(":") || s.contains("-") {
      return s.allSatisfy { $0.isNumber || ":-.TtZz+ ".contains($0) }
    }
    return false
  }

  static func quoteIfNeeded(_ s: String, indent: Int, allowBlock: Bool) -> String {
    if resolvesToNonString(s) { return doubleQuoted(s) }
    if s.contains("\n") {
      if allowBlock, canUseLiteral(s) { return literal(s, indent: indent) }
      return doubleQuoted(s)
    }
    if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }) {
      return doubleQuoted(s)
    }
    if plainAllowed(s) { return s }
    return "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
  }

  static func plainAllowed(_ s: String) -> Bool {
    guard let first = s.first, let last = s.last else { return false }
    if first == " " || last == " " || last == ":" { return false }
    if "[]{},#&*!|>'\"%@`".contains(first) { return false }
    if "-?:".contains(first) {
      let second = s.dropFirst().first
      if second == nil || second == " " { return false }
    }
    if s.hasPrefix("---") || s.hasPrefix("...") { return false }
    if s.contains(": ") || s.contains(" #") || s.contains("\t") { return false }
    return true
  }

  static func canUseLiteral(_ s: String) -> Bool {
    if s.first == " " { return false }
    for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.last == " " || line.last == "\t" { return false }
      if line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) { return false }
    }
    return true
  }

  static func literal(_ s: String, indent: Int) -> String {
    var body = Substring(s)
    var header = "|"
    if s.hasSuffix("\n\n") {
      header = "|+"
    } else if s.hasSuffix("\n") {
      body = body.dropLast()
    } else {
      header = "|-"
    }
    if header == "|+" { body = body.dropLast() }
    var out = header
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      out += "\n"
      if !line.isEmpty { out += pad(indent) + line }
    }
    return out
  }

  static func doubleQuoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          let hex = String(u.value, radix: 16, uppercase: true)
          out += "\\x" + (hex.count < 2 ? "0" : "") + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
