import Foundation

/// Shapes ArgumentParser's help screens the way kubectl's read: a subcommand's help lists its own
/// arguments and options, the global options live in `fluidctl options` (one line points there),
/// and as a kubectl plugin the program is called `kubectl fluid`.
enum HelpText {
  static let globalSectionHeader = "GLOBAL OPTIONS:"

  /// `text` (a help screen) without its global-options section, with the pointer line, and with
  /// the program named as `invocation` names it.
  static func present(_ text: String, invocation: Invocation) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let start = lines.firstIndex(of: globalSectionHeader) {
      var end = start + 1
      while end < lines.count, !lines[end].isEmpty { end += 1 }
      // Drop the section and the blank line after it.
      lines.removeSubrange(start..<min(end + 1, lines.count))
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    lines.append("")
    lines.append("Use \"fluidctl options\" for a list of global command-line options (applies to all commands).")
    return renamed(lines.joined(separator: "\n"), for: invocation)
  }

  /// Just the global options' section of a help screen, without its header (for `options`).
  static func globalSection(of text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(of: globalSectionHeader) else { return "" }
    var end = start + 1
    while end < lines.count, !lines[end].isEmpty { end += 1 }
    return lines[(start + 1)..<end].joined(separator: "\n")
  }

  /// `text` with the word `fluidctl` (a command, not a path such as `.../fluidctl/cluster.db`)
  /// replaced by how this invocation is typed.
  static func renamed(_ text: String, for invocation: Invocation) -> String {
    guard invocation != .fluidctl else { return text }
    var out = ""
    var rest = Substring(text)
    while let r = rest.range(of: "fluidctl") {
      let before = rest[..<r.lowerBound]
      let after = rest[r.upperBound...]
      let startsWord = before.last.map { $0 == " " || $0 == "\n" || $0 == "\"" || $0 == "'" || $0 == "(" } ?? out.isEmpty
      let endsWord = after.first.map { $0 == " " || $0 == "\n" || $0 == "\"" || $0 == "'" } ?? true
      out += before
      out += startsWord && endsWord ? invocation.displayName : "fluidctl"
      rest = after
    }
    return out + rest
  }
}
