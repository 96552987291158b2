import ArgumentParser

/// Answers shell completion queries. Two protocols reach the same candidates:
/// - ArgumentParser's, which its generated scripts (`fluidctl completion bash|zsh|fish`) send
///   for arguments with custom completions: `fluidctl ---completion [SUBCOMMAND...] -- ARG-ID
///   WORD-INDEX CURSOR WORDS...`, answered with one candidate per line;
/// - cobra's, which kubectl uses for plugins: `kubectl_complete-fluid WORDS... CURRENT` (the same
///   as `fluidctl __complete WORDS... CURRENT`), answered with candidates and `:DIRECTIVE`.
/// A query never writes to the cluster, gives up after a short timeout, and prints nothing
/// but candidates: failures leave the list empty.
enum CompletionProtocols {
  static let cobraCommand = "__complete"

  /// cobra's directives: 0 lets the shell complete file names, 4 not, 16 directories only.
  enum Directive: Int { case files = 0, noFiles = 4, directories = 16 }

  static func answerArgumentParser(_ arguments: [String], _ ctx: CommandContext) async -> Int32 {
    let candidates = await customCandidates(arguments, ctx)
    if !candidates.isEmpty { ctx.stdout.line(candidates) }
    return 0
  }

  /// Runs ArgumentParser's custom completion for `arguments` (a `---completion` query) with
  /// `ctx` available to the completion functions; the candidates as ArgumentParser prints them.
  static func customCandidates(_ arguments: [String], _ ctx: CommandContext) async -> String {
    await CompletionSources.$context.withValue(ctx) {
      do {
        _ = try await Fluidctl.asyncParseAsRoot(arguments)
        return ""
      } catch {
        guard Fluidctl.exitCode(for: error) == .success else { return "" }
        return Fluidctl.fullMessage(for: error)
      }
    }
  }

  /// cobra's protocol: `words` are the words after the program (the last one being completed).
  static func answerCobra(_ words: [String], _ ctx: CommandContext) async -> Int32 {
    let (candidates, directive) = await cobraCandidates(words, ctx)
    for c in candidates { ctx.stdout.line(c) }
    ctx.stdout.line(":\(directive.rawValue)")
    return 0
  }

  static func cobraCandidates(_ words: [String], _ ctx: CommandContext) async -> ([String], Directive) {
    let current = words.last ?? ""
    let scan = CommandLineScan(Array(words.dropLast()), tree: Fluidctl.tree(reaching: words))
    let node = scan.command
    func matching(_ list: [String]) -> [String] { list.filter { $0.hasPrefix(current) } }
    if let option = scan.pendingOption {
      return await valueCandidates(option, positionalIndex: 0, scan: scan, words: words, ctx)
    }
    if current.hasPrefix("-") {
      let options = node.arguments.filter { $0.kind != .positional && $0.isVisible }.flatMap(\.spellings)
      return (matching(options + ["--help"]), .noFiles)
    }
    if !node.subcommands.isEmpty, scan.positionals.isEmpty {
      let names = node.subcommands.filter(\.isVisible).map(\.name)
      return (matching(names), .noFiles)
    }
    let positionals = node.positionals
    guard !positionals.isEmpty else { return ([], .noFiles) }
    let index = min(scan.positionals.count, positionals.count - 1)
    guard scan.positionals.count < positionals.count || positionals[index].isRepeating else { return ([], .noFiles) }
    return await valueCandidates(positionals[index], positionalIndex: index, scan: scan, words: words, ctx)
  }

  private static func valueCandidates(
    _ argument: CommandTree.Argument, positionalIndex: Int, scan: CommandLineScan, words: [String], _ ctx: CommandContext
  ) async -> ([String], Directive) {
    let current = words.last ?? ""
    switch argument.completion {
    case .list(let values): return (values.filter { $0.hasPrefix(current) }, .noFiles)
    case .file: return ([], .files)
    case .directory: return ([], .directories)
    case .none: return ([], .noFiles)
    case .custom:
      let all = ["fluidctl"] + words
      // A global option written before the subcommand: ask a command that declares it.
      let owns = scan.command.arguments.contains { $0.spellings == argument.spellings && $0.kind == argument.kind }
      let path = owns ? scan.path : ["version"]
      let query =
        ["---completion"] + path + ["--", argument.completionID(positionalIndex: positionalIndex)]
        + ["\(all.count - 1)", "\(current.count)"] + all
      let text = await customCandidates(query, ctx)
      // ArgumentParser shapes its answer for the shell that last asked it for a script (a
      // blank line for zsh's empty list); cobra takes plain names, so blank lines go.
      let names = text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
      return (names, .noFiles)
    }
  }
}
