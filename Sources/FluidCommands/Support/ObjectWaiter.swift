import FluidKit
import FluidModel
import Foundation

/// What `wait --for=` asks for.
enum WaitCondition: Equatable, CustomStringConvertible {
  case phase(String)
  case condition(String, status: String)
  case jsonpath(String, value: String?)
  case delete
  case create

  init(parsing text: String) throws {
    let bad = FluidError.usage("unrecognized condition: \"\(text)\"; use phase=P, condition=C[=STATUS], jsonpath={EXPR}[=VALUE], delete or create")
    if text == "delete" { self = .delete; return }
    if text == "create" { self = .create; return }
    guard let eq = text.firstIndex(of: "=") else { throw bad }
    let kind = text[..<eq]
    let rest = String(text[text.index(after: eq)...])
    switch kind {
    case "phase":
      guard !rest.isEmpty else { throw bad }
      self = .phase(rest)
    case "condition":
      let parts = rest.split(separator: "=", maxSplits: 1).map(String.init)
      guard let c = parts.first, !c.isEmpty else { throw bad }
      self = .condition(c, status: parts.count > 1 ? parts[1] : "True")
    case "jsonpath":
      // `{.status.phase}=Bound`: the value follows the closing brace.
      var expr = rest
      var value: String?
      if let close = rest.lastIndex(of: "}") {
        expr = String(rest[...close])
        let tail = rest[rest.index(after: close)...]
        if tail.first == "=" { value = String(tail.dropFirst()) }
      } else if let e = rest.firstIndex(of: "=") {
        expr = String(rest[..<e])
        value = String(rest[rest.index(after: e)...])
      }
      if !expr.hasPrefix("{") { expr = "{" + expr + "}" }
      _ = try JSONPathTemplate(expr)
      self = .jsonpath(expr, value: value)
    default:
      throw bad
    }
  }

  var description: String {
    switch self {
    case .phase(let p): return "phase \(p)"
    case .condition(let c, let s): return "condition \(c)=\(s)"
    case .jsonpath(let e, let v): return "jsonpath \(e)" + (v.map { "=\($0)" } ?? "")
    case .delete: return "deletion"
    case .create: return "creation"
    }
  }

  /// Whether `obj` satisfies the condition (values compare case-insensitively, as kubectl does).
  func isMet(by obj: JSONValue) -> Bool {
    switch self {
    case .phase(let p): return obj["status"]?["phase"]?.stringValue?.lowercased() == p.lowercased()
    case .condition(let c, let status):
      return (obj["status"]?["conditions"]?.arrayValue ?? []).contains {
        $0["type"]?.stringValue?.lowercased() == c.lowercased() && $0["status"]?.stringValue?.lowercased() == status.lowercased()
      }
    case .jsonpath(let e, let v):
      guard let t = try? JSONPathTemplate(e) else { return false }
      let out = t.render(obj)
      return v.map { out.lowercased() == $0.lowercased() } ?? !out.isEmpty
    case .delete: return false
    case .create: return true
    }
  }
}

/// Waits for one object by watching it through an `Informer` (list by name, then watch; a
/// relist after 410), never by polling.
struct ObjectWaiter {
  let client: any ClusterClient

  /// Calls `observe` with each new state of the object (nil once it is gone) until it returns
  /// true. Throws NotFound at once when the object does not exist and `allowMissing` is false.
  func follow(_ d: ResourceDescriptor, namespace: String?, name: String, allowMissing: Bool,
    _ observe: (JSONValue?) async throws -> Bool) async throws
  {
    let options = ListOptions(fieldSelector: try FieldSelector(parsing: "metadata.name=\(name)"))
    var first = true
    try await Informer(client: client, resource: d, namespace: namespace, options: options).run { update, store in
      if case .connection = update { return false }
      let current = store.items.first  // the list and watch select this one name
      if first, current == nil, !allowMissing { throw FluidError.api(.notFound(d, name)) }
      first = false
      return try await observe(current)
    }
  }
}

/// Waits until `name` is gone, driven by watch events (not polling). Returns at once when the
/// object does not exist.
func waitForDeletion(_ client: any ClusterClient, _ d: ResourceDescriptor, namespace: String?, name: String) async throws {
  try await ObjectWaiter(client: client).follow(d, namespace: namespace, name: name, allowMissing: true) { $0 == nil }
}
