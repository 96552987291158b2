import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Autoscale: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "autoscale",
    abstract: "Scale a dataset's cache workers automatically: create a HorizontalPodAutoscaler for its runtime.",
    discussion: """
      The autoscaler (autoscaling/v2) targets the runtime's scale subresource. --metric capacity-used-rate=80 keeps the dataset's cache at most 80 % full (Fluid's capacity_used_rate, which Fluid's Prometheus adapter serves on a real cluster and the simulator computes from the cache); --metric cache-throughput=500Mi adds a worker per 500 MiB/s the cache serves to the pods reading it (a custom metric on a real cluster; the simulator measures it); --cpu-percent scales on the workers' CPU (needs metrics-server). Without either, Kubernetes' default applies (80 % CPU). --cron "SCHEDULE=SIZE" (repeatable) scales on a schedule, for known peaks: a CronHorizontalPodAutoscaler of kubernetes-cronhpa-controller (autoscaling.alibabacloud.com/v1beta1, as Fluid documents and ACK installs) whose jobs set the size at each time; SCHEDULE is cron's five fields in UTC (or six, seconds first). With --max too, the schedule moves the HorizontalPodAutoscaler's bounds instead of the runtime. Examples:
        fluidctl autoscale imagenet --min 1 --max 8 --metric capacity-used-rate=80
        fluidctl autoscale alluxioruntime/imagenet --max 4 --cpu-percent 70
        fluidctl autoscale imagenet --min 2 --max 10 --metric cache-throughput=1Gi
        fluidctl autoscale imagenet --cron "0 8 * * 1-5=10" --cron "0 20 * * *=2"
        fluidctl autoscale imagenet --max 10 --metric cache-throughput=1Gi --cron "50 7 * * *=6"
        fluidctl get hpa
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: "A dataset (its runtime is autoscaled) or KIND/NAME of a runtime.", completion: CompletionSources.datasets)
  var target: String

  @Option(name: .long, parsing: .unconditional, help: "The fewest cache workers (default 1).", transform: WholeNumber.replicas)
  var min: Int?
  @Option(name: .long, parsing: .unconditional, help: "The most cache workers (required unless only --cron is given).", transform: WholeNumber.replicas)
  var max: Int?
  @Option(name: .long, help: ArgumentHelp("A metric target: capacity-used-rate=PERCENT, or cache-throughput=BYTES/s per worker such as 500Mi (repeatable).", valueName: "metric=target"))
  var metric: [String] = []
  @Option(name: .customLong("cpu-percent"), parsing: .unconditional, help: "Target CPU utilization of the workers, in percent of their request.", transform: { try WholeNumber.parse($0, "--cpu-percent", in: 1...1000) })
  var cpuPercent: Int?
  @Option(name: .long, help: ArgumentHelp("Scale to SIZE workers at SCHEDULE (five cron fields, UTC; or six, seconds first), repeatable.", valueName: "SCHEDULE=SIZE"))
  var cron: [String] = []
  @Option(name: .long, help: "Name of the autoscalers (default: the runtime's).") var name: String?
  @Option(name: .customLong("dry-run"), help: "none, client or server.") var dryRun: DryRun = .none

  static let metricNames = ["capacity-used-rate": "capacity_used_rate", "cache-throughput": "cache_throughput"]

  func validate() throws {
    guard let max else {
      if cron.isEmpty || min != nil || !metric.isEmpty || cpuPercent != nil { throw ValidationError("--max is required (and must be at least 1)") }
      _ = try cronJobs()
      return
    }
    if max < 1 { throw ValidationError("--max must be at least 1") }
    if let min, min > max { throw ValidationError("--min (\(min)) must not be more than --max (\(max))") }
    _ = try cronJobs()
    if let min, min < 1 { throw ValidationError("--min must be at least 1") }
    for m in metric { _ = try parse(m) }
    if let name, !ObjectMetaValidation.isDNS1123Subdomain(name) {
      throw ValidationError("invalid --name \"\(name)\": \(ObjectMetaValidation.dns1123SubdomainMessage)")
    }
  }

  /// `capacity-used-rate=80` → (`capacity_used_rate`, `80`, whole target); `cache-throughput=500Mi`
  /// → (`cache_throughput`, `500Mi`, per worker).
  func parse(_ m: String) throws -> (name: String, target: String, perWorker: Bool) {
    let parts = m.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let name = Self.metricNames[parts[0]] else {
      throw ValidationError("invalid --metric \"\(m)\": use capacity-used-rate=PERCENT or cache-throughput=BYTES (per worker, per second)")
    }
    if name == "cache_throughput" {
      guard let q = Quantity(parts[1]), q.value > 0, q.isInInt64Range else {
        throw ValidationError("invalid --metric \"\(m)\": the throughput per worker must be a positive quantity such as 500Mi")
      }
      return (name, q.text, true)
    }
    return (name, String(try WholeNumber.parse(parts[1], "the target of --metric \"\(m)\"", in: 1...100)), false)
  }

  func manifest(runtime d: ResourceDescriptor, name runtime: String, dataset: String) throws -> JSONValue {
    var metrics: [JSONValue] = try metric.map { m in
      let (metricName, value, perWorker) = try parse(m)
      return [
        "type": "Object",
        "object": [
          "metric": ["name": .string(metricName)],
          "describedObject": ["apiVersion": .string(Dataset.descriptor.apiVersion), "kind": "Dataset", "name": .string(dataset)],
          "target": perWorker ? ["type": "AverageValue", "averageValue": .string(value)] : ["type": "Value", "value": .string(value)],
        ],
      ]
    }
    if let cpuPercent {
      metrics.append(["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": .int(Int64(cpuPercent))]]])
    }
    var spec: JSONValue = [
      "scaleTargetRef": ["apiVersion": .string(d.apiVersion), "kind": .string(d.kind), "name": .string(runtime)],
      "maxReplicas": .int(Int64(max ?? 1)),
    ]
    if let min { spec["minReplicas"] = .int(Int64(min)) }
    if !metrics.isEmpty { spec["metrics"] = .array(metrics) }
    return ["apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": .string(name ?? runtime)], "spec": spec]
  }

  /// The `--cron` jobs: `SCHEDULE=SIZE`, five fields made six (second 0), checked.
  func cronJobs() throws -> [JSONValue] {
    try cron.enumerated().map { i, text in
      guard let eq = text.lastIndex(of: "=") else { throw ValidationError("invalid --cron \"\(text)\": use SCHEDULE=SIZE such as \"0 8 * * *=10\"") }
      let schedule = text[..<eq].trimmingCharacters(in: .whitespaces)
      let size = try WholeNumber.parse(String(text[text.index(after: eq)...]), "the size of --cron \"\(text)\"", in: 0...WholeNumber.int32Max)
      let fields = schedule.split(separator: " ", omittingEmptySubsequences: true).count
      let six = fields == 5 ? "0 " + schedule : schedule
      guard fields == 5 || fields == 6, CronSchedule(six, seconds: true) != nil else {
        throw ValidationError("invalid --cron \"\(text)\": the schedule must be five cron fields (minute hour day month weekday) or six (second first)")
      }
      return ["name": .string("job-\(i + 1)"), "schedule": .string(six), "targetSize": .int(Int64(size))]
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let client = try ctx.connect(globals, ctx)
    let ns = globals.effectiveNamespace(client)
    let (d, runtime) = try await Scale.resolve(target, client, ns, ctx.registry)
    guard d.scale != nil else {
      throw FluidError.usage("\(d.qualifiedPlural) has no scale subresource; an autoscaler needs one")
    }
    let cd = CoreKinds.cronHorizontalPodAutoscaler
    // Nothing is written when the cluster cannot take the schedule.
    if !cron.isEmpty, try await !client.servesAPIGroup(cd.group) {
      throw FluidError.unknownResource("\(cd.plural) (\(cd.apiVersion): kubernetes-cronhpa-controller is not installed; --cron needs it)")
    }
    var written: [(ResourceDescriptor, JSONValue)] = []
    let options = WriteOptions(dryRun: dryRun == .server)
    var cronTarget: JSONValue = ["apiVersion": .string(d.apiVersion), "kind": .string(d.kind), "name": .string(runtime)]
    if max != nil {
      // A runtime binds the dataset of its own name: that dataset's cache is the metric's object.
      var hpa = try manifest(runtime: d, name: runtime, dataset: runtime)
      let hd = CoreKinds.horizontalPodAutoscaler
      if dryRun != .client { hpa = try await client.create(hd, namespace: ns, object: hpa, options: options) }
      written.append((hd, hpa))
      cronTarget = ["apiVersion": .string(hd.apiVersion), "kind": .string(hd.kind), "name": hpa["metadata"]?["name"] ?? .string(runtime)]
    }
    if !cron.isEmpty {
      var object: JSONValue = [
        "apiVersion": .string(cd.apiVersion), "kind": .string(cd.kind), "metadata": ["name": .string(name ?? runtime)],
        "spec": ["scaleTargetRef": cronTarget, "jobs": .array(try cronJobs())],
      ]
      if dryRun != .client { object = try await client.create(cd, namespace: ns, object: object, options: options) }
      written.append((cd, object))
    }
    if dryRun == .none, max != nil { await warnAboutMetrics(ctx, client) }
    let suffix = dryRun == .server ? " (server dry run)" : dryRun == .client ? " (dry run)" : ""
    if format.isMachine {
      ctx.stdout.write(try ObjectPrinter.render(written, format: format, asList: written.count > 1))
    } else {
      for (kind, o) in written {
        let verb = kind == cd ? "created" : "autoscaled"
        ctx.stdout.line("\(kind.qualifiedSingular)/\(o["metadata"]?["name"]?.stringValue ?? runtime) \(verb)\(suffix)")
      }
    }
  }

  /// A warning when the cluster serves no API for the metrics asked for: the autoscaler would
  /// only report FailedGet…Metric. fluidctl's simulator computes Fluid's metrics itself.
  func warnAboutMetrics(_ ctx: CommandContext, _ client: any ClusterClient) async {
    let simulated = ((try? await client.serverVersion())??["gitVersion"]?.stringValue ?? "").contains("fluidctl-sim")
    if !metric.isEmpty, !simulated, (try? await client.servesAPIGroup("custom.metrics.k8s.io")) == false {
      ctx.warn("this cluster serves no custom metrics API (custom.metrics.k8s.io): the autoscaler cannot read Fluid's cache metrics until an adapter serves them (Fluid documents prometheus-adapter)")
    }
    if cpuPercent != nil || metric.isEmpty, (try? await client.servesAPIGroup("metrics.k8s.io")) == false {
      ctx.warn("this cluster serves no resource metrics API (metrics.k8s.io, metrics-server): the autoscaler cannot read CPU utilization")
    }
  }
}
