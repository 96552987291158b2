public import FluidModel
import Foundation

/// kube-apiserver's checks of `metadata` on create and update: names, namespaces, labels,
/// annotations, generateName.
public enum ObjectMetaValidation {
  public static let dns1123SubdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
  public static let dns1123LabelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
  public static let dns1035LabelMessage =
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
  static let labelValueMessage =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
  static let qualifiedNameMessage =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

  /// [a-z0-9] and [A-Za-z0-9] as bytes (every name rule here is ASCII).
  static func isAlnumLower(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) }
  static func isAlnum(_ b: UInt8) -> Bool { isAlnumLower(b) || (b >= 0x41 && b <= 0x5a) }

  public static func isDNS1123Label(_ s: String) -> Bool {
    let bytes = s.utf8
    guard let f = bytes.first, let l = bytes.last, bytes.count <= 63 else { return false }
    return isAlnumLower(f) && isAlnumLower(l) && bytes.allSatisfy { isAlnumLower($0) || $0 == 0x2d }
  }
  public static func isDNS1123Subdomain(_ s: String) -> Bool {
    // Byte by byte: labels of [a-z0-9-], starting and ending alphanumeric, joined by dots; as in
    // kube-apiserver, only the whole name is limited (253), not each label.
    let bytes = s.utf8
    guard !bytes.isEmpty, bytes.count <= 253 else { return false }
    func alnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) }
    var length = 0
    var last: UInt8 = 0
    for b in bytes {
      if b == 0x2e {
        guard length > 0, alnum(last) else { return false }
        length = 0
      } else {
        guard alnum(b) || (b == 0x2d && length > 0) else { return false }
        length += 1
      }
      last = b
    }
    return length > 0 && alnum(last)
  }
  public static func isDNS1035Label(_ s: String) -> Bool {
    guard let f = s.utf8.first, f >= 0x61, f <= 0x7a else { return false }
    return isDNS1123Label(s)
  }

  /// Errors for an object name (DNS-1123 subdomain, at most 253 characters).
  public static func nameErrors(_ name: String, path: String = "metadata.name") -> [FieldError] {
    var e: [FieldError] = []
    let q = SchemaValidator.goValue(.string(name))
    if name.count > 253 { e.append(FieldError(path, .invalid(value: q, detail: "must be no more than 253 characters"))) }
    if !isDNS1123Subdomain(name) { e.append(FieldError(path, .invalid(value: q, detail: dns1123SubdomainMessage))) }
    return e
  }

  /// Validates `metadata` of an object about to be written. With `previous` (the metadata of the
  /// stored version an update replaces, which passed these checks), only what changed is checked
  /// again; the errors are the same.
  public static func errors(_ meta: JSONValue?, namespaced: Bool, previous: JSONValue? = nil) -> [FieldError] {
    var e = typeErrors(meta)
    if !e.isEmpty { return e }
    if meta?["ownerReferences"] != previous?["ownerReferences"] { e += ownerReferenceErrors(meta?["ownerReferences"]?.arrayValue ?? []) }
    if meta?["finalizers"] != previous?["finalizers"] {
      for (i, f) in (meta?["finalizers"]?.arrayValue ?? []).enumerated() {
        e += keyErrors(f.stringValue ?? "", path: "metadata.finalizers[\(i)]")
      }
    }
    let name = meta?["name"]?.stringValue ?? ""
    if name.isEmpty {
      e.append(FieldError("metadata.name", .required(detail: "name or generateName is required")))
    } else if previous?["name"]?.stringValue != name {
      e += nameErrors(name)
    }
    if namespaced, let ns = meta?["namespace"]?.stringValue, !ns.isEmpty, previous?["namespace"]?.stringValue != ns, !isDNS1123Label(ns) {
      e.append(FieldError("metadata.namespace", .invalid(value: SchemaValidator.goValue(.string(ns)), detail: dns1123LabelMessage)))
    }
    let labels = meta?["labels"]?.objectValue ?? [:]
    let oldLabels = previous?["labels"]?.objectValue
    for (k, v) in oldLabels == labels ? [] : labels.sortedByKey where oldLabels?[k] != v {
      e += keyErrors(k, path: "metadata.labels")
      guard let value = v.stringValue else {
        e.append(FieldError("metadata.labels", .invalid(value: SchemaValidator.goValue(v), detail: "label values must be strings")))
        continue
      }
      if !isLabelValue(value) {
        e.append(FieldError("metadata.labels", .invalid(value: SchemaValidator.goValue(v), detail: value.count > 63 ? "must be no more than 63 characters" : labelValueMessage)))
      }
    }
    var annotationBytes = 0
    let annotations = meta?["annotations"]?.objectValue ?? [:]
    let oldAnnotations = previous?["annotations"]?.objectValue
    // Unchanged annotations passed before (their total size included).
    for (k, v) in oldAnnotations == annotations ? [] : annotations.sortedByKey {
      annotationBytes += k.utf8.count + (v.stringValue?.utf8.count ?? 0)
      if oldAnnotations?[k] == v { continue }
      e += keyErrors(k, path: "metadata.annotations")
      if v.stringValue == nil {
        e.append(FieldError("metadata.annotations", .invalid(value: SchemaValidator.goValue(v), detail: "annotation values must be strings")))
      }
    }
    if annotationBytes > 262_144 {
      e.append(FieldError("metadata.annotations", .tooLong(detail: "must have at most 262144 bytes")))
    }
    return e
  }

  /// The fields of ObjectMeta and the JSON type each must have; kube-apiserver drops any other
  /// field of `metadata` (or refuses it under strict field validation).
  static let fieldTypes: [String: String] = [
    "name": "string", "generateName": "string", "namespace": "string", "selfLink": "string", "uid": "string",
    "resourceVersion": "string", "generation": "integer", "creationTimestamp": "string", "deletionTimestamp": "string",
    "deletionGracePeriodSeconds": "integer", "labels": "object", "annotations": "object", "ownerReferences": "array",
    "finalizers": "array", "managedFields": "array",
  ]

  /// `metadata.X` for every field ObjectMeta does not have.
  public static func unknownFields(_ meta: JSONValue?) -> [String] {
    (meta?.objectValue?.keys ?? []).filter { fieldTypes[$0] == nil }.sorted().map { "metadata." + $0 }
  }

  /// `meta` without the fields ObjectMeta does not have.
  public static func pruned(_ meta: JSONValue) -> JSONValue {
    guard case .object(var o) = meta else { return meta }
    for key in o.keys where fieldTypes[key] == nil { o[key] = nil }
    return .object(o)
  }

  /// Fields of the wrong JSON type (labels as a list, annotations as a string, a finalizer
  /// that is not a string), which kube-apiserver cannot even decode.
  static func typeErrors(_ meta: JSONValue?) -> [FieldError] {
    guard let meta, !meta.isNull else { return [] }
    guard case .object(let o) = meta else { return [wrongType("metadata", meta, "object")] }
    var e: [FieldError] = []
    for key in o.keys.sorted() {
      guard let type = fieldTypes[key], let v = o[key], !v.isNull else { continue }
      if !SchemaValidator.typeMatches(v, type) {
        e.append(wrongType("metadata." + key, v, type))
        continue
      }
      switch key {
      case "labels", "annotations":
        for (k, item) in v.objectValue?.sortedByKey ?? [] where item.stringValue == nil {
          e.append(wrongType("metadata.\(key)[\(k)]", item, "string"))
        }
      case "finalizers":
        for (i, item) in (v.arrayValue ?? []).enumerated() where item.stringValue == nil { e.append(wrongType("metadata.finalizers[\(i)]", item, "string")) }
      case "ownerReferences", "managedFields":
        for (i, item) in (v.arrayValue ?? []).enumerated() where item.objectValue == nil { e.append(wrongType("metadata.\(key)[\(i)]", item, "object")) }
      default: break
      }
    }
    return e
  }

  static func wrongType(_ path: String, _ v: JSONValue, _ type: String) -> FieldError {
    FieldError(path, .invalid(value: "\"\(v.typeName)\"", detail: "\(path) in body must be of type \(type): \"\(v.typeName)\""))
  }

  /// kube-apiserver's checks of each owner reference: apiVersion, kind, name and uid set, and
  /// at most one controller.
  static func ownerReferenceErrors(_ refs: [JSONValue]) -> [FieldError] {
    var e: [FieldError] = []
    var controllers = 0
    for ref in refs {
      for (field, what) in [("apiVersion", "version"), ("kind", "kind"), ("name", "name"), ("uid", "uid")] where (ref[field]?.stringValue ?? "").isEmpty {
        e.append(FieldError("metadata.ownerReferences.\(field)", .invalid(value: "\"\"", detail: "\(what) must not be empty")))
      }
      if ref["controller"]?.boolValue == true { controllers += 1 }
    }
    if controllers > 1 {
      e.append(FieldError("metadata.ownerReferences", .invalid(value: "[]v1.OwnerReference", detail: "Only one reference can have Controller set to true")))
    }
    return e
  }

  /// What an apply (whose URL needs the name) checks first, on both backends: metadata fields
  /// of the right types, and a name.
  public static func applyErrors(_ meta: JSONValue?) -> [FieldError] {
    let e = typeErrors(meta)
    if !e.isEmpty { return e }
    if (meta?["name"]?.stringValue ?? "").isEmpty { return [FieldError("metadata.name", .required(detail: "name is required"))] }
    return []
  }

  /// A label value: empty, or at most 63 of [A-Za-z0-9-_.] starting and ending alphanumeric.
  public static func isLabelValue(_ value: String) -> Bool {
    let bytes = value.utf8
    guard let first = bytes.first, let last = bytes.last else { return true }
    func alnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) }
    return bytes.count <= 63 && alnum(first) && alnum(last) && bytes.allSatisfy { alnum($0) || $0 == 0x2d || $0 == 0x5f || $0 == 0x2e }
  }

  /// A label or annotation key: optional DNS-1123 prefix and `/`, then a qualified name.
  public static func keyErrors(_ key: String, path: String) -> [FieldError] {
    // Label and annotation keys repeat across objects and writes: remember the valid ones.
    if validKeys.withLock({ $0.contains(key) }) { return [] }
    let errors = checkKey(key, path: path)
    if errors.isEmpty {
      validKeys.withLock {
        if $0.count >= 10_000 { $0.removeAll() }
        $0.insert(key)
      }
    }
    return errors
  }

  private static let validKeys = LockedSet()

  private static func checkKey(_ key: String, path: String) -> [FieldError] {
    let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let q = SchemaValidator.goValue(.string(key))
    var name = key
    if parts.count == 2 {
      if !isDNS1123Subdomain(parts[0]) {
        return [FieldError(path, .invalid(value: q, detail: "prefix part " + dns1123SubdomainMessage))]
      }
      name = parts[1]
    } else if parts.count > 2 {
      return [FieldError(path, .invalid(value: q, detail: "a qualified name " + qualifiedNameMessage + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"))]
    }
    let bytes = name.utf8
    guard let f = bytes.first, let l = bytes.last, name.count <= 63, isAlnum(f), isAlnum(l),
      bytes.allSatisfy({ isAlnum($0) || $0 == 0x2d || $0 == 0x5f || $0 == 0x2e })
    else {
      return [FieldError(path, .invalid(value: q, detail: name.count > 63 ? "name part must be no more than 63 characters" : qualifiedNameMessage))]
    }
    return []
  }
}

/// A set of strings shared between threads.
final class LockedSet: @unchecked Sendable {
  private let lock = NSLock()
  private var set = Set<String>()
  func withLock<T>(_ body: (inout Set<String>) -> T) -> T { lock.withLock { body(&set) } }
}
