import FluidHTTP
import FluidKit
import FluidModel
import FluidSimulator
import Foundation

/// Chooses the backend: the embedded cluster when `--sim`/`--sim-state`/FLUIDCTL_SIM_STATE asks
/// for it, or when there is neither a kubeconfig (`--kubeconfig`, KUBECONFIG, ~/.kube/config),
/// nor `--server`, nor an in-cluster service account; the Kubernetes API otherwise.
public enum Connection {
  public enum Target: Equatable {
    case embedded(statePath: String)
    /// The kubeconfig chain, in precedence order (may be empty with `--server`).
    case kubeconfig(files: [String])
    case inCluster

    public var isEmbedded: Bool {
      if case .embedded = self { return true }
      return false
    }
  }

  /// Flags beat environment variables, which beat files (as in kubectl): `--sim-state`/`--sim`,
  /// then `--kubeconfig`/`--context`/`--server`, then FLUIDCTL_SIM_STATE, then KUBECONFIG, then
  /// ~/.kube/config, then in-cluster. The embedded cluster is the fallback only when nothing
  /// names a cluster at all; a named kubeconfig that is missing is an error, never a fallback.
  public static func target(_ g: GlobalOptions, environment env: [String: String]) throws -> Target {
    if let p = g.simState { return .embedded(statePath: p) }
    if g.sim { return .embedded(statePath: defaultStatePath(env)) }
    let namesCluster = g.kubeconfig != nil || g.context != nil || g.server != nil
    if !namesCluster, let p = env["FLUIDCTL_SIM_STATE"], !p.isEmpty { return .embedded(statePath: p) }
    let files = try Kubeconfig.chain(
      explicitPath: g.kubeconfig, environmentList: env["KUBECONFIG"], home: env["HOME"], exists: isFile)
    if !files.isEmpty || g.server != nil { return .kubeconfig(files: files) }
    if let context = g.context {
      throw FluidError.usage("context was not found for specified context: \(context) (there is no kubeconfig: --kubeconfig, KUBECONFIG or ~/.kube/config)")
    }
    if env["KUBERNETES_SERVICE_HOST"].map({ !$0.isEmpty }) ?? false,
      isFile("/var/run/secrets/kubernetes.io/serviceaccount/token")
    {
      return .inCluster
    }
    return .embedded(statePath: defaultStatePath(env))
  }

  static func isFile(_ path: String) -> Bool {
    var dir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && !dir.boolValue
  }

  /// `$XDG_STATE_HOME/fluidctl/cluster.db`, else `~/.local/state/fluidctl/cluster.db`.
  public static func defaultStatePath(_ env: [String: String]) -> String {
    if let x = env["XDG_STATE_HOME"], !x.isEmpty { return x + "/fluidctl/cluster.db" }
    return (env["HOME"] ?? NSTemporaryDirectory()) + "/.local/state/fluidctl/cluster.db"
  }

  public static func connect(_ g: GlobalOptions, _ ctx: CommandContext) throws -> any ClusterClient {
    let client = try backend(g, ctx)
    guard g.verbosity >= 6, client is EmbeddedCluster else { return client }
    let err = ctx.stderr
    return LoggingClient(inner: client, level: g.verbosity, log: { err.line($0) }, now: ctx.now)
  }

  /// A client for reads that must not change anything (shell completion): the embedded
  /// cluster's world is not advanced and a missing state is not created.
  public static func connectForReading(_ g: GlobalOptions, _ ctx: CommandContext) throws -> any ClusterClient {
    if case .embedded(let path) = try target(g, environment: ctx.environment) {
      guard isFile(path) else { throw FluidError.local("no embedded cluster state at \(path)") }
      return try EmbeddedCluster(path: path, registry: ctx.registry, now: ctx.now)
    }
    return try backend(g, ctx)
  }

  static func backend(_ g: GlobalOptions, _ ctx: CommandContext) throws -> any ClusterClient {
    switch try target(g, environment: ctx.environment) {
    case .embedded(let path):
      let cluster = try EmbeddedCluster(path: path, registry: ctx.registry, now: ctx.now)
      // Each invocation first brings the simulated world up to now.
      try cluster.advanceWorld()
      return cluster
    case .kubeconfig(let files):
      return try kubernetesClient(try clientConfiguration(g, files: files), g, ctx)
    case .inCluster:
      guard
        let config = try ClientConfiguration.inCluster(
          environment: ctx.environment, isFile: isFile, readFile: readBytes, namespace: g.namespace)
      else { throw FluidError.local("in-cluster configuration is incomplete") }
      return try kubernetesClient(config, g, ctx)
    }
  }

  /// The merged kubeconfig resolved with the command line's overrides.
  public static func clientConfiguration(_ g: GlobalOptions, files: [String]) throws -> ClientConfiguration {
    let merged = try Kubeconfig.load(files: files) { path in
      String(decoding: try readBytes(path), as: UTF8.self)
    }
    let overrides = KubeconfigOverrides(
      context: g.context, cluster: g.cluster, user: g.user, namespace: g.namespace, server: g.server, token: g.token,
      certificateAuthority: g.certificateAuthority, insecureSkipTLSVerify: g.insecureSkipTLSVerify ? true : nil,
      tlsServerName: g.tlsServerName)
    return try ClientConfiguration.resolve(merged, overrides: overrides, readFile: readBytes)
  }

  static func readBytes(_ path: String) throws -> [UInt8] {
    guard let d = FileManager.default.contents(atPath: path) else {
      throw FluidError.local("open \(path): no such file or directory")
    }
    return [UInt8](d)
  }

  static func kubernetesClient(_ config: ClientConfiguration, _ g: GlobalOptions, _ ctx: CommandContext) throws
    -> KubernetesClient
  {
    guard let timeout = GoDuration.parse(g.requestTimeout) ?? Double(g.requestTimeout), timeout >= 0, timeout.isFinite else {
      throw FluidError.usage("invalid --request-timeout \"\(g.requestTimeout)\": use a duration such as 30s or 2m")
    }
    if config.insecureSkipTLSVerify {
      ctx.warn("the server's certificate is not verified (insecure-skip-tls-verify)")
    }
    let err = ctx.stderr
    let warn: @Sendable (String) -> Void = { ctx.warn($0) }
    return try KubernetesClient(
      configuration: config, registry: ctx.registry, requestTimeout: timeout > 0 ? timeout : nil,
      verbosity: g.verbosity, log: { err.line($0) }, warningHandler: warn,
      userAgent: "fluidctl/v\(FluidctlVersion.client) (\(FluidctlVersion.platform))")
  }
}
