import ArgumentParser
import FluidKit
import FluidModel

/// The one place that turns errors into what the user reads and the exit code
/// (README, "Exit codes"). Messages follow kubectl's wording.
public enum ErrorPresenter {
  public static func message(_ error: any Error) -> String {
    switch error {
    case let e as FluidError: return message(e)
    case let e as APIStatus: return message(FluidError.api(e))
    default: return "error: " + (SystemErrorText.isSystemError(error) ? SystemErrorText.of(error) : "\(error)")
    }
  }

  public static func exitCode(_ error: any Error) -> Int32 {
    switch error {
    case let e as FluidError: return e.exitCode
    case let e as APIStatus: return FluidError.api(e).exitCode
    case is CancellationError: return 130
    default: return 1
    }
  }

  /// The failure as a kube `Status` (for `-o json`): the server's, or one built from the error.
  public static func status(_ error: any Error) -> APIStatus? {
    guard let e = error as? FluidError else { return nil }
    switch e {
    case .api(let s): return s
    case .whileProcessing(_, _, let inner): return status(inner)
    case .multiple(let list): return list.first.flatMap { status($0) }
    default:
      let reasons: [Int32: (Int, String)] = [2: (500, "OperationFailed"), 3: (404, "NotFound"), 4: (504, "Timeout"), 7: (503, "ServiceUnavailable"), 64: (400, "BadRequest")]
      let (code, reason) = reasons[e.exitCode] ?? (500, "InternalError")
      var text = message(e)
      if text.hasPrefix("error: ") { text.removeFirst(7) }
      return APIStatus(code: code, reason: reason, message: text)
    }
  }

  public static func message(_ e: FluidError) -> String {
    switch e {
    case .api(let s): return apiMessage(s, context: nil)
    case .whileProcessing(let verb, let source, let inner):
      if case .api(let s) = inner { return apiMessage(s, context: "error when \(verb) \"\(source)\": ") }
      return message(inner)
    case .usage(let m): return "error: \(m)"
    case .input(_, let m): return "error: \(m)"
    case .unknownResource(let k): return "error: the server doesn't have a resource type \"\(k)\""
    case .noKindMatch(let source, let name, let ns, let kind, let apiVersion):
      return
        "error: resource mapping not found for name: \"\(name)\" namespace: \"\(ns)\" from \"\(source)\": no matches for kind \"\(kind)\" in version \"\(apiVersion)\"\nensure CRDs are installed first"
    case .timeout(let m): return "error: \(m)"
    case .operationFailed(let m): return "error: \(m)"
    case .unreachable(let m): return "error: \(m)"
    case .local(let m): return "error: \(m)"
    case .interrupted: return "error: interrupted"
    case .multiple(let errors): return errors.map(message).joined(separator: "\n")
    }
  }

  static func apiMessage(_ s: APIStatus, context: String?) -> String {
    if s.reason == "Invalid", let kind = s.kind, let name = s.name {
      let prefix = "The \(kind) \"\(name)\" is invalid: "
      let causes = s.causes.map { $0.field.isEmpty ? $0.message : "\($0.field): \($0.message)" }
      if causes.count == 1 { return prefix + causes[0] }
      if causes.count > 1 { return prefix + "\n" + causes.map { "* \($0)" }.joined(separator: "\n") }
    }
    if s.code == 401 { return "error: You must be logged in to the server (Unauthorized)" }
    return "Error from server (\(s.reason.isEmpty ? "InternalError" : s.reason)): \(context ?? "")\(s.message)"
  }
}
