import FluidTestSupport
import Foundation
import Testing

/// TLS verification, client certificates, bearer tokens and exec plugins against a stub API
/// server, with certificates openssl makes here (anchors.md §8; cli-conventions §1.2).
@Suite(.serialized) struct TLSAuthTests {
  let dir = TemporaryDirectory()

  func kubeconfig(_ name: String, server: String, cluster: String = "", user: String = "") -> String {
    dir.write(name, """
      apiVersion: v1
      kind: Config
      current-context: test
      clusters:
      - name: c
        cluster:
          server: \(server)
      \(cluster)
      contexts:
      - name: test
        context: {cluster: c, user: u, namespace: team-a}
      users:
      - name: u
        user:
          username: ignored
      \(user)
      """)
  }

  func get(_ kc: String, _ extra: [String] = []) throws -> Binary.Result {
    try Binary.run(["get", "datasets", "--kubeconfig", kc] + extra, environment: ["HOME": dir.path, "PATH": "/usr/bin:/bin"])
  }

  @Test func serverCertificatesAreVerified() throws {
    let pki = try TestPKI(in: dir.path)
    let server = try StubAPIServer(dir: dir.path, name: "tls", tls: pki)
    defer { server.stop() }
    let url = "https://127.0.0.1:\(server.port)"
    let ca = "    certificate-authority-data: \(try pki.base64(pki.caCert))"

    let good = try get(kubeconfig("good", server: url, cluster: ca + "\n    tls-server-name: api.internal"))
    #expect(good.code == 0, "\(good.stderr)")
    #expect(good.stderr == "Warning: stub server says hello\nNo resources found in team-a namespace.\n")
    #expect(server.requests.last?["path"] == "/apis/data.fluid.io/v1alpha1/namespaces/team-a/datasets?limit=500")

    // The certificate names api.internal, not 127.0.0.1.
    let wrongName = try get(kubeconfig("noname", server: url, cluster: ca))
    #expect(wrongName.code == 7)
    #expect(wrongName.stderr.hasPrefix("error: Unable to connect to the server: tls: failed to verify certificate"), "\(wrongName.stderr)")

    let unknownCA = try get(kubeconfig("noca", server: url))
    #expect(unknownCA.code == 7)
    #expect(unknownCA.stderr.hasPrefix("error: Unable to connect to the server: tls: failed to verify certificate"), "\(unknownCA.stderr)")

    let insecure = try get(kubeconfig("insecure", server: url, cluster: "    insecure-skip-tls-verify: true"))
    #expect(insecure.code == 0)
    #expect(insecure.stderr.hasPrefix("Warning: the server's certificate is not verified (insecure-skip-tls-verify)\n"))
    let flag = try get(kubeconfig("flag", server: url), ["--insecure-skip-tls-verify"])
    #expect(flag.code == 0)
  }

  @Test func clientCertificatesFromMemory() throws {
    let pki = try TestPKI(in: dir.path)
    let server = try StubAPIServer(dir: dir.path, name: "mtls", tls: pki, requireClientCert: true)
    defer { server.stop() }
    let cluster = "    certificate-authority: ca.crt\n    tls-server-name: api.internal"
    let user = "    client-certificate-data: \(try pki.base64(pki.clientCert))\n    client-key-data: \(try pki.base64(pki.clientKey))"
    let ok = try get(kubeconfig("mtls", server: "https://127.0.0.1:\(server.port)", cluster: cluster, user: user))
    #expect(ok.code == 0, "\(ok.stderr)")
    #expect(server.requests.last?["client"] == "commonName=alice,organizationName=team-a")
    let files = try get(kubeconfig("mtls-files", server: "https://127.0.0.1:\(server.port)", cluster: cluster,
      user: "    client-certificate: client.crt\n    client-key: client.key"))
    #expect(files.code == 0, "\(files.stderr)")
    let without = try get(kubeconfig("nocert", server: "https://127.0.0.1:\(server.port)", cluster: cluster))
    #expect(without.code == 7)
  }

  @Test func tokensOnlyOverTLSAndNeverPrinted() throws {
    let pki = try TestPKI(in: dir.path)
    let tls = try StubAPIServer(dir: dir.path, name: "tls", tls: pki)
    let plain = try StubAPIServer(dir: dir.path, name: "plain")
    defer {
      tls.stop()
      plain.stop()
    }
    let user = "    token: s3cr3t-t0ken"
    let cluster = "    certificate-authority: ca.crt\n    tls-server-name: api.internal"
    for level in ["6", "7", "8", "9"] {
      let r = try get(kubeconfig("tok", server: "https://127.0.0.1:\(tls.port)", cluster: cluster, user: user), ["-v", level])
      #expect(r.code == 0, "\(r.stderr)")
      #expect(!r.stderr.contains("s3cr3t") && !r.stdout.contains("s3cr3t"), "-v \(level) printed the token")
      if level >= "7" { #expect(r.stderr.contains("Authorization: Bearer <masked>")) }
    }
    #expect(tls.requests.allSatisfy { $0["authorization"] == "Bearer s3cr3t-t0ken" })
    #expect(tls.requests.last?["userAgent"]?.hasPrefix("fluidctl/v") == true)

    let overHTTP = try get(kubeconfig("plain", server: "http://127.0.0.1:\(plain.port)", user: user), ["-v", "9"])
    #expect(overHTTP.code == 0, "\(overHTTP.stderr)")
    // Two requests: the Table fluidctl asks for first, then the plain list (the stub has no Tables).
    #expect(plain.requests.count == 2)
    #expect(plain.requests.allSatisfy { $0["authorization"] == "" }, "a token went over plain http")
    #expect(!overHTTP.stderr.contains("s3cr3t"))
    let flagToken = try get(kubeconfig("plain2", server: "http://127.0.0.1:\(plain.port)"), ["--token", "s3cr3t-flag"])
    #expect(flagToken.code == 0)
    #expect(plain.requests.allSatisfy { $0["authorization"] == "" })
  }

  @Test func execCredentialPlugins() throws {
    let pki = try TestPKI(in: dir.path)
    let server = try StubAPIServer(dir: dir.path, name: "exec", tls: pki)
    defer { server.stop() }
    let plugin = dir.write("bin/login", """
      #!/bin/sh
      printf '%s' "$KUBERNETES_EXEC_INFO" > "\(dir.path)/exec-info.json"
      echo "$FOO" > "\(dir.path)/exec-env.txt"
      echo '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"exec-token-123","expirationTimestamp":"2099-01-01T00:00:00Z"}}'
      """)
    chmod(plugin, 0o755)
    let cluster = "    certificate-authority: ca.crt\n    tls-server-name: api.internal"
    let user = """
          exec:
            apiVersion: client.authentication.k8s.io/v1
            command: ./bin/login
            env: [{name: FOO, value: bar}]
            interactiveMode: Never
      """
    let r = try get(kubeconfig("exec", server: "https://127.0.0.1:\(server.port)", cluster: cluster, user: user), ["-v", "9"])
    #expect(r.code == 0, "\(r.stderr)")
    #expect(server.requests.last?["authorization"] == "Bearer exec-token-123")
    #expect(!r.stderr.contains("exec-token-123"))
    #expect(try String(contentsOfFile: dir.file("exec-env.txt"), encoding: .utf8) == "bar\n")
    #expect(try String(contentsOfFile: dir.file("exec-info.json"), encoding: .utf8)
      == #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","spec":{"interactive":false}}"#)

    let missing = try get(kubeconfig("exec-missing", server: "https://127.0.0.1:\(server.port)", cluster: cluster, user: """
          exec:
            apiVersion: client.authentication.k8s.io/v1
            command: fluid-login-not-installed
            installHint: Install fluid-login from your platform team.
      """))
    #expect(missing.code == 1)
    #expect(missing.stderr == "error: getting credentials: exec: executable fluid-login-not-installed not found\n\nInstall fluid-login from your platform team.\n")
  }
}

/// Proxies and request timeouts, against the stub server.
@Suite struct TransportOptionTests {
  let dir = TemporaryDirectory()

  func kubeconfig(_ name: String, _ cluster: String) -> String {
    dir.write(name, """
      apiVersion: v1
      kind: Config
      current-context: t
      clusters:
      - name: c
        cluster:
      \(cluster)
      contexts: [{name: t, context: {cluster: c}}]
      """)
  }

  /// `proxy-url` sends requests through the proxy (here the stub, which sees the absolute URL).
  @Test func proxyURLIsUsed() throws {
    let proxy = try StubAPIServer(dir: dir.path, name: "proxy")
    defer { proxy.stop() }
    let kc = kubeconfig("kc", "    server: http://cluster.invalid:8080\n    proxy-url: http://127.0.0.1:\(proxy.port)")
    let r = try Binary.run(["get", "datasets", "--kubeconfig", kc], environment: ["HOME": dir.path])
    #expect(r.code == 0, "\(r.stderr)")
    #expect(proxy.requests.last?["path"]?.hasPrefix("http://cluster.invalid:8080/apis/data.fluid.io/v1alpha1/namespaces/default/datasets") == true)
  }

  /// Several requests of one command share one connection (libcurl keeps it alive).
  @Test func connectionsAreReused() throws {
    let stub = try StubAPIServer(dir: dir.path, name: "reuse")
    defer { stub.stop() }
    let kc = kubeconfig("kc", "    server: http://127.0.0.1:\(stub.port)")
    _ = try Binary.run(["get", "datasets", "-o", "json", "a", "b", "c"], environment: ["HOME": dir.path, "KUBECONFIG": kc])
    #expect(stub.requests.count == 3)
    #expect(Set(stub.requests.compactMap { $0["port"] }).count == 1, "\(stub.requests)")
  }

  /// A read whose connection is dropped without an answer is sent once more; a second drop fails (exit 7).
  @Test func droppedReadsAreRetriedOnce() throws {
    let once = try StubAPIServer(dir: dir.path, name: "drop1", extra: ["--drop-first", "1"])
    defer { once.stop() }
    let ok = try Binary.run(["get", "datasets", "--kubeconfig", kubeconfig("kc1", "    server: http://127.0.0.1:\(once.port)")], environment: ["HOME": dir.path])
    #expect(ok.code == 0, "\(ok.stderr)")
    #expect(once.requests.count == 3, "dropped, then the table, then the plain list: \(once.requests)")
    let twice = try StubAPIServer(dir: dir.path, name: "drop2", extra: ["--drop-first", "2"])
    defer { twice.stop() }
    let fail = try Binary.run(["get", "datasets", "--kubeconfig", kubeconfig("kc2", "    server: http://127.0.0.1:\(twice.port)")], environment: ["HOME": dir.path])
    #expect(fail.code == 7)
    #expect(fail.stderr.hasPrefix("error: Unable to connect to the server: the connection to 127.0.0.1:\(twice.port) was dropped"), "\(fail.stderr)")
  }

  /// Over TLS, a server that offers HTTP/2 gets HTTP/2 (ALPN), as kube-apiserver does.
  @Test(.enabled(if: pythonPeer != nil)) func http2IsNegotiated() throws {
    let pki = try TestPKI(in: dir.path, serverNames: ["IP:127.0.0.1"])
    let p = Process()
    p.executableURL = URL(fileURLWithPath: pythonPeer ?? "")
    p.arguments = [
      Paths.packageRoot.appendingPathComponent("Tests/Fixtures/h2_stub_server.py").path, "--port-file", dir.file("h2.port"),
      "--log", dir.file("h2.log"), "--cert", pki.serverCert, "--key", pki.serverKey,
    ]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    defer {
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
    }
    let deadline = Date().addingTimeInterval(15)
    while !FileManager.default.fileExists(atPath: dir.file("h2.port")), Date() < deadline, p.isRunning {
      Thread.sleep(forTimeInterval: 0.05)
    }
    let port = try String(contentsOfFile: dir.file("h2.port"), encoding: .utf8)
    let kc = kubeconfig("kc", "    server: https://127.0.0.1:\(port)\n    certificate-authority: ca.crt")
    let r = try Binary.run(["get", "datasets", "--kubeconfig", kc], environment: ["HOME": dir.path])
    #expect(r.code == 0, "\(r.stderr)")
    let log = try String(contentsOfFile: dir.file("h2.log"), encoding: .utf8)
    #expect(log.contains(#""http": "2""#), "\(log)")
  }

  /// A cluster without Fluid's CRDs: kubectl's sentence, exit 3, and the way out.
  @Test func aClusterWithoutFluidSaysSo() throws {
    let stub = try StubAPIServer(dir: dir.path, name: "nofluid", extra: ["--no-fluid"])
    defer { stub.stop() }
    let r = try Binary.run(["get", "datasets", "--kubeconfig", kubeconfig("kc", "    server: http://127.0.0.1:\(stub.port)")], environment: ["HOME": dir.path])
    #expect(r.code == 3)
    #expect(r.stderr == "error: the server doesn't have a resource type \"datasets\"\n")
  }

  @Test func requestTimeoutEndsASlowRequest() throws {
    let slow = try StubAPIServer(dir: dir.path, name: "slow", extra: ["--delay", "5"])
    defer { slow.stop() }
    let kc = kubeconfig("kc", "    server: http://127.0.0.1:\(slow.port)")
    let started = Date()
    let r = try Binary.run(["get", "datasets", "--kubeconfig", kc, "--request-timeout", "1s"], environment: ["HOME": dir.path])
    #expect(r.code == 4)
    #expect(r.stderr.hasPrefix("error: Unable to connect to the server: request to 127.0.0.1:\(slow.port) timed out"), "\(r.stderr)")
    #expect(Date().timeIntervalSince(started) < 4.5)
  }
}
