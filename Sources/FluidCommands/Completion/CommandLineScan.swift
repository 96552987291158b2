/// Where a partly typed command line stands, read against the command tree: which command the
/// words name, the positional arguments typed so far, and whether the last word is an option's
/// value. Completion uses it for both ArgumentParser's and cobra's protocols.
struct CommandLineScan {
  /// The command the words reach (the root when they name none).
  var command: CommandTree
  /// The subcommand words of that command (`["dataset", "create"]`).
  var path: [String]
  /// Positional words before the one being completed.
  var positionals: [String]
  /// The option whose value the completed word is (`-n <TAB>`).
  var pendingOption: CommandTree.Argument?
  /// Every word of an option that takes a value, with its value (`-n x`, `--context=y`).
  var optionWords: [String]

  /// Scans `words` (without the program name and without the word being completed).
  init(_ words: [String], tree: CommandTree) {
    command = tree
    path = []
    positionals = []
    pendingOption = nil
    optionWords = []
    var afterTerminator = false
    for w in words {
      if let pending = pendingOption {
        optionWords.append(w)
        _ = pending
        pendingOption = nil
        continue
      }
      if afterTerminator || w == "-" || !w.hasPrefix("-") {
        if positionals.isEmpty, !afterTerminator, let sub = command.subcommand(w) {
          command = sub
          path.append(w)
        } else {
          positionals.append(w)
        }
        continue
      }
      if w == "--" {
        afterTerminator = true
        continue
      }
      if let option = command.option(w) ?? tree.globalOption(w) {
        optionWords.append(w)
        if option.kind == .option, !w.contains("=") { pendingOption = option }
      } else if !w.hasPrefix("--"), w.count > 2, let option = command.option(String(w.prefix(2))) ?? tree.globalOption(String(w.prefix(2))),
        option.kind == .option
      {
        optionWords.append(w)  // a joined short value: -ojson, -nteam-a
      }
    }
  }
}
