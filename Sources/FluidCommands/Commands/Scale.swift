import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Scale: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "scale",
    abstract: "Set the number of cache workers of a dataset's runtime (through the scale subresource).",
    discussion: """
      With --wait, returns when the workers are ready, or says why they are not (exit 4). Examples:
        fluidctl scale imagenet --replicas 4 --wait
        fluidctl scale alluxioruntime/imagenet --replicas 1
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: "A dataset (its runtime is scaled) or KIND/NAME of a runtime.", completion: CompletionSources.datasets)
  var target: String

  @Option(name: .long, parsing: .unconditional, help: "The number of cache workers.", transform: WholeNumber.replicas)
  var replicas: Int

  @Flag(name: .long, help: "Wait until that many workers are ready.") var wait = false

  @Option(name: .long, help: "How long --wait waits (Go duration).") var timeout = "5m"

  func validate() throws {
    guard GoDuration.parse(timeout) != nil else { throw ValidationError("invalid duration \"\(timeout)\" for --timeout") }
  }

  func execute(_ ctx: CommandContext) async throws {
    let client = try ctx.connect(globals, ctx)
    let ns = globals.effectiveNamespace(client)
    let (d, name) = try await resolve(client, ns, ctx.registry)
    guard d.scale != nil else {
      throw FluidError.usage("\(d.qualifiedPlural) has no scale subresource; scalable kinds: " + ctx.registry.descriptors.filter { $0.scale != nil }.map(\.plural).joined(separator: ", "))
    }
    _ = try await client.patch(d, namespace: ns, name: name, mergePatch: ["spec": ["replicas": .int(Int64(replicas))]], subresource: "scale", options: WriteOptions())
    ctx.stdout.line("\(d.qualifiedSingular)/\(name) scaled")
    ctx.stdout.flush()
    guard wait else { return }
    let last = LastSeen()
    let want = Int64(replicas)
    let seconds = GoDuration.parse(timeout) ?? 300
    try await withDeadline(seconds: seconds, message: {
      "timed out after \(GoDuration.format(seconds)) waiting for \(d.qualifiedSingular)/\(name) to have \(want) ready workers" + Self.why(last)
    }) {
      try await ObjectWaiter(client: client).follow(d, namespace: ns, name: name, allowMissing: false) { obj in
        guard let obj else { throw FluidError.api(.notFound(d, name)) }
        last.set(obj)
        let st = obj["status"]
        return st?["desiredWorkerNumberScheduled"]?.intValue == want && st?["workerNumberReady"]?.intValue == want
      }
    }
    ctx.stderr.line("\(d.qualifiedSingular)/\(name): \(want)/\(want) workers ready")
  }

  static func why(_ last: LastSeen) -> String { last.workerSummary }

  func resolve(_ client: any ClusterClient, _ ns: String, _ registry: ResourceRegistry) async throws -> (ResourceDescriptor, String) {
    try await Self.resolve(target, client, ns, registry)
  }

  /// A dataset name → its bound runtime; `kind/name` → that (`scale` and `autoscale`).
  static func resolve(_ target: String, _ client: any ClusterClient, _ ns: String, _ registry: ResourceRegistry) async throws -> (ResourceDescriptor, String) {
    if target.contains("/") {
      let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
      guard let d = registry.resolve(parts[0]) else { throw FluidError.unknownResource(parts[0]) }
      return (d, parts[1])
    }
    if let (d, _) = try await FluidRelations(client: client).runtime(named: target, namespace: ns) { return (d, target) }
    _ = try await client.get(FluidKindsLookup.dataset, namespace: ns, name: target)
    throw FluidError.api(APIStatus(code: 404, reason: "NotFound", message: "dataset \"\(target)\" has no runtime to scale (a runtime binds by having the same name)"))
  }
}

extension LastSeen {
  /// `: 2/4 workers ready; 0/3 nodes are available: ...` from a runtime's last status.
  var workerSummary: String {
    guard let st = snapshot?["status"] else { return "" }
    var s = ": \(st["workerNumberReady"]?.intValue ?? 0)/\(st["desiredWorkerNumberScheduled"]?.intValue ?? 0) workers ready"
    if let reason = st["workerReason"]?.stringValue, !reason.isEmpty { s += "; pending workers: \(reason)" }
    return s
  }
}
