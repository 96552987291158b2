public import FluidModel
import Foundation

/// RFC 6902 JSON Patch (`application/json-patch+json`): add, remove, replace, move, copy, test,
/// with RFC 6901 pointers (`~1` is `/`, `~0` is `~`; `-` appends to an array).
/// Errors are kube-apiserver's wording for a failed patch (`FluidError.api`, 422 or 400).
public enum JSONPatch {
  public static func apply(_ patch: JSONValue, to document: JSONValue) throws -> JSONValue {
    guard let ops = patch.arrayValue else { throw bad("the patch must be a JSON array of operations") }
    var doc = document
    for op in ops {
      guard let name = op["op"]?.stringValue else { throw bad("an operation lacks \"op\"") }
      guard let path = op["path"]?.stringValue else { throw bad("operation \(name) lacks \"path\"") }
      let tokens = try pointer(path)
      switch name {
      case "add":
        guard let value = op["value"] else { throw bad("add operation does not apply: missing value") }
        doc = try add(doc, tokens[...], value, path)
      case "remove":
        doc = try remove(doc, tokens[...], path).0
      case "replace":
        guard let replacement = op["value"] else { throw bad("replace operation does not apply: missing value") }
        _ = try value(at: tokens, in: doc, path)
        doc = tokens.isEmpty ? replacement : try add(try remove(doc, tokens[...], path).0, tokens[...], replacement, path)
      case "move", "copy":
        guard let from = op["from"]?.stringValue else { throw bad("\(name) operation lacks \"from\"") }
        let fromTokens = try pointer(from)
        let v = try value(at: fromTokens, in: doc, from)
        if name == "move" { doc = try remove(doc, fromTokens[...], from).0 }
        doc = try add(doc, tokens[...], v, path)
      case "test":
        let v = try value(at: tokens, in: doc, path)
        guard v == op["value"] else { throw invalid("testing value \(path) failed: test failed") }
      default:
        throw bad("Unexpected kind: \(name)")
      }
    }
    return doc
  }

  static func pointer(_ p: String) throws -> [String] {
    if p.isEmpty { return [] }
    guard p.hasPrefix("/") else { throw bad("JSON pointer \"\(p)\" must start with /") }
    return p.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
      $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
  }

  static func value(at tokens: [String], in doc: JSONValue, _ path: String) throws -> JSONValue {
    var cur = doc
    for t in tokens {
      switch cur {
      case .object(let o):
        guard let next = o[t] else { throw invalid("doc is missing path: \"\(path)\"") }
        cur = next
      case .array(let a):
        guard let i = Int(t), a.indices.contains(i) else { throw invalid("doc is missing path: \"\(path)\"") }
        cur = a[i]
      default:
        throw invalid("doc is missing path: \"\(path)\"")
      }
    }
    return cur
  }

  static func add(_ doc: JSONValue, _ tokens: ArraySlice<String>, _ value: JSONValue, _ path: String) throws -> JSONValue {
    guard let t = tokens.first else { return value }
    let rest = tokens.dropFirst()
    switch doc {
    case .object(var o):
      if rest.isEmpty {
        o[t] = value
      } else {
        guard let child = o[t] else { throw invalid("doc is missing path: \"\(path)\"") }
        o[t] = try add(child, rest, value, path)
      }
      return .object(o)
    case .array(var a):
      if rest.isEmpty {
        let i = t == "-" ? a.count : Int(t) ?? -1
        guard i >= 0, i <= a.count else { throw invalid("add operation does not apply: index out of bounds: \(t)") }
        a.insert(value, at: i)
      } else {
        guard let i = Int(t), a.indices.contains(i) else { throw invalid("doc is missing path: \"\(path)\"") }
        a[i] = try add(a[i], rest, value, path)
      }
      return .array(a)
    default:
      throw invalid("doc is missing path: \"\(path)\"")
    }
  }

  static func remove(_ doc: JSONValue, _ tokens: ArraySlice<String>, _ path: String) throws -> (JSONValue, JSONValue) {
    guard let t = tokens.first else { throw invalid("unable to remove the whole document") }
    let rest = tokens.dropFirst()
    switch doc {
    case .object(var o):
      guard let child = o[t] else { throw invalid("remove operation does not apply: doc is missing path: \"\(path)\"") }
      if rest.isEmpty {
        o[t] = nil
        return (.object(o), child)
      }
      let (c, removed) = try remove(child, rest, path)
      o[t] = c
      return (.object(o), removed)
    case .array(var a):
      guard let i = Int(t), a.indices.contains(i) else {
        throw invalid("remove operation does not apply: doc is missing path: \"\(path)\"")
      }
      if rest.isEmpty { return (.array({ a.remove(at: i); return a }()), doc.arrayValue![i]) }
      let (c, removed) = try remove(a[i], rest, path)
      a[i] = c
      return (.array(a), removed)
    default:
      throw invalid("remove operation does not apply: doc is missing path: \"\(path)\"")
    }
  }

  static func bad(_ m: String) -> FluidError { .api(.badRequest(m)) }
  static func invalid(_ m: String) -> FluidError {
    .api(APIStatus(code: 422, reason: "Invalid", message: "the server rejected our request due to an error in our request: \(m)"))
  }
}
