public import FluidModel
public import Foundation

/// Everything needed to talk to one API server: where, how to verify it, who we are.
/// Built from a merged kubeconfig plus overrides (`resolve`) or from in-cluster files.
/// Credentials live here in memory only; `description` never includes them.
public struct ClientConfiguration: Sendable, Equatable, CustomStringConvertible {
  /// How requests authenticate.
  public enum Credentials: Sendable, Equatable {
    case none
    case token(String)
    /// Re-read on use, so that rotated (projected) tokens are picked up.
    case tokenFile(String)
    case exec(ExecCredentialConfig)
  }

  /// `https://host:port` with an optional path prefix, no trailing slash.
  public var server: String
  public var contextName: String?
  /// The namespace for namespaced requests: `-n`, else the context's, else `default`.
  public var namespace: String
  public var caData: [UInt8]?
  public var clientCertificateData: [UInt8]?
  public var clientKeyData: [UInt8]?
  public var insecureSkipTLSVerify: Bool
  public var tlsServerName: String?
  public var proxyURL: String?
  public var credentials: Credentials
  /// Where this configuration came from (kubeconfig files, or "in-cluster").
  public var origin: String

  public init(
    server: String, contextName: String? = nil, namespace: String = "default", caData: [UInt8]? = nil,
    clientCertificateData: [UInt8]? = nil, clientKeyData: [UInt8]? = nil, insecureSkipTLSVerify: Bool = false,
    tlsServerName: String? = nil, proxyURL: String? = nil, credentials: Credentials = .none, origin: String = ""
  ) {
    self.server = server
    self.contextName = contextName
    self.namespace = namespace
    self.caData = caData
    self.clientCertificateData = clientCertificateData
    self.clientKeyData = clientKeyData
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.tlsServerName = tlsServerName
    self.proxyURL = proxyURL
    self.credentials = credentials
    self.origin = origin
  }

  /// True for https servers: only then are credentials attached (client-go's rule).
  public var isTLS: Bool { server.lowercased().hasPrefix("https://") }

  public var description: String {
    "server \(server)" + (contextName.map { ", context \($0)" } ?? "") + " (\(origin))"
  }

  /// Resolves the context chosen by `overrides.context` or `current-context`.
  /// `readFile` reads files named by the kubeconfig (CA, certificates, keys).
  public static func resolve(
    _ config: Kubeconfig, overrides: KubeconfigOverrides, readFile: (String) throws -> [UInt8]
  ) throws -> ClientConfiguration {
    let contextName = overrides.context ?? config.currentContext
    var context: Kubeconfig.Entry?
    if let contextName {
      guard let c = config.contexts[contextName] else {
        throw FluidError.usage("context was not found for specified context: \(contextName)")
      }
      context = c
    }
    let clusterName = overrides.cluster ?? context?.value["cluster"]?.stringValue
    let userName = overrides.user ?? context?.value["user"]?.stringValue
    let cluster = try clusterName.map { name -> Kubeconfig.Entry in
      guard let e = config.clusters[name] else { throw FluidError.usage("cluster \"\(name)\" not found in kubeconfig") }
      return e
    }
    // A context may name a user that no file defines; client-go then sends no credentials.
    let user = userName.flatMap { config.users[$0] }

    guard let server = overrides.server ?? cluster?.value["server"]?.stringValue, !server.isEmpty else {
      if contextName == nil {
        throw FluidError.usage("no current context is set in \(config.files.joined(separator: ":")); pass --context")
      }
      throw FluidError.usage("no server found for cluster \"\(clusterName ?? "")\"")
    }
    if let separator = server.range(of: "://") {
      let scheme = server[..<separator.lowerBound].lowercased()
      guard scheme == "http" || scheme == "https", URLComponents(string: server)?.host.map({ !$0.isEmpty }) == true else {
        throw FluidError.usage("invalid server URL \"\(server)\": use https://HOST[:PORT]")
      }
    }
    let path: (Kubeconfig.Entry?, String) -> String? = { entry, p in
      guard let entry else { return p }
      return p.hasPrefix("/") ? p : entry.directory + "/" + p
    }
    func bytes(_ entry: Kubeconfig.Entry?, _ dataKey: String, _ fileKey: String) throws -> [UInt8]? {
      if let d = entry?.value[dataKey]?.stringValue {
        guard let data = Data(base64Encoded: d, options: .ignoreUnknownCharacters) else {
          throw FluidError.usage("\(dataKey) of \"\(entry?.name ?? "")\" is not valid base64")
        }
        return [UInt8](data)
      }
      if let f = entry?.value[fileKey]?.stringValue, let p = path(entry, f) { return try readFile(p) }
      return nil
    }
    var result = ClientConfiguration(
      server: server.hasSuffix("/") ? String(server.dropLast()) : server, contextName: contextName,
      namespace: overrides.namespace ?? nonEmpty(context?.value["namespace"]?.stringValue) ?? "default",
      origin: config.files.joined(separator: ":"))
    if let ca = overrides.certificateAuthority {
      result.caData = try readFile(ca)
    } else {
      result.caData = try bytes(cluster, "certificate-authority-data", "certificate-authority")
    }
    result.insecureSkipTLSVerify =
      overrides.insecureSkipTLSVerify ?? cluster?.value["insecure-skip-tls-verify"]?.boolValue ?? false
    result.tlsServerName = overrides.tlsServerName ?? nonEmpty(cluster?.value["tls-server-name"]?.stringValue)
    result.proxyURL = nonEmpty(cluster?.value["proxy-url"]?.stringValue)
    result.clientCertificateData = try bytes(user, "client-certificate-data", "client-certificate")
    result.clientKeyData = try bytes(user, "client-key-data", "client-key")
    if let t = overrides.token {
      result.credentials = .token(t)
    } else if let t = nonEmpty(user?.value["token"]?.stringValue) {
      result.credentials = .token(t)
    } else if let f = nonEmpty(user?.value["tokenFile"]?.stringValue), let p = path(user, f) {
      result.credentials = .tokenFile(p)
    } else if let exec = user?.value["exec"], let user {
      result.credentials = .exec(try ExecCredentialConfig(exec, directory: user.directory))
    } else if user?.value["auth-provider"] != nil {
      throw FluidError.usage(
        "user \"\(userName ?? "")\" uses a legacy auth-provider, which fluidctl does not support; use an exec credential plugin (for example kubelogin or gke-gcloud-auth-plugin)"
      )
    }
    return result
  }

  /// The service-account configuration of a pod, or nil when not running in a cluster
  /// (`KUBERNETES_SERVICE_HOST`/`_PORT` unset or no token file).
  public static func inCluster(
    environment env: [String: String], root: String = "/var/run/secrets/kubernetes.io/serviceaccount",
    isFile: (String) -> Bool, readFile: (String) throws -> [UInt8], namespace: String?
  ) throws -> ClientConfiguration? {
    guard let host = nonEmpty(env["KUBERNETES_SERVICE_HOST"]), let port = nonEmpty(env["KUBERNETES_SERVICE_PORT"]),
      isFile(root + "/token")
    else { return nil }
    let hostPart = host.contains(":") ? "[\(host)]" : host
    var fileNamespace: String?
    if isFile(root + "/namespace") {
      fileNamespace = nonEmpty(
        String(decoding: try readFile(root + "/namespace"), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    let ns = namespace ?? nonEmpty(env["POD_NAMESPACE"]) ?? fileNamespace ?? "default"
    return ClientConfiguration(
      server: "https://\(hostPart):\(port)", namespace: ns,
      caData: isFile(root + "/ca.crt") ? try readFile(root + "/ca.crt") : nil,
      credentials: .tokenFile(root + "/token"), origin: "in-cluster")
  }
}

func nonEmpty(_ s: String?) -> String? {
  guard let s, !s.isEmpty else { return nil }
  return s
}
