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
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: ArgumentHelp("KIND/NAME..., or KIND NAME...", valueName: "resource"), completion: CompletionSources.kindSlashNames)
  var resources: [String] = []

  @Option(name: .customLong("for"), help: "phase=P, condition=C[=STATUS], jsonpath={EXPR}[=VALUE], delete or create.")
  var condition: String

  @Option(name: .long, help: "How long to wait (Go duration; 0 checks once).")
  var timeout = "30s"

  func validate() throws {
    guard GoDuration.parse(timeout) != nil else { throw ValidationError("invalid duration \"\(timeout)\" for --timeout") }
    if resources.isEmpty { throw ValidationError("Please specify at least one resource, for example dataset/demo") }
  }

  func execute(_ ctx: CommandContext) async throws {
    let cond = try WaitCondition(parsing: condition)
    let selection = try ResourceSelection.parse(resources, registry: ctx.registry)
    let client = try ctx.connect(globals, ctx)
    let seconds = GoDuration.parse(timeout) ?? 30
    for (d, names) in selection.entries {
      for name in names {
        try await waitOne(d, name, cond, client: client, seconds: seconds, ctx: ctx)
      }
    }
  }

  func waitOne(_ d: ResourceDescriptor, _ name: String, _ cond: WaitCondition, client: any ClusterClient, seconds: Double, ctx: CommandContext)
    async throws
  {
    let ns = d.namespaced ? globals.effectiveNamespace(client) : nil
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
      try await withDeadline(seconds: seconds, message: { "timed out waiting for the condition on \(target)" + last.summary }) {
        try await waiter.follow(d, namespace: ns, name: name, allowMissing: cond == .delete || cond == .create, check)
      }
    }
    if cond == .delete { return }
    ctx.stdout.line("\(d.qualifiedSingular)/\(name) condition met")
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
