public import FluidModel
public import Foundation

/// A kubeconfig `users[].user.exec` stanza: a credential plugin to run.
public struct ExecCredentialConfig: Sendable, Equatable {
  public static let supportedVersions = ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"]
  public var apiVersion: String
  /// The command; a relative path containing a slash is resolved against the kubeconfig's directory.
  public var command: String
  public var args: [String]
  public var env: [(String, String)]
  public var interactiveMode: String
  public var provideClusterInfo: Bool
  public var installHint: String?

  public static func == (a: Self, b: Self) -> Bool {
    a.apiVersion == b.apiVersion && a.command == b.command && a.args == b.args
      && a.env.map { "\($0.0)=\($0.1)" } == b.env.map { "\($0.0)=\($0.1)" } && a.interactiveMode == b.interactiveMode
      && a.provideClusterInfo == b.provideClusterInfo && a.installHint == b.installHint
  }

  public init(_ v: JSONValue, directory: String) throws {
    apiVersion = v["apiVersion"]?.stringValue ?? ""
    guard Self.supportedVersions.contains(apiVersion) else {
      throw FluidError.local("exec plugin: invalid apiVersion \"\(apiVersion)\"")
    }
    guard var cmd = v["command"]?.stringValue, !cmd.isEmpty else {
      throw FluidError.local("exec plugin: command is not set")
    }
    if cmd.contains("/"), !cmd.hasPrefix("/") { cmd = directory + "/" + cmd }
    command = cmd
    args = (v["args"]?.arrayValue ?? []).compactMap(\.stringValue)
    env = (v["env"]?.arrayValue ?? []).compactMap { e in
      guard let n = e["name"]?.stringValue else { return nil }
      return (n, e["value"]?.stringValue ?? "")
    }
    interactiveMode = v["interactiveMode"]?.stringValue ?? "IfAvailable"
    provideClusterInfo = v["provideClusterInfo"]?.boolValue ?? false
    installHint = v["installHint"]?.stringValue
  }
}

/// What a plugin returned: a token and/or a client certificate, valid until `expiration`.
public struct ExecCredential: Sendable, Equatable {
  public var token: String?
  public var clientCertificateData: [UInt8]?
  public var clientKeyData: [UInt8]?
  public var expiration: Date?

  /// Parses the plugin's stdout (an `ExecCredential` of the requested apiVersion).
  public static func parse(_ output: String, apiVersion: String) throws -> ExecCredential {
    let v: JSONValue
    do { v = try JSONParser.parse(output) } catch {
      throw FluidError.local("getting credentials: decoding stdout: \(error)")
    }
    guard v["kind"]?.stringValue == "ExecCredential", v["apiVersion"]?.stringValue == apiVersion else {
      throw FluidError.local(
        "getting credentials: exec plugin is configured to use API version \(apiVersion), plugin returned version \(v["apiVersion"]?.stringValue ?? "none")"
      )
    }
    guard let status = v["status"] else { throw FluidError.local("getting credentials: exec plugin didn't return a status field") }
    var c = ExecCredential()
    c.token = nonEmpty(status["token"]?.stringValue)
    c.clientCertificateData = status["clientCertificateData"]?.stringValue.map { Array($0.utf8) }
    c.clientKeyData = status["clientKeyData"]?.stringValue.map { Array($0.utf8) }
    if (c.clientCertificateData == nil) != (c.clientKeyData == nil) {
      throw FluidError.local("getting credentials: exec plugin returned only one of clientCertificateData and clientKeyData")
    }
    if c.token == nil && c.clientCertificateData == nil {
      throw FluidError.local("getting credentials: exec plugin didn't return a token or cert/key pair")
    }
    if let e = status["expirationTimestamp"]?.stringValue { c.expiration = Timestamps.parse(e) }
    return c
  }
}

/// Runs exec credential plugins and caches what they return until it expires.
/// Never interactive: the plugin's stdin is /dev/null and `interactive` is false unless
/// stdin is a terminal; `interactiveMode: Always` without a terminal is refused.
public final class ExecCredentialProvider: @unchecked Sendable {
  private let lock = NSLock()
  private var cached: [String: ExecCredential] = [:]
  private let now: @Sendable () -> Date
  private let stdinIsTerminal: Bool

  public init(now: @escaping @Sendable () -> Date = { Date() }, stdinIsTerminal: Bool = isatty(0) == 1) {
    self.now = now
    self.stdinIsTerminal = stdinIsTerminal
  }

  /// The credential for `config`, from the cache while it is valid; `refresh` forces a new run
  /// (after a 401).
  public func credential(_ config: ExecCredentialConfig, cluster: ClientConfiguration, refresh: Bool = false) throws
    -> ExecCredential
  {
    let key = config.command + "\u{0}" + config.args.joined(separator: "\u{0}") + "\u{0}" + cluster.server
    lock.lock()
    defer { lock.unlock() }
    if !refresh, let c = cached[key], c.expiration.map({ $0 > now() }) ?? true { return c }
    let c = try run(config, cluster: cluster)
    cached[key] = c
    return c
  }

  /// `KUBERNETES_EXEC_INFO` for a run.
  public static func execInfo(_ config: ExecCredentialConfig, cluster: ClientConfiguration, interactive: Bool) -> String {
    var spec: JSONValue = ["interactive": .bool(interactive)]
    if config.provideClusterInfo {
      var c: JSONValue = ["server": .string(cluster.server), "config": .null]
      if let n = cluster.tlsServerName { c["tls-server-name"] = .string(n) }
      if cluster.insecureSkipTLSVerify { c["insecure-skip-tls-verify"] = true }
      if let ca = cluster.caData { c["certificate-authority-data"] = .string(Data(ca).base64EncodedString()) }
      spec["cluster"] = c
    }
    return JSONWriter.compact(
      ["kind": "ExecCredential", "apiVersion": .string(config.apiVersion), "spec": spec])
  }

  private func run(_ config: ExecCredentialConfig, cluster: ClientConfiguration) throws -> ExecCredential {
    let interactive = stdinIsTerminal && config.interactiveMode != "Never"
    if config.interactiveMode == "Always" && !stdinIsTerminal {
      throw FluidError.local("getting credentials: exec plugin cannot support interactive mode: standard input is not a terminal")
    }
    let process = Process()
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in config.env { environment[k] = v }
    environment["KUBERNETES_EXEC_INFO"] = Self.execInfo(config, cluster: cluster, interactive: interactive)
    process.environment = environment
    if config.command.contains("/") {
      process.executableURL = URL(fileURLWithPath: config.command)
      process.arguments = config.args
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [config.command] + config.args
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = interactive ? FileHandle.standardError : err
    process.standardInput = interactive ? FileHandle.standardInput : FileHandle.nullDevice
    let hint = config.installHint.map { "\n\n\($0)" } ?? ""
    do { try process.run() } catch {
      throw FluidError.local("getting credentials: exec: executable \(config.command) not found\(hint)")
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errText = interactive ? "" : String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus == 127 && !config.command.contains("/") {
      throw FluidError.local("getting credentials: exec: executable \(config.command) not found\(hint)")
    }
    guard process.terminationStatus == 0 else {
      let detail = errText.trimmingCharacters(in: .whitespacesAndNewlines)
      throw FluidError.local(
        "getting credentials: exec: executable \(config.command) failed with exit code \(process.terminationStatus)"
          + (detail.isEmpty ? "" : ": \(detail)"))
    }
    return try ExecCredential.parse(String(decoding: data, as: UTF8.self), apiVersion: config.apiVersion)
  }
}
