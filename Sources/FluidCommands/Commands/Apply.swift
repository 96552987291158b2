import ArgumentParser
import FluidKit
import FluidModel

/// Options shared by `apply` and `create`.
struct ManifestOptions: ParsableArguments {
  @Option(name: [.customShort("f"), .customLong("filename")], help: "Files, directories (recursively) or - for stdin.", completion: .file(extensions: ["yaml", "yml", "json"]))
  var filenames: [String] = []

  @Option(name: .customLong("dry-run"), help: "none, client (validate locally) or server (validate in the cluster).")
  var dryRun: DryRun = .none

  @Option(name: .long, help: "How unknown fields are treated: strict (reject), warn (drop with a warning), ignore.")
  var validate: ValidationMode = .strict

  func check() throws {
    if filenames.isEmpty { throw ValidationError("must specify one of -f and -k") }
  }
}

enum DryRun: String, ExpressibleByArgument, CaseIterable {
  case none, client, server
}

enum ValidationMode: String, ExpressibleByArgument, CaseIterable {
  case strict, warn, ignore, `true`, `false`
  var fieldValidation: FieldValidation {
    switch self {
    case .strict, .true: return .strict
    case .warn: return .warn
    case .ignore, .false: return .ignore
    }
  }
}

struct Apply: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "apply",
    abstract: "Create or update objects from manifests (server-side apply, field manager fluidctl).",
    discussion: """
      Every document is validated before any is written: if one is invalid, none is written and each error is listed. Applying the same files again changes nothing and reports "unchanged". Examples:
        fluidctl apply -f examples/quickstart/
        cat dataset.yaml | fluidctl apply -f -
        fluidctl apply -f dataload.yaml --dry-run=server -o yaml
        fluidctl apply -f team-a/ --prune -l team=a
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @OptionGroup var manifest: ManifestOptions
  @Flag(name: .customLong("force-conflicts"), help: "Take ownership of fields another field manager owns.")
  var forceConflicts = false
  @Flag(name: .customLong("server-side"), help: "Accepted for kubectl's habit: fluidctl's apply is always server-side.")
  var serverSide = false
  @Option(name: .customLong("field-manager"), help: "The field manager that owns the applied fields.")
  var fieldManager = "fluidctl"
  @Flag(name: .long, help: "Delete objects this field manager applied before that the files no longer hold (needs -l or --all).")
  var prune = false
  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "With --prune: only objects matching this label selector.")
  var selector: String?
  @Flag(name: .long, help: "With --prune: every object of the allowed kinds in the applied namespaces.")
  var all = false
  @Option(name: .customLong("prune-allowlist"), help: "With --prune: the kinds to prune, as GROUP/VERSION/KIND (core/v1/ConfigMap); default Fluid's kinds, ConfigMaps and Secrets.")
  var pruneAllowlist: [String] = []

  func validate() throws {
    try manifest.check()
    if prune, selector == nil, !all {
      throw ValidationError("all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector")
    }
    if !prune, selector != nil || all || !pruneAllowlist.isEmpty {
      throw ValidationError("-l, --all and --prune-allowlist only go with --prune")
    }
    if selector != nil, all { throw ValidationError("cannot set --all and --selector at the same time") }
    guard !fieldManager.isEmpty, fieldManager.count <= 128, !fieldManager.contains(where: { $0.isNewline }) else {
      throw ValidationError("invalid --field-manager \"\(fieldManager)\": use 1 to 128 characters on one line")
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    var writer = ManifestWriter(ctx: ctx, globals: globals, options: manifest, verb: .apply, force: forceConflicts)
    writer.fieldManager = fieldManager
    if prune {
      let kinds = pruneAllowlist.isEmpty ? ApplyPrune.defaultKinds(ctx.registry) : try ApplyPrune.kinds(pruneAllowlist, ctx.registry)
      writer.prune = (try selector.map { try LabelSelector(parsing: $0) }, kinds)
    }
    try await writer.run()
  }
}

struct Create: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "create",
    abstract: "Create objects from manifests; fails if one already exists.",
    discussion: """
      Every document is validated (and checked not to exist) before any is written. Examples:
        fluidctl create -f dataset.yaml
        fluidctl create -f examples/quickstart/ -o name
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @OptionGroup var manifest: ManifestOptions

  func validate() throws { try manifest.check() }

  func execute(_ ctx: CommandContext) async throws {
    try await ManifestWriter(ctx: ctx, globals: globals, options: manifest, verb: .create, force: false).run()
  }
}
