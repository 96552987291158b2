import ArgumentParser
import FluidKit
import FluidModel
import FluidSimulator
import Foundation

struct Plan: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "How many cache workers, which tier, preheat or autoscale: sweep configurations for a burst on the simulator.",
    discussion: """
      Describe the dataset (--size, or --from a dataset of the cluster), the burst (--pods that each read it, --burst-at) and the goal (--deadline for the burst's p95 completion, from its start). fluidctl runs each configuration in its own simulated cluster: no cache; each worker count on each tier, preheated by a DataLoad; the fewest and the most workers cold (not preheated); three autoscalers on the throughput the workers serve. It prints warm-up, burst completion, worker-hours and whether the deadline is met, recommends the cheapest configuration (fewest worker-hours) that meets it, and names the link that limits it. Your cluster is not changed. Examples:
        fluidctl plan --size 30GB --ufs-bandwidth 10Gbps --pods 100 --deadline 3m
        fluidctl plan --from dataset/imagenet --pods 32 --deadline 10m --workers 2,4,8
        fluidctl plan --size 1Ti --pods 64 --reads 3 --burst-at 10m --deadline 30m -o json
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Option(help: ArgumentHelp("Take the size, files and UFS throughput (measured by its completed DataLoads) from a dataset of the cluster.", valueName: "dataset/NAME"))
  var from: String?
  @Option(help: "The dataset's size (30GB, 27.94GiB, 1Ti).") var size: String?
  @Option(help: "The dataset's files (default 1, or the dataset's with --from).", transform: { try WholeNumber.parse($0, "--files", in: 1...1_000_000_000) }) var files: Int?
  @Option(help: "The UFS's egress (10Gbps, 800MB/s; default 10Gbps, or measured with --from).") var ufsBandwidth: String?
  @Option(help: "Pods in the burst, one per node (1 to 1000).", transform: { try WholeNumber.parse($0, "--pods", in: 1...PlanRequest.maxPods) })
  var pods: Int
  @Option(help: "The goal: the burst's pods done (p95) within this long after it starts (3m, 90s).") var deadline: String
  @Option(help: "When the burst starts, after the cache is asked for (default: as soon as the cache is ready).") var burstAt: String?
  @Option(help: "The share of the dataset each pod reads (0 < F <= 1).") var readFraction: Double = 1
  @Option(help: "How many times each pod reads it (1 to 100; default 1).", transform: { try WholeNumber.parse($0, "--reads", in: 1...Workload.maxReads) }) var reads = 1
  @Option(help: "Nodes that can run cache workers (1 to 256; default 16); the sweep goes up to this many workers.", transform: { try WholeNumber.parse($0, "--cache-nodes", in: 1...PlanRequest.maxCacheNodes) })
  var cacheNodes = 16
  @Option(help: "A cache node's NIC.") var workerNic = "25Gbps"
  @Option(help: "An application node's NIC.") var appNic = "10Gbps"
  @Option(help: "A cache node's memory (the MEM tier gets 90 % of it at most).") var nodeMemory = "256Gi"
  @Option(help: "A cache node's SSD.") var nodeSsd = "2Ti"
  @Option(help: ArgumentHelp("Worker counts to sweep (default 1, 2, 3, 4, 6, 8, 10, 12, 16... up to --cache-nodes).", valueName: "N,N,...")) var workers: String?
  @Option(help: ArgumentHelp("Cache tiers to sweep.", valueName: "MEM,SSD,HDD")) var tiers = "MEM,SSD"

  /// A size as people write it: a quantity (`30G`, `27.94Gi`, `30e9`) or bytes (`30GB`, `27.94GiB`).
  static func bytes(_ text: String, _ flag: String) throws -> Double {
    let t = text.trimmingCharacters(in: .whitespaces)
    let q = Quantity(t) ?? (t.hasSuffix("B") ? Quantity(String(t.dropLast())) : nil)
    guard let q, q.value > 0, q.value <= SimulatorLimits.bytes else {
      throw ValidationError("\(flag) must be a size from 1 byte to 1Ei such as 30GB or 27.94GiB, not \"\(text)\"")
    }
    return q.value
  }

  static func bandwidth(_ text: String, _ flag: String) throws -> Double {
    guard let b = Bandwidth.parse(text), b > 0 else { throw ValidationError("\(flag) must be a bandwidth such as 10Gbps or 800MB/s, not \"\(text)\"") }
    return b
  }

  static func seconds(_ text: String, _ flag: String, max: Double) throws -> Double {
    guard let s = GoDuration.parse(text), s >= 0, s <= max else {
      throw ValidationError("\(flag) must be a duration from 0 to \(FluidFormat.duration(max)) such as 3m, not \"\(text)\"")
    }
    return s
  }

  func validate() throws {
    if from == nil, size == nil { throw ValidationError("give --size (or --from dataset/NAME)") }
    guard readFraction > 0, readFraction <= 1 else { throw ValidationError("--read-fraction must be more than 0 and at most 1") }
    _ = try request(size: size.map { try Self.bytes($0, "--size") } ?? 1, files: nil, ufs: ufsBandwidth.map { try Self.bandwidth($0, "--ufs-bandwidth") } ?? 1)
  }

  /// The request from the flags; `size`, `files`, `ufs` (bits/s) come from the flags or the dataset.
  func request(size: Double, files: Int64?, ufs: Double) throws -> PlanRequest {
    var r = PlanRequest(datasetBytes: size, ufsBitsPerSecond: ufs, pods: pods, deadline: try Self.seconds(deadline, "--deadline", max: Workload.maxStart))
    guard r.deadline > 0 else { throw ValidationError("--deadline must be more than 0") }
    r.files = Int64(self.files.map { Int64($0) } ?? files ?? 1)
    r.burstAt = try burstAt.map { try Self.seconds($0, "--burst-at", max: Workload.maxStart) }
    r.fraction = readFraction
    r.reads = reads
    r.cacheNodes = cacheNodes
    r.workerNICBitsPerSecond = try Self.bandwidth(workerNic, "--worker-nic")
    r.appNICBitsPerSecond = try Self.bandwidth(appNic, "--app-nic")
    r.nodeMemoryBytes = try Self.bytes(nodeMemory, "--node-memory")
    r.nodeSSDBytes = try Self.bytes(nodeSsd, "--node-ssd")
    if let workers {
      let counts = try FluidFormat.commaSeparated(workers).map { try WholeNumber.parse($0, "--workers", in: 1...cacheNodes) }
      guard !counts.isEmpty, counts.count <= 32 else { throw ValidationError("--workers takes 1 to 32 worker counts") }
      r.workerCounts = Array(Set(counts)).sorted()
    }
    let tierList = FluidFormat.commaSeparated(tiers).map { $0.uppercased() }
    guard !tierList.isEmpty, tierList.allSatisfy(Workload.tiers.contains) else { throw ValidationError("--tiers takes MEM, SSD and HDD, not \"\(tiers)\"") }
    r.tiers = Array(NSOrderedSet(array: tierList)) as? [String] ?? tierList
    return r
  }

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    var measured: PlanSource?
    if let from {
      let client = try ctx.connect(globals, ctx)
      measured = try await PlanSource.read(from, client: client, namespace: globals.effectiveNamespace(client))
    }
    guard let bytes = try size.map({ try Self.bytes($0, "--size") }) ?? measured?.bytes else {
      throw FluidError.usage("dataset \(from ?? "") reports no size yet (status.ufsTotal): give --size")
    }
    guard let ufs = try ufsBandwidth.map({ try Self.bandwidth($0, "--ufs-bandwidth") }) ?? measured?.ufsBitsPerSecond ?? (from == nil ? 10e9 : nil) else {
      throw FluidError.usage("dataset \(from ?? "") has no completed DataLoad of all its data to measure the UFS's throughput by: give --ufs-bandwidth")
    }
    let r = try request(size: bytes, files: measured?.files, ufs: ufs)
    if let m = measured { ctx.stderr.line(m.note) }
    let dir = NSTemporaryDirectory() + "fluidctl-plan-" + UUID().uuidString.lowercased()
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let report = try await BurstPlanner.plan(r, directory: dir, parallelism: min(ProcessInfo.processInfo.activeProcessorCount, 4), wall: ctx.now)
    switch format {
    case .json: ctx.stdout.line(JSONWriter.pretty(MachineDocument.wrap(kind: "Plan", report.json)))
    case .yaml: ctx.stdout.write(YAMLWriter.write(MachineDocument.wrap(kind: "Plan", report.json)))
    default: ctx.stdout.write(Self.render(report))
    }
  }

  static func render(_ p: PlanReport) -> String {
    let out = p.summary + "\n"
    var rows = [["CONFIGURATION", "WARM-UP", "BURST START", "BURST DONE P95", "WORKER-HOURS", "MEETS GOAL"]]
    for (i, row) in p.rows.enumerated() {
      guard let o = row.outcome else {
        rows.append([row.config.name, "-", "-", "-", "-", "no: does not fit (\(row.skipped ?? ""))"])
        continue
      }
      rows.append([
        row.config.name, ScenarioTables.seconds(o.warmupSeconds), FluidFormat.duration(o.bursts.first?.start ?? 0),
        FluidFormat.duration(o.completionP95), FluidFormat.fixed(o.workerHours, decimals: 2),
        row.meetsGoal ? (i == p.recommended ? "yes, recommended" : "yes") : "no",
      ])
    }
    return out + TablePrinter.align(rows) + "\n" + p.advice + "\n"
  }
}
