import ArgumentParser
import FluidKit
import FluidModel
import Foundation

/// Turns `dataset create` flags into a Dataset and its runtime, rejecting bad input with one
/// clear line (exit 64) before anything is sent.
struct DatasetSpecBuilder {
  let c: DatasetCreate
  init(_ c: DatasetCreate) { self.c = c }

  /// URL schemes Fluid's runtimes accept in `spec.mounts[].mountPoint`.
  static let schemes = [
    "http", "https", "s3", "s3a", "oss", "gs", "hdfs", "cos", "cosn", "obs", "pvc", "local", "juicefs", "nfs", "minio",
    "ceph", "curvine", "dataset",
  ]

  func build() throws -> (JSONValue, JSONValue) {
    var mounts: [JSONValue] = []
    var usedNames: Set<String> = []
    let options = try pairs(c.option, flag: "--option")
    let secrets = try c.secretOption.map(secretOption)
    for url in c.mount {
      guard let sep = url.range(of: "://"), !url[sep.upperBound...].isEmpty else {
        throw ValidationError("invalid mount \"\(url)\": expected SCHEME://PATH, for example oss://bucket/path")
      }
      let scheme = url[..<sep.lowerBound].lowercased()
      guard Self.schemes.contains(scheme) else {
        throw ValidationError("unsupported mount scheme \"\(scheme)\" in \"\(url)\"; supported: \(Self.schemes.joined(separator: ", "))")
      }
      var mountName = Self.mountName(url, scheme: scheme)
      var n = 2
      while usedNames.contains(mountName) {
        mountName = "\(Self.mountName(url, scheme: scheme))-\(n)"
        n += 1
      }
      usedNames.insert(mountName)
      var m: JSONValue = ["mountPoint": .string(url), "name": .string(mountName)]
      if c.mount.count == 1 {
        if !options.isEmpty { m["options"] = .object(options.mapValues { .string($0) }) }
        if !secrets.isEmpty { m["encryptOptions"] = .array(secrets) }
      }
      mounts.append(m)
    }
    var spec: JSONValue = [:]
    if !mounts.isEmpty { spec["mounts"] = .array(mounts) }
    if c.mount.count > 1 {
      if !options.isEmpty { spec["sharedOptions"] = .object(options.mapValues { .string($0) }) }
      if !secrets.isEmpty { spec["sharedEncryptOptions"] = .array(secrets) }
    }
    if let p = c.placement { spec["placement"] = .string(p.rawValue) }
    let selectors = try pairs(c.nodeSelector, flag: "--node-selector")
    if !selectors.isEmpty {
      let exprs: [JSONValue] = selectors.keys.sorted().map {
        ["key": .string($0), "operator": "In", "values": [.string(selectors[$0] ?? "")]]
      }
      spec["nodeAffinity"] = ["required": ["nodeSelectorTerms": [["matchExpressions": .array(exprs)]]]]
    }
    let dataset: JSONValue = [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": .string(c.name)], "spec": spec,
    ]
    var runtimeSpec: JSONValue = ["replicas": .int(Int64(c.replicas))]
    runtimeSpec["tieredstore"] = ["levels": .array(try levels())]
    if c.runtime == .cacheruntime {
      // CacheRuntime's own shape: the class, and replicas and tiers under `worker`.
      runtimeSpec = [
        "runtimeClassName": .string(c.runtimeClass ?? ""),
        "worker": ["replicas": .int(Int64(c.replicas)), "tieredStore": ["levels": .array(try levels().map(Self.cacheRuntimeLevel))]],
      ]
    }
    let runtime: JSONValue = [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": .string(c.runtime.kind), "metadata": ["name": .string(c.name)],
      "spec": runtimeSpec,
    ]
    return (dataset, runtime)
  }

  func levels() throws -> [JSONValue] {
    let tiers = c.cache.isEmpty ? ["MEM:2Gi"] : c.cache
    return try tiers.map { t in
      let parts = t.split(separator: ":", maxSplits: 2).map(String.init)
      guard parts.count >= 2 else { throw ValidationError("invalid --cache \"\(t)\": expected MEDIUM:QUOTA[:PATH], for example MEM:2Gi") }
      let medium = parts[0].uppercased()
      guard ["MEM", "SSD", "HDD"].contains(medium) else {
        throw ValidationError("invalid cache medium \"\(parts[0])\" in --cache \"\(t)\": use MEM, SSD or HDD")
      }
      guard let q = Quantity(parts[1]) else {
        throw ValidationError("invalid quantity \"\(parts[1])\" in --cache \"\(t)\": \(Quantity.formatMessage)")
      }
      guard q.value > 0, q.isInInt64Range else {
        throw ValidationError("invalid quantity \"\(parts[1])\" in --cache \"\(t)\": must be above 0 and less than 8Ei")
      }
      let path = parts.count == 3 ? parts[2] : (medium == "MEM" ? "/dev/shm" : "/var/lib/fluid/cache")
      guard path.hasPrefix("/") else { throw ValidationError("invalid cache path \"\(path)\" in --cache \"\(t)\": must be absolute") }
      return ["mediumtype": .string(medium), "path": .string(path), "quota": .string(q.text), "high": "0.95", "low": "0.7"]
    }
  }

  /// A `tieredstore` level as CacheRuntime's `tieredStore` writes it: memory as
  /// `processMemory`, disks as `hostPath` with one path and quota.
  static func cacheRuntimeLevel(_ level: JSONValue) -> JSONValue {
    var out: JSONValue = ["high": level["high"] ?? "0.95", "low": level["low"] ?? "0.7"]
    let quota = level["quota"] ?? "2Gi"
    if level["mediumtype"]?.stringValue == "MEM" {
      out["processMemory"] = ["quota": quota]
    } else {
      out["hostPath"] = ["paths": [level["path"] ?? "/var/lib/fluid/cache"], "quotas": [quota]]
    }
    return out
  }

  func pairs(_ items: [String], flag: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for i in items {
      guard let eq = i.firstIndex(of: "="), eq != i.startIndex else {
        throw ValidationError("invalid \(flag) \"\(i)\": expected key=value")
      }
      out[String(i[..<eq])] = String(i[i.index(after: eq)...])
    }
    return out
  }

  func secretOption(_ s: String) throws -> JSONValue {
    let kv = try pairs([s], flag: "--secret-option")
    guard let (k, v) = kv.first else { throw ValidationError("invalid --secret-option \"\(s)\"") }
    let parts = v.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw ValidationError("invalid --secret-option \"\(s)\": expected key=SECRET:KEY")
    }
    guard ObjectMetaValidation.isDNS1123Subdomain(parts[0]) else {
      throw ValidationError("invalid secret name \"\(parts[0])\" in --secret-option: \(ObjectMetaValidation.dns1123SubdomainMessage)")
    }
    return ["name": .string(k), "valueFrom": ["secretKeyRef": ["name": .string(parts[0]), "key": .string(parts[1])]]]
  }

  /// A DNS-1123 label for the mount, from the URL's last path part (or its host).
  static func mountName(_ url: String, scheme: String) -> String {
    let rest = url.dropFirst(scheme.count + 3)
    let parts = rest.split(separator: "/").map(String.init)
    var raw = (scheme == "pvc" ? parts.first : parts.last) ?? scheme
    raw = raw.lowercased()
    var out = String(raw.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    while out.hasPrefix("-") { out.removeFirst() }
    while out.hasSuffix("-") { out.removeLast() }
    if out.isEmpty { out = scheme }
    return String(out.prefix(63))
  }
}
