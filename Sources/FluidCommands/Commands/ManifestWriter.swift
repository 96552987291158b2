import FluidKit
import FluidModel

/// Writes a batch of manifests all-or-nothing: every document is checked first (a dry run
/// in the cluster, or local schema validation for `--dry-run=client`), and nothing is written
/// unless all pass.
struct ManifestWriter {
  enum Verb {
    case apply, create
    var past: String { self == .apply ? "configured" : "created" }
    var gerund: String { self == .apply ? "applying" : "creating" }
  }

  let ctx: CommandContext
  let globals: GlobalOptions
  let options: ManifestOptions
  let verb: Verb
  let force: Bool
  /// `--field-manager` (kubectl's default for server-side apply is `kubectl`; ours `fluidctl`).
  var fieldManager = "fluidctl"
  /// `apply --prune`: the selector (nil with `--all`) and the kinds to consider.
  var prune: (selector: LabelSelector?, kinds: [ResourceDescriptor])?

  func run() async throws {
    let format = try OutputFormat(globals.output)
    let manifests = try ManifestLoader.load(options.filenames, registry: ctx.registry, readStdin: ctx.readStdin)
    if manifests.isEmpty { throw FluidError.usage("no objects passed to \(verb == .apply ? "apply" : "create")") }
    for m in manifests { try checkNamespace(m) }
    for m in manifests { warnAboutFluidNames(m) }
    if options.dryRun == .client {
      try validateLocally(manifests)
      // As kubectl: "configured" for objects that exist, "created" for the others (read without
      // changing anything; without a reachable cluster every object counts as new).
      let reader = try? Connection.connectForReading(globals, ctx)
      var results: [(Manifest, JSONValue, String)] = []
      for m in manifests {
        var exists = false
        if verb == .apply, let reader, !m.name.isEmpty {
          exists = (try? await reader.get(m.descriptor, namespace: namespace(of: m, reader), name: m.name)) != nil
        }
        results.append((m, m.object, exists ? "configured" : "created"))
      }
      try report(results, format: format, suffix: " (dry run)")
      if let reader { try await pruneAfter(manifests, client: reader, mode: .client, format: format) }
      return
    }
    let client = try ctx.connect(globals, ctx)
    let batchNamespaces = Set(manifests.filter { $0.descriptor.kind == "Namespace" && $0.descriptor.group == "" }.map(\.name))
    var errors: [FluidError] = []
    var checked: [(Manifest, JSONValue, String)] = []
    for m in manifests {
      do {
        checked.append((m, try await write(m, client: client, dryRun: true).0, ""))
      } catch FluidError.api(let s) where s.code == 404 && s.kind == "namespaces" && batchNamespaces.contains(s.name ?? "") {
        checked.append((m, m.object, ""))
      } catch let e as FluidError {
        errors.append(.whileProcessing(verb: verb.gerund, source: m.source, e))
      }
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : FluidError.multiple(errors) }
    if options.dryRun == .server {
      try report(checked.map { ($0.0, $0.1, verb == .apply ? "serverside-applied" : "created") }, format: format, suffix: " (server dry run)")
      try await pruneAfter(manifests, client: client, mode: .server, format: format)
      return
    }
    var results: [(Manifest, JSONValue, String)] = []
    for m in manifests {
      do {
        let (obj, word) = try await write(m, client: client, dryRun: false)
        results.append((m, obj, word))
      } catch let e as FluidError {
        errors.append(.whileProcessing(verb: verb.gerund, source: m.source, e))
      }
    }
    try report(results, format: format, suffix: "")
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : FluidError.multiple(errors) }
    try await pruneAfter(manifests, client: client, mode: .none, format: format)
  }

  /// `--prune`: deletes (or, in a dry run, names) what this field manager applied before that
  /// the files no longer hold. Runs only after every document was applied.
  func pruneAfter(_ manifests: [Manifest], client: any ClusterClient, mode: DryRun, format: OutputFormat) async throws {
    guard let prune else { return }
    let pruner = ApplyPrune(client: client, selector: prune.selector, fieldManager: fieldManager, kinds: prune.kinds)
    let applied = Set(manifests.map { ApplyPrune.key($0.descriptor, namespace(of: $0, client), $0.name) })
    let namespaces = Set(manifests.compactMap { namespace(of: $0, client) })
    let suffix = mode == .server ? " (server dry run)" : mode == .client ? " (dry run)" : ""
    for t in try await pruner.candidates(applied: applied, namespaces: namespaces) {
      if mode != .client {
        do {
          _ = try await client.delete(t.descriptor, namespace: t.namespace, name: t.name, options: DeleteOptions(dryRun: mode == .server))
        } catch FluidError.api(let s) where s.code == 404 { continue }
      }
      ctx.stdout.line(format == .name ? "\(t.descriptor.qualifiedSingular)/\(t.name)" : "\(t.descriptor.qualifiedSingular)/\(t.name) pruned\(suffix)")
    }
  }

  /// The object's namespace, else `-n`, else the client's default (the kubeconfig context's).
  func namespace(of m: Manifest, _ client: (any ClusterClient)?) -> String? {
    m.descriptor.namespaced ? (m.namespace ?? globals.namespace ?? client?.defaultNamespace ?? "default") : nil
  }

  func checkNamespace(_ m: Manifest) throws {
    if let inObject = m.namespace, let flag = globals.namespace, m.descriptor.namespaced, inObject != flag {
      throw FluidError.usage(
        "the namespace from the provided object \"\(inObject)\" does not match the namespace \"\(flag)\". You must pass '--namespace=\(inObject)' to perform this operation.")
    }
  }

  func write(_ m: Manifest, client: any ClusterClient, dryRun: Bool) async throws -> (JSONValue, String) {
    let context = ctx
    let warn: (@Sendable (String) -> Void)? = dryRun ? nil : { @Sendable (m: String) in context.warn(m) }
    let write = WriteOptions(
      dryRun: dryRun, fieldManager: fieldManager, fieldValidation: options.validate.fieldValidation, onWarning: warn)
    switch verb {
    case .apply:
      let r = try await client.apply(m.descriptor, namespace: namespace(of: m, client), object: m.object, options: ApplyOptions(write: write, force: force))
      return (r.object, r.outcome.rawValue)
    case .create:
      return (try await client.create(m.descriptor, namespace: namespace(of: m, client), object: m.object, options: write), "created")
    }
  }

  /// `--dry-run=client`: the shipped schemas and kube's metadata rules, without a cluster.
  func validateLocally(_ manifests: [Manifest]) throws {
    var errors: [FluidError] = []
    for m in manifests {
      var fieldErrors = ObjectMetaValidation.errors(m.object["metadata"], namespaced: m.descriptor.namespaced)
      var unknown = ObjectMetaValidation.unknownFields(m.object["metadata"])
      if m.descriptor.group == "data.fluid.io", let validator = SchemaValidator.forFluidKind(plural: m.descriptor.plural) {
        let outcome = validator.process(m.object)
        fieldErrors += outcome.errors
        unknown += outcome.unknownFields
      }
      // Found here, not by a server: kubectl's "error validating" words, not "Error from server".
      if !unknown.isEmpty, options.validate.fieldValidation == .strict {
        let list = unknown.map { "unknown field \"\($0)\"" }.joined(separator: ", ")
        errors.append(.input(source: m.source, message: "error validating \"\(m.source)\": error validating data: \(list)"))
      }
      if !fieldErrors.isEmpty {
        let why = APIStatus.invalid(m.descriptor, m.name, fieldErrors).message
        errors.append(.input(source: m.source, message: "error validating \"\(m.source)\": error validating data: \(why)"))
      }
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : FluidError.multiple(errors) }
  }

  func report(_ results: [(Manifest, JSONValue, String)], format: OutputFormat, suffix: String) throws {
    switch format {
    case .table, .wide:
      for (m, obj, word) in results {
        ctx.stdout.line("\(m.descriptor.qualifiedSingular)/\(obj["metadata"]?["name"]?.stringValue ?? m.name) \(word)\(suffix)")
      }
    default:
      ctx.stdout.write(try ObjectPrinter.render(results.map { ($0.0.descriptor, $0.1) }, format: format, asList: results.count != 1))
    }
  }

  /// Fluid's controllers reject Dataset and runtime names that are not DNS-1035 labels; the
  /// API server accepts them, so say so now rather than leave the user guessing later.
  func warnAboutFluidNames(_ m: Manifest) {
    let d = m.descriptor
    guard d.group == "data.fluid.io", d.kind == "Dataset" || d.kind.hasSuffix("Runtime"), !m.name.isEmpty,
      !ObjectMetaValidation.isDNS1035Label(m.name)
    else { return }
    ctx.warn(
      "\(d.kind) \"\(m.name)\": Fluid requires \(d.kind) names to be DNS-1035 labels (lower case, starting with a letter); Fluid's controllers will not process it")
  }
}
