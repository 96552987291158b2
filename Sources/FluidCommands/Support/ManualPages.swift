import Foundation
import FluidModel

/// fluidctl's manual pages (mdoc), made from the command tree so they cannot drift from the
/// command definitions: `fluidctl.1` with the global options, and one page per subcommand
/// (`fluidctl-get.1`, `fluidctl-dataset-create.1`, ...) with its synopsis, description and
/// examples, options, exit status and related pages. `scripts/gen-man.sh` writes them to `man/`;
/// a test fails when the committed pages are stale.
enum ManualPages {
  /// The date the pages carry (the version's release date, so pages change only with it).
  static let date = "December 5, 2026"

  /// What each exit code means (README "Exit codes"; the same table in every page).
  static let exitCodes: [(code: Int32, meaning: String)] = [
    (0, "success (also --ignore-not-found on a missing object)"),
    (1, "unexpected error (server error, broken local state)"),
    (2, "an operation failed (an object reached Failed)"),
    (3, "not found (object, namespace, resource type)"),
    (4, "timed out waiting"),
    (5, "conflict or already exists"),
    (6, "unauthorized or forbidden"),
    (7, "cluster unreachable"),
    (64, "usage error: bad flags or arguments, malformed or invalid manifests (nothing was written)"),
    (130, "interrupted"),
  ]

  /// Every page: file name and text.
  static func pages(_ tree: CommandTree) -> [(file: String, text: String)] {
    var out: [(String, String)] = []
    func visit(_ c: CommandTree, path: [String], parent: [String]?) {
      guard c.isVisible, c.name != "help" else { return }
      let visible = c.subcommands.filter { $0.isVisible && $0.name != "help" }
      out.append((fileName(path) + ".1", page(c, path: path, parent: parent, children: visible, root: tree)))
      for s in visible { visit(s, path: path + [s.name], parent: path) }
    }
    visit(tree, path: ["fluidctl"], parent: nil)
    return out
  }

  static func fileName(_ path: [String]) -> String { path.joined(separator: "-") }

  static func page(_ c: CommandTree, path: [String], parent: [String]?, children: [CommandTree], root: CommandTree) -> String {
    var m = Mdoc()
    m.macro("Dd", date)
    m.macro("Dt", fileName(path).uppercased(), "1")
    m.macro("Os")
    m.macro("Sh", "NAME")
    m.macro("Nm", path.joined(separator: " "))
    m.macro("Nd", c.abstract.hasSuffix(".") ? String(c.abstract.dropLast()) : c.abstract)
    m.macro("Sh", "SYNOPSIS")
    m.synopsis(c, path: path, hasChildren: !children.isEmpty)
    if !c.discussion.isEmpty {
      m.macro("Sh", "DESCRIPTION")
      m.discussion(c.discussion)
    }
    if !children.isEmpty {
      m.macro("Sh", "COMMANDS")
      m.macro("Bl", "-tag", "-width", "6n")
      for s in children {
        m.macro("It", "Xr", fileName(path + [s.name]), "1")
        m.text(s.abstract)
      }
      m.macro("El")
    }
    let own = c.arguments.filter { $0.isVisible && $0.section != GlobalOptions.title }
    let positionals = own.filter { $0.kind == .positional }
    if !positionals.isEmpty {
      m.macro("Sh", "ARGUMENTS")
      m.argumentList(positionals)
    }
    let options = own.filter { $0.kind != .positional }
    if !options.isEmpty {
      m.macro("Sh", "OPTIONS")
      m.argumentList(options)
    }
    if parent == nil {
      m.macro("Sh", "GLOBAL OPTIONS")
      m.text("These options are accepted by every command, before or after the subcommand.")
      m.argumentList(root.globalOptions.filter(\.isVisible))
    } else {
      m.text("Every command also takes the global options described in")
      m.raw(".Xr fluidctl 1 .")
    }
    m.macro("Sh", "EXIT STATUS")
    m.macro("Bl", "-tag", "-width", "Ds")
    for e in exitCodes {
      m.macro("It", String(e.code))
      m.text(e.meaning)
    }
    m.macro("El")
    m.macro("Sh", "SEE ALSO")
    var related = (parent.map { [fileName($0)] } ?? []) + children.map { fileName(path + [$0.name]) }
    if parent != nil && parent != ["fluidctl"] { related.insert("fluidctl", at: 0) }
    if related.isEmpty { related = ["kubectl"] }
    for (i, r) in related.enumerated() {
      m.raw(".Xr \(Mdoc.argument(r)) 1" + (i < related.count - 1 ? " ," : ""))
    }
    return m.text
  }
}

/// A page in the mdoc language, escaped: user text goes on text lines (a leading `.` or `'`
/// neutralised, backslashes as `\e`), names and values on macro lines quoted when needed.
struct Mdoc {
  private(set) var text = ""

  mutating func macro(_ name: String, _ args: String...) {
    let parts = args.filter { !$0.isEmpty }.map(Self.argument)
    text += "." + ([name] + parts).joined(separator: " ") + "\n"
  }

  /// A line written as given (macro lines whose delimiters must stay delimiters).
  mutating func raw(_ line: String) { text += line + "\n" }

  /// One or more lines of running text.
  mutating func text(_ s: String) {
    for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
      var l = Self.escaped(String(line))
      if l.isEmpty { continue }
      if l.hasPrefix(".") || l.hasPrefix("'") { l = "\\&" + l }
      text += l + "\n"
    }
  }

  mutating func synopsis(_ c: CommandTree, path: [String], hasChildren: Bool) {
    macro("Nm")
    if hasChildren {
      macro("Ar", "subcommand")
      return
    }
    let builtIn: Set<String> = ["help", "version"]
    for a in c.arguments where a.isVisible && a.section != GlobalOptions.title && !builtIn.contains(a.longNames.first ?? "") {
      let value = "Ar " + Self.argument(a.valueName ?? a.longNames.first ?? "value")
      var words: String
      switch a.kind {
      case .positional: words = value
      case .flag: words = flagWords(a)
      case .option: words = flagWords(a) + " " + value
      }
      if a.isRepeating { words += " No ..." }
      text += (a.isOptional || a.kind == .flag ? ".Op " : ".") + words + "\n"
    }
  }

  /// `Fl -long` (or `Fl s`), escaped.
  private func flagWords(_ a: CommandTree.Argument) -> String {
    if let l = a.longNames.first { return "Fl " + Self.argument("-" + l) }
    return "Fl " + Self.argument(a.shortNames.first ?? "")
  }

  mutating func argumentList(_ arguments: [CommandTree.Argument]) {
    macro("Bl", "-tag", "-width", "6n")
    for a in arguments {
      var words: [String] = ["It"]
      if a.kind == .positional {
        words += ["Ar", a.valueName ?? "value"]
      } else {
        let names = a.shortNames.map { "Fl " + Self.argument($0) } + a.longNames.map { "Fl " + Self.argument("-" + $0) }
        words.append(names.joined(separator: " , "))
        if a.kind == .option { words += ["Ar", Self.argument(a.valueName ?? "value")] }
      }
      text += "." + words.joined(separator: " ") + "\n"
      var help = a.abstract
      if let d = a.defaultValue, a.kind == .option { help += " (default: \(d))" }
      text(help)
      if !a.discussion.isEmpty { text(a.discussion) }
    }
    macro("El")
  }

  /// A discussion: paragraphs of prose, and indented lines (examples) as literal displays.
  mutating func discussion(_ s: String) {
    var literal: [String] = []
    func flush() {
      guard !literal.isEmpty else { return }
      macro("Bd", "-literal", "-offset", "indent")
      for l in literal { text(l) }
      macro("Ed")
      literal = []
    }
    var first = true
    for line in s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("  ") {
        literal.append(String(line.dropFirst(2)))
      } else if line.isEmpty {
        flush()
      } else {
        flush()
        if !first { macro("Pp") }
        text(line)
      }
      first = false
    }
    flush()
  }

  /// Backslashes written so that troff prints them.
  static func escaped(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\e") }

  /// A macro argument: quoted when it holds spaces, escaped, and protected when it would be
  /// read as a macro name or a delimiter.
  static func argument(_ s: String) -> String {
    var e = escaped(s).replacingOccurrences(of: "\"", with: "\\(dq")
    if e.contains(" ") || e.contains("\t") { return "\"" + e + "\"" }
    if macroNames.contains(e) || (e.count == 1 && ".,:;()[]?!|".contains(e)) { e = "\\&" + e }
    return e
  }

  static let macroNames: Set<String> = [
    "Ac", "Ad", "An", "Ao", "Ap", "Aq", "Ar", "Bc", "Bo", "Bq", "Brc", "Bro", "Brq", "Bx", "Cm", "Dc", "Do", "Dq",
    "Dv", "Ec", "Em", "En", "Eo", "Er", "Es", "Ev", "Fa", "Fc", "Fl", "Fn", "Fo", "Fr", "Ic", "Li", "Lk", "Ms", "Mt",
    "Nm", "No", "Ns", "Oc", "Oo", "Op", "Pa", "Pc", "Pf", "Po", "Pq", "Qc", "Ql", "Qo", "Qq", "Sc", "So", "Sq", "Sx",
    "Sy", "Ta", "Tn", "Ux", "Va", "Vt", "Xc", "Xo", "Xr",
  ]
}

extension Fluidctl {
  /// The manual pages for `man/` (file name, mdoc text).
  public static func manualPages() -> [(file: String, text: String)] { ManualPages.pages(tree) }
}
