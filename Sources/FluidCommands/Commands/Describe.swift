import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Describe: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "describe",
    abstract: "Show an object in detail: spec, status, conditions, related objects, events, and why it is not ready.",
    discussion: """
      For a Dataset the related objects are its runtime, PVC, PV and data operations. Examples:
        fluidctl describe dataset demo
        fluidctl describe alluxioruntime/demo
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: ArgumentHelp("KIND NAME..., or KIND/NAME...", valueName: "resource"), completion: CompletionSources.resources)
  var resources: [String] = []

  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "Describe every object matching this label selector.")
  var selector: String?

  func execute(_ ctx: CommandContext) async throws {
    let selection = try ResourceSelection.parse(resources, registry: ctx.registry)
    let client = try ctx.connect(globals, ctx)
    let now = try await client.currentTime()
    var sections: [String] = []
    var errors: [FluidError] = []
    for (d, names) in selection.entries {
      var objects: [JSONValue] = []
      if names.isEmpty {
        let options = ListOptions(labelSelector: try selector.map { try LabelSelector(parsing: $0) })
        objects = try await client.listAll(d, namespace: globals.listNamespace(client), options: options).items
      } else {
        for n in names {
          do {
            objects.append(try await client.get(d, namespace: globals.effectiveNamespace(client), name: n))
          } catch let e as FluidError {
            errors.append(e)
          }
        }
      }
      for o in objects {
        let shown = ObjectPrinter.forDisplay(o)
        let describer = ObjectDescriber(client: client, descriptor: d, object: shown, secretSizes: Secret(checking: o)?.valueSizes ?? [:], now: now)
        sections.append(try await describer.render())
      }
    }
    if !sections.isEmpty { ctx.stdout.write(sections.joined(separator: "\n\n\n") + "\n") }
    if sections.isEmpty, errors.isEmpty {
      ctx.stderr.line("No resources found in \(globals.effectiveNamespace(client)) namespace.")
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : FluidError.multiple(errors) }
  }
}

/// Describes one object: the generic kubectl layout, then Fluid's related objects, the
/// reason it is not ready, and its events.
struct ObjectDescriber {
  let client: any ClusterClient
  let descriptor: ResourceDescriptor
  let object: JSONValue
  /// A Secret's value sizes in bytes (`object` itself is redacted).
  var secretSizes: [String: Int] = [:]
  let now: Date

  var name: String { object["metadata"]?["name"]?.stringValue ?? "" }
  var namespace: String? { object["metadata"]?["namespace"]?.stringValue }

  func render() async throws -> String {
    var w = DescribeWriter()
    let meta = object["metadata"] ?? [:]
    w.field(0, "Name", name)
    if descriptor.namespaced { w.field(0, "Namespace", namespace ?? "") }
    let labels = DescribeWriter.mapText(meta["labels"])
    w.field(0, "Labels", labels[0])
    for l in labels.dropFirst() { w.field(0, "", l) }
    // As kubectl: the last-applied annotation repeats the object (a Secret's data in plain
    // sight) and is left out.
    var shownAnnotations = meta["annotations"]
    shownAnnotations?[Secret.lastAppliedAnnotation] = nil
    let annotations = DescribeWriter.mapText(shownAnnotations)
    w.field(0, "Annotations", annotations[0])
    for a in annotations.dropFirst() { w.field(0, "", a) }
    w.field(0, "API Version", object["apiVersion"]?.stringValue ?? descriptor.apiVersion)
    w.field(0, "Kind", object["kind"]?.stringValue ?? descriptor.kind)
    var rest = meta.objectValue ?? [:]
    for k in ["name", "namespace", "labels", "annotations", "managedFields"] { rest[k] = nil }
    if !rest.isEmpty { w.value(0, "Metadata", .object(rest)) }
    if descriptor == CoreKinds.secret {
      secretData(into: &w)
    } else {
      for (k, v) in (object.objectValue ?? [:]).sorted(by: { $0.key < $1.key })
      where !["apiVersion", "kind", "metadata"].contains(k) {
        w.value(0, DescribeWriter.label(k), v)
      }
    }
    let related = try await FluidRelations(client: client).related(descriptor, object)
    if !related.isEmpty {
      w.heading(0, "Related")
      for r in related { w.field(2, r.role, r.text) }
    }
    if let reason = try await Diagnosis(client: client).whyNotReady(descriptor, object) {
      w.field(0, "Not Ready Because", reason)
    }
    try await events(into: &w)
    return w.finish().trimmingCharacters(in: .newlines)
  }

  /// A Secret as kubectl describes it: its type, and each key with the size of its decoded
  /// value; never the value.
  func secretData(into w: inout DescribeWriter) {
    w.raw("")
    w.field(0, "Type", object["type"]?.stringValue ?? "Opaque")
    w.raw("")
    w.raw("Data")
    w.raw("====")
    for key in secretSizes.keys.sorted() { w.field(0, key, "\(secretSizes[key] ?? 0) bytes") }
  }

  func events(into w: inout DescribeWriter) async throws {
    let uid = object["metadata"]?["uid"]?.stringValue
    let list = try await client.list(CoreKinds.event, namespace: namespace ?? "default", options: ListOptions())
    let mine = list.items.filter { e in
      let io = e["involvedObject"]
      if let u = io?["uid"]?.stringValue, let uid { return u == uid }
      return io?["kind"]?.stringValue == descriptor.kind && io?["name"]?.stringValue == name
    }
    if mine.isEmpty {
      w.field(0, "Events", "<none>")
      return
    }
    w.heading(0, "Events")
    var rows = [["Type", "Reason", "Age", "From", "Message"], ["----", "------", "----", "----", "-------"]]
    for e in mine {
      let t = e["lastTimestamp"]?.stringValue ?? e["eventTime"]?.stringValue ?? e["metadata"]?["creationTimestamp"]?.stringValue
      let age = t.flatMap(Timestamps.parse).map { Timestamps.age(from: $0, to: now) } ?? "<unknown>"
      var ageText = age
      if let count = e["count"]?.intValue, count > 1, let first = e["firstTimestamp"]?.stringValue.flatMap(Timestamps.parse) {
        ageText = "\(age) (x\(count) over \(Timestamps.age(from: first, to: now)))"
      }
      rows.append([
        e["type"]?.stringValue ?? "", e["reason"]?.stringValue ?? "", ageText,
        e["source"]?["component"]?.stringValue ?? e["reportingComponent"]?.stringValue ?? "",
        e["message"]?.stringValue ?? "",
      ])
    }
    for line in TablePrinter.align(rows).split(separator: "\n") { w.raw("  " + line) }
  }
}
