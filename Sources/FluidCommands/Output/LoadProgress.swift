import FluidKit
import FluidModel
import Foundation

/// Follows a DataLoad to its end and reports progress on stderr, derived from the dataset's
/// `cacheStates` (Fluid has no progress field): a redrawn line on a terminal, one line per
/// phase change otherwise; and a line for each failed try of its loader Job.
struct LoadProgress {
  let ctx: CommandContext
  let client: any ClusterClient
  let namespace: String
  let dataset: String
  let load: String
  let wholeDataset: Bool
  /// The loader Job Fluid's chart names `<load>-loader-job` (nil for a Cron load, whose Jobs
  /// are its CronJob's).
  var loaderJob: String?

  final class State: @unchecked Sendable {
    let lock = NSLock()
    var phase = ""
    var cached: Double?
    var total: Double?
    var samples: [(time: Double, cached: Double)] = []
    var lastLine = ""
    var jobFailures: Int64 = 0

    /// A line when the loader Job has more failed pods than before, else nil.
    func recordJob(_ job: JSONValue, name: String) -> String? {
      lock.withLock {
        let failed = job["status"]?["failed"]?.intValue ?? 0
        guard failed > jobFailures else { return nil }
        jobFailures = failed
        let tries = (job["spec"]?["backoffLimit"]?.intValue ?? 6) + 1
        let finished = (job["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Failed" && $0["status"] == "True" }
        return "job.batch/\(name): \(failed) of at most \(tries) tries failed" + (finished ? "" : "; retrying after the Job's backoff")
      }
    }

    func timeoutSummary(_ timeout: Double, _ target: String) -> String {
      lock.withLock {
        "timed out after \(GoDuration.format(timeout)) waiting for \(target): phase=\(phase.isEmpty ? "<none>" : phase)"
          + (cached.map { ", cached \(FluidFormat.bytes($0))" } ?? "")
      }
    }

    /// Records an observation; returns the line to show, whether the phase changed, and
    /// whether the line differs from the last one.
    func record(phase newPhase: String?, dataset obj: JSONValue?, now: Double, load: String, whole: Bool) -> (String, Bool, Bool) {
      lock.withLock {
        var phaseChanged = false
        if let newPhase, newPhase != phase {
          phase = newPhase
          phaseChanged = true
        }
        if let obj {
          cached = FluidFormat.parseBytes(obj["status"]?["cacheStates"]?["cached"]?.stringValue)
          if whole { total = FluidFormat.parseBytes(obj["status"]?["ufsTotal"]?.stringValue) }
          if let c = cached {
            samples.append((now, c))
            samples = samples.filter { now - $0.time <= 30 }
          }
        }
        let line = LoadProgress.line(load: load, phase: phase, cached: cached, total: total, samples: samples)
        let changed = line != lastLine
        lastLine = line
        return (line, phaseChanged, changed)
      }
    }
  }

  /// The end of a followed load: the DataLoad as it ended and what was seen on the way.
  struct Outcome {
    var load: JSONValue
    var cachedBytes: Double?
    var ufsTotalBytes: Double?
    var failedTries: Int64

    var phase: String { load["status"]?["phase"]?.stringValue ?? "" }

    /// The error a Failed load ends the command with (exit 2), else nil.
    var failure: FluidError? {
      guard phase == "Failed" else { return nil }
      let c = (load["status"]?["conditions"]?.arrayValue ?? []).last
      let why = c?["message"]?.stringValue ?? c?["reason"]?.stringValue ?? "no reason given"
      return .operationFailed("\(DataLoad.descriptor.qualifiedSingular)/\(load["metadata"]?["name"]?.stringValue ?? "") failed: \(why)")
    }

    /// `load --wait -o json`: a `LoadResult` document (docs/json-output.md).
    var json: JSONValue {
      let meta = load["metadata"]
      let spec = load["spec"]
      var o: JSONValue = [
        "dataLoad": ["namespace": meta?["namespace"] ?? "default", "name": meta?["name"] ?? ""],
        "dataset": ["namespace": spec?["dataset"]?["namespace"] ?? meta?["namespace"] ?? "default", "name": spec?["dataset"]?["name"] ?? ""],
        "phase": .string(phase), "duration": load["status"]?["duration"] ?? "",
        "failedTries": .int(failedTries), "conditions": load["status"]?["conditions"] ?? [],
        "object": load,
      ]
      o["cachedBytes"] = cachedBytes.map { .double($0) } ?? .null
      o["ufsTotalBytes"] = ufsTotalBytes.map { .double($0) } ?? .null
      if let c = cachedBytes, let t = ufsTotalBytes, t > 0 {
        o["cachedPercentage"] = .double((min(100, c / t * 100) * 10).rounded() / 10)
      } else {
        o["cachedPercentage"] = .null
      }
      return MachineDocument.wrap(kind: "LoadResult", o)
    }
  }

  /// Follows the load until it completes or fails (a Failed load is returned, not thrown).
  func run(timeout: Double) async throws -> Outcome {
    let state = State()
    let terminal = ctx.stderr.isTerminal && (ctx.environment["NO_COLOR"] ?? "").isEmpty && ctx.environment["TERM"] != "dumb"
    let dl = DataLoad.descriptor
    let target = "\(dl.qualifiedSingular)/\(load)"
    defer { if terminal { ctx.stderr.write("\n"); ctx.stderr.flush() } }
    let outcome: JSONValue = try await withDeadline(seconds: timeout, message: { state.timeoutSummary(timeout, target) }) {
      try await withThrowingTaskGroup(of: JSONValue?.self) { group in
        group.addTask {
          var result: JSONValue = .null
          try await ObjectWaiter(client: client).follow(dl, namespace: namespace, name: load, allowMissing: false) { obj in
            guard let obj else { throw FluidError.operationFailed("\(target) was deleted while loading") }
            let phase = obj["status"]?["phase"]?.stringValue ?? ""
            try await report(state, phase: phase, dataset: nil, terminal: terminal)
            if phase == "Complete" || phase == "Failed" {
              result = obj
              return true
            }
            return false
          }
          return result
        }
        group.addTask {
          try await ObjectWaiter(client: client).follow(FluidKindsLookup.dataset, namespace: namespace, name: dataset, allowMissing: true) { obj in
            try await report(state, phase: nil, dataset: obj, terminal: terminal)
            return false
          }
          return nil
        }
        if let job = loaderJob {
          group.addTask {
            // Optional: a user who may read DataLoads but not Jobs still gets the load followed.
            do {
              try await ObjectWaiter(client: client).follow(CoreKinds.job, namespace: namespace, name: job, allowMissing: true) { obj in
                if let obj, let line = state.recordJob(obj, name: job) { note(line, state: state, terminal: terminal) }
                return false
              }
            } catch FluidError.api {
            }
            return nil
          }
        }
        defer { group.cancelAll() }
        while let next = try await group.next() {
          if let obj = next { return obj }
        }
        return .null
      }
    }
    return state.lock.withLock {
      Outcome(load: outcome, cachedBytes: state.cached, ufsTotalBytes: state.total, failedTries: state.jobFailures)
    }
  }

  /// Prints a line of its own; on a terminal above the redrawn progress line.
  func note(_ line: String, state: State, terminal: Bool) {
    if terminal {
      ctx.stderr.write("\r\u{1B}[2K" + line + "\n" + state.lock.withLock { state.lastLine })
    } else {
      ctx.stderr.line(line)
    }
    ctx.stderr.flush()
  }

  /// Records what was seen and prints it: a phase change always, progress on a terminal.
  func report(_ s: State, phase: String?, dataset obj: JSONValue?, terminal: Bool) async throws {
    let now = try await client.currentTime().timeIntervalSince1970
    let (line, phaseChanged, changed) = s.record(phase: phase, dataset: obj, now: now, load: load, whole: wholeDataset)
    if terminal {
      if changed {
        ctx.stderr.write("\r\u{1B}[2K" + line)
        ctx.stderr.flush()
      }
    } else if phaseChanged {
      ctx.stderr.line(line)
      ctx.stderr.flush()
    }
  }

  static func line(load: String, phase: String, cached: Double?, total: Double?, samples: [(time: Double, cached: Double)]) -> String {
    var parts = ["dataload.data.fluid.io/\(load): \(phase.isEmpty ? "Pending" : phase)"]
    if let cached {
      if let total, total > 0 {
        parts.append("\(FluidFormat.bytes(cached))/\(FluidFormat.bytes(total)) (\(String(format: "%.1f", min(100, cached / total * 100)))%)")
      } else {
        parts.append("\(FluidFormat.bytes(cached)) cached")
      }
    }
    if let first = samples.first, let last = samples.last, last.time > first.time, last.cached > first.cached {
      let rate = (last.cached - first.cached) / (last.time - first.time)
      parts.append("\(FluidFormat.bytes(rate))/s")
      if let total, total > last.cached, phase == "Executing" {
        parts.append("ETA \(GoDuration.format(((total - last.cached) / rate).rounded(.up)))")
      }
    }
    return parts.joined(separator: "  ")
  }
}
