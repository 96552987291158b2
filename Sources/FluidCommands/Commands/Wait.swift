import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Wait: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "wait",
    abstract: "Wait until objects reach a phase or condition, or are deleted (driven by watch events).",
    discussion: """
      Exit codes: 0 when the condition holds, 2 when a data operation ends in another terminal phase, 3 when the object does not exist, 4 on timeout. Examples:
        fluidctl wait dataset/demo --for=phase=Bound --timeout 5m
        fluidctl wait dataload/warmup --for=condition=Complete
        fluidctl wait dataset/demo --for=jsonpath='{.status.cacheStates.cachedPercentage}'=100.0%
        fluidctl wait dataset/demo --for=delete
        fluidctl wait datasets --all --for=phase=Bound --for=jsonpath='{.status.cacheStates.cacheCapacity}'
        fluidctl wait dataloads -l team=ml -A --for=condition=Complete
      With several --for, every condition must hold (each is awaited in turn); with --all or -l the
      kind's objects are listed first (an empty match is exit 3).
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: ArgumentHelp("KIND/NAME..., or KIND NAME...", valueName: "resource"), completion: CompletionSources.kindSlashNames)
  var resources: [String] = []

  @Option(name: .customLong("for"), help: "phase=P, condition=C[=STATUS], jsonpath={EXPR}[=VALUE], delete or create; repeatable.")
  var conditions: [String] = []

  @Flag(name: .long, help: "Wait for every object of the kind (in the namespace, or all with -A).")
  var all = false

  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "Wait for the objects of the kind with these labels.")
  var selector: String?

  @Option(name: .long, help: "How long to wait (Go duration; 0 checks once).")
  var timeout = "30s"

  func validate() throws {
    guard GoDuration.parse(timeout) != nil else { throw ValidationError("invalid duration \"\(timeout)\" for --timeout") }
    if resources.isEmpty { throw ValidationError("Please specify at least one resource, for example dataset/demo") }
    if conditions.isEmpty { throw ValidationError("Missing expected argument '--for <for>'") }
  }

  func execute(_ ctx: CommandContext) async throws {
    let conds = try conditions.map(WaitCondition.init(parsing:))
    let selection = try ResourceSelection.parse(resources, registry: ctx.registry)
    let listing = all || selector != nil
    if !listing, selection.entries.contains(where: { $0.names.isEmpty }) {
      throw FluidError.usage("resource(s) were provided, but no name was specified; name them, or pass --all or -l")
    }
    if listing, selection.entries.contains(where: { !$0.names.isEmpty }) {
      throw FluidError.usage("name objects or select them with --all / -l, not both")
    }
    let labels = try selector.map { try LabelSelector(parsing: $0) }
    let client = try ctx.connect(globals, ctx)
    let seconds = GoDuration.parse(timeout) ?? 30
    var targets: [(ResourceDescriptor, String?, String)] = []
    for (d, names) in selection.entries {
      if listing {
        let listed = try await client.listAll(d, namespace: globals.listNamespace(client), options: ListOptions(labelSelector: labels))
        targets += listed.items.map { (d, $0["metadata"]?["namespace"]?.stringValue, $0["metadata"]?["name"]?.stringValue ?? "") }
      } else {
        targets += names.map { (d, d.namespaced ? globals.effectiveNamespace(client) : nil, $0) }
      }
    }
    if targets.isEmpty { throw FluidError.api(APIStatus(code: 404, reason: "NotFound", message: "no matching resources found")) }
    for (d, ns, name) in targets {
      for cond in conds {
        try await waitOne(d, ns, name, cond, client: client, seconds: seconds, ctx: ctx, last: cond == conds.last)
      }
    }
  }

  /// Waits for one condition on one object; prints `condition met` after its last condition.
  func waitOne(
    _ d: ResourceDescriptor, _ ns: String?, _ name: String, _ cond: WaitCondition, client: any ClusterClient, seconds: Double,
    ctx: CommandContext, last isLast: Bool
  ) async throws {
    let last = LastSeen()
    let target = "\(d.plural)/\(name)"
    let check = { @Sendable (obj: JSONValue?) async throws -> Bool in
      last.set(obj)
      switch cond {
      case .delete: return obj == nil
      case .create: return obj != nil
      default:
        guard let obj else { throw FluidError.api(.notFound(d, name)) }
        if cond.isMet(by: obj) { return true }
        if let failure = Self.terminalFailure(d, obj, awaiting: cond) { throw FluidError.operationFailed("\(d.qualifiedSingular)/\(name) \(failure)") }
        return false
      }
    }
    let waiter = ObjectWaiter(client: client)
    if seconds <= 0 {
      let obj = try? await client.get(d, namespace: ns, name: name)
      if try await !check(obj) { throw FluidError.timeout("condition not met for \(target)") }
    } else {
      try await withDeadline(seconds: seconds, message: { "timed out waiting for the condition on \(target)" + last.summary + (await Self.why(client, d, last.snapshot)) }) {
        try await waiter.follow(d, namespace: ns, name: name, allowMissing: cond == .delete || cond == .create, check)
      }
    }
    if cond == .delete || !isLast { return }
    ctx.stdout.line("\(d.qualifiedSingular)/\(name) condition met")
  }

  /// Why a Fluid object the wait saw last is not ready (`: its pod … cannot be scheduled: …`),
  /// as `describe` says it; empty when there is nothing to say.
  static func why(_ client: any ClusterClient, _ d: ResourceDescriptor, _ obj: JSONValue?) async -> String {
    guard d.group == "data.fluid.io", let obj, let reason = (try? await Diagnosis(client: client).whyNotReady(d, obj)) ?? nil else { return "" }
    return ": " + reason
  }

  /// A data operation that ended in a terminal phase other than the one awaited cannot get there.
  static func terminalFailure(_ d: ResourceDescriptor, _ obj: JSONValue, awaiting: WaitCondition) -> String? {
    guard ["DataLoad", "DataBackup", "DataMigrate", "DataProcess"].contains(d.kind), d.group == "data.fluid.io",
      obj["spec"]?["policy"]?.stringValue ?? "Once" == "Once"
    else { return nil }
    let phase = obj["status"]?["phase"]?.stringValue ?? ""
    guard phase == "Failed" || phase == "Complete" else { return nil }
    let message = (obj["status"]?["conditions"]?.arrayValue ?? []).last?["message"]?.stringValue ?? ""
    return "ended in phase \(phase)" + (message.isEmpty ? "" : ": \(message)")
  }
}

/// The last state a wait saw, for the timeout message.
final class LastSeen: @unchecked Sendable {
  private let lock = NSLock()
  private var object: JSONValue?
  func set(_ o: JSONValue?) {
    lock.lock()
    object = o
    lock.unlock()
  }
  var snapshot: JSONValue? {
    lock.lock()
    defer { lock.unlock() }
    return object
  }
  var summary: String {
    lock.lock()
    defer { lock.unlock() }
    guard let o = object else { return "" }
    var parts: [String] = []
    if let p = o["status"]?["phase"]?.stringValue, !p.isEmpty { parts.append("phase=\(p)") }
    let conds = (o["status"]?["conditions"]?.arrayValue ?? []).compactMap { c -> String? in
      guard let t = c["type"]?.stringValue, let s = c["status"]?.stringValue else { return nil }
      return "\(t)=\(s)"
    }
    if !conds.isEmpty { parts.append("conditions " + conds.joined(separator: ",")) }
    return parts.isEmpty ? "" : " (last seen: " + parts.joined(separator: "; ") + ")"
  }
}
