import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Cache: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "cache",
    abstract: "Show a dataset's cache: capacity and usage per worker, node and tier (like 'alluxio fsadmin report capacity').",
    discussion: """
      Examples:
        fluidctl cache imagenet
        fluidctl cache imagenet -n team-a -o json
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: "The dataset.", completion: CompletionSources.datasets) var dataset: String

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let client = try ctx.connect(globals, ctx)
    let ns = globals.effectiveNamespace(client)
    let report = try await CacheReportLoader(client: client).report(dataset: dataset, namespace: ns)
    guard report.runtime != nil else {
      throw FluidError.api(APIStatus(code: 404, reason: "NotFound", message: "dataset \"\(dataset)\" has no runtime, so no cache"))
    }
    switch format {
    case .json: ctx.stdout.line(JSONWriter.pretty(MachineDocument.wrap(kind: "CacheReport", report.json)))
    case .yaml: ctx.stdout.write(YAMLWriter.write(MachineDocument.wrap(kind: "CacheReport", report.json)))
    default: ctx.stdout.write(Self.render(report))
    }
  }

  static func render(_ r: CacheReport) -> String {
    func or(_ s: String) -> String { s.isEmpty ? "-" : s }
    var out = "Dataset \(r.namespace)/\(r.dataset) (\(r.runtime ?? "-")): capacity \(or(r.cacheCapacity)), cached \(or(r.cached))"
    out += " (\(or(r.cachedPercentage)) of \(or(r.ufsTotal))), hit ratio \(or(r.cacheHitRatio))\n\n"
    var rows = [["WORKER", "NODE", "STATUS", "TIERS", "CAPACITY", "CACHED", "USED"]]
    for w in r.workers {
      let tiers = w.tiers.map { t in
        "\(t.medium):" + (t.usedBytes.map { FluidFormat.bytes($0) + "/" } ?? "") + FluidFormat.bytes(t.quotaBytes)
      }
      rows.append([
        w.name, w.node.isEmpty ? "<pending>" : w.node, w.ready ? "Ready" : "NotReady", tiers.joined(separator: ","),
        FluidFormat.bytes(w.capacityBytes), w.cachedBytes.map(FluidFormat.bytes) ?? "-",
        w.cachedBytes.map { w.capacityBytes > 0 ? FluidFormat.fixed($0 / w.capacityBytes * 100, decimals: 1) + "%" : "-" } ?? "-",
      ])
    }
    out += TablePrinter.align(rows)
    let reasons = Set(r.workers.filter { $0.ready }.compactMap(\.metricsError))
    if let reason = reasons.sorted().first { out += "\nCACHED shows - where a worker's metrics are unreadable: \(reason).\n" }
    return out
  }
}

/// Builds a dataset's `CacheReport` from one cluster: the dataset, its runtime, the runtime's
/// worker pods and their metrics through the pod proxy.
struct CacheReportLoader {
  let client: any ClusterClient

  func report(dataset name: String, namespace ns: String) async throws -> CacheReport {
    let ds = try await client.get(FluidKindsLookup.dataset, namespace: ns, name: name)
    let runtime = try await FluidRelations(client: client).runtime(named: name, namespace: ns)
    var pods: [JSONValue] = []
    if let (_, rt) = runtime, let selector = rt["status"]?["selector"]?.stringValue, !selector.isEmpty {
      pods = try await client.list(CoreKinds.pod, namespace: ns, options: ListOptions(labelSelector: try LabelSelector(parsing: selector))).items
    }
    let metrics = await WorkerMetricsReader(client: client).read(runtimeKind: runtime?.0.kind ?? "", pods: pods)
    return CacheReport.build(dataset: ds, runtime: runtime.map { ($0.0, $0.1) }, pods: pods, metrics: metrics)
  }
}
