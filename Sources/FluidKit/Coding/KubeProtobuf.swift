public import FluidModel
import Foundation

/// Kubernetes' protobuf request bodies (`application/vnd.kubernetes.protobuf`), which kubectl
/// sends for built-in kinds, read into the JSON form for the kinds clients create that way
/// against fluidctl's server: Namespace, ConfigMap, Secret and autoscaling/v1
/// HorizontalPodAutoscaler (`kubectl create namespace|configmap|secret`, `kubectl
/// autoscale`). The envelope is `k8s\0` and a `runtime.Unknown` (typeMeta, raw); field numbers
/// are those of k8s.io/api's generated.proto. Other kinds answer 415, and the client retries
/// in JSON.
public enum KubeProtobuf {
  public static let contentType = "application/vnd.kubernetes.protobuf"
  static let magic: [UInt8] = [0x6B, 0x38, 0x73, 0x00]

  /// The object, or a 415 (unsupported kind) / 400 (malformed) API error.
  public static func decode(_ bytes: [UInt8]) throws -> JSONValue {
    guard bytes.count >= 4, Array(bytes.prefix(4)) == magic else { throw bad("the protobuf body lacks the k8s envelope") }
    let unknown = try fields(bytes[4...])
    let typeMeta = try fields(unknown.bytes(1) ?? [])
    let apiVersion = typeMeta.string(1) ?? ""
    let kind = typeMeta.string(2) ?? ""
    let raw = try fields(unknown.bytes(2) ?? [])
    var o: JSONValue = ["apiVersion": .string(apiVersion), "kind": .string(kind)]
    let meta = try objectMeta(raw.bytes(1))
    if !meta.isEmpty { o["metadata"] = .object(meta) }
    switch (apiVersion, kind) {
    case ("v1", "Namespace"):
      break
    case ("v1", "ConfigMap"):
      if let data = try stringMap(raw.all(2)) { o["data"] = data }
      if let binary = try stringMap(raw.all(3), base64: true) { o["binaryData"] = binary }
      if let immutable = raw.varint(4) { o["immutable"] = .bool(immutable != 0) }
    case ("v1", "Secret"):
      if let data = try stringMap(raw.all(2), base64: true) { o["data"] = data }
      if let type = raw.string(3), !type.isEmpty { o["type"] = .string(type) }
      if let stringData = try stringMap(raw.all(4)) { o["stringData"] = stringData }
      if let immutable = raw.varint(5) { o["immutable"] = .bool(immutable != 0) }
    case ("autoscaling/v1", "HorizontalPodAutoscaler"):
      let spec = try fields(raw.bytes(2) ?? [])
      let ref = try fields(spec.bytes(1) ?? [])
      var s: JSONValue = ["scaleTargetRef": ["kind": .string(ref.string(1) ?? ""), "name": .string(ref.string(2) ?? "")]]
      if let v = ref.string(3) { s[path: ["scaleTargetRef", "apiVersion"]] = .string(v) }
      if let n = spec.varint(2) { s["minReplicas"] = .int(int32(n)) }
      if let n = spec.varint(3) { s["maxReplicas"] = .int(int32(n)) }
      if let n = spec.varint(4) { s["targetCPUUtilizationPercentage"] = .int(int32(n)) }
      o["spec"] = s
    default:
      throw FluidError.api(
        APIStatus(code: 415, reason: "UnsupportedMediaType", message: "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml"))
    }
    return o
  }

  static func int32(_ v: UInt64) -> Int64 { Int64(Int32(truncatingIfNeeded: v)) }

  /// ObjectMeta: name 1, generateName 2, namespace 3, labels 11, annotations 12.
  static func objectMeta(_ bytes: [UInt8]?) throws -> JSONObject {
    guard let bytes else { return [:] }
    let m = try fields(bytes[...])
    var o = JSONObject()
    // proto2 writes empty strings too; an empty field is an unset one.
    if let v = m.string(1), !v.isEmpty { o["name"] = .string(v) }
    if let v = m.string(2), !v.isEmpty { o["generateName"] = .string(v) }
    if let v = m.string(3), !v.isEmpty { o["namespace"] = .string(v) }
    if let v = try stringMap(m.all(11)) { o["labels"] = v }
    if let v = try stringMap(m.all(12)) { o["annotations"] = v }
    return o
  }

  /// A protobuf map<string, string|bytes>: entries with key 1 and value 2.
  static func stringMap(_ entries: [[UInt8]], base64: Bool = false) throws -> JSONValue? {
    guard !entries.isEmpty else { return nil }
    var out = JSONObject()
    for e in entries {
      let f = try fields(e[...])
      let value = f.bytes(2) ?? []
      out[f.string(1) ?? ""] = .string(base64 ? Data(value).base64EncodedString() : String(decoding: value, as: UTF8.self))
    }
    return .object(out)
  }

  /// One message's fields: varints and length-delimited values by field number.
  struct Fields {
    var varints: [Int: UInt64] = [:]
    var delimited: [Int: [[UInt8]]] = [:]
    func bytes(_ n: Int) -> [UInt8]? { delimited[n]?.last }
    func all(_ n: Int) -> [[UInt8]] { delimited[n] ?? [] }
    func string(_ n: Int) -> String? { bytes(n).map { String(decoding: $0, as: UTF8.self) } }
    func varint(_ n: Int) -> UInt64? { varints[n] }
  }

  static func fields(_ bytes: [UInt8]) throws -> Fields { try fields(bytes[...]) }

  static func fields(_ bytes: ArraySlice<UInt8>) throws -> Fields {
    var out = Fields()
    var i = bytes.startIndex
    func varint() throws -> UInt64 {
      var v: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        guard i < bytes.endIndex, shift < 64 else { throw bad("a truncated varint") }
        let b = bytes[i]
        i += 1
        v |= UInt64(b & 0x7F) << shift
        if b & 0x80 == 0 { return v }
        shift += 7
      }
    }
    while i < bytes.endIndex {
      let key = try varint()
      let field = Int(truncatingIfNeeded: key >> 3)
      switch key & 7 {
      case 0: out.varints[field] = try varint()
      case 1: guard i + 8 <= bytes.endIndex else { throw bad("a truncated field") }; i += 8
      case 5: guard i + 4 <= bytes.endIndex else { throw bad("a truncated field") }; i += 4
      case 2:
        let n = try varint()
        guard n <= UInt64(bytes.endIndex - i) else { throw bad("a field longer than the body") }
        out.delimited[field, default: []].append(Array(bytes[i..<(i + Int(n))]))
        i += Int(n)
      default: throw bad("an unknown wire type")
      }
    }
    return out
  }

  static func bad(_ why: String) -> FluidError { .api(.badRequest("the protobuf body could not be read: \(why)")) }
}
