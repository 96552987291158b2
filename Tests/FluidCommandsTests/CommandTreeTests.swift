import Testing

@testable import FluidCommands

/// The completion tree (described command by command, as a command line reaches them) against
/// the whole tree ArgumentParser describes at once: same names, abstracts, visibility, aliases
/// and, for every command a command line names, the same arguments.
@Suite struct CommandTreeTests {
  func summary(_ a: CommandTree.Argument) -> String {
    "\(a.kind) \(a.spellings) \(a.valueName ?? "-") \(a.completion) \(a.section ?? "-") \(a.isRepeating) \(a.isVisible)"
  }

  func check(_ lazy: CommandTree, _ whole: CommandTree, path: [String], expanded: Bool) {
    #expect(lazy.name == whole.name, "\(path)")
    #expect(lazy.aliases == whole.aliases, "\(path)")
    #expect(lazy.abstract == whole.abstract, "\(path)")
    #expect(lazy.isVisible == whole.isVisible, "\(path)")
    #expect(lazy.subcommands.map(\.name) == whole.subcommands.map(\.name), "\(path)")
    if expanded {
      // ArgumentParser describes the root's `--version` in every command below it too.
      let own = path.isEmpty ? whole.arguments : whole.arguments.filter { $0.longNames != ["version"] }
      let l = lazy.arguments.map(summary)
      let w = own.map(summary)
      #expect(l == w, "\(path): only here \(l.filter { !w.contains($0) }), only there \(w.filter { !l.contains($0) })")
    }
    // ArgumentParser's own `help` command is described by name and abstract only.
    for (l, w) in zip(lazy.subcommands, whole.subcommands) where w.name != "help" {
      check(l, w, path: path + [w.name], expanded: expanded && path.count < 0)
    }
  }

  @Test func completionTreeAgreesWithTheWholeTree() {
    let whole = Fluidctl.tree
    #expect(whole.subcommands.count > 10)
    // Every command path, as a command line would spell it.
    func paths(_ t: CommandTree, _ prefix: [String]) -> [[String]] {
      t.subcommands.flatMap { s in [prefix + [s.name]] + paths(s, prefix + [s.name]) }
    }
    for path in paths(whole, []) where path != ["help"] {
      let lazy = Fluidctl.tree(reaching: path)
      var l = lazy
      var w = whole
      check(l, w, path: [], expanded: true)
      for word in path {
        l = l.subcommand(word)!
        w = w.subcommand(word)!
      }
      check(l, w, path: path, expanded: true)
    }
    // The global options, which every command also declares.
    let globals = Fluidctl.tree(reaching: []).globalOptions.map(summary)
    #expect(globals.count == 16)
    #expect(globals == whole.subcommand("get")!.globalOptions.map(summary))
    #expect(globals == whole.globalOptions.map(summary))
    #expect(whole.subcommand("help") != nil)
  }
}
