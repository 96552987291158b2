public import FluidModel

/// A Kubernetes `Status` failure: what kube-apiserver answers when a request fails.
public struct APIStatus: Error, Sendable, Equatable {
  public struct Cause: Sendable, Equatable {
    public var reason: String
    public var message: String
    public var field: String
    public init(reason: String, message: String, field: String) {
      self.reason = reason
      self.message = message
      self.field = field
    }
  }

  public var code: Int
  public var reason: String
  public var message: String
  public var name: String?
  public var group: String?
  public var kind: String?
  public var causes: [Cause]
  public var retryAfterSeconds: Int?

  public init(
    code: Int, reason: String, message: String, name: String? = nil, group: String? = nil, kind: String? = nil,
    causes: [Cause] = [], retryAfterSeconds: Int? = nil
  ) {
    self.code = code
    self.reason = reason
    self.message = message
    self.name = name
    self.group = group
    self.kind = kind
    self.causes = causes
    self.retryAfterSeconds = retryAfterSeconds
  }

  /// The `Status` object as JSON (what `-o json` prints for a failure and the API serves).
  public var json: JSONValue {
    var details = JSONObject()
    if let name { details["name"] = .string(name) }
    if let group { details["group"] = .string(group) }
    if let kind { details["kind"] = .string(kind) }
    if !causes.isEmpty {
      details["causes"] = .array(
        causes.map { ["reason": .string($0.reason), "message": .string($0.message), "field": .string($0.field)] })
    }
    if let retryAfterSeconds { details["retryAfterSeconds"] = .int(Int64(retryAfterSeconds)) }
    var o: JSONValue = [
      "kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure",
      "message": .string(message), "reason": .string(reason), "code": .int(Int64(code)),
    ]
    if !details.isEmpty { o["details"] = .object(details) }
    return o
  }

  /// Reads a `Status` object (as a server sends it); nil if `v` is not one.
  public init?(json v: JSONValue) {
    guard v["kind"]?.stringValue == "Status", let code = v["code"]?.intValue else { return nil }
    self.init(
      code: Int(code), reason: v["reason"]?.stringValue ?? "", message: v["message"]?.stringValue ?? "",
      name: v["details"]?["name"]?.stringValue, group: v["details"]?["group"]?.stringValue,
      kind: v["details"]?["kind"]?.stringValue,
      causes: (v["details"]?["causes"]?.arrayValue ?? []).map {
        Cause(
          reason: $0["reason"]?.stringValue ?? "", message: $0["message"]?.stringValue ?? "",
          field: $0["field"]?.stringValue ?? "")
      },
      retryAfterSeconds: v["details"]?["retryAfterSeconds"]?.intValue.map { Int($0) })
  }
}

extension APIStatus {
  public static func notFound(_ r: ResourceDescriptor, _ name: String) -> APIStatus {
    APIStatus(
      code: 404, reason: "NotFound", message: "\(r.qualifiedPlural) \"\(name)\" not found", name: name, group: r.group,
      kind: r.plural)
  }
  public static func namespaceNotFound(_ ns: String) -> APIStatus {
    APIStatus(code: 404, reason: "NotFound", message: "namespaces \"\(ns)\" not found", name: ns, kind: "namespaces")
  }
  public static func alreadyExists(_ r: ResourceDescriptor, _ name: String) -> APIStatus {
    APIStatus(
      code: 409, reason: "AlreadyExists", message: "\(r.qualifiedPlural) \"\(name)\" already exists", name: name,
      group: r.group, kind: r.plural)
  }
  public static func conflict(_ r: ResourceDescriptor, _ name: String, _ why: String) -> APIStatus {
    APIStatus(
      code: 409, reason: "Conflict",
      message: "Operation cannot be fulfilled on \(r.qualifiedPlural) \"\(name)\": \(why)", name: name,
      group: r.group, kind: r.plural)
  }
  public static func invalid(_ r: ResourceDescriptor, _ name: String, _ errors: [FieldError]) -> APIStatus {
    let list = errors.map(\.description)
    let joined = list.count == 1 ? list[0] : "[" + list.joined(separator: ", ") + "]"
    return APIStatus(
      code: 422, reason: "Invalid", message: "\(r.qualifiedKind) \"\(name)\" is invalid: \(joined)", name: name,
      group: r.group, kind: r.kind,
      causes: errors.map { Cause(reason: $0.reasonCode, message: $0.causeMessage, field: $0.path) })
  }
  public static func badRequest(_ message: String) -> APIStatus {
    APIStatus(code: 400, reason: "BadRequest", message: message)
  }
  public static func gone(_ message: String) -> APIStatus {
    APIStatus(code: 410, reason: "Expired", message: message)
  }
  public static func methodNotAllowed(_ message: String) -> APIStatus {
    APIStatus(code: 405, reason: "MethodNotAllowed", message: message)
  }
}
