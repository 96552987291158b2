import FluidKit
import FluidModel
import Foundation

/// What `-o` asks for.
enum OutputFormat: Equatable {
  case table
  case wide
  case json
  case yaml
  case name
  case jsonpath(String)
  case customColumns(CustomColumns)

  static let allowed = "custom-columns, custom-columns-file, json, jsonpath, name, wide, yaml"

  init(_ text: String?) throws {
    guard let text, !text.isEmpty else {
      self = .table
      return
    }
    switch text {
    case "table": self = .table
    case "wide": self = .wide
    case "json": self = .json
    case "yaml": self = .yaml
    case "name": self = .name
    default:
      if text.hasPrefix("custom-columns=") {
        self = .customColumns(try CustomColumns(spec: String(text.dropFirst("custom-columns=".count))))
        return
      }
      if text.hasPrefix("custom-columns-file=") {
        let path = String(text.dropFirst("custom-columns-file=".count))
        guard let contents = FileManager.default.contents(atPath: path) else {
          throw FluidError.usage("error reading template \(path): no such file or it cannot be read")
        }
        self = .customColumns(try CustomColumns(file: String(decoding: contents, as: UTF8.self)))
        return
      }
      if text.hasPrefix("jsonpath=") {
        var t = String(text.dropFirst("jsonpath=".count))
        if t.count >= 2, (t.first == "'" && t.last == "'") || (t.first == "\"" && t.last == "\"") {
          t = String(t.dropFirst().dropLast())
        }
        self = .jsonpath(t)
        return
      }
      throw FluidError.usage(
        "unable to match a printer suitable for the output format \"\(text)\", allowed formats are: \(Self.allowed)")
    }
  }

  var isMachine: Bool {
    switch self {
    case .json, .yaml, .name, .jsonpath, .customColumns: return true
    default: return false
    }
  }
}

/// Prints objects in a machine format; tables are printed by the commands themselves.
enum ObjectPrinter {
  /// An object as `-o json|yaml` prints it: managedFields removed, as kubectl does by default,
  /// and Secret values never shown.
  static func forDisplay(_ obj: JSONValue) -> JSONValue {
    var o = obj
    if let secret = Secret(checking: o) { o = secret.redactedForDisplay }
    if o["metadata"]?["managedFields"] != nil { o[path: ["metadata", "managedFields"]] = nil }
    return o
  }

  static func list(_ items: [JSONValue]) -> JSONValue {
    ["apiVersion": "v1", "kind": "List", "metadata": ["resourceVersion": ""], "items": .array(items.map(forDisplay))]
  }

  /// Renders `items` (one object, or a `kind: List` when `asList`) in `format`.
  static func render(_ items: [(ResourceDescriptor, JSONValue)], format: OutputFormat, asList: Bool, noHeaders: Bool = false) throws -> String {
    let value: JSONValue = (asList || items.count != 1) ? list(items.map(\.1)) : forDisplay(items[0].1)
    switch format {
    case .json: return JSONWriter.pretty(value) + "\n"
    case .yaml: return YAMLWriter.write(value)
    case .name:
      return items.map { "\($0.0.qualifiedSingular)/\($0.1["metadata"]?["name"]?.stringValue ?? "")\n" }.joined()
    case .jsonpath(let t):
      do {
        return try JSONPathTemplate(t).render(value)
      } catch {
        throw FluidError.usage("\(error)")
      }
    case .customColumns(let columns):
      return columns.render(items.map(\.1), noHeaders: noHeaders)
    case .table, .wide:
      return ""
    }
  }
}
