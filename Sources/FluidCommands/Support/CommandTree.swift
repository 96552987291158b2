import ArgumentParser
import FluidModel
import Foundation

/// fluidctl's command tree as ArgumentParser describes it (`--experimental-dump-help`, its tool
/// information): commands, their arguments, which options take values and how they complete.
/// The cobra completion protocol and the manual pages read it, so neither can drift from the
/// command definitions.
struct CommandTree: Sendable {
  struct Argument: Sendable {
    enum Kind: String, Sendable { case positional, option, flag }
    enum Completion: Sendable, Equatable {
      case none, list([String]), file, directory, custom
    }
    var kind: Kind
    /// Long names without dashes ("namespace"), then short ones ("n").
    var longNames: [String]
    var shortNames: [String]
    var valueName: String?
    var abstract: String
    var discussion: String
    var defaultValue: String?
    var isOptional: Bool
    var isRepeating: Bool
    var isVisible: Bool
    /// The option group's title ("Global options"), if the argument belongs to a titled group.
    var section: String?
    var completion: Completion

    /// How ArgumentParser's `---completion` protocol names it: `--long`, `-s`, or `positional@N`.
    func completionID(positionalIndex: Int) -> String {
      if kind == .positional { return "positional@\(positionalIndex)" }
      if let l = longNames.first { return "--" + l }
      return "-" + (shortNames.first ?? "")
    }

    /// Every spelling on a command line: `--namespace`, `-n`.
    var spellings: [String] { longNames.map { "--" + $0 } + shortNames.map { "-" + $0 } }
  }

  var name: String
  var aliases: [String]
  var abstract: String
  var discussion: String
  var isVisible: Bool
  var subcommands: [CommandTree]
  var arguments: [Argument]

  init(
    name: String, aliases: [String], abstract: String, discussion: String, isVisible: Bool,
    subcommands: [CommandTree], arguments: [Argument]
  ) {
    self.name = name
    self.aliases = aliases
    self.abstract = abstract
    self.discussion = discussion
    self.isVisible = isVisible
    self.subcommands = subcommands
    self.arguments = arguments
  }

  /// The subcommand called `word` (by name or alias).
  func subcommand(_ word: String) -> CommandTree? {
    subcommands.first { $0.name == word || $0.aliases.contains(word) }
  }

  /// The option or flag spelled `word` (`--namespace`, `-n`; `--x=v` by its name part).
  func option(_ word: String) -> Argument? {
    let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
    return arguments.first { $0.kind != .positional && $0.spellings.contains(name) }
  }

  var positionals: [Argument] { arguments.filter { $0.kind == .positional } }

  /// The global option spelled `word`, wherever it is written (they may precede the subcommand).
  func globalOption(_ word: String) -> Argument? {
    globalOptions.first { $0.spellings.contains(word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word) }
  }

  /// The options of the `Global options` group (the root declares them, as every command does).
  var globalOptions: [Argument] { arguments.filter { $0.section == GlobalOptions.title } }

  /// The tree of `dumpHelp` (ArgumentParser's tool-information JSON), or nil if it cannot be read.
  static func parse(dumpHelp: String) -> CommandTree? {
    guard let root = try? JSONParser.parse(dumpHelp), let command = root["command"] else { return nil }
    return CommandTree(json: command)
  }

  fileprivate init(json v: JSONValue) {
    name = v["commandName"]?.stringValue ?? ""
    aliases = v["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? []
    abstract = v["abstract"]?.stringValue ?? ""
    discussion = v["discussion"]?.stringValue ?? ""
    isVisible = v["shouldDisplay"]?.boolValue ?? true
    subcommands = (v["subcommands"]?.arrayValue ?? []).map { CommandTree(json: $0) }
    arguments = (v["arguments"]?.arrayValue ?? []).map { a in
      let names = a["names"]?.arrayValue ?? []
      func named(_ kind: String) -> [String] {
        names.filter { $0["kind"]?.stringValue == kind }.compactMap { $0["name"]?.stringValue }
      }
      var completion = Argument.Completion.none
      if let c = a["completionKind"] {
        if let values = c["list"]?["values"]?.arrayValue {
          completion = .list(values.compactMap(\.stringValue))
        } else if c["file"] != nil {
          completion = .file
        } else if c["directory"] != nil {
          completion = .directory
        } else if c["custom"] != nil || c["customAsync"] != nil {
          completion = .custom
        }
      } else if let values = a["allValues"]?.arrayValue {
        completion = .list(values.compactMap(\.stringValue))
      }
      return Argument(
        kind: Argument.Kind(rawValue: a["kind"]?.stringValue ?? "") ?? .positional,
        longNames: named("long"), shortNames: named("short"), valueName: a["valueName"]?.stringValue,
        abstract: a["abstract"]?.stringValue ?? "", discussion: a["discussion"]?.stringValue ?? "",
        defaultValue: a["defaultValue"]?.stringValue, isOptional: a["isOptional"]?.boolValue ?? true,
        isRepeating: a["isRepeating"]?.boolValue ?? false, isVisible: a["shouldDisplay"]?.boolValue ?? true,
        section: a["sectionTitle"]?.stringValue, completion: completion)
    }
  }
}

extension Fluidctl {
  /// fluidctl's whole command tree (built on first use, from ArgumentParser's tool information).
  static let tree: CommandTree = CommandTree.parse(dumpHelp: Fluidctl._dumpHelp())
    ?? CommandTree(json: ["commandName": "fluidctl"])

  /// The part of the tree a completion needs: every command's name, abstract and aliases, and the
  /// arguments of the root (the global options) and of each command named anywhere in `words`.
  /// Describing all 34 commands costs 20 ms, more than a keypress can wait; this costs one
  /// command's description per word that names one. A command with subcommands declares no
  /// arguments of its own (a test holds this tree to the whole one).
  static func tree(reaching words: [String]) -> CommandTree {
    // The program's own name names no command; without it, both protocols' word lists agree.
    let mentioned = Set(words).subtracting(["fluidctl"])
    return CompletionTreeCache.shared.tree(for: mentioned) { describedTree(mentioning: mentioned) }
  }

  private static func describedTree(mentioning mentioned: Set<String>) -> CommandTree {
    // ArgumentParser's `--help`, which every command has.
    let help = [
      CommandTree.Argument(
        kind: .flag, longNames: ["help"], shortNames: ["h"], valueName: "help", abstract: "Show help information.",
        discussion: "", defaultValue: nil, isOptional: true, isRepeating: false, isVisible: true, section: nil,
        completion: .none)
    ]
    // A described command declares the global options too; they are described on their own only
    // when the line names none.
    var globals: [CommandTree.Argument] = []
    func node(_ type: any ParsableCommand.Type, name: String, expand: Bool) -> CommandTree {
      let c = type.configuration
      var arguments = help
      if expand, c.subcommands.isEmpty {
        arguments = CommandTree.parse(dumpHelp: type._dumpHelp())?.arguments ?? []
        if globals.isEmpty { globals = arguments.filter { $0.section == GlobalOptions.title } }
      }
      let subcommands = c.subcommands.map { sub in
        let subName = commandName(of: sub)
        let named = mentioned.contains(subName) || sub.configuration.aliases.contains(where: mentioned.contains)
        return node(sub, name: subName, expand: expand && named)
      }
      return CommandTree(
        name: name, aliases: c.aliases, abstract: c.abstract, discussion: c.discussion,
        isVisible: c.shouldDisplay, subcommands: subcommands, arguments: arguments)
    }
    var root = node(Fluidctl.self, name: commandName(of: Fluidctl.self), expand: true)
    // What ArgumentParser adds to a root: `--version` (its configuration has one) and `help`.
    let version = CommandTree.Argument(
      kind: .flag, longNames: ["version"], shortNames: [], valueName: "version", abstract: "Show the version.",
      discussion: "", defaultValue: nil, isOptional: true, isRepeating: false, isVisible: true, section: nil,
      completion: .none)
    if globals.isEmpty {
      globals = (CommandTree.parse(dumpHelp: GlobalOptionsCommand._dumpHelp())?.arguments ?? [])
        .filter { $0.section == GlobalOptions.title }
    }
    root.arguments = globals + (Fluidctl.configuration.version.isEmpty ? [] : [version]) + help
    root.subcommands.append(
      CommandTree(
        name: "help", aliases: [], abstract: "Show subcommand help information.", discussion: "", isVisible: true,
        subcommands: [], arguments: []))
    return root
  }
}

/// A command that declares only the global options, to describe them cheaply.
struct GlobalOptionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "fluidctl")
  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
}

/// The completion trees a process has built, by the words that chose them: one query asks for
/// its tree several times (the protocol, then each completion function).
final class CompletionTreeCache: @unchecked Sendable {
  static let shared = CompletionTreeCache()
  private let lock = NSLock()
  private var trees: [Set<String>: CommandTree] = [:]

  func tree(for words: Set<String>, build: () -> CommandTree) -> CommandTree {
    if let t = lock.withLock({ trees[words] }) { return t }
    let t = build()
    lock.withLock { trees[words] = t }
    return t
  }
}
