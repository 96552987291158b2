import ArgumentParser
import FluidKit
import FluidModel

/// `label` and `annotate`: kubectl's two verbs over one implementation (`MetadataMapEdit`).
struct Label: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "label",
    abstract: "Add, change or remove labels of objects.",
    discussion: """
      KEY=VALUE sets a label, KEY- removes it. Changing a label that has a value needs --overwrite. Examples:
        fluidctl label dataset demo team=ml
        fluidctl label datasets --all tier=gold --overwrite
        fluidctl label dataset/demo team-
        fluidctl label dataset demo --list
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @OptionGroup var edit: MetadataMapOptions

  func validate() throws { try edit.check(field: .labels) }
  func execute(_ ctx: CommandContext) async throws {
    try await MetadataMapEdit(field: .labels, options: edit, globals: globals, ctx: ctx).run()
  }
}

struct Annotate: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Add, change or remove annotations of objects.",
    discussion: """
      KEY=VALUE sets an annotation, KEY- removes it. Changing one that has a value needs --overwrite. Examples:
        fluidctl annotate dataset demo owner=data-platform
        fluidctl annotate dataload/warmup note- 
        fluidctl annotate dataset demo --list
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @OptionGroup var edit: MetadataMapOptions

  func validate() throws { try edit.check(field: .annotations) }
  func execute(_ ctx: CommandContext) async throws {
    try await MetadataMapEdit(field: .annotations, options: edit, globals: globals, ctx: ctx).run()
  }
}

struct MetadataMapOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("KIND NAME... or KIND/NAME..., then KEY=VALUE or KEY- changes", valueName: "args"), completion: CompletionSources.resources)
  var arguments: [String] = []

  @Flag(name: .long, help: "Change keys that already have a value.") var overwrite = false
  @Flag(name: .long, help: "Print the keys and values of each object instead of changing them.") var list = false
  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "Act on every object matching this label selector.")
  var selector: String?
  @Flag(name: .long, help: "Act on every object of the kind in the namespace.") var all = false
  @Option(name: .customLong("resource-version"), help: "Change the object only if it is still at this resourceVersion (one object only).")
  var resourceVersion: String?
  @Option(name: .customLong("dry-run"), help: "none, client or server.") var dryRun: DryRun = .none

  /// The arguments before the first change name objects; the rest are changes (kubectl's split).
  var split: (resources: [String], changes: [String]) {
    let i = arguments.firstIndex { $0.contains("=") || ($0.hasSuffix("-") && !$0.contains("/")) } ?? arguments.endIndex
    return (Array(arguments[..<i]), Array(arguments[i...]))
  }

  func check(field: MetadataMapEdit.Field) throws {
    let (resources, changes) = split
    if resources.isEmpty { throw ValidationError("one or more resources must be specified as <resource> <name> or <resource>/<name>") }
    if list {
      if !changes.isEmpty { throw ValidationError("can not both modify and list \(field.plural)") }
    } else if changes.isEmpty {
      throw ValidationError("at least one \(field.singular) update is required")
    }
    for c in changes where c.hasPrefix("=") {
      throw ValidationError("invalid \(field.singular) spec: \(c)")
    }
  }
}

/// Sets and removes keys of `metadata.labels` or `metadata.annotations` with one merge patch
/// per object, checking `--overwrite` against the object as read.
struct MetadataMapEdit {
  enum Field: String {
    case labels, annotations
    var singular: String { self == .labels ? "label" : "annotation" }
    var plural: String { rawValue }
  }

  let field: Field
  let options: MetadataMapOptions
  let globals: GlobalOptions
  let ctx: CommandContext

  func run() async throws {
    let format = try OutputFormat(globals.output)
    let client = try ctx.connect(globals, ctx)
    let (resources, changeArgs) = options.split
    var set: [(String, String)] = []
    var remove: [String] = []
    for c in changeArgs {
      if let eq = c.firstIndex(of: "=") {
        set.append((String(c[..<eq]), String(c[c.index(after: eq)...])))
      } else {
        remove.append(String(c.dropLast()))
      }
    }
    if let both = set.first(where: { s in remove.contains(s.0) }) {
      throw FluidError.usage("can not both modify and remove the following \(field.plural) in the same command: \(both.0)")
    }
    let targets = try await ObjectTargets.resolve(resources, selector: options.selector, all: options.all, globals: globals, ctx: ctx, client: client)
    if options.resourceVersion != nil, targets.count != 1 {
      throw FluidError.usage("--resource-version may only be used with a single resource")
    }
    let header = targets.count > 1 || options.selector != nil || options.all
    var printed: [(ResourceDescriptor, JSONValue)] = []
    for t in targets {
      let current = try await client.get(t.descriptor, namespace: t.namespace, name: t.name)
      let existing = current["metadata"]?[field.rawValue]?.objectValue ?? [:]
      if options.list {
        if header { ctx.stdout.line("Listing \(field.plural) for \(t.descriptor.kind).\(t.descriptor.group)/\(t.name):") }
        for k in existing.keys.sorted() { ctx.stdout.line((header ? " " : "") + "\(k)=\(existing[k]?.stringValue ?? "")") }
        continue
      }
      if !options.overwrite {
        let taken = set.filter { k, v in existing[k].map { $0.stringValue != v } ?? false }
        if let (k, _) = taken.first {
          let was = existing[k]?.stringValue ?? ""
          throw FluidError.usage(field == .labels
            ? "'\(k)' already has a value (\(was)), and --overwrite is false"
            : "--overwrite is false but found the following declared annotation(s): '\(k)' already has a value (\(was))")
        }
      }
      var changes = JSONObject()
      for (k, v) in set { changes[k] = .string(v) }
      for k in remove {
        if existing[k] == nil {
          if field == .labels { ctx.stdout.line("label \"\(k)\" not found.") }
        } else {
          changes[k] = .null
        }
      }
      var patch: JSONValue = ["metadata": [field.rawValue: .object(changes)]]
      if let rv = options.resourceVersion { patch[path: ["metadata", "resourceVersion"]] = .string(rv) }
      var result = MergePatch.apply(patch, to: current)
      if options.dryRun != .client {
        result = try await client.patch(
          t.descriptor, namespace: t.namespace, name: t.name, mergePatch: patch, subresource: nil,
          options: WriteOptions(dryRun: options.dryRun == .server))
      }
      let after = result["metadata"]?[field.rawValue]?.objectValue ?? [:]
      if format == .table || format == .wide {
        let suffix = options.dryRun == .server ? " (server dry run)" : options.dryRun == .client ? " (dry run)" : ""
        ctx.stdout.line("\(t.descriptor.qualifiedSingular)/\(t.name) \(word(before: existing, after: after))\(suffix)")
      } else {
        printed.append((t.descriptor, result))
      }
    }
    if !printed.isEmpty { ctx.stdout.write(try ObjectPrinter.render(printed, format: format, asList: printed.count != 1)) }
  }

  /// kubectl's words: annotate always says "annotated"; label says "labeled", "unlabeled" when
  /// keys only went away, "not labeled" when nothing changed.
  func word(before: JSONObject, after: JSONObject) -> String {
    guard field == .labels else { return "annotated" }
    if before == after { return "not labeled" }
    return after.count < before.count && !options.overwrite ? "unlabeled" : "labeled"
  }
}
