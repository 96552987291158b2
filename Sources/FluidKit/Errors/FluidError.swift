/// Every failure fluidctl reports. One place (`ErrorPresenter` in FluidCommands) turns these into
/// a message and an exit code; the cases keep enough context to say what to do.
public enum FluidError: Error, Sendable, Equatable {
  /// The API server (or the embedded cluster) answered with a failure Status.
  case api(APIStatus)
  /// The command line or an input file is wrong; nothing was changed.
  case usage(String)
  /// A manifest could not be read: malformed, too large, or not a Kubernetes object.
  case input(source: String, message: String)
  /// `kind` names no resource type the cluster serves.
  case unknownResource(String)
  /// A manifest's kind is not served by the cluster.
  case noKindMatch(source: String, name: String, namespace: String, kind: String, apiVersion: String)
  /// A wait ended before its condition held.
  case timeout(String)
  /// A watched operation reached a terminal failure (for example a DataLoad in phase Failed).
  case operationFailed(String)
  /// The cluster could not be reached.
  case unreachable(String)
  /// Local state (the embedded cluster's database, a kubeconfig) could not be used.
  case local(String)
  /// The user interrupted the command.
  case interrupted
  /// Several documents of one invocation failed; nothing was written.
  case multiple([FluidError])
  /// `error` happened while `verb` (creating, applying...) the object from `source`.
  indirect case whileProcessing(verb: String, source: String, FluidError)
}

extension FluidError {
  /// The documented exit code (README, "Exit codes").
  public var exitCode: Int32 {
    switch self {
    case .api(let s):
      switch s.code {
      case 404: return 3
      case 409: return 5
      case 401, 403: return 6
      case 400, 422: return 64
      case 504: return 4
      default: return 1
      }
    case .usage, .input, .noKindMatch: return 64
    case .unknownResource: return 3
    case .timeout: return 4
    case .operationFailed: return 2
    case .unreachable: return 7
    case .local: return 1
    case .interrupted: return 130
    case .whileProcessing(_, _, let e): return e.exitCode
    case .multiple(let errors):
      let codes = Set(errors.map(\.exitCode))
      return codes.count == 1 ? codes.first ?? 1 : (codes.contains(64) ? 64 : 1)
    }
  }
}
