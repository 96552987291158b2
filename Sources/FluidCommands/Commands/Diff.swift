import ArgumentParser
import FluidKit
import FluidModel

struct Diff: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what applying manifests would change, as a unified diff.",
    discussion: """
      Each object as it is in the cluster (LIVE) is compared with what a server-side dry-run apply makes of it (MERGED); managedFields are left out and Secret values are masked. Exit status as kubectl's: 0 no differences, 1 differences found, another code (see the table) when the diff could not be made. Examples:
        fluidctl diff -f examples/quickstart/
        fluidctl diff -f dataset.yaml && echo "nothing to apply"
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
  @Option(name: [.customShort("f"), .customLong("filename")], help: "Files, directories (recursively) or - for stdin.", completion: .file(extensions: ["yaml", "yml", "json"]))
  var filenames: [String] = []
  @Flag(name: .customLong("force-conflicts"), help: "Show the result of taking over fields other managers own.")
  var forceConflicts = false
  @Flag(name: .customLong("server-side"), help: "Accepted for kubectl's habit: the diff is always of a server-side apply.")
  var serverSide = false
  @Option(name: .customLong("field-manager"), help: "The field manager the dry-run apply uses.")
  var fieldManager = "fluidctl"

  func validate() throws {
    if filenames.isEmpty { throw ValidationError("must specify one of -f and -k") }
  }

  func execute(_ ctx: CommandContext) async throws {
    var options = try ManifestOptions.parse([])
    options.filenames = filenames
    var writer = ManifestWriter(ctx: ctx, globals: globals, options: options, verb: .apply, force: forceConflicts)
    writer.fieldManager = fieldManager
    let manifests = try ManifestLoader.load(filenames, registry: ctx.registry, readStdin: ctx.readStdin)
    if manifests.isEmpty { throw FluidError.usage("no objects passed to diff") }
    for m in manifests { try writer.checkNamespace(m) }
    let client = try ctx.connect(globals, ctx)
    var errors: [FluidError] = []
    var differs = false
    for m in manifests {
      do {
        let ns = writer.namespace(of: m, client)
        var live: JSONValue?
        do { live = try await client.get(m.descriptor, namespace: ns, name: m.name) } catch FluidError.api(let s) where s.code == 404 {}
        let merged = try await writer.write(m, client: client, dryRun: true).0
        let (before, after) = ObjectDiff.comparable(live, merged, kind: m.descriptor)
        let file = ObjectDiff.fileName(m.descriptor, namespace: ns, name: m.name)
        let text = UnifiedDiff.render(before, after, from: "LIVE/\(file)", to: "MERGED/\(file)")
        if !text.isEmpty {
          differs = true
          ctx.stdout.write("diff -u -N LIVE/\(file) MERGED/\(file)\n" + TerminalText.escape(text, keepingNewlines: true))
        }
      } catch let e as FluidError {
        errors.append(.whileProcessing(verb: "diffing", source: m.source, e))
      }
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : FluidError.multiple(errors) }
    if differs { throw ExitCode(1) }
  }
}

/// The two sides of a diff as kubectl shows them.
enum ObjectDiff {
  /// kubectl's file name for an object: `group.version.Kind.namespace.name`.
  static func fileName(_ d: ResourceDescriptor, namespace: String?, name: String) -> String {
    ([d.group.isEmpty ? nil : d.group, d.version, d.kind, namespace, name] as [String?]).compactMap { $0 }.joined(separator: ".")
  }

  /// YAML lines of both sides without managedFields, and with each Secret value replaced by
  /// `***` (`*** (before)` / `*** (after)` where it changes), as kubectl masks them.
  static func comparable(_ live: JSONValue?, _ merged: JSONValue, kind d: ResourceDescriptor) -> ([String], [String]) {
    var a = live
    var b = merged
    a?[path: ["metadata", "managedFields"]] = nil
    b[path: ["metadata", "managedFields"]] = nil
    if d.group.isEmpty, d.kind == "Secret" {
      for field in ["data", "stringData"] {
        let old = a?[field]?.objectValue ?? [:]
        let new = b[field]?.objectValue ?? [:]
        if a?[field] != nil {
          a?[field] = .object(old.mapValues { _ in "***" }.merging(old.filter { new[$0.key] != nil && new[$0.key] != $0.value }.mapValues { _ in "*** (before)" }) { $1 })
        }
        if b[field] != nil {
          b[field] = .object(new.mapValues { _ in "***" }.merging(new.filter { old[$0.key] != nil && old[$0.key] != $0.value }.mapValues { _ in "*** (after)" }) { $1 })
        }
      }
      a?[path: ["metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"]] = nil
      b[path: ["metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"]] = nil
    }
    func lines(_ v: JSONValue?) -> [String] {
      guard let v else { return [] }
      var text = YAMLWriter.write(v)
      if text.hasSuffix("\n") { text.removeLast() }
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    return (lines(a), lines(b))
  }
}
