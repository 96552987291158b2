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

  /// Watches each kind from its listed resourceVersion until cancelled or `timeout` seconds
  /// pass (0: forever).
  func run(_ kinds: [(ResourceDescriptor, String?)], options: ListOptions, names: Set<String>, printedHeader: Bool, timeout: Double)
    async throws
  {
    let headerState = HeaderState(printed: printedHeader || format != .table && format != .wide)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (d, rv) in kinds {
        group.addTask { try await watchKind(d, from: rv, options: options, names: names, header: headerState) }
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

  final class HeaderState: @unchecked Sendable {
    private let lock = NSLock()
    private var printed: Bool
    init(printed: Bool) { self.printed = printed }
    /// True once: the caller prints the header.
    func claim() -> Bool {
      lock.lock()
      defer { lock.unlock() }
      if printed { return false }
      printed = true
      return true
    }
  }

  func watchKind(_ d: ResourceDescriptor, from rv: String?, options: ListOptions, names: Set<String>, header: HeaderState)
    async throws
  {
    var last = rv
    var known: [String: String] = [:]
    while !Task.isCancelled {
      var opts = options
      opts.resourceVersion = last
      opts.limit = nil
      do {
        for try await event in client.watch(d, namespace: namespace, options: opts) {
          let meta = event.object["metadata"]
          if let v = meta?["resourceVersion"]?.stringValue { last = v }
          let name = meta?["name"]?.stringValue ?? ""
          known["\(meta?["namespace"]?.stringValue ?? "")/\(name)"] = event.type == .deleted ? nil : last
          if !names.isEmpty, !names.contains(name) { continue }
          emit(d, event, header: header)
        }
      } catch FluidError.api(let s) where s.code == 410 {
        // Expired: relist and report what changed meanwhile.
        let listed = try await ObjectLister(client: client, namespace: namespace).listAll(d, options: options)
        for obj in listed.items {
          let k = "\(obj["metadata"]?["namespace"]?.stringValue ?? "")/\(obj["metadata"]?["name"]?.stringValue ?? "")"
          let v = obj["metadata"]?["resourceVersion"]?.stringValue
          if known[k] != v {
            emit(d, WatchEvent(type: known[k] == nil ? .added : .modified, object: obj), header: header)
            known[k] = v
          }
        }
        last = listed.resourceVersion
      }
      if !Task.isCancelled { try await Task.sleep(for: .milliseconds(200)) }
    }
  }

  func emit(_ d: ResourceDescriptor, _ event: WatchEvent, header: HeaderState) {
    let obj = ObjectPrinter.forDisplay(event.object)
    switch format {
    case .json:
      ctx.stdout.line(JSONWriter.compact(WatchEvent(type: event.type, object: obj).json))
    case .yaml:
      ctx.stdout.write("---\n" + YAMLWriter.write(obj))
    case .name:
      ctx.stdout.line("\(d.qualifiedSingular)/\(obj["metadata"]?["name"]?.stringValue ?? "")")
    case .jsonpath(let t):
      ctx.stdout.write((try? JSONPathTemplate(t).render(obj)) ?? "")
    case .customColumns(let columns):
      let table = columns.render([obj], noHeaders: !header.claim() || printer.noHeaders)
      ctx.stdout.write(table)
    case .table, .wide:
      var rows = [printer.row(for: d, obj)]
      if header.claim(), !printer.noHeaders { rows.insert(printer.header(for: d), at: 0) }
      ctx.stdout.write(TablePrinter.align(rows))
    }
    ctx.stdout.flush()
  }
}
