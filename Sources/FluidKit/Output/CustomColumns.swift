public import FluidModel
public import Foundation

/// kubectl's `-o custom-columns=HEADER:.json.path,...` and `-o custom-columns-file=FILE` (a
/// line of headers, then a line of paths, separated by spaces): one row per object, a cell
/// being the path's values joined by commas, `<none>` when it has none. Paths are kubectl's
/// relaxed JSONPath (`.metadata.name`, or in braces).
public struct CustomColumns: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    public var header: String
    public var path: String
  }

  public let columns: [Column]
  let templates: [JSONPathTemplate]

  public static func == (a: CustomColumns, b: CustomColumns) -> Bool { a.columns == b.columns }

  /// Parses `HEADER:PATH,...`; throws kubectl's messages.
  public init(spec: String) throws {
    guard !spec.isEmpty else { throw FluidError.usage("custom-columns format specified but no custom columns given") }
    var columns: [Column] = []
    for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
      guard let colon = part.firstIndex(of: ":") else {
        throw FluidError.usage("unexpected custom-columns spec: \(part), expected <header>:<json-path-expr>")
      }
      columns.append(Column(header: String(part[..<colon]), path: String(part[part.index(after: colon)...])))
    }
    try self.init(columns)
  }

  /// Parses a custom-columns file: headers on the first line, paths on the second.
  public init(file text: String) throws {
    let lines = text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
      .filter { !$0.isEmpty }
    guard lines.count == 2 else { throw FluidError.usage("expected two lines (headers, then paths) in the custom-columns file") }
    guard lines[0].count == lines[1].count else {
      throw FluidError.usage("number of headers (\(lines[0].count)) does not match number of paths (\(lines[1].count))")
    }
    try self.init(zip(lines[0], lines[1]).map { Column(header: $0, path: $1) })
  }

  init(_ columns: [Column]) throws {
    self.columns = columns
    templates = try columns.map { c in
      let relaxed = c.path.hasPrefix("{") ? c.path : "{\(c.path.hasPrefix(".") || c.path.hasPrefix("[") ? "" : ".")\(c.path)}"
      do {
        return try JSONPathTemplate(relaxed)
      } catch {
        throw FluidError.usage("error parsing custom-columns path \(c.path): \(error)")
      }
    }
  }

  /// The table of `items`, aligned as kubectl's columns are.
  public func render(_ items: [JSONValue], noHeaders: Bool) -> String {
    var rows: [[String]] = noHeaders ? [] : [columns.map(\.header)]
    for item in items {
      rows.append(templates.map { t in
        var values: [JSONValue] = []
        for node in t.nodes {
          if case .expr(let steps) = node { values += JSONPathTemplate.evaluate(steps, item, root: item) }
        }
        return values.isEmpty ? "<none>" : TablePrinter.joinedCell(values)
      })
    }
    return TablePrinter.align(rows)
  }
}
