import FluidKit
import FluidModel
import Foundation

/// `get -w`: streams changes after the initial listing, informer-style: a closed stream is
/// re-opened from the last resourceVersion, and an expired one (410) relists.
struct WatchPrinter {
  let ctx: CommandContext
  let client: any ClusterClient
  let namespace: String?
  let format: OutputFormat
  let printer: TablePrinter
  /// `--output-watch-events`: each change as `{"type": ..., "object": ...}`.
  var wrapEvents = false

  /// Watches each kind from its listing (nil: the kind's objects were fetched by name, so the
  /// informer lists them first, silently) until cancelled or `timeout` seconds pass (0: forever).
  func run(
    _ kinds: [(ResourceDescriptor, (items: [JSONValue], resourceVersion: String)?)], options: ListOptions,
    names: Set<String>, printedHeader: Bool, widths: [ResourceDescriptor: [Int]] = [:], timeout: Double
  ) async throws {
    let headerState = HeaderState(printed: printedHeader || format != .table && format != .wide, widths: widths)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (d, listing) in kinds {
        group.addTask { try await watchKind(d, from: listing, options: options, names: names, header: headerState) }
      }
      if timeout > 0 {
        group.addTask {
          try await Task.sleep(for: .milliseconds(Int(saturating: timeout * 1000)))
          throw WatchDeadline()
        }
      }
      do {
        try await group.next()
        group.cancelAll()
      } catch is WatchDeadline {
        group.cancelAll()
      }
    }
  }

  struct WatchDeadline: Error {}

  /// Whether the table header was printed, and each kind's column widths (rows added by the
  /// watch are padded to them, so they line up with the header; columns only grow).
  final class HeaderState: @unchecked Sendable {
    private let lock = NSLock()
    private var printed: Bool
    private var widths: [ResourceDescriptor: [Int]]
    init(printed: Bool, widths: [ResourceDescriptor: [Int]] = [:]) {
      self.printed = printed
      self.widths = widths
    }
    /// Aligns `rows` of `d` to its widths and keeps the widths used.
    func align(_ d: ResourceDescriptor, _ rows: [[String]]) -> String {
      lock.withLock {
        let out = TablePrinter.align(rows, minimumWidths: widths[d] ?? [])
        widths[d] = out.widths
        return out.text
      }
    }
    /// True once: the caller prints the header.
    func claim() -> Bool {
      lock.lock()
      defer { lock.unlock() }
      if printed { return false }
      printed = true
      return true
    }
  }

  /// Prints every change the kind's informer reports after its first sync (which `get`
  /// already printed); a relist after 410 prints what changed meanwhile.
  func watchKind(
    _ d: ResourceDescriptor, from listing: (items: [JSONValue], resourceVersion: String)?, options: ListOptions,
    names: Set<String>, header: HeaderState
  ) async throws {
    var synced = false
    let informer = Informer(client: client, resource: d, namespace: namespace, options: options)
    try await informer.run(from: listing) { update, _ in
      let events: [WatchEvent]
      switch update {
      case .synced(let changes):
        events = synced ? changes : []
        synced = true
      case .event(let e): events = [e]
      case .connection: events = []
      }
      for e in events where names.isEmpty || names.contains(e.object["metadata"]?["name"]?.stringValue ?? "") {
        emit(d, e, widths: header, now: try? await client.currentTime())
      }
      return false
    }
  }

  /// Prints one change. Tables compute AGE against the cluster's time at the change (`now`:
  /// the simulated clock, or the server's from its `Date` header), so ages never drift.
  func emit(_ d: ResourceDescriptor, _ event: WatchEvent, widths header: HeaderState?, now: Date? = nil) {
    let obj = ObjectPrinter.forDisplay(event.object)
    let document = wrapEvents ? WatchEvent(type: event.type, object: obj).json : obj
    switch format {
    case .json:
      ctx.stdout.line(JSONWriter.compact(document))
    case .yaml:
      ctx.stdout.write("---\n" + YAMLWriter.write(document))
    case .name:
      ctx.stdout.line("\(d.qualifiedSingular)/\(obj["metadata"]?["name"]?.stringValue ?? "")")
    case .jsonpath(let t):
      ctx.stdout.write((try? JSONPathTemplate(t).render(obj)) ?? "")
    case .customColumns(let columns):
      let table = columns.render([obj], noHeaders: !(header?.claim() ?? false) || printer.noHeaders)
      ctx.stdout.write(table)
    case .table, .wide:
      var p = printer
      if let now { p.now = now }
      var rows = [p.row(for: d, obj)]
      if header?.claim() == true, !printer.noHeaders { rows.insert(printer.header(for: d), at: 0) }
      ctx.stdout.write(header?.align(d, rows) ?? TablePrinter.align(rows))
    }
    ctx.stdout.flush()
  }
}
