import Foundation

/// A CA, a server certificate (by default for `api.internal` only: no IP SAN, so that
/// connecting to 127.0.0.1 needs tls-server-name) and a client certificate, made by openssl in `dir`.
public struct TestPKI: Sendable {
  public let dir: String
  public var caCert: String { dir + "/ca.crt" }
  public var serverCert: String { dir + "/server.crt" }
  public var serverKey: String { dir + "/server.key" }
  public var clientCert: String { dir + "/client.crt" }
  public var clientKey: String { dir + "/client.key" }

  /// `serverNames`: the server certificate's subjectAltNames (`DNS:x`, `IP:127.0.0.1`).
  public init(in dir: String, serverNames: [String] = ["DNS:api.internal"]) throws {
    self.dir = dir
    let steps: [[String]] = [
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=fluidctl-test-ca"],
      ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=api.internal"],
      ["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "server.ext"],
      ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out", "client.csr", "-subj", "/CN=alice/O=team-a"],
      ["x509", "-req", "-in", "client.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "client.crt", "-days", "2"],
    ]
    try "subjectAltName=\(serverNames.joined(separator: ","))\n".write(toFile: dir + "/server.ext", atomically: true, encoding: .utf8)
    for args in steps {
      let r = try Binary.run(executable: "/usr/bin/openssl", args, environment: ["PATH": "/usr/bin:/bin"], workingDirectory: dir)
      guard r.code == 0 else { throw PKIError(message: "openssl \(args[0]) failed: \(r.stderr)") }
    }
  }

  public func base64(_ path: String) throws -> String {
    try Data(contentsOf: URL(fileURLWithPath: path)).base64EncodedString()
  }

  struct PKIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}

/// Tests/Fixtures/api_stub_server.py on a free loopback port: records each request's
/// Authorization header and client certificate.
public final class StubAPIServer: @unchecked Sendable {
  public let process: Process
  public let port: Int
  let logPath: String

  public init(dir: String, name: String, tls: TestPKI? = nil, requireClientCert: Bool = false, extra: [String] = []) throws {
    logPath = dir + "/\(name).log"
    let portFile = dir + "/\(name).port"
    var args = [Paths.packageRoot.appendingPathComponent("Tests/Fixtures/api_stub_server.py").path, "--port-file", portFile, "--log", logPath]
    if let tls {
      args += ["--cert", tls.serverCert, "--key", tls.serverKey]
      if requireClientCert { args += ["--client-ca", tls.caCert] }
    }
    args += extra
    FileManager.default.createFile(atPath: logPath, contents: nil)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3"] + args
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    process = p
    let deadline = Date().addingTimeInterval(15)
    while true {
      if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let port = Int(text) {
        self.port = port
        return
      }
      guard Date() < deadline, p.isRunning else { throw TestPKI.PKIError(message: "the stub API server did not start") }
      Thread.sleep(forTimeInterval: 0.02)
    }
  }

  /// One record per request: path, authorization, client (certificate subject).
  public var requests: [[String: String]] {
    let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: String]
    }
  }

  /// SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM.
  public func stop() {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}
