internal import Yams
public import FluidModel

/// One document of a manifest stream, with where it came from.
public struct ManifestDocument: Sendable, Equatable {
  /// The parsed document; documents that are empty or only comments are skipped.
  public var value: JSONValue
  /// 1-based index of the document in its stream.
  public var index: Int
  /// 1-based line where the document starts (YAML), or 1 (JSON).
  public var line: Int
}

/// Reads YAML (1.1 scalars, as Kubernetes' YAML decoder does) and JSON into `JSONValue`s.
///
/// Guarantees: aliases are expanded under a fixed budget (`maxNodes` values per stream), so an
/// alias bomb fails fast with bounded memory; nesting is limited to `maxDepth`; errors name the
/// line and column.
public enum ManifestDecoder {
  public static let maxNodes = 2_000_000
  public static let maxDepth = 512
  /// kube-apiserver's request-size limit.
  public static let maxDocumentBytes = 3 * 1024 * 1024

  public struct Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int?
    public var column: Int?
    public var reason: String
    public var description: String {
      if let line, let column { return "line \(line), column \(column): \(reason)" }
      if let line { return "line \(line): \(reason)" }
      return reason
    }
  }

  /// Decodes a stream of one or more documents: JSON when the text starts with `{` or `[`,
  /// YAML otherwise. A top-level JSON array or a `kind: List` is not expanded here.
  public static func decode(_ text: String) throws(Error) -> [ManifestDocument] {
    let trimmed = text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
    if trimmed.first == "{" || trimmed.first == "[" {
      if text.utf8.count > maxDocumentBytes { throw Error(reason: sizeMessage(text.utf8.count)) }
      do {
        return [ManifestDocument(value: try JSONParser.parse(text, maxDepth: maxDepth), index: 1, line: 1)]
      } catch {
        throw Error(line: error.line, column: error.column, reason: error.reason)
      }
    }
    return try decodeYAML(text)
  }

  static func sizeMessage(_ n: Int) -> String {
    "document of \(n) bytes exceeds the limit of \(maxDocumentBytes) bytes (3 MiB)"
  }

  static func decodeYAML(_ text: String) throws(Error) -> [ManifestDocument] {
    var docs: [ManifestDocument] = []
    var budget = maxNodes
    do {
      var stream = try Yams.compose_all(yaml: text, Resolver.basic)
      var index = 0
      while let node = stream.next() {
        index += 1
        let v = try convert(node, depth: 0, budget: &budget)
        if case .null = v { continue }
        docs.append(ManifestDocument(value: v, index: index, line: node.mark?.line ?? 1))
      }
      // compose_all stops quietly on a parse error; surface it.
      if let error = stream.error { throw error }
    } catch let e as Error {
      throw e
    } catch let e as YamlError {
      throw translate(e)
    } catch {
      throw Error(reason: "\(error)")
    }
    for d in docs where JSONWriter.compact(d.value).utf8.count > maxDocumentBytes {
      throw Error(line: d.line, reason: sizeMessage(JSONWriter.compact(d.value).utf8.count))
    }
    return docs
  }

  static func translate(_ e: YamlError) -> Error {
    switch e {
    case .scanner(let ctx, let problem, let mark, _), .parser(let ctx, let problem, let mark, _),
      .composer(let ctx, let problem, let mark, _):
      let reason = ctx.map { "\(problem) \($0.text)" } ?? problem
      return Error(line: mark.line, column: mark.column, reason: reason)
    case .duplicatedKeysInMapping(let dups, let ctx):
      return Error(
        line: ctx.mark.line, column: ctx.mark.column,
        reason: "mapping key \(dups.map { "\"\($0)\"" }.joined(separator: ", ")) already defined")
    case .reader(let problem, _, _, _): return Error(reason: problem)
    default: return Error(reason: "\(e)")
    }
  }

  static func convert(_ node: Yams.Node, depth: Int, budget: inout Int) throws -> JSONValue {
    budget -= 1
    if budget < 0 {
      throw Error(
        line: node.mark?.line, column: node.mark?.column,
        reason: "document expands to more than \(maxNodes) values (YAML alias expansion limit)")
    }
    if depth > maxDepth {
      throw Error(
        line: node.mark?.line, column: node.mark?.column,
        reason: "nesting exceeds the maximum depth of \(maxDepth)")
    }
    switch node {
    case .scalar(let s): return scalar(s)
    case .alias(let a):
      throw Error(line: a.mark?.line, column: a.mark?.column, reason: "unresolved alias \(a.anchor.rawValue)")
    case .sequence(let seq):
      var out: [JSONValue] = []
      out.reserveCapacity(seq.count)
      for n in seq { out.append(try convert(n, depth: depth + 1, budget: &budget)) }
      return .array(out)
    case .mapping(let map):
      var out = JSONObject()
      var merged = JSONObject()
      for (k, v) in map {
        if k.tag.description == Tag.Name.merge.rawValue || (k.scalar?.string == "<<" && k.scalar?.style == .plain) {
          for source in mergeSources(v) {
            if case .object(let o) = try convert(source, depth: depth + 1, budget: &budget) {
              for (mk, mv) in o where merged[mk] == nil { merged[mk] = mv }
            }
          }
          continue
        }
        let key: String
        switch try convert(k, depth: depth + 1, budget: &budget) {
        case .string(let s): key = s
        case .int(let i): key = String(i)
        case .bool(let b): key = b ? "true" : "false"
        case .double(let d): key = JSONWriter.formatDouble(d)
        case .null: key = "null"
        default:
          throw Error(line: k.mark?.line, column: k.mark?.column, reason: "mapping keys must be scalars")
        }
        out[key] = try convert(v, depth: depth + 1, budget: &budget)
      }
      for (mk, mv) in merged where out[mk] == nil { out[mk] = mv }
      return .object(out)
    }
  }

  static func mergeSources(_ v: Yams.Node) -> [Yams.Node] {
    if case .sequence(let s) = v { return Array(s) }
    return [v]
  }

  /// YAML 1.1 scalar resolution as Kubernetes' decoder (go-yaml v2) applies it.
  static func scalar(_ s: Yams.Node.Scalar) -> JSONValue {
    let text = s.string
    if s.style != .plain { return .string(text) }

    // Parsed with the basic resolver, so only an explicit tag is set: `!!str` keeps text.
    switch s.tag.description {
    case "tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary": return .string(text)
    default: return resolvePlain(text)
    }
  }

  /// Resolves an untagged plain scalar: null, booleans, integers and floats as YAML 1.1 reads them.
  public static func resolvePlain(_ text: String) -> JSONValue {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y": return .bool(true)
    case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N": return .bool(false)
    default: break
    }
    if let i = resolveInt(text) { return .int(i) }
    if let d = resolveFloat(text) { return .double(d) }
    return .string(text)
  }

  static func resolveInt(_ text: String) -> Int64? {
    var t = Substring(text)
    var sign: Int64 = 1
    if t.first == "-" {
      sign = -1
      t = t.dropFirst()
    } else if t.first == "+" {
      t = t.dropFirst()
    }
    guard let f = t.first, f.isASCII, f.isNumber else { return nil }
    let digits = t.replacingOccurrences(of: "_", with: "")
    if digits.hasPrefix("0x") { return Int64(digits.dropFirst(2), radix: 16).map { $0 * sign } }
    if digits.hasPrefix("0b") { return Int64(digits.dropFirst(2), radix: 2).map { $0 * sign } }
    if digits.count > 1, digits.hasPrefix("0"), digits.allSatisfy({ ("0"..."7").contains($0) }) {
      return Int64(digits.dropFirst(), radix: 8).map { $0 * sign }
    }
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int64(digits).map { $0 * sign }
  }

  static func resolveFloat(_ text: String) -> Double? {
    guard let f = text.first, f.isNumber || f == "-" || f == "+" || f == "." else { return nil }
    let lowered = text.lowercased()
    if [".inf", "+.inf", "-.inf", ".nan"].contains(lowered) { return nil }
    guard text.contains(where: { $0.isNumber }),
      text.allSatisfy({ $0.isNumber || "+-.eE_".contains($0) })
    else { return nil }
    // go-yaml keeps a float that overflows float64 (1e400) as a string; so does this.
    guard let d = Double(text.replacingOccurrences(of: "_", with: "")), d.isFinite else { return nil }
    return d
  }
}

extension String {
  fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
    guard contains(a) else { return self }
    return split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
  }
}
extension Substring {
  fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
    String(self).replacingOccurrences(of: a, with: b)
  }
}
