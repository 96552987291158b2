import ArgumentParser

/// Options every command accepts, before or after the subcommand (`fluidctl -n x get ...`
/// works: `GlobalArguments.normalize` moves them behind the subcommand before parsing).
public struct GlobalOptions: ParsableArguments, Sendable {
  @Option(name: .long, help: ArgumentHelp("Path to the kubeconfig file to use.", valueName: "path"), completion: .file())
  public var kubeconfig: String?

  @Option(name: .long, help: ArgumentHelp("The kubeconfig context to use.", valueName: "name"), completion: CompletionSources.contexts)
  public var context: String?

  @Option(
    name: [.customShort("n", allowingJoined: true), .long],
    help: ArgumentHelp("The namespace for this request.", valueName: "namespace"), completion: CompletionSources.namespaces)
  public var namespace: String?

  @Option(name: .long, help: ArgumentHelp("The kubeconfig cluster to use instead of the context's.", valueName: "name"))
  public var cluster: String?

  @Option(name: .long, help: ArgumentHelp("The kubeconfig user to use instead of the context's.", valueName: "name"))
  public var user: String?

  @Option(
    name: [.customShort("s"), .long],
    help: ArgumentHelp("The address and port of the Kubernetes API server.", valueName: "url"))
  public var server: String?

  @Option(name: .long, help: ArgumentHelp("Bearer token for authentication to the API server.", valueName: "token"))
  public var token: String?

  @Option(
    name: .customLong("certificate-authority"),
    help: ArgumentHelp("Path to a CA certificate file for the API server.", valueName: "path"), completion: .file())
  public var certificateAuthority: String?

  @Flag(
    name: .customLong("insecure-skip-tls-verify"),
    help: "Do not verify the server's certificate (connections are then open to interception).")
  public var insecureSkipTLSVerify = false

  @Option(
    name: .customLong("tls-server-name"),
    help: ArgumentHelp("Server name for certificate validation instead of the server's host.", valueName: "name"))
  public var tlsServerName: String?

  @Option(
    name: .customLong("request-timeout"),
    help: ArgumentHelp("How long to wait for a single request (1s, 2m; 0 waits forever).", valueName: "duration"))
  public var requestTimeout: String = "0"

  @Flag(name: [.customShort("A"), .long], help: "List or watch objects across all namespaces.")
  public var allNamespaces = false

  @Flag(name: .long, help: "Use the embedded simulated cluster even when a kubeconfig is found.")
  public var sim = false

  @Option(
    name: .customLong("sim-state"),
    help: ArgumentHelp("State database of the embedded cluster (or FLUIDCTL_SIM_STATE).", valueName: "path"),
    completion: .file())
  public var simState: String?

  @Option(
    name: [.customShort("o", allowingJoined: true), .long],
    help: ArgumentHelp(
      "Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.", valueName: "format"),
    completion: CompletionSources.outputFormats)
  public var output: String?

  @Option(
    name: [.customShort("v", allowingJoined: true), .customLong("v")],
    help: ArgumentHelp("Log level for diagnostics on stderr (6 shows each request).", valueName: "level"))
  public var verbosity: Int = 0

  public init() {}

  /// The title of the option group every command declares these options in.
  public static let title = "Global options"
}

/// Rewrites argv so that global options placed before the subcommand come after it, and
/// `-x=value` short forms become `-x value` (kubectl accepts both).
public enum GlobalArguments {
  static let valued: Set<String> = [
    "--kubeconfig", "--context", "-n", "--namespace", "--sim-state", "-o", "--output", "-v", "--v", "--cluster",
    "--user", "-s", "--server", "--token", "--certificate-authority", "--tls-server-name", "--request-timeout",
  ]
  static let flags: Set<String> = ["-A", "--all-namespaces", "--sim", "--insecure-skip-tls-verify"]

  /// `commandPaths`: every subcommand path, e.g. `["get"], ["dataset", "create"]`.
  public static func normalize(_ args: [String], commandPaths: [[String]]) -> [String] {
    let s = split(args, commandPaths: commandPaths)
    return s.path + s.moved + s.rest
  }

  /// The usage error for a word that stands where a subcommand must (`fluidctl frobnicate`,
  /// `fluidctl --sim frobnicate`, `fluidctl sim frob`), or nil when the words name a command.
  /// `programName` is how the root command is called ("fluidctl" or "kubectl fluid").
  public static func unknownCommand(_ args: [String], commandPaths: [[String]], programName: String) -> String? {
    let s = split(args, commandPaths: commandPaths)
    guard let word = s.rest.first, !word.hasPrefix("-") else { return nil }
    let children = commandPaths.filter { $0.count == s.path.count + 1 && $0.starts(with: s.path) }.map { $0.last! }
    // A command with no subcommands takes its own positional arguments.
    guard !children.isEmpty else { return nil }
    // ArgumentParser's own `help` subcommand (`fluidctl help get`).
    if s.path.isEmpty && word == "help" { return nil }
    let parent = ([programName] + s.path).joined(separator: " ")
    return CommandSuggestion.unknownCommand(word, parent: parent, known: children + (s.path.isEmpty ? ["help"] : []))
  }

  /// Splits argv into the subcommand path, the global options written before it, and the rest.
  static func split(_ args: [String], commandPaths: [[String]]) -> (path: [String], moved: [String], rest: [String]) {
    var expanded: [String] = []
    var passthrough = false
    for a in args {
      if passthrough || a == "--" {
        passthrough = true
        expanded.append(a)
        continue
      }
      if a.count > 3, a.hasPrefix("-"), !a.hasPrefix("--"), a.dropFirst(2).first == "=" {
        expanded.append(String(a.prefix(2)))
        expanded.append(String(a.dropFirst(3)))
      } else if a.count > 2, a.hasPrefix("-"), !a.hasPrefix("--"), "onvlL".contains(a.dropFirst().prefix(1)) {
        // Joined short values: -ojson, -nteam-a, -v6, -lapp=x.
        expanded.append(String(a.prefix(2)))
        expanded.append(String(a.dropFirst(2)))
      } else {
        expanded.append(a)
      }
    }
    var moved: [String] = []
    var rest: [String] = []
    var i = 0
    var path: [String] = []
    // Collect global options that precede the subcommand path.
    while i < expanded.count {
      let a = expanded[i]
      let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
      if valued.contains(a) && i + 1 < expanded.count {
        moved += [a, expanded[i + 1]]
        i += 2
      } else if valued.contains(name) && a.contains("=") {
        moved.append(a)
        i += 1
      } else if flags.contains(a) || isJoinedShort(a) {
        moved.append(a)
        i += 1
      } else if !a.hasPrefix("-"), commandPaths.contains(where: { $0.starts(with: path + [a]) }) {
        path.append(a)
        i += 1
      } else {
        rest = Array(expanded[i...])
        break
      }
    }
    if path == ["delete"] {
      // kubectl's `--wait` is a boolean flag that also takes `=false`: a bare one means true.
      rest = rest.enumerated().map { i, a in
        a == "--wait" && !(i + 1 < rest.count && ["true", "false"].contains(rest[i + 1])) ? "--wait=true" : a
      }
    }
    return (path, moved, rest)
  }

  static func isJoinedShort(_ a: String) -> Bool {
    guard a.count > 2, a.hasPrefix("-"), !a.hasPrefix("--") else { return false }
    return ["n", "o", "v"].contains(String(a.dropFirst().prefix(1)))
  }
}
