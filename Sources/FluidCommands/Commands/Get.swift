import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Get: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "get",
    abstract: "Display one or many resources.",
    discussion: """
      KIND is a plural, singular or short name (datasets, dataset, alluxio, load), a Kind, a kind.group, or the category "fluid" for every Fluid kind. Examples:
        fluidctl get datasets
        fluidctl get dataset demo -o yaml
        fluidctl get fluid -A
        fluidctl get dataloads -l team=ml -o jsonpath='{.items[*].status.phase}'
        fluidctl get datasets -w -o json
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: ArgumentHelp("KIND [NAME...], KIND1,KIND2, or KIND/NAME...", valueName: "resource"), completion: CompletionSources.resources)
  var resources: [String] = []

  @Option(name: [.customShort("l", allowingJoined: true), .long], help: "Label selector (=, ==, !=, in, notin, exists, !exists).")
  var selector: String?

  @Option(name: .customLong("field-selector"), help: "Field selector (metadata.name, metadata.namespace).")
  var fieldSelector: String?

  @Flag(name: .customLong("no-headers"), help: "Do not print table headers.")
  var noHeaders = false

  @Flag(name: .customLong("show-labels"), help: "Show all labels as the last column.")
  var showLabels = false

  @Option(name: [.customShort("L"), .customLong("label-columns")], help: "Labels to show as columns.")
  var labelColumns: [String] = []

  @Flag(name: [.customShort("w"), .long], help: "After listing, watch for changes.")
  var watch = false

  @Flag(name: .customLong("watch-only"), help: "Watch for changes without listing first.")
  var watchOnly = false

  @Flag(name: .customLong("output-watch-events"), help: "With --watch, print each change as {\"type\": ..., \"object\": ...}.")
  var outputWatchEvents = false

  @Option(name: .customLong("sort-by"), help: ArgumentHelp("Sort by a JSONPath ({.status.ufsTotal}); numbers and sizes by value.", valueName: "jsonpath"))
  var sortBy: String?

  @Option(name: .customLong("chunk-size"), help: "Fetch lists in pages of this size (0 disables).")
  var chunkSize = 500

  @Flag(name: .customLong("ignore-not-found"), help: "Treat not found as success.")
  var ignoreNotFound = false

  func validate() throws {
    if let sortBy {
      do { _ = try JSONPathTemplate(sortBy.hasPrefix("{") ? sortBy : "{" + sortBy + "}") } catch {
        throw ValidationError("invalid --sort-by \"\(sortBy)\": \(error)")
      }
    }
    guard GoDuration.parse(globals.requestTimeout) != nil else {
      throw ValidationError("invalid duration \"\(globals.requestTimeout)\" for --request-timeout (use for example 30s, 5m)")
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let selection = try ResourceSelection.parse(resources, registry: ctx.registry)
    let options = ListOptions(
      labelSelector: try selector.map { try LabelSelector(parsing: $0) },
      fieldSelector: try fieldSelector.map { try FieldSelector(parsing: $0) },
      limit: chunkSize > 0 ? chunkSize : nil)
    let client = try ctx.connect(globals, ctx)
    var collected: [(ResourceDescriptor, JSONValue)] = []
    var notFound: [FluidError] = []
    var listings: [ResourceDescriptor: (items: [JSONValue], resourceVersion: String)] = [:]
    var tables: [String] = []
    var printer = TablePrinter(
      wide: format == .wide, showNamespace: globals.allNamespaces, showKind: selection.multipleKinds,
      noHeaders: noHeaders, showLabels: showLabels, labelColumns: labelColumns, now: try await client.currentTime())
    // A real API server renders its own tables (its printer columns); the embedded cluster's are
    // rendered here from the same columns.
    let watching = watch || watchOnly
    if !format.isMachine, !watching, sortBy == nil, let source = client as? any ServerTableSource,
      try await printServerTables(source, selection, options, printer, client, ctx)
    {
      return
    }
    var widths: [ResourceDescriptor: [Int]] = [:]
    for (d, names) in selection.entries {
      var items: [JSONValue] = []
      if names.isEmpty {
        let listed = try await client.listAll(d, namespace: globals.listNamespace(client), options: options)
        items = listed.items
        listings[d] = listed
      } else {
        for n in names {
          do {
            items.append(try await client.get(d, namespace: globals.effectiveNamespace(client), name: n))
          } catch FluidError.api(let s) where s.code == 404 {
            if !ignoreNotFound { notFound.append(.api(s)) }
          }
        }
      }
      if let sortBy { items = try ObjectSorter.sort(items, by: sortBy) }
      collected += items.map { (d, $0) }
      if !format.isMachine, !items.isEmpty, !watchOnly {
        printer.now = try await client.currentTime()  // the server's clock, as of this answer
        let table = printer.renderKeepingWidths(d, items)
        tables.append(table.text)
        widths[d] = table.widths
      }
    }
    printer.now = try await client.currentTime()
    let watcher = WatchPrinter(
      ctx: ctx, client: client, namespace: globals.listNamespace(client), format: format, printer: printer,
      wrapEvents: outputWatchEvents)
    if watching, format.isMachine {
      // One document per object, the initial list included (NDJSON, or YAML documents).
      if !watchOnly { for (d, obj) in collected { watcher.emit(d, WatchEvent(type: .added, object: obj), widths: nil) } }
    } else if format.isMachine {
      let requested = selection.entries.reduce(0) { $0 + $1.names.count }
      let asList = selection.entries.contains { $0.names.isEmpty } || requested > 1
      if asList || !collected.isEmpty {
        ctx.stdout.write(try ObjectPrinter.render(collected, format: format, asList: asList, noHeaders: noHeaders))
      }
    } else {
      ctx.stdout.write(tables.joined(separator: "\n"))
      if collected.isEmpty, notFound.isEmpty, !watching, !ignoreNotFound {
        ctx.stderr.line(noResources(selection, client))
      }
    }
    if watching {
      ctx.stdout.flush()
      try await watcher.run(
        selection.entries.map { ($0.descriptor, listings[$0.descriptor]) }, options: options,
        names: Set(selection.entries.flatMap(\.names)), printedHeader: !tables.isEmpty, widths: widths,
        timeout: GoDuration.parse(globals.requestTimeout) ?? 0)
    }
    if !notFound.isEmpty { throw notFound.count == 1 ? notFound[0] : FluidError.multiple(notFound) }
  }

  /// kubectl's line when a listing is empty.
  func noResources(_ selection: ResourceSelection, _ client: any ClusterClient) -> String {
    globals.allNamespaces || !(selection.entries.first?.descriptor.namespaced ?? true)
      ? "No resources found" : "No resources found in \(globals.effectiveNamespace(client)) namespace."
  }

  /// Table output from the server: pages of each listed kind, or one table per named object.
  /// False (nothing printed) when the server answers with plain objects instead of Tables.
  func printServerTables(
    _ source: any ServerTableSource, _ selection: ResourceSelection, _ options: ListOptions, _ printer: TablePrinter,
    _ client: any ClusterClient, _ ctx: CommandContext
  ) async throws -> Bool {
    let renderer = ServerTableRenderer(options: printer)
    let withMetadata = printer.showNamespace || printer.showLabels || !printer.labelColumns.isEmpty
    let namespace = globals.listNamespace(client)
    var outputs: [String] = []
    var notFound: [FluidError] = []
    var any = false
    for (d, names) in selection.entries {
      var tables: [ServerTable] = []
      if names.isEmpty {
        var page = options
        repeat {
          guard let t = try await source.table(d, namespace: d.namespaced ? namespace : nil, name: nil, options: page, withMetadata: withMetadata) else {
            return false
          }
          tables.append(t)
          page.continueToken = t.continueToken
        } while page.continueToken != nil
      } else {
        for n in names {
          do {
            guard let t = try await source.table(d, namespace: d.namespaced ? globals.effectiveNamespace(client) : nil, name: n, options: ListOptions(), withMetadata: withMetadata) else {
              return false
            }
            tables.append(t)
          } catch FluidError.api(let s) where s.code == 404 {
            if !ignoreNotFound { notFound.append(.api(s)) }
          }
        }
      }
      if tables.contains(where: { !$0.rows.isEmpty }) {
        any = true
        outputs.append(renderer.render(d, tables.filter { !$0.rows.isEmpty }))
      }
    }
    ctx.stdout.write(outputs.joined(separator: "\n"))
    if !any, notFound.isEmpty {
      ctx.stderr.line(noResources(selection, client))
    }
    if !notFound.isEmpty { throw notFound.count == 1 ? notFound[0] : FluidError.multiple(notFound) }
    return true
  }
}
