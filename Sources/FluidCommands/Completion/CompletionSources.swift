import ArgumentParser
import FluidKit
import FluidModel
import Foundation

/// The candidates behind fluidctl's custom completions: resource types, object names from the
/// cluster the command line names (real or embedded), namespaces and kubeconfig contexts. They
/// read only (the embedded cluster's world is not advanced, a missing state is not created),
/// give a real cluster one second, and return nothing on any failure.
enum CompletionSources {
  /// The context of the command answering the query (its environment picks the cluster).
  @TaskLocal static var context: CommandContext?

  /// How long a completion query waits for a real API server.
  static let requestTimeout = "1s"

  // MARK: Completion kinds, attached to arguments

  /// `get`, `describe`, `delete`: `KIND [NAME...]`, `KIND,KIND` or `KIND/NAME...`.
  static let resources = CompletionKind.custom { words, index, prefix async in
    await resourceCandidates(words, index, prefix, slashOnly: false)
  }

  /// `wait`: `KIND/NAME...` (or `KIND NAME...`).
  static let kindSlashNames = CompletionKind.custom { words, index, prefix async in
    await resourceCandidates(words, index, prefix, slashOnly: true)
  }

  /// A dataset's name (`load`, `cache`), or `KIND/NAME` once a slash is typed (`scale`).
  static let datasets = CompletionKind.custom { words, index, prefix async in
    if let slash = prefix.firstIndex(of: "/") {
      return await kindSlashName(String(prefix[..<slash]), words, index)
    }
    return await names(of: "datasets", words, index).filter { $0.hasPrefix(prefix) }
  }

  static let nodes = CompletionKind.custom { words, index, prefix async in
    await names(of: "nodes", words, index).filter { $0.hasPrefix(prefix) }
  }

  static let namespaces = CompletionKind.custom { words, index, prefix async in
    await names(of: "namespaces", words, index).filter { $0.hasPrefix(prefix) }
  }

  /// The kubeconfig's contexts (read from the files only; no request is made).
  static let contexts = CompletionKind.custom { words, index, prefix async in
    guard let ctx = context, let g = await globals(words, index) else { return [] }
    guard case .kubeconfig(let files)? = try? Connection.target(g, environment: ctx.environment),
      let merged = try? Kubeconfig.load(files: files, read: { String(decoding: try Connection.readBytes($0), as: UTF8.self) })
    else { return [] }
    return merged.contexts.keys.sorted().filter { $0.hasPrefix(prefix) }
  }

  /// Every output format `-o` accepts (the templated ones end in `=`).
  static let outputFormats = CompletionKind.list([
    "table", "wide", "json", "yaml", "name", "jsonpath=", "custom-columns=", "custom-columns-file=",
  ])

  // MARK: Candidates

  static func resourceCandidates(_ words: [String], _ index: Int, _ prefix: String, slashOnly: Bool) async -> [String] {
    guard let ctx = context else { return [] }
    if let slash = prefix.firstIndex(of: "/") {
      return await kindSlashName(String(prefix[..<slash]), words, index).filter { $0.hasPrefix(prefix) }
    }
    let scan = CommandLineScan(Array(words.prefix(index).dropFirst()), tree: Fluidctl.tree(reaching: words))
    if let kind = scan.positionals.first, !slashOnly, !kind.contains("/"), !kind.contains(",") {
      return await names(of: kind, words, index).filter { $0.hasPrefix(prefix) }
    }
    if scan.positionals.isEmpty || slashOnly {
      return typeNames(ctx.registry, prefix: prefix, suffix: slashOnly ? "/" : "")
    }
    return []
  }

  /// Plural names, short names and categories of every kind fluidctl knows.
  static func typeNames(_ registry: ResourceRegistry, prefix: String, suffix: String) -> [String] {
    var seen: Set<String> = []
    var out: [String] = []
    let categories = suffix.isEmpty ? ["fluid", "all"] : []
    for name in registry.descriptors.flatMap({ [$0.plural] + $0.shortNames }) + categories
    where name.hasPrefix(prefix) && seen.insert(name).inserted {
      out.append(name + suffix)
    }
    return out.sorted()
  }

  /// `KIND/NAME` candidates for the kind typed before the slash.
  static func kindSlashName(_ kind: String, _ words: [String], _ index: Int) async -> [String] {
    await names(of: kind, words, index).map { "\(kind)/\($0)" }
  }

  /// The names of the objects of `kind` in the namespace the command line names, sorted.
  static func names(of kind: String, _ words: [String], _ index: Int) async -> [String] {
    guard let ctx = context, let g = await globals(words, index), let d = ctx.registry.resolve(kind),
      let client = try? Connection.connectForReading(g, ctx)
    else { return [] }
    let namespace: String? = d.namespaced && !g.allNamespaces ? g.effectiveNamespace(client) : nil
    guard let list = try? await client.list(d, namespace: namespace, options: ListOptions(limit: 500)) else { return [] }
    return Array(Set(list.items.compactMap { $0["metadata"]?["name"]?.stringValue })).sorted()
  }

  /// The global options written on the command line before word `index`, with a short request
  /// timeout unless one is given.
  static func globals(_ words: [String], _ index: Int) async -> GlobalOptions? {
    let tree = Fluidctl.tree(reaching: words)
    let scan = CommandLineScan(Array(words.prefix(index).dropFirst()), tree: tree)
    let global = tree.globalOptions
    var picked: [String] = []
    var i = 0
    let optionWords = scan.optionWords
    while i < optionWords.count {
      let w = optionWords[i]
      let name = w.split(separator: "=", maxSplits: 1).first.map(String.init) ?? w
      let spelled = global.first { $0.spellings.contains(name) || $0.spellings.contains(String(w.prefix(2))) }
      if let option = spelled {
        if option.kind == .option, !w.contains("="), option.spellings.contains(w) {
          // An option whose value is the word being completed is left out.
          if i + 1 < optionWords.count { picked += [w, optionWords[i + 1]] }
          i += 1
        } else {
          picked.append(w)
        }
      }
      i += 1
    }
    guard let parsed = try? await GlobalsOnly.asyncParse(GlobalArguments.normalize(picked, commandPaths: [])) else { return nil }
    var g = parsed.globals
    if g.requestTimeout == "0" { g.requestTimeout = requestTimeout }
    return g
  }

  /// Parses the global options alone (an async command, as options with async completions need).
  private struct GlobalsOnly: AsyncParsableCommand {
    @OptionGroup var globals: GlobalOptions
  }
}
