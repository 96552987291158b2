import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  /// Records a core Event about an object, aggregating repeats as Kubernetes does: the same
  /// object, reason and message increment `count` and move `lastTimestamp`.
  func emitEvent(_ e: SimEvent) throws {
    let meta = e.involved["metadata"]
    let ns = meta?["namespace"]?.stringValue ?? "default"
    let name = meta?["name"]?.stringValue ?? ""
    let uid = meta?["uid"]?.stringValue ?? ""
    let time = try nowText()
    let eventName = name + "." + Self.hex16(Self.hash(joinedBy: 0x2F, e.kind, name, uid, e.reason, e.message))
    let k = ObjectKey(resource: CoreKinds.event.qualifiedPlural, namespace: ns, name: eventName)
    if var existing = try store.get(k) {
      // client-go's spam filter: after a burst of 25, one repeat per object every 5 minutes.
      let count = existing["count"]?.intValue ?? 1
      let last = existing["lastTimestamp"]?.stringValue.flatMap(Timestamps.parse)
      if count >= 25, let last, try now().timeIntervalSince(last) < 300 { return }
      existing["count"] = .int(count + 1)
      existing["lastTimestamp"] = .string(time)
      try store.put(k, existing, type: .modified)
      return
    }
    var involved: JSONValue = [
      "kind": .string(e.kind), "name": .string(name), "namespace": .string(ns),
      "apiVersion": e.involved["apiVersion"] ?? "v1",
    ]
    if !uid.isEmpty { involved["uid"] = .string(uid) }
    if let rv = meta?["resourceVersion"] { involved["resourceVersion"] = rv }
    let event: JSONValue = [
      "apiVersion": "v1", "kind": "Event",
      "metadata": [
        "name": .string(eventName), "namespace": .string(ns), "uid": .string(try newUID(for: k)), "creationTimestamp": .string(time),
      ],
      "involvedObject": involved, "reason": .string(e.reason), "message": .string(e.message), "type": .string(e.type),
      "source": ["component": .string(e.component)], "firstTimestamp": .string(time), "lastTimestamp": .string(time),
      "count": 1, "reportingComponent": .string(e.component),
    ]
    if try store.get(ObjectKey(resource: CoreKinds.namespace.qualifiedPlural, namespace: "", name: ns)) == nil { return }
    try store.put(k, event, type: .added)
  }

  /// `v` as 16 lowercase hex digits (`%016llx`).
  static func hex16(_ v: UInt64) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8](repeating: 0x30, count: 16)
    var x = v
    for i in stride(from: 15, through: 0, by: -1) {
      out[i] = digits[Int(x & 0xf)]
      x >>= 4
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// 64-bit FNV-1a of `s`'s UTF-8 bytes.
  static func hash(_ s: String) -> UInt64 { hash(joinedBy: nil, s) }

  /// `hash` of `parts` joined by the byte `separator`, without building the joined string.
  static func hash(joinedBy separator: UInt8?, _ parts: String...) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for (i, part) in parts.enumerated() {
      if i > 0, let separator {
        h ^= UInt64(separator)
        h = h &* 0x100_0000_01b3
      }
      var text = part
      text.withUTF8 { bytes in
        for b in bytes {
          h ^= UInt64(b)
          h = h &* 0x100_0000_01b3
        }
      }
    }
    return h
  }
}
