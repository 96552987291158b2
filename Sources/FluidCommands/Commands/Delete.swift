import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Delete: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete objects by kind and name, by selector, or from manifests.",
    discussion: """
      Waits until the objects are gone (their finalizers done) unless --wait=false; when the wait times out, says what still holds each object. Examples:
        fluidctl delete dataset demo
        fluidctl delete -f examples/quickstart/ --cascade=foreground
        fluidctl delete dataloads -l team=ml --wait=false
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: ArgumentHelp("KIND NAME..., or KIND/NAME...", valueName: "resource"), completion: CompletionSources.resources)
  var resources: [String] = []

  @Option(name: [.customShort("f"), .customLong("filename")], help: "Delete the objects these manifests describe.", completion: .file(extensions: ["yaml", "yml", "json"]))
  var filenames: [String] = []

  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "Delete every object matching this label selector.")
  var selector: String?

  @Flag(name: .long, help: "Delete every object of the kind in the namespace.")
  var all = false

  @Option(name: .long, help: "Wait until the objects are gone (true or false).")
  var wait: Bool = true

  @Option(name: .long, help: "How long to wait (Go duration, for example 30s, 5m).")
  var timeout = "5m"

  @Flag(name: .customLong("ignore-not-found"), help: "Treat a missing object as deleted.")
  var ignoreNotFound = false

  @Option(name: .long, help: "background, foreground or orphan (dependents kept).")
  var cascade: Cascade = .background

  @Option(name: .customLong("dry-run"), help: "none, client or server.")
  var dryRun: DryRun = .none

  enum Cascade: String, ExpressibleByArgument, CaseIterable {
    case background, foreground, orphan, `true`, `false`
    var propagation: DeleteOptions.Propagation {
      switch self {
      case .background, .true: return .background
      case .foreground: return .foreground
      case .orphan, .false: return .orphan
      }
    }
  }

  func validate() throws {
    guard GoDuration.parse(timeout) != nil else { throw ValidationError("invalid duration \"\(timeout)\" for --timeout") }
    if filenames.isEmpty && resources.isEmpty {
      throw ValidationError("You must provide one or more resources by argument or filename.")
    }
    if !filenames.isEmpty && !resources.isEmpty {
      throw ValidationError("cannot pass resource arguments together with -f")
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let client = try ctx.connect(globals, ctx)
    let targets = try await resolveTargets(ctx, client)
    let options = DeleteOptions(propagation: cascade.propagation, dryRun: dryRun == .server)
    let suffix = dryRun == .server ? " (server dry run)" : dryRun == .client ? " (dry run)" : ""
    var errors: [FluidError] = []
    var pending: [(ResourceDescriptor, String?, String)] = []
    for (d, ns, name) in targets {
      do {
        if dryRun != .client { _ = try await client.delete(d, namespace: ns, name: name, options: options) }
        ctx.stdout.line(format == .name ? "\(d.qualifiedSingular)/\(name)" : "\(d.qualifiedSingular) \"\(name)\" deleted\(suffix)")
        pending.append((d, ns, name))
      } catch FluidError.api(let s) where s.code == 404 && ignoreNotFound {
        continue
      } catch let e as FluidError {
        errors.append(e)
      }
    }
    ctx.stdout.flush()
    if wait, dryRun == .none {
      for (d, ns, name) in pending {
        do {
          try await withDeadline(seconds: GoDuration.parse(timeout) ?? 300, message: { await Self.stuckReason(client, d, ns, name, timeout) }) {
            try await waitForDeletion(client, d, namespace: ns, name: name)
          }
        } catch let e as FluidError {
          errors.append(e)
        }
      }
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : FluidError.multiple(errors) }
  }

  func resolveTargets(_ ctx: CommandContext, _ client: any ClusterClient) async throws -> [(ResourceDescriptor, String?, String)] {
    if !filenames.isEmpty {
      let manifests = try ManifestLoader.load(filenames, registry: ctx.registry, readStdin: ctx.readStdin)
      return manifests.map { ($0.descriptor, $0.descriptor.namespaced ? ($0.namespace ?? globals.effectiveNamespace(client)) : nil, $0.name) }
    }
    let targets = try await ObjectTargets.resolve(
      resources, selector: selector, all: all, globals: globals, ctx: ctx, client: client,
      hint: "; use --all or -l to delete several")
    return targets.map { ($0.descriptor, $0.namespace, $0.name) }
  }

  /// Why an object is still there: its finalizers and, for a Dataset, the pods using its PVC.
  static func stuckReason(_ client: any ClusterClient, _ d: ResourceDescriptor, _ ns: String?, _ name: String, _ timeout: String) async
    -> String
  {
    var why = "timed out after \(timeout) waiting for \(d.qualifiedSingular)/\(name) to be deleted"
    guard let obj = try? await client.get(d, namespace: ns, name: name) else { return why }
    let finalizers = (obj["metadata"]?["finalizers"]?.arrayValue ?? []).compactMap(\.stringValue)
    if !finalizers.isEmpty { why += ": finalizers [\(finalizers.joined(separator: ", "))] remain" }
    if d.kind == "Dataset", let pods = try? await client.list(CoreKinds.pod, namespace: ns, options: ListOptions()) {
      let users = pods.items.filter { pod in
        (pod["spec"]?["volumes"]?.arrayValue ?? []).contains { $0["persistentVolumeClaim"]?["claimName"]?.stringValue == name }
      }.compactMap { $0["metadata"]?["name"]?.stringValue }
      if !users.isEmpty { why += "; the PVC \(name) is still used by pod(s) \(users.joined(separator: ", "))" }
    }
    return why
  }
}
