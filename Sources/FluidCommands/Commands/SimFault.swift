import ArgumentParser
import FluidKit
import FluidModel
import FluidSimulator
import Foundation

struct SimFault: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fault",
    abstract: "Inject faults into the embedded cluster: a node down, a UFS down or slow; 'clear' heals everything.",
    discussion: """
      Examples:
        fluidctl sim fault node-down sim-node-2      # its workers stop being ready and lose their cache;
                                                     # after 300 s they are evicted and start elsewhere
        fluidctl sim fault ufs-down oss://bucket       # running DataLoads fail, reads stall
        fluidctl sim fault ufs-slow oss://bucket --factor 4
        fluidctl sim fault clear
      """,
    subcommands: [NodeDown.self, UFSDown.self, UFSSlow.self, Clear.self])

  struct NodeDown: FluidCommand {
    static let configuration = CommandConfiguration(
      commandName: "node-down", abstract: "Take a node down: its kubelet stops reporting and it is tainted node.kubernetes.io/unreachable.",
      discussion: """
        Examples:
          fluidctl sim fault node-down sim-node-2
        """)
    @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
    @Argument(help: "The node.", completion: CompletionSources.nodes) var node: String

    func execute(_ ctx: CommandContext) async throws {
      let (cluster, _) = try embeddedCluster(globals, ctx)
      try await cluster.setNode(node, ready: false)
      ctx.stdout.line("node/\(node) is down")
    }
  }

  struct UFSDown: FluidCommand {
    static let configuration = CommandConfiguration(commandName: "ufs-down", abstract: "Make every UFS URL under a prefix unreachable.",
      discussion: """
        Examples:
          fluidctl sim fault ufs-down oss://bucket
        """)
    @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
    @Argument(help: "A URL prefix, for example oss://bucket.") var url: String

    func validate() throws { guard url.contains("://") else { throw ValidationError("invalid URL \"\(url)\": use for example oss://bucket") } }

    func execute(_ ctx: CommandContext) async throws {
      let (cluster, _) = try embeddedCluster(globals, ctx)
      try cluster.updateFaults { $0.ufsDown.insert(url) }
      ctx.stdout.line("\(url) is down")
    }
  }

  struct UFSSlow: FluidCommand {
    static let configuration = CommandConfiguration(commandName: "ufs-slow", abstract: "Divide the bandwidth of every UFS URL under a prefix.",
      discussion: """
        Examples:
          fluidctl sim fault ufs-slow oss://bucket --factor 4
        """)
    @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
    @Argument(help: "A URL prefix, for example oss://bucket.") var url: String
    @Option(name: .long, help: "How many times slower (greater than 1).") var factor: Double

    func validate() throws {
      guard url.contains("://") else { throw ValidationError("invalid URL \"\(url)\": use for example oss://bucket") }
      guard factor >= 1, factor.isFinite else { throw ValidationError("--factor must be 1 or more, not \(factor)") }
    }

    func execute(_ ctx: CommandContext) async throws {
      let (cluster, _) = try embeddedCluster(globals, ctx)
      try cluster.updateFaults { $0.ufsSlow[url] = factor }
      ctx.stdout.line("\(url) is \(JSONWriter.formatDouble(factor))x slower")
    }
  }

  struct Clear: FluidCommand {
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Heal every fault: nodes up, UFS reachable at full speed.",
      discussion: """
        Examples:
          fluidctl sim fault clear
        """)
    @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

    func execute(_ ctx: CommandContext) async throws {
      let (cluster, _) = try embeddedCluster(globals, ctx)
      try cluster.updateFaults { $0 = Faults() }
      for n in try await cluster.list(CoreKinds.node, namespace: nil, options: ListOptions()).items where !Node(json: n).isReady {
        try await cluster.setNode(n["metadata"]?["name"]?.stringValue ?? "", ready: true)
      }
      ctx.stdout.line("all faults cleared")
    }
  }
}

struct SimUFS: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ufs", abstract: "Declare what a UFS holds and how fast it serves.",
    discussion: """
      Examples:
        fluidctl sim ufs set oss://imagenet --size 3Ti --files 1.2M --bandwidth 10Gbps
      """,
    subcommands: [Set.self])

  struct Set: FluidCommand {
    static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Declare a UFS endpoint: size, file count and bandwidth.",
      discussion: """
        Examples:
          fluidctl sim ufs set oss://imagenet --size 3Ti --files 1.2M --bandwidth 10Gbps
          fluidctl sim ufs set s3://models/llama --size 30G --bandwidth 10Gbps --per-connection 1Gbps
        """)
    @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions
    @Argument(help: "The URL prefix (oss://bucket, s3://bucket/path, https://host).") var url: String
    @Option(name: .long, help: "Total size (quantity: 3Ti, 500Gi, 30e9).") var size: String
    @Option(name: .long, help: "Number of files (1200, 1.2M).") var files = "1"
    @Option(name: .long, help: "Aggregate egress (10Gbps, 1.25GB/s).") var bandwidth = "10Gbps"
    @Option(name: .customLong("per-connection"), help: "Per-connection limit (0: none).") var perConnection = "0"

    /// A file count (`1200`, `1.2M`) from 0 to the simulator's limit; nil otherwise.
    static func count(_ s: String) -> Int64? {
      let mult: [Character: Double] = ["K": 1e3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12]
      var value: Double?
      if let last = s.last, let m = mult[last], let v = Double(s.dropLast()) { value = v * m } else { value = Int64(s).map(Double.init) }
      guard let value, value.isFinite, value >= 0, value <= Double(SimulatorLimits.files) else { return nil }
      return Int64(value)
    }

    /// The UFS size in bytes (`3Ti`, `30G`, `2TiB`); nil when it is not a quantity.
    var bytes: Double? { Quantity(size.replacingOccurrences(of: "TiB", with: "Ti").replacingOccurrences(of: "GiB", with: "Gi"))?.value }

    func validate() throws {
      guard url.contains("://") else { throw ValidationError("invalid URL \"\(url)\": use for example oss://bucket") }
      guard let bytes else { throw ValidationError("invalid --size \"\(size)\": \(Quantity.formatMessage)") }
      guard bytes >= 0, bytes <= SimulatorLimits.bytes else {
        throw ValidationError("invalid --size \"\(size)\": must be from 0 to 1Ei (the embedded cluster's limit per UFS)")
      }
      guard Self.count(files) != nil else { throw ValidationError("invalid --files \"\(files)\": use a count from 0 to 1T, such as 1200 or 1.2M") }
      guard Bandwidth.parse(bandwidth) != nil else { throw ValidationError("invalid --bandwidth \"\(bandwidth)\": use a rate up to 1Pbps, for example 10Gbps") }
      guard perConnection == "0" || Bandwidth.parse(perConnection) != nil else { throw ValidationError("invalid --per-connection \"\(perConnection)\"") }
    }

    func execute(_ ctx: CommandContext) async throws {
      let (cluster, _) = try embeddedCluster(globals, ctx)
      try cluster.setUFS(Scenario.UFSEndpoint(
        prefix: url, totalBytes: bytes ?? 0, files: Self.count(files) ?? 1, bitsPerSecond: Bandwidth.parse(bandwidth) ?? 10e9,
        perConnectionBitsPerSecond: perConnection == "0" ? 0 : Bandwidth.parse(perConnection) ?? 0))
      ctx.stdout.line("\(url): \(size) in \(files) files at \(bandwidth)")
    }
  }
}
