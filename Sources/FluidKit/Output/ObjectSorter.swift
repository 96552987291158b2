public import FluidModel

/// `--sort-by`: orders objects by a JSONPath (`{.status.ufsTotal}` or `.metadata.name`), as
/// kubectl does: numbers, quantities (`2Gi`) and Fluid's sizes (`1.50GiB`) compare by value,
/// everything else as text; objects without the field come first. The sort is stable.
public enum ObjectSorter {
  public static func sort(_ items: [JSONValue], by path: String) throws -> [JSONValue] {
    let template = try JSONPathTemplate(path.hasPrefix("{") ? path : "{" + path + "}")
    let keyed = items.enumerated().map { (index: $0.offset, key: key(template.render($0.element)), item: $0.element) }
    return keyed.sorted { a, b in
      switch (a.key, b.key) {
      case (.missing, .missing): return a.index < b.index
      case (.missing, _): return true
      case (_, .missing): return false
      case (.number(let x), .number(let y)): return x == y ? a.index < b.index : x < y
      case (.number, .text): return true
      case (.text, .number): return false
      case (.text(let x), .text(let y)): return x == y ? a.index < b.index : x < y
      }
    }.map(\.item)
  }

  enum Key { case missing, number(Double), text(String) }

  static func key(_ text: String) -> Key {
    if text.isEmpty { return .missing }
    if let d = Double(text), d.isFinite { return .number(d) }
    if let q = Quantity(text) { return .number(q.value) }
    if let b = FluidFormat.parseBytes(text) { return .number(b) }
    if let p = FluidFormat.parsePercent(text) { return .number(p) }
    return .text(text)
  }
}
