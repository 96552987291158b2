public import FluidModel

/// kubectl's JSONPath template dialect (`-o jsonpath=`): `{.a.b}`, `{.items[*].metadata.name}`,
/// `{range .items[*]}...{end}`, filters `[?(@.type=="Ready")]`, recursive `..name`, slices
/// `[0:2]`, unions `['a','b']`, quoted text `{"\t"}`. Missing keys print nothing.
public struct JSONPathTemplate: Sendable {
  indirect enum Node: Sendable {
    case text(String)
    case expr([Step])
    case range([Step], [Node])
  }
  enum Step: Sendable, Equatable {
    case root
    case child(String)
    case recursive(String?)
    case wildcard
    case indices([Int])
    case slice(Int?, Int?, Int?)
    case keys([String])
    case filter(Filter)
  }
  struct Filter: Sendable, Equatable {
    var lhs: Operand
    var op: String?
    var rhs: Operand?
  }
  enum Operand: Sendable, Equatable {
    case path([Step])
    case literal(JSONValue)
  }

  public struct ParseError: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  let nodes: [Node]
  public let source: String

  public init(_ template: String) throws {
    source = template
    var p = TemplateParser(Array(template), source: template)
    nodes = try p.parseNodes(untilEnd: false)
  }

  /// The template applied to `value`.
  public func render(_ value: JSONValue) -> String {
    var out = ""
    Self.render(nodes, value, root: value, into: &out)
    return out
  }

  static func render(_ nodes: [Node], _ cur: JSONValue, root: JSONValue, into out: inout String) {
    for n in nodes {
      switch n {
      case .text(let t): out += t
      case .expr(let steps):
        let results = evaluate(steps, cur, root: root)
        out += results.map(format).joined(separator: " ")
      case .range(let steps, let body):
        for item in evaluate(steps, cur, root: root).flatMap({ v -> [JSONValue] in
          if case .array(let a) = v, steps.last.map(isMulti) != true { return a }
          return [v]
        }) {
          render(body, item, root: root, into: &out)
        }
      }
    }
  }

  static func isMulti(_ s: Step) -> Bool {
    switch s {
    case .wildcard, .recursive, .slice, .filter: return true
    case .indices(let i): return i.count > 1
    case .keys(let k): return k.count > 1
    default: return false
    }
  }

  static func format(_ v: JSONValue) -> String {
    switch v {
    case .string(let s): return s
    default: return JSONWriter.compact(v)
    }
  }

  /// Every value the path selects, in document order.
  static func evaluate(_ steps: [Step], _ cur: JSONValue, root: JSONValue) -> [JSONValue] {
    var values = [cur]
    for step in steps {
      var next: [JSONValue] = []
      for v in values { next += apply(step, v, root: root) }
      values = next
    }
    return values
  }

  static func apply(_ step: Step, _ v: JSONValue, root: JSONValue) -> [JSONValue] {
    switch step {
    case .root: return [root]
    case .child(let k): return v[k].map { [$0] } ?? []
    case .keys(let ks): return ks.compactMap { v[$0] }
    case .wildcard:
      switch v {
      case .array(let a): return a
      case .object(let o): return o.sortedByKey.map(\.value)
      default: return []
      }
    case .indices(let idx):
      guard case .array(let a) = v else { return [] }
      return idx.compactMap { i in
        let j = i < 0 ? a.count + i : i
        return a.indices.contains(j) ? a[j] : nil
      }
    case .slice(let s, let e, let st):
      guard case .array(let a) = v else { return [] }
      let n = a.count
      func clamp(_ x: Int) -> Int { max(0, min(n, x < 0 ? n + x : x)) }
      let from = clamp(s ?? 0)
      let to = clamp(e ?? n)
      let step = max(1, st ?? 1)
      guard from < to else { return [] }
      return stride(from: from, to: to, by: step).map { a[$0] }
    case .recursive(let name):
      var out: [JSONValue] = []
      func walk(_ x: JSONValue) {
        switch x {
        case .object(let o):
          if let name, let m = o[name] { out.append(m) }
          let members = o.sortedByKey
          if name == nil { out += members.map(\.value) }
          for m in members { walk(m.value) }
        case .array(let a):
          if name == nil { out += a }
          a.forEach(walk)
        default: break
        }
      }
      walk(v)
      return out
    case .filter(let f):
      guard case .array(let a) = v else { return [] }
      return a.filter { matches(f, $0, root: root) }
    }
  }

  static func operand(_ o: Operand, _ item: JSONValue, root: JSONValue) -> JSONValue? {
    switch o {
    case .literal(let l): return l
    case .path(let steps): return evaluate(steps, item, root: root).first
    }
  }

  static func compare<T: Comparable>(_ a: T, _ op: String, _ b: T) -> Bool {
    switch op {
    case "<": return a < b
    case ">": return a > b
    case "<=": return a <= b
    case ">=": return a >= b
    default: return false
    }
  }

  static func matches(_ f: Filter, _ item: JSONValue, root: JSONValue) -> Bool {
    guard let l = operand(f.lhs, item, root: root) else { return false }
    guard let op = f.op, let rhs = f.rhs else { return true }
    guard let r = operand(rhs, item, root: root) else { return false }
    switch op {
    case "==": return l.semanticallyEquals(r)
    case "!=": return !l.semanticallyEquals(r)
    default:
      if let a = l.doubleValue, let b = r.doubleValue { return compare(a, op, b) }
      if let a = l.stringValue, let b = r.stringValue { return compare(a, op, b) }
      return false
    }
  }
}
