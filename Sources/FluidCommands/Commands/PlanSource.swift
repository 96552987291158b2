import FluidKit
import FluidModel
import FluidSimulator
import Foundation

/// What `plan --from dataset/NAME` takes from a cluster: the dataset's size and files from its
/// status, and the UFS's throughput as its completed DataLoads of all its data measured it
/// (size ÷ duration, the median over the loads).
struct PlanSource {
  var bytes: Double?
  var files: Int64?
  var ufsBitsPerSecond: Double?
  var note: String

  /// `dataset/NAME`, `datasets/NAME`, `dataset.data.fluid.io/NAME` or `NAME`.
  static func name(_ from: String) throws -> String {
    let parts = from.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    switch parts.count {
    case 1: return parts[0]
    case 2 where ["dataset", "datasets", "dataset.data.fluid.io", "datasets.data.fluid.io"].contains(parts[0].lowercased()) && !parts[1].isEmpty:
      return parts[1]
    default: throw FluidError.usage("--from takes dataset/NAME, not \"\(from)\"")
    }
  }

  static func read(_ from: String, client: any ClusterClient, namespace ns: String) async throws -> PlanSource {
    let name = try name(from)
    let ds = Dataset(json: try await client.get(Dataset.descriptor, namespace: ns, name: name))
    let bytes = FluidFormat.parseBytes(ds.ufsTotal).flatMap { $0 > 0 ? $0 : nil }
    let files = ds.fileNum.flatMap { Int64($0) }
    var rates: [Double] = []
    if let bytes {
      for o in try await client.list(DataLoad.descriptor, namespace: ns, options: ListOptions()).items {
        let load = DataLoad(json: o)
        guard load.datasetName == name, load.phase == "Complete", load.targets.allSatisfy({ $0.path == "/" }),
          let seconds = load.duration.flatMap(GoDuration.parse), seconds > 0
        else { continue }
        rates.append(bytes * 8 / seconds)
      }
    }
    rates.sort()
    let median = rates.isEmpty ? nil : rates[rates.count / 2]
    var note = "dataset \(ns)/\(name): \(bytes.map(FluidFormat.bytes) ?? "size unknown")"
    if let files { note += ", \(files) files" }
    if let median { note += "; UFS \(Bandwidth.format(median)) measured by \(rates.count) completed DataLoad\(rates.count == 1 ? "" : "s") (median)" }
    return PlanSource(bytes: bytes, files: files, ufsBitsPerSecond: median, note: note)
  }
}
