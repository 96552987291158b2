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
    /// One row of `d` aligned to the kind's widths, which only grow. The header goes first the
    /// first time, and again whenever the row needs wider columns than those printed (so every
    /// row lines up with the header printed last above it).
    func align(_ d: ResourceDescriptor, row: [String], header: [String]?) -> String {
      lock.withLock {
        let current = widths[d] ?? []
        let first = !printed
        printed = true
        let needed = TablePrinter.align([row] + (header.map { [$0] } ?? []), minimumWidths: current).widths
        // The last column is never padded: only the others can break the alignment.
        let grown = zip(needed.dropLast(), current).contains { $0 > $1 } || (current.isEmpty && !first)
        let rows = (first || grown) && header != nil ? [header ?? [], row] : [row]
        let out = TablePrinter.align(rows, minimumWidths: current)
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
      // `now` is the server's time extrapolated since its last answer; on a simulated clock that
      // runs faster it can fall behind a new object: such an object is 0s old, not <invalid>.
      if let now {
        let created = obj["metadata"]?["creationTimestamp"]?.stringValue.flatMap(Timestamps.parse)
        p.now = max(now, created ?? now)
      }
      let row = p.row(for: d, obj)
      let head = printer.noHeaders ? nil : printer.header(for: d)
      ctx.stdout.write(header?.align(d, row: row, header: head) ?? TablePrinter.align(head.map { [$0, row] } ?? [row]))
    }
    ctx.stdout.flush()
  }
}
