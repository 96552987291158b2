import FluidKit
import FluidModel
import Foundation
import Testing

/// kubectl's kubeconfig rules (cli-conventions §1.1), as pure cases over in-memory files.
@Suite struct KubeconfigTests {
  let files: [String: String] = [
    "/k/a.yaml": """
      apiVersion: v1
      kind: Config
      current-context: ctx-a
      clusters:
      - name: shared
        cluster: {server: "https://a.example:6443", certificate-authority: ca.crt}
      - name: only-a
        cluster: {server: "https://only-a:6443", insecure-skip-tls-verify: true}
      contexts:
      - name: ctx-a
        context: {cluster: shared, user: alice}
      - name: ctx-shared
        context: {cluster: shared, user: alice}
      users:
      - name: alice
        user: {tokenFile: tok.txt}
      """,
    "/k/b/b.yaml": """
      current-context: ctx-b
      clusters:
      - name: shared
        cluster: {server: "https://b.example:6443"}
      contexts:
      - name: ctx-b
        context: {cluster: shared, user: bob, namespace: team-b}
      - name: ctx-shared
        context: {cluster: shared, user: bob, namespace: from-b}
      users:
      - name: bob
        user:
          client-certificate-data: Y2VydA==
          client-key-data: a2V5
      - name: alice
        user: {token: from-b}
      """,
  ]

  func exists(_ p: String) -> Bool { files[p] != nil }
  func load(_ chain: [String]) throws -> Kubeconfig { try Kubeconfig.load(files: chain) { files[$0] ?? "" } }
  func resolve(_ k: Kubeconfig, _ o: KubeconfigOverrides = KubeconfigOverrides()) throws -> ClientConfiguration {
    try ClientConfiguration.resolve(k, overrides: o) { Array("PEM of \($0)".utf8) }
  }

  @Test func explicitPathWinsAndMustExist() throws {
    #expect(try Kubeconfig.chain(explicitPath: "/k/b/b.yaml", environmentList: "/k/a.yaml", home: "/h", exists: exists) == ["/k/b/b.yaml"])
    #expect(throws: FluidError.usage("stat /nope: no such file or directory")) {
      try Kubeconfig.chain(explicitPath: "/nope", environmentList: nil, home: nil, exists: exists)
    }
  }

  @Test func environmentListSkipsMissingAndDuplicates() throws {
    let chain = try Kubeconfig.chain(explicitPath: nil, environmentList: ":/k/a.yaml::/nope:/k/a.yaml:/k/b/b.yaml", home: "/h", exists: exists)
    #expect(chain == ["/k/a.yaml", "/k/b/b.yaml"])
    // Naming only missing files is an error, not an empty chain (which means "no cluster").
    #expect(throws: FluidError.usage("KUBECONFIG names no file that exists (/nope:/gone); fix it, or unset it to use ~/.kube/config or the embedded cluster")) {
      try Kubeconfig.chain(explicitPath: nil, environmentList: "/nope::/gone", home: "/h", exists: exists)
    }
  }

  @Test func firstFileWinsWholeEntriesAndCurrentContext() throws {
    let ab = try load(["/k/a.yaml", "/k/b/b.yaml"])
    #expect(ab.currentContext == "ctx-a")
    // ctx-shared comes from a.yaml whole: no namespace, although b.yaml's has one.
    let shared = try resolve(ab, KubeconfigOverrides(context: "ctx-shared"))
    #expect(shared.namespace == "default")
    #expect(shared.server == "https://a.example:6443")
    let ba = try load(["/k/b/b.yaml", "/k/a.yaml"])
    #expect(ba.currentContext == "ctx-b")
    let b = try resolve(ba)
    #expect(b.namespace == "team-b")
    #expect(b.server == "https://b.example:6443")
    #expect(b.clientCertificateData == Array("cert".utf8))
    #expect(b.clientKeyData == Array("key".utf8))
  }

  @Test func relativePathsResolveAgainstTheirFile() throws {
    let a = try resolve(try load(["/k/a.yaml"]))
    #expect(a.caData == Array("PEM of /k/ca.crt".utf8))
    #expect(a.credentials == .tokenFile("/k/tok.txt"))
  }

  @Test func aRelativeKubeconfigPathResolvesAgainstTheWorkingDirectory() throws {
    let k = try Kubeconfig.load(files: ["rel/config"]) { _ in files["/k/a.yaml"] ?? "" }
    let cwd = FileManager.default.currentDirectoryPath
    #expect(try resolve(k).caData == Array("PEM of \(cwd)/rel/ca.crt".utf8))
  }

  @Test func overridesAndNamespaceOrder() throws {
    let ab = try load(["/k/a.yaml", "/k/b/b.yaml"])
    let o = try resolve(ab, KubeconfigOverrides(context: "ctx-b", namespace: "flag", server: "https://other:1", token: "t0k"))
    #expect(o.namespace == "flag")
    #expect(o.server == "https://other:1")
    #expect(o.credentials == .token("t0k"))
    let insecure = try resolve(ab, KubeconfigOverrides(cluster: "only-a"))
    #expect(insecure.insecureSkipTLSVerify)
    #expect(throws: FluidError.usage("context was not found for specified context: nosuch")) {
      try resolve(ab, KubeconfigOverrides(context: "nosuch"))
    }
  }

  @Test func execPluginsAreParsedAndChecked() throws {
    let text = """
      current-context: x
      clusters: [{name: c, cluster: {server: "https://c:6443"}}]
      contexts: [{name: x, context: {cluster: c, user: u}}]
      users:
      - name: u
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1
            command: ./bin/login
            args: [--fast]
            env: [{name: FOO, value: bar}]
            interactiveMode: Never
            installHint: install login
      """
    let k = try Kubeconfig.load(files: ["/p/config"]) { _ in text }
    guard case .exec(let e) = try resolve(k).credentials else {
      Issue.record("expected exec credentials")
      return
    }
    #expect(e.command == "/p/./bin/login")
    #expect(e.args == ["--fast"])
    #expect(e.env.map { "\($0.0)=\($0.1)" } == ["FOO=bar"])
    let old = text.replacingOccurrences(of: "client.authentication.k8s.io/v1", with: "client.authentication.k8s.io/v1alpha1")
    let k2 = try Kubeconfig.load(files: ["/p/config"]) { _ in old }
    #expect(throws: FluidError.local("exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\"")) { try resolve(k2) }
  }

  @Test func execCredentialOutputIsValidated() throws {
    let ok = try ExecCredential.parse(
      #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"abc","expirationTimestamp":"2099-01-01T00:00:00Z"}}"#,
      apiVersion: "client.authentication.k8s.io/v1")
    #expect(ok.token == "abc")
    #expect(ok.expiration == Timestamps.parse("2099-01-01T00:00:00Z"))
    #expect(throws: FluidError.self) {
      try ExecCredential.parse(#"{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"x"}}"#, apiVersion: "client.authentication.k8s.io/v1")
    }
    let info = ExecCredentialProvider.execInfo(
      try ExecCredentialConfig(["apiVersion": "client.authentication.k8s.io/v1", "command": "x", "provideClusterInfo": true], directory: "/"),
      cluster: ClientConfiguration(server: "https://c:6443", tlsServerName: "api.internal"), interactive: false)
    #expect(info == #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","spec":{"cluster":{"config":null,"server":"https://c:6443","tls-server-name":"api.internal"},"interactive":false}}"#)
  }

  @Test func inClusterNeedsHostPortAndToken() throws {
    let root = "/sa"
    let present: Set<String> = ["/sa/token", "/sa/namespace", "/sa/ca.crt"]
    let env = ["KUBERNETES_SERVICE_HOST": "10.0.0.1", "KUBERNETES_SERVICE_PORT": "443"]
    let c = try ClientConfiguration.inCluster(
      environment: env, root: root, isFile: { present.contains($0) },
      readFile: { $0 == "/sa/namespace" ? Array("team-x\n".utf8) : Array("CA".utf8) }, namespace: nil)
    #expect(c?.server == "https://10.0.0.1:443")
    #expect(c?.namespace == "team-x")
    #expect(c?.credentials == .tokenFile("/sa/token"))
    #expect(try ClientConfiguration.inCluster(environment: [:], root: root, isFile: { present.contains($0) }, readFile: { _ in [] }, namespace: nil) == nil)
  }
}
