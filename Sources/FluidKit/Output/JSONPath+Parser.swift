public import FluidModel

/// Parses the text of a JSONPath template into nodes.
struct TemplateParser {
  typealias Step = JSONPathTemplate.Step
  let c: [Character]
  let source: String
  var i = 0

  init(_ c: [Character], source: String) {
    self.c = c
    self.source = source
  }

  func fail(_ why: String) -> JSONPathTemplate.ParseError {
    JSONPathTemplate.ParseError(description: "error parsing jsonpath \(source), \(why)")
  }

  mutating func parseNodes(untilEnd: Bool) throws -> [JSONPathTemplate.Node] {
    var nodes: [JSONPathTemplate.Node] = []
    var text = ""
    while i < c.count {
      if c[i] == "{" {
        if !text.isEmpty { nodes.append(.text(text)) }
        text = ""
        i += 1
        guard let close = closingBrace() else { throw fail("unclosed action") }
        let inner = String(c[i..<close]).trimmingCharacters(in: " ")
        i = close + 1
        if inner == "end" {
          if untilEnd { return nodes }
          throw fail("not in range, nothing to end")
        }
        if inner.hasPrefix("range ") {
          var sub = TemplateParser(Array(inner.dropFirst(6)), source: source)
          let steps = try sub.parsePath()
          let body = try parseNodes(untilEnd: true)
          nodes.append(.range(steps, body))
          continue
        }
        if inner.first == "\"" || inner.first == "'" {
          nodes.append(.text(try Self.unquote(inner, fail: fail)))
          continue
        }
        var sub = TemplateParser(Array(inner), source: source)
        nodes.append(.expr(try sub.parsePath()))
      } else {
        text.append(c[i])
        i += 1
      }
    }
    if !text.isEmpty { nodes.append(.text(text)) }
    if untilEnd { throw fail("range without end") }
    return nodes
  }

  /// Index of the `}` closing the action at `i`, skipping quoted text.
  func closingBrace() -> Int? {
    var j = i
    var quote: Character?
    while j < c.count {
      let ch = c[j]
      if let q = quote {
        if ch == "\\" {
          j += 2
          continue
        }
        if ch == q { quote = nil }
      } else if ch == "\"" || ch == "'" {
        quote = ch
      } else if ch == "}" {
        return j
      }
      j += 1
    }
    return nil
  }

  static func unquote(_ s: String, fail: (String) -> JSONPathTemplate.ParseError) throws -> String {
    guard s.count >= 2, s.first == s.last else { throw fail("unterminated string \(s)") }
    var out = ""
    var esc = false
    for ch in s.dropFirst().dropLast() {
      if esc {
        switch ch {
        case "n": out += "\n"
        case "t": out += "\t"
        case "r": out += "\r"
        default: out.append(ch)
        }
        esc = false
      } else if ch == "\\" {
        esc = true
      } else {
        out.append(ch)
      }
    }
    return out
  }

  /// A path such as `.items[*].metadata.name`, `$.a`, `@.b`, `..c`.
  mutating func parsePath() throws -> [Step] {
    var steps: [Step] = []
    while i < c.count {
      let ch = c[i]
      switch ch {
      case " ":
        i += 1
      case "$":
        steps.append(.root)
        i += 1
      case "@":
        i += 1
      case ".":
        if i + 1 < c.count, c[i + 1] == "." {
          i += 2
          let name = identifier()
          steps.append(.recursive(name.isEmpty || name == "*" ? nil : name))
        } else {
          i += 1
          if i < c.count, c[i] == "*" {
            i += 1
            steps.append(.wildcard)
          } else if i < c.count, c[i] == "[" {
            continue
          } else {
            let name = identifier()
            if !name.isEmpty { steps.append(.child(name)) }
          }
        }
      case "[":
        steps.append(try bracket())
      default:
        let name = identifier()
        if name.isEmpty { throw fail("unrecognized character in action: \(ch)") }
        steps.append(.child(name))
      }
    }
    return steps
  }

  mutating func identifier() -> String {
    var s = ""
    while i < c.count, !".[] ".contains(c[i]) || (c[i] == "." && i > 0 && c[i - 1] == "\\") {
      if c[i] == "\\", i + 1 < c.count {
        s.append(c[i + 1])
        i += 2
        continue
      }
      if c[i] == "*" && s.isEmpty {
        i += 1
        return "*"
      }
      s.append(c[i])
      i += 1
    }
    return s
  }

  mutating func bracket() throws -> Step {
    i += 1
    var depth = 1
    var j = i
    var quote: Character?
    while j < c.count {
      if let q = quote {
        if c[j] == q { quote = nil }
      } else if c[j] == "'" || c[j] == "\"" {
        quote = c[j]
      } else if c[j] == "[" {
        depth += 1
      } else if c[j] == "]" {
        depth -= 1
        if depth == 0 { break }
      }
      j += 1
    }
    guard j < c.count else { throw fail("unterminated array") }
    let inner = String(c[i..<j]).trimmingCharacters(in: " ")
    i = j + 1
    if inner == "*" { return .wildcard }
    if inner.hasPrefix("?(") && inner.hasSuffix(")") { return .filter(try filter(String(inner.dropFirst(2).dropLast()))) }
    if inner.first == "'" || inner.first == "\"" {
      let parts = inner.split(separator: ",").map { String($0).trimmingCharacters(in: " ") }
      return .keys(try parts.map { try Self.unquote($0, fail: fail) })
    }
    if inner.contains(":") {
      let parts = inner.split(separator: ":", omittingEmptySubsequences: false).map {
        Int(String($0).trimmingCharacters(in: " "))
      }
      return .slice(parts[0], parts.count > 1 ? parts[1] : nil, parts.count > 2 ? parts[2] : nil)
    }
    let idx = inner.split(separator: ",").map { Int(String($0).trimmingCharacters(in: " ")) }
    guard !idx.isEmpty, idx.allSatisfy({ $0 != nil }) else { throw fail("invalid array index \(inner)") }
    return .indices(idx.compactMap { $0 })
  }

  func filter(_ text: String) throws -> JSONPathTemplate.Filter {
    for op in ["==", "!=", "<=", ">=", "<", ">"] {
      if let r = text.range(of: op) {
        let lhs = try operand(String(text[..<r.lowerBound]))
        let rhs = try operand(String(text[r.upperBound...]))
        return JSONPathTemplate.Filter(lhs: lhs, op: op, rhs: rhs)
      }
    }
    return JSONPathTemplate.Filter(lhs: try operand(text), op: nil, rhs: nil)
  }

  func operand(_ raw: String) throws -> JSONPathTemplate.Operand {
    let s = raw.trimmingCharacters(in: " ")
    if s.first == "@" || s.first == "$" || s.first == "." {
      var p = TemplateParser(Array(s), source: source)
      return .path(try p.parsePath())
    }
    if s.first == "'" || s.first == "\"" { return .literal(.string(try Self.unquote(s, fail: fail))) }
    if s == "true" || s == "false" { return .literal(.bool(s == "true")) }
    if let i = Int64(s) { return .literal(.int(i)) }
    if let d = Double(s) { return .literal(.double(d)) }
    throw fail("unrecognized filter operand \(s)")
  }
}

extension String {
  func range(of needle: String) -> Range<String.Index>? {
    guard !needle.isEmpty, count >= needle.count else { return nil }
    var idx = startIndex
    while idx < endIndex {
      if self[idx...].hasPrefix(needle) { return idx..<index(idx, offsetBy: needle.count) }
      idx = index(after: idx)
    }
    return nil
  }
}
