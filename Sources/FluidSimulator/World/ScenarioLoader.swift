import FluidKit
import FluidModel
import Foundation

/// Finds a scenario by built-in name or reads a scenario file (YAML or JSON).
public enum ScenarioLoader {
  public static func load(_ nameOrPath: String) throws -> Scenario {
    if let s = Scenario.named(nameOrPath) { return s }
    guard FileManager.default.fileExists(atPath: nameOrPath) else {
      let names = Scenario.builtIn.map(\.name).joined(separator: ", ")
      throw FluidError.usage("unknown scenario \"\(nameOrPath)\": use a built-in one (\(names)) or a scenario file")
    }
    guard let data = FileManager.default.contents(atPath: nameOrPath), let text = String(data: data, encoding: .utf8) else {
      throw FluidError.input(source: nameOrPath, message: "cannot read scenario file \(nameOrPath)")
    }
    let doc: JSONValue
    do {
      guard let first = try ManifestDecoder.decode(text).first?.value else {
        throw FluidError.input(source: nameOrPath, message: "scenario file \(nameOrPath) is empty")
      }
      doc = first
    } catch let e as ManifestDecoder.Error {
      throw FluidError.input(source: nameOrPath, message: "error parsing \(nameOrPath): \(e)")
    }
    return try parse(doc, source: nameOrPath)
  }

  /// Reads a scenario document:
  /// `{name, nodes: [{namePrefix, count, cpu, memory, ssd, hdd, nic, zone, labels, taints}], ufs: [{prefix, size, files, bandwidth, perConnection}], workload}`.
  public static func parse(_ doc: JSONValue, source: String) throws -> Scenario {
    func fail(_ why: String) -> FluidError { .input(source: source, message: "invalid scenario \(source): \(why)") }
    guard let name = doc["name"]?.stringValue, !name.isEmpty else { throw fail("name is required") }
    var groups: [Scenario.NodeGroup] = []
    for (i, n) in (doc["nodes"]?.arrayValue ?? []).enumerated() {
      func bytes(_ key: String, _ def: String) throws -> Double {
        let text = n[key]?.stringValue ?? n[key].map { JSONWriter.compact($0) } ?? def
        guard let q = Quantity(text) else { throw fail("nodes[\(i)].\(key): invalid quantity \"\(text)\"") }
        return q.value
      }
      let nicText = n["nic"]?.stringValue ?? "10Gbps"
      guard let nic = Bandwidth.parse(nicText) else { throw fail("nodes[\(i)].nic: invalid bandwidth \"\(nicText)\" (use for example 25Gbps)") }
      guard let count = n["count"]?.intValue, count > 0 else { throw fail("nodes[\(i)].count must be a positive integer") }
      groups.append(
        Scenario.NodeGroup(
          namePrefix: n["namePrefix"]?.stringValue ?? "sim-node-", count: Int(count), cpu: Int(n["cpu"]?.intValue ?? 8),
          memoryBytes: try bytes("memory", "32Gi"), ssdBytes: try bytes("ssd", "0"), hddBytes: try bytes("hdd", "0"),
          nicBitsPerSecond: nic, zone: n["zone"]?.stringValue ?? "zone-a",
          labels: n["labels"]?.objectValue?.compactMapValues(\.stringValue) ?? [:], taints: n["taints"]?.arrayValue ?? []))
    }
    if groups.isEmpty { throw fail("at least one node group is required") }
    var ufs: [Scenario.UFSEndpoint] = []
    for (i, u) in (doc["ufs"]?.arrayValue ?? []).enumerated() {
      guard let prefix = u["prefix"]?.stringValue, prefix.contains("://") else { throw fail("ufs[\(i)].prefix must be a URL such as oss://bucket") }
      let sizeText = u["size"]?.stringValue ?? "0"
      guard let size = Quantity(sizeText) else { throw fail("ufs[\(i)].size: invalid quantity \"\(sizeText)\"") }
      let bwText = u["bandwidth"]?.stringValue ?? "10Gbps"
      guard let bw = Bandwidth.parse(bwText) else { throw fail("ufs[\(i)].bandwidth: invalid bandwidth \"\(bwText)\"") }
      let perText = u["perConnection"]?.stringValue ?? "0"
      guard let per = perText == "0" ? 0 : Bandwidth.parse(perText) else { throw fail("ufs[\(i)].perConnection: invalid bandwidth \"\(perText)\"") }
      ufs.append(
        Scenario.UFSEndpoint(
          prefix: prefix, totalBytes: size.value, files: u["files"]?.intValue ?? 1, bitsPerSecond: bw,
          perConnectionBitsPerSecond: per))
    }
    let workload = try doc["workload"].map { try Workload.parse($0, fail: fail) }
    return Scenario(name: name, nodeGroups: groups, ufs: ufs, workload: workload)
  }
}

/// Network bandwidths as people write them: `10Gbps`, `25Gb/s`, `800Mbps`, `1.25GB/s`.
public enum Bandwidth {
  /// The fastest link the simulator models: 1 Pbps.
  public static let maximum = 1e15

  /// Bits per second from 0 to `maximum`, or nil.
  public static func parse(_ text: String) -> Double? {
    let t = text.trimmingCharacters(in: .whitespaces)
    let number = t.prefix(while: { $0.isNumber || $0 == "." })
    guard let v = Double(number), v >= 0 else { return nil }
    let unit = t.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
    let table: [String: Double] = [
      "bps": 1, "Kbps": 1e3, "Mbps": 1e6, "Gbps": 1e9, "Tbps": 1e12, "Kb/s": 1e3, "Mb/s": 1e6, "Gb/s": 1e9,
      "B/s": 8, "KB/s": 8e3, "MB/s": 8e6, "GB/s": 8e9, "TB/s": 8e12,
    ]
    guard let m = table[unit], v * m <= maximum else { return nil }
    return v * m
  }

  /// `10Gbps`, `2.5Gbps`, `800Mbps`.
  public static func format(_ bitsPerSecond: Double) -> String {
    for (m, u) in [(1e12, "Tbps"), (1e9, "Gbps"), (1e6, "Mbps"), (1e3, "Kbps")] where bitsPerSecond >= m {
      let v = bitsPerSecond / m
      return (v == v.rounded() ? String(Int64(saturating: v)) : String(format: "%.2f", v)) + u
    }
    return "\(Int64(saturating: bitsPerSecond))bps"
  }
}
