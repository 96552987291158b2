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
    let ds = Dataset(json: try await client.get(FluidKindsLookup.dataset, namespace: ns, name: dataset))
    guard let (rd, rtJSON) = try await FluidRelations(client: client).runtime(named: dataset, namespace: ns) else {
      throw FluidError.api(APIStatus(code: 404, reason: "NotFound", message: "dataset \"\(dataset)\" has no runtime, so no cache"))
    }
    let rt = AlluxioRuntime(json: rtJSON)  // every runtime kind shares the fields read here
    let levels = rt.tieredStoreLevels
    let perWorker = levels.reduce(0.0) { $0 + ($1.quota?.value ?? 0) }
    var workers: [JSONValue] = []
    if let selector = rt.selector {
      let pods = try await client.list(CoreKinds.pod, namespace: ns, options: ListOptions(labelSelector: try LabelSelector(parsing: selector)))
      // The embedded cluster records what each worker holds; scale that to the dataset's
      // current `cached` (transfers in flight are only in the total). Real clusters: unknown.
      let stored = pods.items.map { $0["metadata"]?["annotations"]?["sim.fluidctl.io/cached-bytes"]?.stringValue.flatMap(Double.init) }
      let total = LoadProgress.parseSize(ds.cacheStates["cached"]) ?? 0
      let storedSum = stored.compactMap { $0 }.reduce(0, +)
      let readyCount = Double(pods.items.filter { p in (p["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" } }.count)
      for (i, p) in pods.items.enumerated() {
        let ready = (p["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
        let cached: Double? = stored[i].map { s in
          guard ready else { return 0 }
          return storedSum > 0 ? total * s / storedSum : (readyCount > 0 ? total / readyCount : 0)
        }
        var w: JSONValue = [
          "name": p["metadata"]?["name"] ?? "", "node": p["spec"]?["nodeName"] ?? "", "ready": .bool(ready),
          "tiers": .array(levels.map { ["medium": .string($0.mediumType), "path": .string($0.path ?? ""), "capacity": .double($0.quota?.value ?? 0)] }),
          "capacityBytes": .double(ready ? perWorker : 0),
        ]
        if let cached { w["cachedBytes"] = .double(cached) }
        workers.append(w)
      }
    }
    let states = ds.cacheStates
    let summary: JSONValue = [
      "dataset": .string("\(ns)/\(dataset)"), "runtime": .string("\(rd.qualifiedSingular)/\(dataset)"),
      "cacheCapacity": .string(states["cacheCapacity"] ?? ""), "cached": .string(states["cached"] ?? ""),
      "cachedPercentage": .string(states["cachedPercentage"] ?? ""), "cacheHitRatio": .string(states["cacheHitRatio"] ?? ""),
      "ufsTotal": .string(ds.ufsTotal ?? ""), "workers": .array(workers),
    ]
    switch format {
    case .json: ctx.stdout.line(JSONWriter.pretty(summary))
    case .yaml: ctx.stdout.write(YAMLWriter.write(summary))
    default: ctx.stdout.write(render(summary, workers: workers))
    }
  }

  func render(_ s: JSONValue, workers: [JSONValue]) -> String {
    func str(_ k: String) -> String { s[k]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? "-" }
    var out = "Dataset \(str("dataset")) (\(str("runtime"))): capacity \(str("cacheCapacity")), cached \(str("cached"))"
    out += " (\(str("cachedPercentage")) of \(str("ufsTotal"))), hit ratio \(str("cacheHitRatio"))\n\n"
    var rows = [["WORKER", "NODE", "STATUS", "TIERS", "CAPACITY", "CACHED", "USED"]]
    for w in workers {
      let cap = w["capacityBytes"]?.doubleValue ?? 0
      let cached = w["cachedBytes"]?.doubleValue
      let tiers = (w["tiers"]?.arrayValue ?? []).map { "\($0["medium"]?.stringValue ?? ""):\(LoadProgress.bytes($0["capacity"]?.doubleValue ?? 0))" }
      rows.append([
        w["name"]?.stringValue ?? "", w["node"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? "<pending>",
        w["ready"]?.boolValue == true ? "Ready" : "NotReady", tiers.joined(separator: ","), LoadProgress.bytes(cap),
        cached.map(LoadProgress.bytes) ?? "-", cached.map { cap > 0 ? String(format: "%.1f%%", $0 / cap * 100) : "-" } ?? "-",
      ])
    }
    return out + TablePrinter.align(rows)
  }
}
