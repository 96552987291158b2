import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Logs: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "logs",
    abstract: "Print the log of a pod, or of a data operation's pod (its latest try).",
    discussion: """
      A DataLoad, DataBackup, DataMigrate or DataProcess names the pod of its workload (a loader Job's newest pod); a Job its newest pod; a bare NAME a pod. Waits up to --pod-running-timeout for that pod to start. On the embedded cluster the loader's log follows the simulated transfer. Examples:
        fluidctl logs dataload/warmup
        fluidctl logs -f dataload/warmup --timestamps
        fluidctl logs demo-worker-0 --tail 20
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: ArgumentHelp("POD, or KIND/NAME of a pod, Job or Fluid data operation", valueName: "target"), completion: CompletionSources.resources)
  var target: String

  @Flag(name: [.customShort("f"), .long], help: "Keep printing new lines until the container stops.") var follow = false
  @Option(name: .long, parsing: .unconditional, help: "Only the last N lines (-1: all).") var tail: Int = -1
  @Option(name: [.customShort("c"), .long], help: "The container (needed for pods of several containers).") var container: String?
  @Flag(name: .long, help: "Prefix each line with its RFC 3339 time.") var timestamps = false
  @Option(name: .long, help: "Only lines newer than this (Go duration, e.g. 5m).") var since: String?
  @Option(name: .customLong("pod-running-timeout"), help: "How long to wait for the pod to start (Go duration).")
  var podRunningTimeout = "20s"

  func validate() throws {
    guard (-1...1_000_000).contains(tail) else { throw ValidationError("invalid --tail \(tail): use -1 (all) or 0 to 1000000 lines") }
    guard GoDuration.parse(podRunningTimeout) != nil else { throw ValidationError("invalid duration \"\(podRunningTimeout)\" for --pod-running-timeout") }
    if let since {
      guard let s = GoDuration.parse(since), s > 0, s <= 100 * 365 * 86400 else { throw ValidationError("invalid duration \"\(since)\" for --since") }
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    let client = try ctx.connect(globals, ctx)
    let ns = globals.effectiveNamespace(client)
    let (d, name) = try parseTarget(ctx.registry)
    let timeout = GoDuration.parse(podRunningTimeout) ?? 20
    let pod = try await withDeadline(seconds: timeout, message: {
      "timed out after \(podRunningTimeout) waiting for a pod of \(d.qualifiedSingular)/\(name) to start"
    }) {
      try await startedPod(client, d, ns, name, ctx)
    }
    let options = PodLogOptions(
      container: container, follow: follow, tailLines: tail >= 0 ? tail : nil,
      sinceSeconds: since.flatMap(GoDuration.parse).map { Int($0.rounded(.up)) }, timestamps: timestamps)
    for try await line in client.podLog(namespace: ns, pod: pod, options: options) {
      ctx.stdout.write(TerminalText.escape(line, keepingNewlines: true))
      if follow { ctx.stdout.flush() }
    }
  }

  /// `KIND/NAME` or a pod's name.
  func parseTarget(_ registry: ResourceRegistry) throws -> (ResourceDescriptor, String) {
    guard let slash = target.firstIndex(of: "/") else { return (CoreKinds.pod, target) }
    let kind = String(target[..<slash])
    let name = String(target[target.index(after: slash)...])
    guard !name.isEmpty else { throw FluidError.usage("resource name may not be empty") }
    let d = try ResourceSelection.resolveOne(kind, registry)
    let supported = ["Pod", "Job", "DataLoad", "DataBackup", "DataMigrate", "DataProcess"]
    guard supported.contains(d.kind) else {
      throw FluidError.usage("cannot get logs of \(d.qualifiedPlural): use a pod, a job, or a dataload, databackup, datamigrate or dataprocess")
    }
    return (d, name)
  }

  /// The name of the pod to read, once its container has started; re-resolved on every pod
  /// change, so a loader's next try is found.
  func startedPod(_ client: any ClusterClient, _ d: ResourceDescriptor, _ ns: String, _ name: String, _ ctx: CommandContext) async throws -> String {
    let found = PodFound()
    if let pod = try await resolve(client, d, ns, name), Self.started(pod) { return Self.podName(pod) }
    let options = d == CoreKinds.pod ? ListOptions(fieldSelector: try FieldSelector(parsing: "metadata.name=\(name)")) : ListOptions()
    try await Informer(client: client, resource: CoreKinds.pod, namespace: ns, options: options).run { _, _ in
      guard let pod = try await resolve(client, d, ns, name), Self.started(pod) else { return false }
      found.name = Self.podName(pod)
      return true
    }
    return found.name
  }

  /// The pod `d`/`name` stands for now (nil while there is none); throws NotFound when `d`/`name`
  /// itself does not exist.
  func resolve(_ client: any ClusterClient, _ d: ResourceDescriptor, _ ns: String, _ name: String) async throws -> JSONValue? {
    if d == CoreKinds.pod { return try await client.get(d, namespace: ns, name: name) }
    let object = try await client.get(d, namespace: ns, name: name)
    let workloads = OperationWorkloads(client: client)
    var job: JSONValue?
    if d == CoreKinds.job {
      job = object
    } else if let w = try await workloads.workload(of: d, object) {
      switch w.descriptor.kind {
      case "Pod": return w.object
      case "Job": job = w.object
      default:
        // A CronJob: its newest Job.
        let jobs = try await client.list(CoreKinds.job, namespace: ns, options: ListOptions()).items.filter {
          ($0["metadata"]?["ownerReferences"]?.arrayValue ?? []).contains { $0["name"] == w.object["metadata"]?["name"] }
        }
        job = jobs.max { ($0["metadata"]?["creationTimestamp"]?.stringValue ?? "") < ($1["metadata"]?["creationTimestamp"]?.stringValue ?? "") }
      }
    }
    guard let job else { return nil }
    return try await workloads.pods(ofJob: job).last
  }

  static func podName(_ pod: JSONValue) -> String { pod["metadata"]?["name"]?.stringValue ?? "" }

  /// A container has started (running or terminated), or the pod has failed outright.
  static func started(_ pod: JSONValue) -> Bool {
    let statuses = pod["status"]?["containerStatuses"]?.arrayValue ?? []
    return statuses.contains { $0["state"]?["running"] != nil || $0["state"]?["terminated"] != nil }
      || ["Succeeded", "Failed"].contains(pod["status"]?["phase"]?.stringValue ?? "")
  }
}

/// The pod a wait found (set from the informer's callback).
private final class PodFound: @unchecked Sendable {
  var name = ""
}
