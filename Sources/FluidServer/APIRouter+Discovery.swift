import FluidKit
import FluidModel
import Foundation

extension APIRouter {
  /// `/api`, `/apis`, `/api/v1`, `/apis/GROUP[/VERSION]`: legacy discovery documents, which
  /// every client accepts (aggregated discovery is optional for servers).
  func discovery(_ segments: [String]) throws -> APIResponse? {
    let groups = Dictionary(grouping: registry.descriptors.filter { !$0.group.isEmpty }, by: \.group)
    switch (segments.first, segments.count) {
    case ("api", 1):
      return ok([
        "kind": "APIVersions", "versions": ["v1"],
        "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"]],
      ])
    case ("api", 2):
      return ok(resourceList(groupVersion: segments[1], registry.descriptors.filter { $0.group.isEmpty && $0.version == segments[1] }))
    case ("apis", 1):
      let list = groups.keys.sorted().map { g -> JSONValue in groupJSON(g, groups[g] ?? []) }
      return ok(["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(list)])
    case ("apis", 2):
      guard let ds = groups[segments[1]] else { throw notFound }
      var g = groupJSON(segments[1], ds)
      g["kind"] = "APIGroup"
      g["apiVersion"] = "v1"
      return ok(g)
    case ("apis", 3):
      let ds = (groups[segments[1]] ?? []).filter { $0.version == segments[2] }
      guard !ds.isEmpty else { throw notFound }
      return ok(resourceList(groupVersion: "\(segments[1])/\(segments[2])", ds))
    default:
      return nil
    }
  }

  func groupJSON(_ group: String, _ ds: [ResourceDescriptor]) -> JSONValue {
    // kube-apiserver's preference: GA before beta before alpha, higher majors first (v2, v1).
    let versions = Array(Set(ds.map(\.version))).sorted { Self.versionRank($1).lexicographicallyPrecedes(Self.versionRank($0)) }
    let entries: [JSONValue] = versions.map { ["groupVersion": .string("\(group)/\($0)"), "version": .string($0)] }
    return ["name": .string(group), "versions": .array(entries), "preferredVersion": entries.first ?? .null]
  }

  /// Kubernetes' version priority as a comparable tuple: stage (GA 3, beta 2, alpha 1), major, minor.
  static func versionRank(_ v: String) -> [Int] {
    let body = v.dropFirst()
    let major = Int(body.prefix { $0.isNumber }) ?? 0
    let rest = body.drop { $0.isNumber }
    let stage = rest.isEmpty ? 3 : rest.hasPrefix("beta") ? 2 : rest.hasPrefix("alpha") ? 1 : 0
    let minor = Int(rest.drop { !$0.isNumber }) ?? 0
    return [stage, major, minor]
  }

  func resourceList(groupVersion: String, _ ds: [ResourceDescriptor]) -> JSONValue {
    var resources: [JSONValue] = []
    for d in ds {
      let verbs: [JSONValue] = ["create", "delete", "get", "list", "patch", "update", "watch"]
      var r: JSONValue = [
        "name": .string(d.plural), "singularName": .string(d.singular), "namespaced": .bool(d.namespaced),
        "kind": .string(d.kind), "verbs": .array(verbs),
      ]
      if !d.shortNames.isEmpty { r["shortNames"] = .array(d.shortNames.map { .string($0) }) }
      if !d.categories.isEmpty { r["categories"] = .array(d.categories.map { .string($0) }) }
      resources.append(r)
      if d.hasStatus {
        resources.append([
          "name": .string(d.plural + "/status"), "singularName": "", "namespaced": .bool(d.namespaced),
          "kind": .string(d.kind), "verbs": ["get", "patch", "update"],
        ])
      }
      if d.scale != nil {
        resources.append([
          "name": .string(d.plural + "/scale"), "singularName": "", "namespaced": .bool(d.namespaced),
          "group": "autoscaling", "version": "v1", "kind": "Scale", "verbs": ["get", "patch", "update"],
        ])
      }
    }
    return ["kind": "APIResourceList", "apiVersion": "v1", "groupVersion": .string(groupVersion), "resources": .array(resources)]
  }

  /// OpenAPI v3: the index of group-versions and, per group-version, its paths (with the
  /// query parameters kubectl checks for, such as fieldValidation) and its kinds' schemas.
  func openAPI(_ segments: [String]) throws -> APIResponse {
    let gvs = Set(registry.descriptors.map { $0.group.isEmpty ? "api/\($0.version)" : "apis/\($0.group)/\($0.version)" })
    if segments.count == 2, segments[1] == "v3" {
      var paths = JSONObject()
      for gv in gvs { paths[gv] = ["serverRelativeURL": .string("/openapi/v3/\(gv)?hash=fluidctl")] }
      return ok(["paths": .object(paths)])
    }
    guard segments.count >= 4, segments[1] == "v3" else { throw notFound }
    let gv = segments[2...].joined(separator: "/")
    guard gvs.contains(gv) else { throw notFound }
    let ds = registry.descriptors.filter { ($0.group.isEmpty ? "api/\($0.version)" : "apis/\($0.group)/\($0.version)") == gv }
    var schemas = JSONObject()
    var paths = JSONObject()
    let params: [JSONValue] = ["dryRun", "fieldManager", "fieldValidation", "force"].map { ["name": .string($0), "in": "query", "schema": ["type": "string"]] }
    for d in ds {
      let schemaName = (d.group.isEmpty ? "io.k8s.api.core.\(d.version)" : d.group.split(separator: ".").reversed().joined(separator: ".") + ".\(d.version)") + ".\(d.kind)"
      var schema = d.group.isEmpty ? ["type": "object", "x-kubernetes-preserve-unknown-fields": true] : (FluidCRDs.schema(plural: d.plural) ?? ["type": "object"])
      schema["x-kubernetes-group-version-kind"] = [["group": .string(d.group), "version": .string(d.version), "kind": .string(d.kind)]]
      schemas[schemaName] = schema
      let gvk: JSONValue = ["group": .string(d.group), "version": .string(d.version), "kind": .string(d.kind)]
      let item = "/" + gv + (d.namespaced ? "/namespaces/{namespace}" : "") + "/\(d.plural)/{name}"
      let op: (String) -> JSONValue = { id in
        ["operationId": .string(id + d.kind), "parameters": .array(params), "x-kubernetes-group-version-kind": gvk,
         "responses": ["200": ["description": "OK"]]]
      }
      paths[item] = ["get": op("read"), "put": op("replace"), "patch": op("patch"), "delete": op("delete")]
      paths["/" + gv + (d.namespaced ? "/namespaces/{namespace}" : "") + "/\(d.plural)"] = ["get": op("list"), "post": op("create")]
    }
    return ok([
      "openapi": "3.0.0", "info": ["title": "Kubernetes", "version": "v1.32.0+fluidctl-sim"],
      "paths": .object(paths), "components": ["schemas": .object(schemas)],
    ])
  }
}
