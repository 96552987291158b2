/// Serialises `JSONValue` the way Go's encoding/json does for unstructured objects:
/// keys sorted, `<`, `>` and `&` escaped as `\u003c`..., so output is byte-stable for scripts.
public enum JSONWriter {
  /// Compact JSON (no spaces), as stored and sent over the wire.
  public static func compact(_ v: JSONValue) -> String { String(decoding: compactBytes(v), as: UTF8.self) }

  /// `compact` as UTF-8 bytes, written byte by byte (the form stored and sent).
  public static func compactBytes(_ v: JSONValue) -> [UInt8] {
    var out = ByteSink(capacity: 1024)
    writeCompact(v, into: &out)
    return out.bytes()
  }

  /// Compact JSON with object members in storage order, not sorted: for bytes only this
  /// program parses again (the embedded cluster's state), where order carries no meaning.
  public static func unorderedBytes(_ v: JSONValue) -> [UInt8] {
    var out = ByteSink(capacity: 1024)
    writeCompact(v, into: &out, sorted: false)
    return out.bytes()
  }

  static func writeCompact(_ v: JSONValue, into out: inout ByteSink, sorted: Bool = true) {
    switch v {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): writeInt(i, into: &out)
    case .double(let d): out.append(contentsOf: formatDouble(d).utf8)
    case .string(let s): writeStringBytes(s, into: &out)
    case .array(let a):
      out.append(0x5B)
      for (i, e) in a.enumerated() {
        if i > 0 { out.append(0x2C) }
        writeCompact(e, into: &out, sorted: sorted)
      }
      out.append(0x5D)
    case .object(let o):
      out.append(0x7B)
      if sorted {
        for (i, member) in o.sortedByKey.enumerated() {
          if i > 0 { out.append(0x2C) }
          writeStringBytes(member.key, into: &out)
          out.append(0x3A)
          writeCompact(member.value, into: &out)
        }
      } else {
        var first = true
        for (k, member) in o {
          if !first { out.append(0x2C) }
          first = false
          writeStringBytes(k, into: &out)
          out.append(0x3A)
          writeCompact(member, into: &out, sorted: false)
        }
      }
      out.append(0x7D)
    }
  }

  /// `i` in decimal, without a String in between.
  static func writeInt(_ i: Int64, into out: inout ByteSink) {
    if i == 0 {
      out.append(0x30)
      return
    }
    if i < 0 { out.append(0x2D) }
    var digits: (UInt64, Int) = (i.magnitude, 0)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { tmp in
      while digits.0 > 0 {
        tmp[digits.1] = UInt8(truncatingIfNeeded: digits.0 % 10) + 0x30
        digits.0 /= 10
        digits.1 += 1
      }
      var j = digits.1 - 1
      while j >= 0 {
        out.append(tmp[j])
        j -= 1
      }
    }
  }

  static func writeStringBytes(_ s: String, into out: inout ByteSink) {
    // The bytes in place (a native string's storage, a small one's copy on the stack).
    let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      if anyNeedsEscape(bytes) { return false }
      out.append(0x22)
      out.append(bytes)
      out.append(0x22)
      return true
    }
    guard plain == true else {
      var escaped = ""
      writeString(s, into: &escaped)
      out.append(contentsOf: escaped.utf8)
      return
    }
  }

  /// Whether any byte of `bytes` `needsEscape`, eight bytes at a time.
  static func anyNeedsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte of `v` is zero (exact as to whether any is).
    @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    var i = 0
    while i + 8 <= bytes.count {
      let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      // Below 0x20; 0x22 or 0x26; 0x3C or 0x3E; 0x5C; 0xE2.
      if (w &- ones &* 0x20) & ~w & highs != 0 || hasZero((w ^ (ones &* 0x22)) & (ones &* 0xFB))
        || hasZero((w ^ (ones &* 0x3C)) & (ones &* 0xFD)) || hasZero(w ^ (ones &* 0x5C)) || hasZero(w ^ (ones &* 0xE2))
      {
        return true
      }
      i += 8
    }
    while i < bytes.count {
      if needsEscape(base[i]) { return true }
      i += 1
    }
    return false
  }

  /// Whether a UTF-8 byte starts something `writeString` escapes: a control character, `"`,
  /// `&`, `<`, `>`, `\`, or 0xE2 (the lead byte of U+2028 and U+2029).
  @inline(__always) static func needsEscape(_ b: UInt8) -> Bool {
    // Below 0x40, one bit per byte: 0x00–0x1F, 0x22, 0x26, 0x3C, 0x3E.
    if b < 0x40 { return (0x5000_0044_FFFF_FFFF as UInt64) >> UInt64(b) & 1 != 0 }
    return b == 0x5C || b == 0xE2
  }

  /// Indented JSON (4 spaces, as `kubectl -o json`), without a trailing newline.
  public static func pretty(_ v: JSONValue, indent: String = "    ") -> String {
    var out = ""
    write(v, into: &out, indent: indent, level: 0)
    return out
  }

  static func write(_ v: JSONValue, into out: inout String, indent: String?, level: Int) {
    switch v {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += formatDouble(d)
    case .string(let s): writeString(s, into: &out)
    case .array(let a):
      if a.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, e) in a.enumerated() {
        if i > 0 { out += "," }
        newline(&out, indent, level + 1)
        write(e, into: &out, indent: indent, level: level + 1)
      }
      newline(&out, indent, level)
      out += "]"
    case .object(let o):
      if o.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, member) in o.sortedByKey.enumerated() {
        if i > 0 { out += "," }
        newline(&out, indent, level + 1)
        writeString(member.key, into: &out)
        out += indent == nil ? ":" : ": "
        write(member.value, into: &out, indent: indent, level: level + 1)
      }
      newline(&out, indent, level)
      out += "}"
    }
  }

  private static func newline(_ out: inout String, _ indent: String?, _ level: Int) {
    guard let indent else { return }
    out += "\n"
    for _ in 0..<level { out += indent }
  }

  /// Go's float formatting for JSON: integral values without a fraction, exponent past 1e21.
  public static func formatDouble(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    guard d == d.rounded(), abs(d) < 1e21 else { return d.description }
    // Integral and below 1e21 (< 2^70): exact in 128 bits, never trapping as Int64 would past 2^63.
    let magnitude = String(UInt128(abs(d)))
    return d < 0 ? "-" + magnitude : magnitude
  }

  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    if !s.utf8.contains(where: needsEscape) {
      out += s
      out += "\""
      return
    }
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }
}
