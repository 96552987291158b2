import FluidKit
import FluidModel
import FluidSimulator
import FluidTestSupport
import Foundation
import Testing

@Suite struct DatasetCommandTests {
  let h = CommandHarness()

  @Test func createsDatasetAndRuntimeIdempotently() async throws {
    let args = [
      "dataset", "create", "imagenet", "--mount", "oss://bucket/imagenet/", "--option", "fs.oss.endpoint=oss-cn-hz.aliyuncs.com",
      "--secret-option", "fs.oss.accessKeyId=oss-secret:id", "--runtime", "jindo", "--replicas", "4",
      "--cache", "SSD:500Gi:/mnt/ssd", "--placement", "Shared", "--node-selector", "gpu=true",
    ]
    let first = await h.run(args)
    #expect(first.code == 0, "\(first.stderr)")
    #expect(first.stdout == "dataset.data.fluid.io/imagenet created\njindoruntime.data.fluid.io/imagenet created\n")
    let second = await h.run(args)
    #expect(second.stdout == "dataset.data.fluid.io/imagenet unchanged\njindoruntime.data.fluid.io/imagenet unchanged\n")
    let ds = try JSONParser.parse((await h.run("get dataset imagenet -o json")).stdout)
    #expect(ds["spec"]?["mounts"] == [[
      "mountPoint": "oss://bucket/imagenet/", "name": "imagenet", "options": ["fs.oss.endpoint": "oss-cn-hz.aliyuncs.com"],
      "encryptOptions": [["name": "fs.oss.accessKeyId", "valueFrom": ["secretKeyRef": ["name": "oss-secret", "key": "id"]]]],
    ]])
    #expect(ds["spec"]?["placement"] == "Shared")
    #expect(ds["spec"]?["nodeAffinity"]?["required"]?["nodeSelectorTerms"] == [["matchExpressions": [["key": "gpu", "operator": "In", "values": ["true"]]]]])
    let rt = try JSONParser.parse((await h.run("get jindo imagenet -o json")).stdout)
    #expect(rt["spec"]?["replicas"] == 4)
    #expect(rt["spec"]?["tieredstore"]?["levels"]?.arrayValue?.first?["quota"] == "500Gi")
    #expect(rt["spec"]?["tieredstore"]?["levels"]?.arrayValue?.first?["volumeType"] == "hostPath")
    // A changed flag updates in place.
    var scaled = args
    scaled[scaled.firstIndex(of: "4")!] = "2"
    #expect((await h.run(scaled)).stdout == "dataset.data.fluid.io/imagenet unchanged\njindoruntime.data.fluid.io/imagenet configured\n")
  }

  @Test func badInputIsRefusedBeforeAnythingIsWritten() async {
    let cases: [([String], String)] = [
      (["dataset", "create", "20-hbase", "--mount", "oss://b/p"], "Error: invalid dataset name \"20-hbase\": a DNS-1035 label must consist of"),
      (["dataset", "create", "d", "--mount", "ftp://host/p"], "Error: unsupported mount scheme \"ftp\" in \"ftp://host/p\"; supported:"),
      (["dataset", "create", "d", "--mount", "bucket/p"], "Error: invalid mount \"bucket/p\": expected SCHEME://PATH"),
      (["dataset", "create", "d", "--mount", "oss://b/p", "--cache", "MEM:10Gx"], "Error: invalid quantity \"10Gx\" in --cache \"MEM:10Gx\""),
      (["dataset", "create", "d", "--mount", "oss://b/p", "--cache", "NVME:1Gi"], "Error: invalid cache medium \"NVME\""),
      (["dataset", "create", "d", "--mount", "oss://b/p", "--option", "novalue"], "Error: invalid --option \"novalue\": expected key=value"),
      (["dataset", "create", "d", "--mount", "oss://b/p", "--secret-option", "k=Bad_Secret:key"], "Error: invalid secret name \"Bad_Secret\""),
      (["dataset", "create", "d", "--mount", "oss://b/p", "--runtime", "goosefs"], "Error: The value 'goosefs' is invalid for '--runtime <kind>'"),
      (["dataset", "create", "d"], "Error: Please specify at least one --mount URL"),
    ]
    for (args, prefix) in cases {
      let r = await h.run(args)
      #expect(r.code == 64, "\(args)")
      #expect(r.stderr.hasPrefix(prefix), "\(r.stderr)")
    }
    #expect((await h.run("get fluid -o name")).stdout == "")
  }

  @Test func vineyardNeedsNoMount() async {
    let r = await h.run("dataset create v6d --runtime vineyard")
    #expect(r.stdout == "dataset.data.fluid.io/v6d created\nvineyardruntime.data.fluid.io/v6d created\n")
  }

  /// The generic CacheRuntime: its class and tiers in CacheRuntime's shape; describe says what
  /// keeps a dataset unbound: a missing CacheRuntimeClass, a missing Secret.
  @Test func cacheRuntimeAndWhyItIsNotBound() async throws {
    let r = await h.run("dataset create cr --mount s3://b/x --runtime cacheruntime --runtime-class demofs --cache MEM:1Gi --cache SSD:10Gi:/mnt/ssd")
    #expect(r.stdout == "dataset.data.fluid.io/cr created\ncacheruntime.data.fluid.io/cr created\n", "\(r.stderr)")
    let spec = try JSONParser.parse((await h.run("get cacheruntime cr -o json")).stdout)["spec"]
    #expect(spec?["runtimeClassName"] == "demofs")
    #expect(spec?["worker"]?["tieredStore"]?["levels"] == [
      ["processMemory": ["quota": "1Gi"], "high": "0.95", "low": "0.7"],
      ["hostPath": ["paths": ["/mnt/ssd"], "quotas": ["10Gi"]], "high": "0.95", "low": "0.7"],
    ])
    #expect((await h.run("dataset create x --mount s3://b/x --runtime cacheruntime")).code == 64)
    #expect((await h.run("dataset create x --mount s3://b/x --runtime-class demofs")).code == 64)
    let why = await h.run("describe dataset cr")
    #expect(why.stdout.contains("Not Ready Because:  its runtime cacheruntime.data.fluid.io/cr names CacheRuntimeClass \"demofs\" (spec.runtimeClassName), which does not exist"), "\(why.stdout)")
    let sample = Paths.fluidAPI.appendingPathComponent("samples/cacheruntime-generic-demofs.yaml").path
    #expect((await h.run(["apply", "-f", sample])).code == 0)
    let secret = await h.run("describe dataset demofs")
    #expect(secret.stdout.contains("Not Ready Because:  its mount \"demo\" reads option \"token\" from Secret \"jfs-secret\", which does not exist in namespace \"default\""), "\(secret.stdout)")
  }

  /// `autoscale` creates the HPA as `kubectl autoscale` does (v2, the runtime's scale as target,
  /// Fluid's metric on the dataset); describe shows it and why it does not scale.
  @Test func autoscaleAndDescribe() async throws {
    #expect((await h.run("dataset create auto --mount s3://b/x")).code == 0)
    let r = await h.run("autoscale auto --min 1 --max 3 --metric capacity-used-rate=80 --cpu-percent 70")
    #expect(r.stdout == "horizontalpodautoscaler.autoscaling/auto autoscaled\n", "\(r.stderr)")
    // CPU needs metrics-server, which the simulator does not model; Fluid's metrics it serves.
    #expect(r.stderr.contains("serves no resource metrics API (metrics.k8s.io, metrics-server)"), "\(r.stderr)")
    #expect(!r.stderr.contains("custom metrics"))
    let custom = await h.run("autoscale auto --name only-cache --max 3 --metric cache-throughput=1Gi")
    #expect(custom.code == 0 && custom.stderr.isEmpty, "\(custom.stderr)")
    let hpa = try JSONParser.parse((await h.run("get hpa auto -o json")).stdout)
    #expect(hpa["spec"]?["scaleTargetRef"] == ["apiVersion": "data.fluid.io/v1alpha1", "kind": "AlluxioRuntime", "name": "auto"])
    #expect(hpa["spec"]?["metrics"]?.arrayValue?.first?["object"]?["describedObject"]?["name"] == "auto")
    #expect((await h.run("autoscale auto --max 3")).code == 5, "one autoscaler per name")
    #expect((await h.run("autoscale auto --max 3 --min 4")).code == 64)
    #expect((await h.run("autoscale auto --max 3 --metric hit-ratio=90")).code == 64)
    let described = await h.run("describe dataset auto")
    #expect(described.stdout.contains("Autoscaler:       horizontalpodautoscaler.autoscaling/auto (1-3 workers"), "\(described.stdout)")
  }

  @Test func dryRunsAndMachineOutput() async throws {
    #expect((await h.run("dataset create d --mount oss://b/p --dry-run=server")).stdout == "dataset.data.fluid.io/d created (server dry run)\nalluxioruntime.data.fluid.io/d created (server dry run)\n")
    let json = await h.run("dataset create d --mount oss://b/p -o json")
    let list = try JSONParser.parse(json.stdout)
    #expect(list["kind"] == "List")
    #expect(list["items"]?.arrayValue?.count == 2)
    #expect((await h.run("get fluid -o name")).stdout == "alluxioruntime.data.fluid.io/d\ndataset.data.fluid.io/d\n")
  }
}

@Suite struct DeleteAndDescribeTests {
  let h = CommandHarness()

  func quickstart() async {
    _ = await h.run(["apply", "-f", Paths.packageRoot.appendingPathComponent("examples/quickstart").path])
  }

  @Test func deleteWaitsAndExplainsWhatHoldsAnObject() async throws {
    await quickstart()
    let cluster = try h.cluster()
    let ds = ResourceRegistry.standard.resolve("dataset")!
    _ = try await cluster.patch(ds, namespace: "default", name: "hbase", mergePatch: ["metadata": ["finalizers": ["fluid-dataset-controller-finalizer"]]], subresource: nil, options: WriteOptions())
    let pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "trainer"], "spec": ["containers": [["name": "c", "image": "x"]], "volumes": [["name": "data", "persistentVolumeClaim": ["claimName": "hbase"]]]]]
    _ = try await cluster.create(CoreKinds.pod, namespace: "default", object: pod, options: WriteOptions())
    let r = await h.run("delete dataset hbase --timeout 300ms")
    #expect(r.code == 4)
    #expect(r.stdout == "dataset.data.fluid.io \"hbase\" deleted\n")
    #expect(r.stderr == "error: timed out after 300ms waiting for dataset.data.fluid.io/hbase to be deleted: finalizers [fluid-dataset-controller-finalizer] remain; the PVC hbase is still used by pod(s) trainer\n")
    Golden.assert(Golden.scrubbingUIDs((await h.run("describe dataset hbase")).stdout), matches: "Tests/FluidCommandsTests/Golden/describe-dataset-terminating.txt")
  }

  /// `describe` of a DataLoad names its Job and the Job's pods, and says why it is not done:
  /// loading (the cached share), or failed tries of its Job.
  @Test func describeShowsAnOperationsJob() async throws {
    for line in ["sim init --clock manual", "sim ufs set oss://big --size 6Gi --files 100 --bandwidth 1Gbps"] {
      #expect((await h.run(line)).code == 0)
    }
    #expect((await h.run("dataset create big --mount oss://big/data --cache MEM:8Gi")).code == 0)
    _ = await h.run("sim advance 2m")
    #expect((await h.run("load big --name l1")).code == 0)
    _ = await h.run("sim advance 20s")
    let loading = await h.run("describe dataload l1").stdout
    #expect(loading.contains("  Job:      job.batch/l1-loader-job (Running, 1 active)\n"))
    #expect(loading.range(of: "  Pods:     l1-loader-job-[a-z0-9]{5} \\(Running\\)\n", options: .regularExpression) != nil, "\(loading)")
    #expect(loading.contains("Not Ready Because:  it is loading: the dataset has "))
    _ = await h.run("sim fault ufs-down oss://big")
    _ = await h.run("sim advance 40s")
    let retrying = await h.run("describe dataload l1").stdout
    // The UFS went down at 20 s: pods fail 5 s after it or after they start, the Job retries 10
    // and 20 s after each failure, so at 60 s the third try starts.
    #expect(retrying.contains("Not Ready Because:  job.batch/l1-loader-job is on try 3 of at most 4 (2 failed).\n"), "\(retrying)")
    #expect(retrying.contains("(Running, 1 active, 2 failed)"))
    _ = await h.run("sim advance 10s")
    let waiting = await h.run("describe dataload l1").stdout
    #expect(waiting.contains("Not Ready Because:  job.batch/l1-loader-job has 3 failed pod(s) of at most 4 tries; the next starts after the Job's backoff.\n"), "\(waiting)")
  }

  /// A DataLoad's scheduling fields reach its loader pod; one that fits no node is named.
  @Test func describeNamesAnUnschedulableLoader() async throws {
    #expect((await h.run("sim init --clock manual")).code == 0)
    #expect((await h.run("dataset create d --mount oss://bucket/d --cache MEM:1Gi")).code == 0)
    _ = await h.run("sim advance 2m")
    let load = "apiVersion: data.fluid.io/v1alpha1\nkind: DataLoad\nmetadata: {name: pinned}\nspec:\n  dataset: {name: d, namespace: default}\n  nodeSelector: {zone: nowhere}\n"
    #expect((await h.run(["apply", "-f", "-"], stdin: load)).code == 0)
    _ = await h.run("sim advance 30s")
    let out = await h.run("describe dataload pinned").stdout
    #expect(out.range(of: "Not Ready Because:  its pod pinned-loader-job-[a-z0-9]{5} \\(job.batch/pinned-loader-job\\) cannot be scheduled: 0/3 nodes are available: 3 node\\(s\\) didn't match Pod's node affinity/selector\\.\n", options: .regularExpression) != nil, "\(out)")
  }

  @Test func deleteVariants() async {
    await quickstart()
    #expect((await h.run("delete dataset nope")).code == 3)
    #expect((await h.run("delete dataset nope --ignore-not-found")).code == 0)
    #expect((await h.run("delete dataloads")).code == 64)
    #expect((await h.run("delete dataloads --all -o name")).stdout == "dataload.data.fluid.io/hbase-warmup\n")
    let fromFile = await h.run(["delete", "-f", Paths.packageRoot.appendingPathComponent("examples/quickstart/dataset.yaml").path, "--cascade=foreground"])
    #expect(fromFile.stdout == "dataset.data.fluid.io \"hbase\" deleted\n")
    // The runtime is owned by its dataset (Fluid adds the reference): it goes with it.
    #expect((await h.run("get fluid -o name")).stdout == "")
  }

  @Test func describeGoldens() async {
    await quickstart()
    h.clock.advance(75)
    Golden.assert(Golden.scrubbingUIDs((await h.run("describe dataset hbase")).stdout), matches: "Tests/FluidCommandsTests/Golden/describe-dataset.txt")
    Golden.assert(Golden.scrubbingUIDs((await h.run("describe alluxioruntime/hbase")).stdout), matches: "Tests/FluidCommandsTests/Golden/describe-alluxioruntime.txt")
    Golden.assert(Golden.scrubbingUIDs((await h.run("describe load hbase-warmup")).stdout), matches: "Tests/FluidCommandsTests/Golden/describe-dataload.txt")
    #expect((await h.run("describe dataset nope")).code == 3)
  }

  @Test func secretsAreNeverPrinted() async {
    let secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: oss\nstringData:\n  id: AKIDEXAMPLE\n"
    #expect((await h.run(["apply", "-f", "-"], stdin: secret)).code == 0)
    for cmd in ["get secret oss -o yaml", "get secret oss -o json", "describe secret oss"] {
      let r = await h.run(cmd)
      #expect(!r.stdout.contains("AKIDEXAMPLE"), "\(cmd)")
    }
  }

  @Test func versionAndCompletion() async {
    let v = await h.run("version")
    #expect(v.stdout.hasPrefix("Client Version: v0.1.0 ("))
    #expect(v.stdout.contains("Backend: embedded cluster (state \(h.statePath))"))
    let j = await h.run("version -o json --client")
    #expect(j.stdout.contains("\"clientVersion\""))
    #expect(!j.stdout.contains("backend"))
    for shell in ["bash", "zsh", "fish"] {
      let c = await h.run(["completion", shell])
      #expect(c.code == 0 && c.stdout.contains("fluidctl"))
      Golden.assert(c.stdout, matches: "completions/" + ["bash": "fluidctl.bash", "zsh": "_fluidctl", "fish": "fluidctl.fish"][shell]!)
    }
    #expect((await h.run("completion tcsh")).code == 64)
  }
}
