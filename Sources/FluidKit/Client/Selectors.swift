public import FluidModel

/// A label selector in kubectl's syntax: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`,
/// `a` (exists), `!a` (does not exist), joined by commas. Requirements are ANDed.
public struct LabelSelector: Sendable, Equatable, CustomStringConvertible {
  public enum Requirement: Sendable, Equatable {
    case equals(String, String)
    case notEquals(String, String)
    case isIn(String, [String])
    case notIn(String, [String])
    case exists(String)
    case doesNotExist(String)
  }
  public var requirements: [Requirement]
  public let description: String

  /// Parses `text`; throws `FluidError.usage` with the position of the problem.
  public init(parsing text: String) throws {
    description = text
    requirements = []
    var rest = Substring(text)
    func skipSpace() { rest = rest.drop(while: { $0 == " " }) }
    while true {
      skipSpace()
      if rest.isEmpty { break }
      var negated = false
      if rest.first == "!" {
        negated = true
        rest = rest.dropFirst()
        skipSpace()
      }
      let key = String(rest.prefix(while: { !" =!,()".contains($0) }))
      rest = rest.dropFirst(key.count)
      guard !key.isEmpty else { throw FluidError.usage("unable to parse requirement: invalid label selector \"\(text)\"") }
      try Self.validateKey(key, in: text)
      skipSpace()
      if negated {
        requirements.append(.doesNotExist(key))
      } else if rest.hasPrefix("==") || rest.hasPrefix("=") || rest.hasPrefix("!=") {
        let neq = rest.hasPrefix("!=")
        rest = rest.dropFirst(rest.hasPrefix("==") || neq ? 2 : 1)
        skipSpace()
        let value = String(rest.prefix(while: { $0 != "," && $0 != " " }))
        rest = rest.dropFirst(value.count)
        requirements.append(neq ? .notEquals(key, value) : .equals(key, value))
      } else if rest.hasPrefix("in ") || rest.hasPrefix("in(") || rest.hasPrefix("notin ") || rest.hasPrefix("notin(") {
        let notIn = rest.hasPrefix("notin")
        rest = rest.dropFirst(notIn ? 5 : 2)
        skipSpace()
        guard rest.first == "(", let close = rest.firstIndex(of: ")") else {
          throw FluidError.usage("unable to parse requirement: found '\(rest.first.map(String.init) ?? "")', expected: '(' in \"\(text)\"")
        }
        let values = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map {
          $0.trimmingCharacters(in: " ")
        }
        rest = rest[rest.index(after: close)...]
        requirements.append(notIn ? .notIn(key, values) : .isIn(key, values))
      } else {
        requirements.append(.exists(key))
      }
      skipSpace()
      if rest.isEmpty { break }
      guard rest.first == "," else {
        throw FluidError.usage("unable to parse requirement: found '\(rest.first.map(String.init) ?? "")', expected: ',' in \"\(text)\"")
      }
      rest = rest.dropFirst()
    }
  }

  static func validateKey(_ key: String, in text: String) throws {
    let ok = key.count <= 317 && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
    if !ok { throw FluidError.usage("invalid label key \"\(key)\" in selector \"\(text)\"") }
  }

  /// Whether an object's labels satisfy every requirement.
  public func matches(_ labels: [String: String]) -> Bool {
    requirements.allSatisfy { r in
      switch r {
      case .equals(let k, let v): return labels[k] == v
      case .notEquals(let k, let v): return labels[k] != v
      case .isIn(let k, let vs): return labels[k].map(vs.contains) ?? false
      case .notIn(let k, let vs): return !(labels[k].map(vs.contains) ?? false)
      case .exists(let k): return labels[k] != nil
      case .doesNotExist(let k): return labels[k] == nil
      }
    }
  }

  public func matches(object: JSONValue) -> Bool {
    let labels = object["metadata"]?["labels"]?.objectValue?.compactMapValues(\.stringValue) ?? [:]
    return matches(labels)
  }
}

/// A field selector; custom resources support `metadata.name` and `metadata.namespace` only.
public struct FieldSelector: Sendable, Equatable, CustomStringConvertible {
  public var requirements: [(field: String, value: String, equal: Bool)]
  public let description: String

  public static func == (a: FieldSelector, b: FieldSelector) -> Bool { a.description == b.description }

  /// The field labels kube-apiserver accepts in a field selector for a kind: `metadata.name`
  /// and `metadata.namespace` for all, and a few per core kind.
  public static func fieldLabels(for d: ResourceDescriptor) -> [String] {
    let common = ["metadata.name", "metadata.namespace"]
    guard d.group == "" || d.group == "batch" else { return common }
    switch d.plural {
    case "events":
      return common + [
        "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
        "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type",
      ]
    case "pods":
      return common + [
        "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase",
        "status.podIP", "status.nominatedNodeName",
      ]
    case "nodes": return common + ["spec.unschedulable"]
    case "namespaces", "persistentvolumes": return common + ["status.phase"]
    case "secrets": return common + ["type"]
    case "jobs": return common + ["status.successful"]
    default: return common
    }
  }

  /// Every field label of any kind: what a client accepts before the server checks the kind's.
  public static let anyFieldLabel = Array(Set(CoreKinds.all.flatMap(fieldLabels(for:)))).sorted()

  /// Throws kube-apiserver's error for the first field this kind does not support.
  public func check(for d: ResourceDescriptor) throws {
    let supported = Self.fieldLabels(for: d)
    if let bad = requirements.first(where: { !supported.contains($0.field) }) {
      throw FluidError.api(
        .badRequest("Unable to find \"\(bad.field)\" field in the field selector: field label not supported: \(bad.field)"))
    }
  }

  public init(parsing text: String, supported: [String] = FieldSelector.anyFieldLabel) throws {
    description = text
    requirements = []
    for part in text.split(separator: ",") {
      let s = String(part).trimmingCharacters(in: " ")
      let equal: Bool
      let pieces: [Substring]
      if s.contains("!=") {
        equal = false
        pieces = s.split(separator: "!=", maxSplits: 1, omittingEmptySubsequences: false).map { $0 }
      } else {
        equal = true
        let sep = s.contains("==") ? "==" : "="
        pieces = s.split(separator: sep, maxSplits: 1, omittingEmptySubsequences: false).map { $0 }
      }
      guard pieces.count == 2 else { throw FluidError.usage("invalid field selector: '\(s)'") }
      let field = String(pieces[0])
      guard supported.contains(field) else {
        throw FluidError.api(
          .badRequest("Unable to find \"\(field)\" field in the field selector: field label not supported: \(field)"))
      }
      requirements.append((field, String(pieces[1]), equal))
    }
  }

  /// Field labels that name another field, and the value of an absent one: kube-apiserver's
  /// Job label `status.successful` is its count of succeeded pods, 0 when none.
  static let aliases: [String: (path: [String], absent: String)] = ["status.successful": (["status", "succeeded"], "0")]

  public func matches(object: JSONValue) -> Bool {
    requirements.allSatisfy { r in
      let alias = Self.aliases[r.field]
      let node = object[path: alias?.path ?? r.field.split(separator: ".").map(String.init)]
      let v = node?.stringValue ?? node?.intValue.map(String.init) ?? node?.boolValue.map(String.init) ?? alias?.absent ?? ""
      return (v == r.value) == r.equal
    }
  }
}

extension StringProtocol {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
