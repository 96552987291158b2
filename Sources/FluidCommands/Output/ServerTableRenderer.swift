import FluidKit
import FluidModel

/// Prints server-rendered tables as kubectl does: the server's columns (priority > 0 only with
/// `-o wide`), upper-cased headers, NAMESPACE with `-A`, `kind/name` when several kinds are
/// printed, label columns and LABELS from each row's metadata.
struct ServerTableRenderer {
  let options: TablePrinter

  func render(_ d: ResourceDescriptor, _ tables: [ServerTable]) -> String {
    guard let first = tables.first else { return "" }
    let visible = first.columns.indices.filter { options.wide || first.columns[$0].priority == 0 }
    let nameIndex = first.columns.firstIndex { $0.name == "Name" }
    var rows: [[String]] = []
    if !options.noHeaders {
      var h: [String] = []
      if options.showNamespace { h.append("NAMESPACE") }
      h += visible.map { first.columns[$0].name.uppercased() }
      h += options.labelColumns.map { $0.split(separator: "/").last.map { String($0).uppercased() } ?? $0.uppercased() }
      if options.showLabels { h.append("LABELS") }
      rows.append(h)
    }
    for table in tables {
      for row in table.rows {
        var cells: [String] = []
        if options.showNamespace { cells.append(row.metadata["namespace"]?.stringValue ?? "") }
        for i in visible {
          var text = i < row.cells.count ? Self.text(row.cells[i]) : ""
          if i == nameIndex, options.showKind { text = "\(d.qualifiedSingular)/\(text)" }
          cells.append(text)
        }
        let labels = row.metadata["labels"]?.objectValue ?? [:]
        for l in options.labelColumns { cells.append(labels[l]?.stringValue ?? "") }
        if options.showLabels {
          let text = labels.keys.sorted().map { "\($0)=\(labels[$0]?.stringValue ?? "")" }.joined(separator: ",")
          cells.append(text.isEmpty ? "<none>" : text)
        }
        rows.append(cells)
      }
    }
    return TablePrinter.align(rows)
  }

  static func text(_ v: JSONValue) -> String {
    switch v {
    case .string(let s): s
    // kube-apiserver sends null for a custom resource's column that finds nothing; kubectl
    // prints it as an empty cell.
    case .null: ""
    case .int(let i): String(i)
    case .double(let d): JSONWriter.formatDouble(d)
    case .bool(let b): b ? "true" : "false"
    default: JSONWriter.compact(v)
    }
  }
}
