import FluidKit
import FluidSimulator
import Foundation

/// Chooses the backend: the embedded cluster when `--sim`/`--sim-state`/FLUIDCTL_SIM_STATE is
/// given or when no kubeconfig exists; a real cluster otherwise.
public enum Connection {
  public enum Target: Equatable {
    case embedded(statePath: String)
    case kubeconfig(path: String)
  }

  public static func target(_ g: GlobalOptions, environment env: [String: String]) throws -> Target {
    if let p = g.simState { return .embedded(statePath: p) }
    if let p = env["FLUIDCTL_SIM_STATE"], !p.isEmpty { return .embedded(statePath: p) }
    if g.sim { return .embedded(statePath: defaultStatePath(env)) }
    if let k = g.kubeconfig {
      guard FileManager.default.fileExists(atPath: k) else { throw FluidError.usage("stat \(k): no such file or directory") }
      return .kubeconfig(path: k)
    }
    if let list = env["KUBECONFIG"] {
      for p in list.split(separator: ":").map(String.init) where FileManager.default.fileExists(atPath: p) {
        return .kubeconfig(path: p)
      }
    }
    if let home = env["HOME"], FileManager.default.fileExists(atPath: home + "/.kube/config") {
      return .kubeconfig(path: home + "/.kube/config")
    }
    return .embedded(statePath: defaultStatePath(env))
  }

  /// `$XDG_STATE_HOME/fluidctl/cluster.db`, else `~/.local/state/fluidctl/cluster.db`.
  public static func defaultStatePath(_ env: [String: String]) -> String {
    if let x = env["XDG_STATE_HOME"], !x.isEmpty { return x + "/fluidctl/cluster.db" }
    return (env["HOME"] ?? NSTemporaryDirectory()) + "/.local/state/fluidctl/cluster.db"
  }

  public static func connect(_ g: GlobalOptions, _ ctx: CommandContext) throws -> any ClusterClient {
    let client = try backend(g, ctx)
    guard g.verbosity >= 6 else { return client }
    let err = ctx.stderr
    return LoggingClient(inner: client, level: g.verbosity, log: { err.line($0) }, now: ctx.now)
  }

  static func backend(_ g: GlobalOptions, _ ctx: CommandContext) throws -> any ClusterClient {
    switch try target(g, environment: ctx.environment) {
    case .embedded(let path):
      let cluster = try EmbeddedCluster(path: path, registry: ctx.registry, now: ctx.now)
      // Each invocation first brings the simulated world up to now.
      try cluster.advanceWorld()
      return cluster
    case .kubeconfig(let path):
      throw FluidError.unreachable(
        "kubeconfig \(path) selects a Kubernetes API server, and this build of fluidctl cannot reach one yet; pass --sim to use the embedded cluster")
    }
  }
}
