import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct Load: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Preheat a dataset's cache: create a DataLoad, and with --wait follow it to the end.",
    discussion: """
      With --wait, progress goes to stderr: a live line (cached bytes, percentage, throughput, ETA) on a terminal, one line per phase change otherwise. Fluid has no progress field: progress comes from the dataset's cacheStates, so it works on real clusters too. With --wait -o json (or yaml) stdout gets one LoadResult document at the end (see docs/json-output.md). Exit codes: 0 Complete, 2 Failed, 4 timed out. Examples:
        fluidctl load imagenet --wait
        fluidctl load imagenet --path /train:2 --path /val --metadata
        fluidctl load imagenet --schedule "0 2 * * *" --name nightly
        fluidctl load imagenet --path /val --run-after dataload/nightly --run-after-affinity prefer
        fluidctl load imagenet --node-selector pool=gpu --toleration gpu=true:NoSchedule
      """,
    aliases: ["preheat"])

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: "The dataset to load.", completion: CompletionSources.datasets) var dataset: String

  @Option(name: .long, help: ArgumentHelp("A path to load, with its cache replicas (repeatable; default: the whole dataset).", valueName: "path[:replicas]"))
  var path: [String] = []

  @Flag(name: .long, help: "Load metadata before the data.") var metadata = false

  @Option(name: .long, help: "Run on a cron schedule (policy Cron).") var schedule: String?

  @Option(name: .long, help: "Name of the DataLoad (default: <dataset>-load-<random>).") var name: String?

  @OptionGroup(title: "Policy, dataflow and placement") var scheduling: LoadSchedulingOptions

  @Flag(name: .long, help: "Wait until the DataLoad completes or fails.") var wait = false

  @Option(name: .long, help: "How long --wait waits (Go duration).") var timeout = "30m"

  func validate() throws {
    guard GoDuration.parse(timeout) != nil else { throw ValidationError("invalid duration \"\(timeout)\" for --timeout") }
    for p in path {
      let parts = p.split(separator: ":", maxSplits: 1)
      guard parts.first?.hasPrefix("/") == true else { throw ValidationError("invalid --path \"\(p)\": paths start with / (for example /train:2)") }
      if parts.count == 2 { _ = try WholeNumber.parse(String(parts[1]), "the replicas of --path \"\(p)\"", in: 1...WholeNumber.int32Max) }
    }
    if let schedule, schedule.split(separator: " ").count != 5 {
      throw ValidationError("invalid --schedule \"\(schedule)\": use a 5-field cron expression such as \"0 2 * * *\"")
    }
    try scheduling.check(schedule: schedule)
    if let name, !ObjectMetaValidation.isDNS1123Subdomain(name) {
      throw ValidationError("invalid --name \"\(name)\": \(ObjectMetaValidation.dns1123SubdomainMessage)")
    }
  }

  /// A DataLoad of the whole dataset, named `<dataset>-load-<random>` (what `top`'s L creates).
  static func manifest(dataset: String, namespace: String) -> JSONValue {
    [
      "apiVersion": "data.fluid.io/v1alpha1", "kind": "DataLoad",
      "metadata": ["namespace": .string(namespace), "generateName": .string("\(dataset)-load-")],
      "spec": ["dataset": ["name": .string(dataset), "namespace": .string(namespace)]],
    ]
  }

  func manifest(namespace: String, registry: ResourceRegistry = .standard) throws -> JSONValue {
    var load = Self.manifest(dataset: dataset, namespace: namespace)
    if let name {
      load[path: ["metadata", "name"]] = .string(name)
      load["metadata"]?["generateName"] = nil
    }
    var spec = load["spec"] ?? [:]
    if metadata { spec["loadMetadata"] = true }
    if !path.isEmpty {
      spec["target"] = .array(path.map { p in
        let parts = p.split(separator: ":", maxSplits: 1).map(String.init)
        return ["path": .string(parts[0]), "replicas": .int(Int64(parts.count > 1 ? Int(parts[1]) ?? 1 : 1))]
      })
    }
    if let schedule {
      spec["policy"] = "Cron"
      spec["schedule"] = .string(schedule)
    }
    try scheduling.apply(to: &spec, namespace: namespace, registry: registry)
    load["spec"] = spec
    return load
  }

  func execute(_ ctx: CommandContext) async throws {
    let client = try ctx.connect(globals, ctx)
    let ns = globals.effectiveNamespace(client)
    let ds = FluidKindsLookup.dataset
    _ = try await client.get(ds, namespace: ns, name: dataset)  // a clear NotFound before anything is created
    let dl = DataLoad.descriptor
    let format = try OutputFormat(globals.output)
    let created = try await client.create(dl, namespace: ns, object: try manifest(namespace: ns, registry: ctx.registry), options: WriteOptions())
    let loadName = created["metadata"]?["name"]?.stringValue ?? ""
    switch format {
    case .json where wait, .yaml where wait: break
    case .table, .wide: ctx.stdout.line("\(dl.qualifiedSingular)/\(loadName) created")
    default: ctx.stdout.write(try ObjectPrinter.render([(dl, created)], format: format, asList: false))
    }
    ctx.stdout.flush()
    guard wait else { return }
    let outcome = try await LoadProgress(
      ctx: ctx, client: client, namespace: ns, dataset: dataset, load: loadName, wholeDataset: path.isEmpty,
      loaderJob: schedule == nil ? OperationReleases.workload(kind: "DataLoad", name: loadName) : nil)
      .run(timeout: GoDuration.parse(timeout) ?? 1800)
    // A script asking for JSON gets the result document whether the load completed or failed.
    guard format == .json || format == .yaml else {
      if let failure = outcome.failure { throw failure }
      return
    }
    ctx.stdout.write(format == .json ? JSONWriter.pretty(outcome.json) + "\n" : YAMLWriter.write(outcome.json))
    if let failure = outcome.failure {
      // The document already says how it ended: the reason on stderr, no second JSON document.
      ctx.stderr.line(ErrorPresenter.message(failure))
      throw ExitCode(failure.exitCode)
    }
  }
}
