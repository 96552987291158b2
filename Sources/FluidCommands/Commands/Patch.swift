import ArgumentParser
import FluidKit
import FluidModel

struct Patch: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "patch",
    abstract: "Change fields of objects with a merge, JSON or strategic merge patch.",
    discussion: """
      The patch is JSON or YAML, given with -p or read from --patch-file (- for stdin). --type defaults to merge for Fluid's kinds and other custom resources (which take no strategic merge patch) and to strategic for Kubernetes' own kinds; kubectl defaults to strategic for both and fails on custom resources. Examples:
        fluidctl patch dataset demo -p '{"spec":{"placement":"Shared"}}'
        fluidctl patch alluxioruntime demo --subresource scale -p '{"spec":{"replicas":3}}'
        fluidctl patch dataload warmup --type json -p '[{"op":"replace","path":"/spec/loadMetadata","value":true}]'
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: ArgumentHelp("KIND NAME... or KIND/NAME...", valueName: "resource"), completion: CompletionSources.resources)
  var resources: [String] = []

  @Option(name: [.customShort("p"), .long], help: "The patch, as JSON or YAML.") var patch: String?
  @Option(name: .customLong("patch-file"), help: "Read the patch from this file (- for stdin).", completion: .file(extensions: ["yaml", "yml", "json"]))
  var patchFile: String?
  @Option(name: .long, help: "merge, json or strategic (default: merge for custom resources, strategic for built-in kinds).")
  var type: PatchType?
  @Option(name: .long, help: "Patch this subresource: status or scale.") var subresource: String?
  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "Patch every object matching this label selector.")
  var selector: String?
  @Flag(name: .long, help: "Patch every object of the kind in the namespace.") var all = false
  @Option(name: .customLong("dry-run"), help: "none, client or server.") var dryRun: DryRun = .none

  enum PatchType: String, ExpressibleByArgument, CaseIterable { case merge, json, strategic }

  func validate() throws {
    if resources.isEmpty { throw ValidationError("you must specify the type of resource and its name, or KIND/NAME") }
    if (patch == nil) == (patchFile == nil) { throw ValidationError("must specify exactly one of --patch (-p) and --patch-file") }
    if let s = subresource, !["status", "scale"].contains(s) {
      throw ValidationError("invalid --subresource \"\(s)\": use status or scale")
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let body = try readPatch(ctx)
    let client = try ctx.connect(globals, ctx)
    let targets = try await ObjectTargets.resolve(resources, selector: selector, all: all, globals: globals, ctx: ctx, client: client)
    var printed: [(ResourceDescriptor, JSONValue)] = []
    for t in targets {
      let d = t.descriptor
      let kind = type ?? (d.isBuiltIn ? .strategic : .merge)
      let objectPatch: ObjectPatch = kind == .merge ? .merge(body) : kind == .json ? .json(body) : .strategic(body)
      if subresource == "scale", d.scale == nil {
        throw FluidError.usage("\(d.qualifiedPlural) has no scale subresource")
      }
      let before = subresource == "scale"
        ? try await client.getScale(d, namespace: t.namespace, name: t.name)
        : try await client.get(d, namespace: t.namespace, name: t.name)
      if kind != .json, body.objectValue == nil { throw FluidError.usage("a \(kind.rawValue) patch must be a JSON or YAML object") }
      if kind == .json, body.arrayValue == nil { throw FluidError.usage("a json patch must be an array of operations") }
      if kind == .strategic, !d.isBuiltIn {
        throw FluidError.usage("application/strategic-merge-patch+json is not supported by \(d.apiVersion), Kind=\(d.kind): use --type merge or --type json")
      }
      let after: JSONValue
      if dryRun == .client {
        after = try objectPatch.applied(to: before, of: d)
      } else {
        after = try await client.patch(
          d, namespace: t.namespace, name: t.name, patch: objectPatch, subresource: subresource,
          options: WriteOptions(dryRun: dryRun == .server))
      }
      let shownKind = subresource == "scale" ? "scale.autoscaling" : d.qualifiedSingular
      if format == .table || format == .wide {
        let unchanged = dryRun == .none
          ? before["metadata"]?["resourceVersion"] == after["metadata"]?["resourceVersion"]
          : before.semanticallyEquals(after)
        let suffix = dryRun == .server ? " (server dry run)" : dryRun == .client ? " (dry run)" : ""
        ctx.stdout.line("\(shownKind)/\(t.name) patched\(unchanged ? " (no change)" : "")\(suffix)")
      } else {
        printed.append((d, after))
      }
    }
    if !printed.isEmpty { ctx.stdout.write(try ObjectPrinter.render(printed, format: format, asList: printed.count != 1)) }
  }

  /// The patch document from -p or --patch-file, JSON or YAML, at most kube-apiserver's
  /// request size.
  func readPatch(_ ctx: CommandContext) throws -> JSONValue {
    let source = patchFile ?? "--patch"
    let text: String
    if let patch {
      text = patch
    } else if patchFile == "-" {
      text = try ctx.readStdin()
    } else {
      text = try BoundedReader.text(try BoundedReader.read(path: patchFile ?? "", limit: ManifestDecoder.maxDocumentBytes), source: source)
    }
    let docs: [ManifestDocument]
    do { docs = try ManifestDecoder.decode(text) } catch {
      throw FluidError.usage("unable to parse \"\(text.count > 80 ? String(text.prefix(80)) + "…" : text)\": \(error)")
    }
    guard docs.count == 1, let doc = docs.first, doc.value.objectValue != nil || doc.value.arrayValue != nil else {
      throw FluidError.usage("the patch must be one JSON or YAML object (or, with --type json, an array of operations)")
    }
    return doc.value
  }
}
