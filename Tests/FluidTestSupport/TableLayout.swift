/// Column checks for tables printed as text (`get`, `get -w`).
public enum TableLayout {
  /// Where each cell of `line` starts: a non-space after two spaces (or at the start; a
  /// header's words such as "UFS TOTAL SIZE" are one cell).
  public static func cellStarts(_ line: String) -> [Int] {
    let c = Array(line)
    return c.indices.filter { i in c[i] != " " && (i == 0 || (i >= 2 && c[i - 1] == " " && c[i - 2] == " ")) }
  }

  /// The rows that do not line up with the header printed last above them (a line starting
  /// with `headerPrefix` is a header). Empty when every row does.
  public static func misaligned(_ lines: [String], headerPrefix: String = "NAME") -> [String] {
    var header: [Int]?
    var bad: [String] = []
    for line in lines {
      if line.hasPrefix(headerPrefix) {
        header = cellStarts(line)
        continue
      }
      guard let columns = header else {
        bad.append(line)
        continue
      }
      if !Set(cellStarts(line)).isSubset(of: Set(columns)) { bad.append(line) }
    }
    return bad
  }
}
