import ArgumentParser
import FluidKit
import FluidModel

struct DatasetCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dataset", abstract: "Work with Fluid datasets.",
    discussion: """
      Examples:
        fluidctl dataset create demo --mount oss://bucket/demo --runtime alluxio --replicas 2
      """,
    subcommands: [DatasetCreate.self])
}

struct DatasetCreate: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "create",
    abstract: "Create a Dataset and the cache runtime of the same name in one step (idempotent).",
    discussion: """
      Runs server-side apply for both objects, so running it again changes nothing and says "unchanged". Examples:
        fluidctl dataset create hbase --mount https://mirrors.bit.edu.cn/apache/hbase/stable/
        fluidctl dataset create imagenet --mount oss://bucket/imagenet --option fs.oss.endpoint=oss-cn-hz.aliyuncs.com \\
            --secret-option fs.oss.accessKeyId=oss-secret:id --runtime jindo --replicas 4 --cache SSD:500Gi:/mnt/ssd
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Argument(help: "Name of the dataset and its runtime (a DNS-1035 label).") var name: String

  @Option(name: .long, help: ArgumentHelp("Data source URL (repeatable): oss://, s3://, hdfs://, https://, pvc://, local://, ...", valueName: "url"))
  var mount: [String] = []

  @Option(name: .long, help: ArgumentHelp("Mount option key=value (repeatable).", valueName: "k=v"))
  var option: [String] = []

  @Option(name: .customLong("secret-option"), help: ArgumentHelp("Mount option from a Secret, key=SECRET:KEY (repeatable).", valueName: "k=secret:key"))
  var secretOption: [String] = []

  @Option(name: .long, help: ArgumentHelp("Cache runtime: \(RuntimeKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
  var runtime: RuntimeKind = .alluxio

  @Option(name: .customLong("runtime-class"), help: ArgumentHelp("With --runtime cacheruntime: the cluster-scoped CacheRuntimeClass that defines the cache.", valueName: "name"))
  var runtimeClass: String?

  @Option(name: .long, parsing: .unconditional, help: "Number of cache workers.", transform: WholeNumber.replicas)
  var replicas = 1

  @Option(name: .long, help: ArgumentHelp("Cache tier MEDIUM:QUOTA[:PATH] (repeatable), MEDIUM one of MEM, SSD, HDD.", valueName: "tier"))
  var cache: [String] = []

  @Option(name: .long, help: "Worker placement: Exclusive or Shared.")
  var placement: Placement?

  @Option(name: .customLong("node-selector"), help: ArgumentHelp("Cache only on nodes with this label, k=v (repeatable).", valueName: "k=v"))
  var nodeSelector: [String] = []

  @Option(name: .customLong("dry-run"), help: "none, client or server.")
  var dryRun: DryRun = .none

  enum Placement: String, ExpressibleByArgument, CaseIterable { case Exclusive, Shared }

  func validate() throws {
    guard ObjectMetaValidation.isDNS1035Label(name) else {
      throw ValidationError("invalid dataset name \"\(name)\": \(ObjectMetaValidation.dns1035LabelMessage)")
    }
    if runtime == .cacheruntime, runtimeClass == nil {
      throw ValidationError("--runtime cacheruntime needs --runtime-class NAME (a CacheRuntimeClass; see 'fluidctl get cacheruntimeclasses')")
    }
    if let runtimeClass {
      guard runtime == .cacheruntime else { throw ValidationError("--runtime-class goes with --runtime cacheruntime") }
      guard ObjectMetaValidation.isDNS1123Subdomain(runtimeClass) else {
        throw ValidationError("invalid --runtime-class \"\(runtimeClass)\": \(ObjectMetaValidation.dns1123SubdomainMessage)")
      }
    }
    if mount.isEmpty && runtime != .vineyard {
      throw ValidationError("Please specify at least one --mount URL (only a vineyard dataset has none)")
    }
    _ = try DatasetSpecBuilder(self).build()
  }

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let (dataset, runtimeObject) = try DatasetSpecBuilder(self).build()
    let rd = ctx.registry.resolve(runtime.kind)!
    let dd = ctx.registry.resolve("datasets.data.fluid.io")!
    let objects = [(dd, dataset), (rd, runtimeObject)]
    if dryRun == .client {
      try report(ctx, objects.map { ($0.0, $0.1, "created") }, format, suffix: " (dry run)")
      return
    }
    let client = try ctx.connect(globals, ctx)
    let ns = globals.effectiveNamespace(client)
    var dry = ApplyOptions(write: WriteOptions(dryRun: true))
    for (d, o) in objects { _ = try await client.apply(d, namespace: ns, object: o, options: dry) }
    if dryRun == .server {
      try report(ctx, objects.map { ($0.0, $0.1, "created") }, format, suffix: " (server dry run)")
      return
    }
    dry.write.dryRun = false
    var results: [(ResourceDescriptor, JSONValue, String)] = []
    for (d, o) in objects {
      let r = try await client.apply(d, namespace: ns, object: o, options: dry)
      results.append((d, r.object, r.outcome.rawValue))
    }
    try report(ctx, results, format, suffix: "")
  }

  func report(_ ctx: CommandContext, _ results: [(ResourceDescriptor, JSONValue, String)], _ format: OutputFormat, suffix: String) throws {
    if format.isMachine {
      ctx.stdout.write(try ObjectPrinter.render(results.map { ($0.0, $0.1) }, format: format, asList: true))
      return
    }
    for (d, o, word) in results {
      ctx.stdout.line("\(d.qualifiedSingular)/\(o["metadata"]?["name"]?.stringValue ?? name) \(word)\(suffix)")
    }
  }
}

/// The runtimes `dataset create --runtime` makes: every kind of current Fluid that the simulator runs.
/// GooseFS is left out (Fluid removed it; its old CRD is served so that existing objects still
/// read). The generic CacheRuntime needs a CacheRuntimeClass (`--runtime-class`).
enum RuntimeKind: String, ExpressibleByArgument, CaseIterable {
  case alluxio, jindo, juicefs, efc, vineyard, thin, cacheruntime
  var kind: String {
    switch self {
    case .cacheruntime: return "CacheRuntime"
    case .alluxio: return "AlluxioRuntime"
    case .jindo: return "JindoRuntime"
    case .juicefs: return "JuiceFSRuntime"
    case .efc: return "EFCRuntime"
    case .vineyard: return "VineyardRuntime"
    case .thin: return "ThinRuntime"
    }
  }
}
