/// How the process was started: as `fluidctl`, as the kubectl plugin `kubectl-fluid` (which
/// `kubectl fluid ...` runs), or as `kubectl_complete-fluid` (which kubectl runs to complete
/// `kubectl fluid ...` on the command line). The three are one binary under three names.
public enum Invocation: Sendable, Equatable {
  case fluidctl
  case kubectlPlugin
  case kubectlPluginCompletion

  /// What the program's name in `argv[0]` says (its last path component).
  public init(argv0: String) {
    let base = argv0.split(separator: "/").last.map(String.init) ?? argv0
    switch base {
    case "kubectl-fluid": self = .kubectlPlugin
    case "kubectl_complete-fluid": self = .kubectlPluginCompletion
    default: self = .fluidctl
    }
  }

  /// This process's invocation, read once from `CommandLine.arguments`.
  public static let current = Invocation(argv0: CommandLine.arguments.first ?? "fluidctl")

  /// The command a user types for the root command: what help and examples call it.
  public var displayName: String { self == .fluidctl ? "fluidctl" : "kubectl fluid" }
}
