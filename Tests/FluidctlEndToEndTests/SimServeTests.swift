import FluidTestSupport
import Foundation
import Testing

/// `fluidctl sim serve` started as a process on a free loopback port, with the kubeconfig it
/// writes. `stop()` sends SIGTERM and returns the exit status.
final class ServedCluster: @unchecked Sendable {
  let dir: TemporaryDirectory
  let process: Process
  let kubeconfig: String
  var stateEnv: [String: String] { ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path, "PATH": "/usr/bin:/bin"] }
  /// Commands pointed at the server (no state path: they go over HTTP).
  var apiEnv: [String: String] { ["KUBECONFIG": kubeconfig, "HOME": dir.path, "PATH": "/usr/bin:/bin"] }

  init(_ dir: TemporaryDirectory, extra: [String] = []) throws {
    self.dir = dir
    kubeconfig = dir.file("served.kubeconfig")
    FileManager.default.createFile(atPath: dir.file("serve.log"), contents: nil)
    process = try Binary.start(
      ["sim", "serve", "--listen", "127.0.0.1:0", "--write-kubeconfig", kubeconfig] + extra,
      environment: ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path],
      stderr: FileHandle(forWritingAtPath: dir.file("serve.log")))
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: kubeconfig) {
      guard Date() < deadline, process.isRunning else { throw FluidTestError("sim serve did not start") }
      Thread.sleep(forTimeInterval: 0.02)
    }
  }

  func fluidctl(_ args: [String]) throws -> Binary.Result { try Binary.run(args, environment: apiEnv) }

  func stop() -> Int32 {
    process.terminate()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// What the server wrote on stderr.
  var log: String { (try? String(contentsOfFile: dir.file("serve.log"), encoding: .utf8)) ?? "" }
}

/// The CI script and the data commands through `sim serve`, i.e. over the Kubernetes API.
@Suite(.serialized) struct SimServeTests {
  let dir = TemporaryDirectory()

  @Test func ciScriptPassesUnchangedThroughTheAPI() async throws {
    #expect(try Binary.run(["sim", "init", "--speed", "100"], environment: ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]).code == 0)
    let served = try ServedCluster(dir)
    try await ciScript { args in try served.fluidctl(args) }
    let version = try served.fluidctl(["version"])
    #expect(version.stdout.contains("Server Version: v1.32.0+fluidctl-sim"), "\(version.stdout)")
    let perms = try FileManager.default.attributesOfItem(atPath: served.kubeconfig)[.posixPermissions] as? Int
    #expect(perms == 0o600)
    #expect(served.stop() == 0)
  }

  /// `plan --from` reads the dataset and its DataLoads through the seam: over HTTP it measures
  /// what it measures on the embedded cluster, and plans the same.
  @Test func planFromADatasetOverTheAPI() throws {
    let state = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    for args in [["sim", "init", "--clock", "manual"], ["dataset", "create", "d", "--mount", "oss://bucket/d", "--cache", "MEM:4Gi"], ["sim", "advance", "2m"],
                 ["load", "d", "--name", "warm"], ["sim", "advance", "10m"]] {
      #expect(try Binary.run(args, environment: state).code == 0, "\(args)")
    }
    let plan = ["plan", "--from", "dataset/d", "--pods", "2", "--deadline", "5m", "--cache-nodes", "2", "--workers", "1", "--tiers", "MEM"]
    let embedded = try Binary.run(plan, environment: state)
    let served = try ServedCluster(dir)
    let http = try served.fluidctl(plan)
    #expect(http.code == 0 && embedded.code == 0, "\(http.stderr)")
    #expect(http.stderr.contains("measured by 1 completed DataLoad (median)") && http.stderr == embedded.stderr, "\(http.stderr)\n\(embedded.stderr)")
    #expect(http.stdout == embedded.stdout && http.stdout.hasPrefix("Plan: 2 pods each read "))
    #expect(served.stop() == 0)
  }

  /// With 429s, 500s, dropped watches and 410s injected, the script still succeeds, and no
  /// object exists twice.
  @Test func ciScriptSurvivesInjectedFaults() async throws {
    #expect(try Binary.run(["sim", "init", "--speed", "100"], environment: ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]).code == 0)
    let served = try ServedCluster(dir, extra: ["--faults", "429:0.2,500:0.1,drop-watch:0.5,gone:0.2"])
    try await ciScript { args in try served.fluidctl(args) }
    let datasets = try Binary.run(["get", "datasets", "-o", "name"], environment: served.stateEnv)
    #expect(datasets.stdout == "dataset.data.fluid.io/demo\n")
    let loads = try Binary.run(["get", "dataloads", "-o", "name"], environment: served.stateEnv)
    #expect(loads.stdout == "dataload.data.fluid.io/warmup\n")
    #expect(served.stop() == 0)
    // The faults did happen: the server counts them when it stops. (At 100x the waits rarely
    // need a watch; ContractTests drop every watch to test resumption.)
    let faults = served.log.split(separator: "\n").first { $0.hasPrefix("Faults injected: ") } ?? ""
    #expect(faults.contains("429×") && faults.contains("500×"), "\(served.log)")
  }

  @Test func errorsKeepTheirExitCodesOverHTTP() async throws {
    let served = try ServedCluster(dir)
    let missing = try served.fluidctl(["get", "dataset", "nope"])
    #expect(missing.code == 3)
    #expect(missing.stderr == "Error from server (NotFound): datasets.data.fluid.io \"nope\" not found\n")
    let bad = dir.write("bad.yaml", "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata: {name: bad}\nspec: {mounts: [{name: x}]}\n")
    let invalid = try served.fluidctl(["apply", "-f", bad])
    #expect(invalid.code == 64)
    #expect(invalid.stderr.contains("spec.mounts[0].mountPoint: Required value"), "\(invalid.stderr)")
    #expect(served.stop() == 0)
  }
}

/// kubectl as an independent client of `sim serve`: what it shows there is what it shows on a
/// real cluster running Fluid (the CRDs' printer columns, kube-apiserver's errors).
@Suite(.serialized, .enabled(if: kubectlPath != nil)) struct KubectlThroughServeTests {
  let dir = TemporaryDirectory()

  func kubectl(_ served: ServedCluster, _ args: [String]) throws -> Binary.Result {
    try Binary.run(executable: kubectlPath ?? "/usr/bin/kubectl", args, environment: served.apiEnv)
  }

  @Test func getApplyScaleWaitDelete() throws {
    #expect(try Binary.run(["sim", "init", "--speed", "100"], environment: ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]).code == 0)
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    let manifest = dir.write("demo.yaml", """
      apiVersion: data.fluid.io/v1alpha1
      kind: Dataset
      metadata: {name: demo}
      spec:
        mounts: [{mountPoint: "oss://bucket/demo", name: demo}]
      ---
      apiVersion: data.fluid.io/v1alpha1
      kind: AlluxioRuntime
      metadata: {name: demo}
      spec:
        replicas: 1
        tieredstore:
          levels: [{mediumtype: MEM, path: /dev/shm, quota: 2Gi}]
      """)
    let apply = try kubectl(served, ["apply", "-f", manifest])
    #expect(apply.code == 0, "\(apply.stderr)")
    #expect(apply.stdout == "dataset.data.fluid.io/demo created\nalluxioruntime.data.fluid.io/demo created\n")
    let again = try kubectl(served, ["apply", "-f", manifest])
    // The runtime's tiered-store level gets the CRD's default volumeType, and levels are an
    // atomic list for a JSON merge patch, so kubectl sends it again ("configured"), as it does
    // against a real kube-apiserver.
    #expect(again.stdout == "dataset.data.fluid.io/demo unchanged\nalluxioruntime.data.fluid.io/demo configured\n", "\(again.stderr)")

    let wait = try kubectl(served, ["wait", "dataset/demo", "--for=jsonpath={.status.phase}=Bound", "--timeout=30s"])
    #expect(wait.code == 0, "\(wait.stderr)")
    #expect(wait.stdout == "dataset.data.fluid.io/demo condition met\n")

    let table = try kubectl(served, ["get", "datasets"])
    let header = table.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.split(separator: " ", omittingEmptySubsequences: true) == ["NAME", "UFS", "TOTAL", "SIZE", "CACHED", "CACHE", "CAPACITY", "CACHED", "PERCENTAGE", "PHASE", "AGE"])
    #expect(table.stdout.contains("Bound"))
    let ours = try served.fluidctl(["get", "datasets"])
    #expect(ours.stdout.split(separator: "\n").first.map(String.init) == header, "fluidctl prints kubectl's header")
    let wide = try kubectl(served, ["get", "dataset", "demo", "-o", "wide"])
    #expect(wide.stdout.contains("HCFS URL") && wide.stdout.contains("CACHE HIT RATIO"), "\(wide.stdout)")
    // Custom columns print as kubectl's do: missing values, lists, relaxed and braced paths.
    let spec = "custom-columns=NAME:.metadata.name,OWNER:.metadata.ownerReferences[*].kind,NODE:spec.nodeName,PORTS:{.spec.containers[*].ports},IMAGE:.spec.containers[0].image"
    for args in [["get", "pods", "-o", spec], ["get", "pods", "-o", spec, "--no-headers"], ["get", "datasets,pods", "-o", "custom-columns=KIND:.kind,NAME:.metadata.name"]] {
      let theirs = try kubectl(served, args)
      #expect(theirs.code == 0, "\(theirs.stderr)")
      #expect(try served.fluidctl(args).stdout == theirs.stdout, "\(args)")
    }

    let scale = try kubectl(served, ["scale", "alluxioruntime/demo", "--replicas=2"])
    #expect(scale.stdout == "alluxioruntime.data.fluid.io/demo scaled\n", "\(scale.stderr)")
    let replicas = try served.fluidctl(["get", "alluxioruntime", "demo", "-o", "jsonpath={.spec.replicas}"])
    #expect(replicas.stdout == "2")

    let missing = try kubectl(served, ["get", "dataset", "nope"])
    #expect(missing.code == 1)
    #expect(missing.stderr.contains("Error from server (NotFound): datasets.data.fluid.io \"nope\" not found"), "\(missing.stderr)")

    let delete = try kubectl(served, ["delete", "alluxioruntime", "demo", "--wait=false"])
    #expect(delete.stdout == "alluxioruntime.data.fluid.io \"demo\" deleted\n", "\(delete.stderr)")
  }

  @Test func watchStreamsChanges() throws {
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    let outPath = dir.file("watch.out")
    FileManager.default.createFile(atPath: outPath, contents: nil)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: kubectlPath ?? "/usr/bin/kubectl")
    p.arguments = ["get", "configmaps", "--watch-only", "-o", "name"]
    p.environment = served.apiEnv
    p.standardOutput = FileHandle(forWritingAtPath: outPath)
    p.standardError = FileHandle.nullDevice
    try p.run()
    defer {
      p.terminate()
      p.waitUntilExit()
    }
    // kubectl lists before it watches: objects created before its watch began are not printed,
    // so keep creating until one shows up (a slow machine takes longer to start kubectl).
    var created: [String] = []
    var seen = ""
    for i in 0..<20 where seen.isEmpty {
      let name = "watched-\(i)"
      let cm = dir.write("cm\(i).yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \(name)}\ndata: {k: v}\n")
      #expect(try served.fluidctl(["apply", "-f", cm]).code == 0)
      created.append(name)
      Thread.sleep(forTimeInterval: 0.5)
      seen = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }
    let lines = seen.split(separator: "\n").map(String.init)
    #expect(!lines.isEmpty, "kubectl printed no watch event")
    #expect(lines.allSatisfy { line in created.contains { "configmap/\($0)" == line } }, "\(lines)")
  }
}

/// `sim serve` over HTTPS with a bearer token: fluidctl and kubectl use the kubeconfig it
/// writes; a wrong token is refused.
@Suite struct SimServeTLSTests {
  let dir = TemporaryDirectory()

  @Test func httpsWithToken() throws {
    let pki = try TestPKI(in: dir.path, serverNames: ["IP:127.0.0.1", "DNS:localhost"])
    let served = try ServedCluster(
      dir, extra: ["--tls-cert", pki.serverCert, "--tls-key", pki.serverKey, "--tls-ca", pki.caCert, "--token", "sekret-123"])
    defer { _ = served.stop() }
    let kc = try String(contentsOfFile: served.kubeconfig, encoding: .utf8)
    #expect(kc.contains("server: https://127.0.0.1:") && kc.contains("certificate-authority-data: ") && kc.contains("token: sekret-123"))
    let create = try served.fluidctl(["dataset", "create", "demo", "--mount", "oss://bucket/demo"])
    #expect(create.code == 0, "\(create.stderr)")
    let get = try served.fluidctl(["get", "datasets", "-o", "name", "-v", "9"])
    #expect(get.stdout == "dataset.data.fluid.io/demo\n")
    #expect(!get.stderr.contains("sekret-123"))
    if let kubectl = kubectlPath {
      let peer = try Binary.run(executable: kubectl, ["get", "datasets", "-o", "name"], environment: served.apiEnv)
      #expect(peer.stdout == "dataset.data.fluid.io/demo\n", "\(peer.stderr)")
    }
    let wrong = try served.fluidctl(["get", "datasets", "--token", "nope"])
    #expect(wrong.code == 6)
    #expect(wrong.stderr == "error: You must be logged in to the server (Unauthorized)\n")
  }

  /// `--tls` makes its own certificate; the kubeconfig carries it as the CA.
  @Test func selfSignedTLS() throws {
    let served = try ServedCluster(dir, extra: ["--tls", "--token", "t0k"])
    defer { _ = served.stop() }
    let get = try served.fluidctl(["get", "datasets"])
    #expect(get.code == 0, "\(get.stderr)")
    #expect(get.stderr == "No resources found in default namespace.\n")
    if let kubectl = kubectlPath {
      let peer = try Binary.run(executable: kubectl, ["get", "datasets"], environment: served.apiEnv)
      #expect(peer.code == 0, "\(peer.stderr)")
    }
  }
}

/// The Python interpreter of the project's virtualenv with the official Kubernetes client
/// (scripts/setup.sh makes it), when present.
let pythonPeer: String? = {
  let p = Paths.packageRoot.appendingPathComponent(".build/python-peer/bin/python3").path
  return FileManager.default.isExecutableFile(atPath: p) ? p : nil
}()

/// The official Kubernetes Python client as an independent peer of `sim serve`.
@Suite(.enabled(if: pythonPeer != nil)) struct PythonClientThroughServeTests {
  let dir = TemporaryDirectory()

  @Test func crudScaleWatchAndErrors() throws {
    #expect(try Binary.run(["sim", "init", "--clock", "manual"], environment: ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]).code == 0)
    let served = try ServedCluster(dir)
    defer { _ = served.stop() }
    // A bound dataset, so that running pods exist (the manual clock moved from another process).
    #expect(try served.fluidctl(["dataset", "create", "demo", "--mount", "oss://bucket/demo"]).code == 0)
    #expect(try Binary.run(["sim", "advance", "3m"], environment: served.stateEnv).code == 0)
    let script = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/python_peer.py").path
    let r = try Binary.run(executable: pythonPeer ?? "", [script, served.kubeconfig], environment: ["HOME": dir.path])
    #expect(r.code == 0, "\(r.stderr)")
    #expect(r.stdout == """
      get py True Dataset
      list ['demo', 'py']
      labels {'peer': 'python'}
      scale 3
      watch ['ADDED py']
      error 404 NotFound datasets.data.fluid.io "nope" not found
      namespace default
      nodes 3 True
      pods ['demo-master-0', 'demo-worker-0'] True
      deleting True

      """)
  }
}
