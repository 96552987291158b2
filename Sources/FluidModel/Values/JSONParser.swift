/// A strict JSON parser (RFC 8259) producing `JSONValue`.
///
/// Guarantees: nesting deeper than `maxDepth` is rejected before it can exhaust the stack;
/// errors carry a 1-based line and column; duplicate keys keep the last value (as Go does).
public struct JSONParser {
  public struct Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var reason: String
    public var description: String { "line \(line), column \(column): \(reason)" }
  }

  /// kube-apiserver's limit on JSON nesting.
  public static let defaultMaxDepth = 512

  public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(Error) -> JSONValue {
    var copy = text
    let result: Result<JSONValue, Error> = copy.withUTF8 { buf in
      do throws(Error) { return .success(try parse(bytes: buf, maxDepth: maxDepth)) } catch { return .failure(error) }
    }
    return try result.get()
  }

  public static func parse(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = defaultMaxDepth) throws(Error)
    -> JSONValue
  {
    var p = Cursor(buf: bytes, maxDepth: maxDepth)
    p.skipSpace()
    let v = try p.value(depth: 0)
    p.skipSpace()
    if p.pos < bytes.count { throw p.error("unexpected content after the top-level value") }
    return v
  }

  public static func parse(bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(Error) -> JSONValue {
    let result: Result<JSONValue, Error> = bytes.withUnsafeBufferPointer { b in
      do throws(Error) { return .success(try parse(bytes: b, maxDepth: maxDepth)) } catch { return .failure(error) }
    }
    return try result.get()
  }
}

private struct Cursor {
  let buf: UnsafeBufferPointer<UInt8>
  let maxDepth: Int
  var pos = 0

  init(buf: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    self.buf = buf
    self.maxDepth = maxDepth
  }

  func error(_ reason: String) -> JSONParser.Error {
    var line = 1
    var col = 1
    var i = 0
    while i < pos && i < buf.count {
      if buf[i] == 0x0A {
        line += 1
        col = 1
      } else if buf[i] & 0xC0 != 0x80 {
        col += 1
      }
      i += 1
    }
    return JSONParser.Error(line: line, column: col, reason: reason)
  }

  mutating func skipSpace() {
    while pos < buf.count {
      let c = buf[pos]
      if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1 } else { return }
    }
  }

  mutating func value(depth: Int) throws(JSONParser.Error) -> JSONValue {
    guard pos < buf.count else { throw error("unexpected end of input") }
    switch buf[pos] {
    case UInt8(ascii: "{"):
      if depth >= maxDepth { throw error("nesting exceeds the maximum depth of \(maxDepth)") }
      return try object(depth: depth + 1)
    case UInt8(ascii: "["):
      if depth >= maxDepth { throw error("nesting exceeds the maximum depth of \(maxDepth)") }
      return try array(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw error("invalid character '\(Unicode.Scalar(buf[pos]))' looking for beginning of value")
    }
  }

  mutating func literal(_ word: StaticString) throws(JSONParser.Error) {
    let n = word.utf8CodeUnitCount
    guard pos + n <= buf.count else { throw error("unexpected end of input") }
    for i in 0..<n where buf[pos + i] != word.utf8Start[i] {
      pos += i
      throw error("invalid literal")
    }
    pos += n
  }

  mutating func object(depth: Int) throws(JSONParser.Error) -> JSONValue {
    pos += 1
    var dict = JSONObject()
    skipSpace()
    if pos < buf.count && buf[pos] == UInt8(ascii: "}") {
      pos += 1
      return .object(dict)
    }
    while true {
      skipSpace()
      guard pos < buf.count, buf[pos] == UInt8(ascii: "\"") else { throw error("expected a string object key") }
      let key = try string()
      skipSpace()
      guard pos < buf.count, buf[pos] == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
      pos += 1
      skipSpace()
      dict[key] = try value(depth: depth)
      skipSpace()
      guard pos < buf.count else { throw error("unexpected end of input in object") }
      if buf[pos] == UInt8(ascii: ",") {
        pos += 1
        continue
      }
      if buf[pos] == UInt8(ascii: "}") {
        pos += 1
        return .object(dict)
      }
      throw error("expected ',' or '}' after object value")
    }
  }

  mutating func array(depth: Int) throws(JSONParser.Error) -> JSONValue {
    pos += 1
    var items: [JSONValue] = []
    skipSpace()
    if pos < buf.count && buf[pos] == UInt8(ascii: "]") {
      pos += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value(depth: depth))
      skipSpace()
      guard pos < buf.count else { throw error("unexpected end of input in array") }
      if buf[pos] == UInt8(ascii: ",") {
        pos += 1
        continue
      }
      if buf[pos] == UInt8(ascii: "]") {
        pos += 1
        return .array(items)
      }
      throw error("expected ',' or ']' after array element")
    }
  }

  mutating func hex4() throws(JSONParser.Error) -> UInt32 {
    guard pos + 4 <= buf.count else { throw error("unexpected end of input in \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = buf[pos]
      let d: UInt32
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape")
      }
      v = v * 16 + d
      pos += 1
    }
    return v
  }

  mutating func string() throws(JSONParser.Error) -> String {
    pos += 1
    let start = pos
    // Fast path: no escapes.
    while pos < buf.count {
      let c = buf[pos]
      if c == UInt8(ascii: "\"") {
        let s = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
        pos += 1
        return s
      }
      if c == UInt8(ascii: "\\") { break }
      if c < 0x20 { throw error("invalid control character in string") }
      pos += 1
    }
    var bytes = Array(buf[start..<pos])
    while pos < buf.count {
      let c = buf[pos]
      if c == UInt8(ascii: "\"") {
        pos += 1
        return String(decoding: bytes, as: UTF8.self)
      }
      if c < 0x20 { throw error("invalid control character in string") }
      if c != UInt8(ascii: "\\") {
        bytes.append(c)
        pos += 1
        continue
      }
      pos += 1
      guard pos < buf.count else { break }
      let e = buf[pos]
      pos += 1
      switch e {
      case UInt8(ascii: "\""): bytes.append(0x22)
      case UInt8(ascii: "\\"): bytes.append(0x5C)
      case UInt8(ascii: "/"): bytes.append(0x2F)
      case UInt8(ascii: "b"): bytes.append(0x08)
      case UInt8(ascii: "f"): bytes.append(0x0C)
      case UInt8(ascii: "n"): bytes.append(0x0A)
      case UInt8(ascii: "r"): bytes.append(0x0D)
      case UInt8(ascii: "t"): bytes.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar), pos + 1 < buf.count, buf[pos] == UInt8(ascii: "\\"),
          buf[pos + 1] == UInt8(ascii: "u")
        {
          pos += 2
          let low = try hex4()
          if (0xDC00..<0xE000).contains(low) {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else {
            scalar = 0xFFFD
          }
        }
        let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        bytes.append(contentsOf: Array(String(Character(u)).utf8))
      default: throw error("invalid escape character in string")
      }
    }
    throw error("unterminated string")
  }

  mutating func number() throws(JSONParser.Error) -> JSONValue {
    let start = pos
    var isFloat = false
    if buf[pos] == UInt8(ascii: "-") { pos += 1 }
    guard pos < buf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(buf[pos]) else {
      throw error("invalid number")
    }
    if buf[pos] == UInt8(ascii: "0") {
      pos += 1
    } else {
      while pos < buf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(buf[pos]) { pos += 1 }
    }
    if pos < buf.count, buf[pos] == UInt8(ascii: ".") {
      isFloat = true
      pos += 1
      let digits = pos
      while pos < buf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(buf[pos]) { pos += 1 }
      if pos == digits { throw error("invalid number: expected digits after '.'") }
    }
    if pos < buf.count, buf[pos] == UInt8(ascii: "e") || buf[pos] == UInt8(ascii: "E") {
      isFloat = true
      pos += 1
      if pos < buf.count, buf[pos] == UInt8(ascii: "+") || buf[pos] == UInt8(ascii: "-") { pos += 1 }
      let digits = pos
      while pos < buf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(buf[pos]) { pos += 1 }
      if pos == digits { throw error("invalid number: expected exponent digits") }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
    if !isFloat, let i = Int64(text) { return .int(i) }
    // Go's decoder refuses a number no float64 carries (1e400); so does this one, rather than
    // storing an infinity that no writer can print back.
    guard let d = Double(text), d.isFinite else { throw error("invalid number: \(text) is out of range") }
    return .double(d)
  }
}
