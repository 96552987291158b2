import FluidKit
import FluidModel
import Foundation

/// What a simulated container writes to its log, as a pure function of its pod, the world
/// state and the clock: a DataLoad's loader reports its target paths, its progress every 20 s
/// of simulated time (bytes interpolated along the transfer's recorded progress and rate),
/// its completion, or why it failed (an unreachable UFS); every other container says where it
/// started and, once it ended, how. Times are on the simulated clock.
public enum SimulatedLogs {
  public struct Line: Sendable, Equatable {
    public var time: Date
    public var text: String
  }

  /// A loader's world: its DataLoad, its transfer, and the UFS it reads.
  public struct Loader: Sendable {
    public var load: JSONValue
    public var transfer: Transfer?
    public var mountPoint: String?
    public var ufsDown: Bool
  }

  /// How often a loader reports progress.
  static let progressInterval: TimeInterval = 20

  public static func lines(pod: JSONValue, container: String, loader: Loader?, now: Date) -> [Line] {
    let status = (pod["status"]?["containerStatuses"]?.arrayValue ?? []).first { $0["name"]?.stringValue == container }
    let state = status?["state"]
    let start = time(state?["running"]?["startedAt"]) ?? time(state?["terminated"]?["startedAt"])
      ?? time(pod["status"]?["startTime"]) ?? time(pod["metadata"]?["creationTimestamp"]) ?? now
    let terminated = state?["terminated"]
    let end = min(time(terminated?["finishedAt"]) ?? now, now)
    guard start <= now else { return [] }
    var out: [Line]
    if let loader {
      out = loaderLines(loader, start: start, end: end, failed: terminated != nil && terminated?["exitCode"]?.intValue != 0)
    } else {
      let image = ((pod["spec"]?["containers"]?.arrayValue ?? []).first { $0["name"]?.stringValue == container })?["image"]?.stringValue ?? "?"
      let node = pod["spec"]?["nodeName"]?.stringValue ?? "?"
      out = [Line(time: start, text: "started \(container) (\(image)) on node \(node)")]
    }
    if let terminated {
      let code = terminated["exitCode"]?.intValue ?? 0
      out.append(Line(time: end, text: code == 0 ? "exiting: done" : "exiting with code \(code) (\(terminated["reason"]?.stringValue ?? "Error"))"))
    }
    return out.filter { $0.time <= now }
  }

  static func loaderLines(_ l: Loader, start: Date, end: Date, failed: Bool) -> [Line] {
    let spec = l.load["spec"]
    let ns = l.load["metadata"]?["namespace"]?.stringValue ?? "default"
    let dataset = spec?["dataset"]?["name"]?.stringValue ?? "?"
    let targets = spec?["target"]?.arrayValue ?? []
    let paths = targets.isEmpty ? ["/ (replicas 1)"] : targets.map { t in "\(t["path"]?.stringValue ?? "/") (replicas \(t["replicas"]?.intValue ?? 1))" }
    var out = [
      Line(time: start, text: "fluid-dataloader: loading dataset \(ns)/\(dataset) from \(l.mountPoint ?? "its mounts")"),
      Line(time: start, text: "targets: \(paths.joined(separator: ", "))\(spec?["loadMetadata"]?.boolValue == true ? "; syncing metadata first" : "")"),
    ]
    guard let t = l.transfer else {
      if failed || l.ufsDown {
        out.append(Line(time: end, text: "ERROR cannot list \(l.mountPoint ?? "the UFS"): connection refused (UFS unreachable)"))
      }
      return out
    }
    let began = Date(timeIntervalSince1970: max(t.startedAt, start.timeIntervalSince1970))
    let total = FluidFormat.bytes(t.targetBytes)
    var tick = began
    while tick < end {
      let done = loaded(t, at: tick.timeIntervalSince1970)
      let rate = rateAt(t, tick.timeIntervalSince1970)
      var text = "progress \(FluidFormat.percent(t.targetBytes > 0 ? done / t.targetBytes : 1)) (\(FluidFormat.bytes(done)) of \(total)), \(FluidFormat.bytes(rate))/s"
      if rate > 0, t.targetBytes > done { text += ", ETA \(GoDuration.format(((t.targetBytes - done) / rate).rounded(.up)))" }
      out.append(Line(time: tick, text: text))
      tick = tick.addingTimeInterval(progressInterval)
    }
    if let finished = t.finishedAt, finished <= end.timeIntervalSince1970 {
      let took = max(0, finished - t.startedAt)
      out.append(Line(time: Date(timeIntervalSince1970: finished), text: "loaded \(total) in \(GoDuration.format(took.rounded()))" + (took > 0 ? " (\(FluidFormat.bytes(t.targetBytes / took))/s average)" : "")))
    } else if let down = t.ufsDownSince, down <= end.timeIntervalSince1970 {
      out.append(Line(time: max(start, Date(timeIntervalSince1970: down)), text: "ERROR reading \(l.mountPoint ?? "the UFS"): connection refused (UFS unreachable since \(Timestamps.format(Date(timeIntervalSince1970: down))))"))
    } else if failed {
      out.append(Line(time: end, text: "ERROR load stopped at \(FluidFormat.bytes(loaded(t, at: end.timeIntervalSince1970))) of \(total)" + (l.ufsDown ? ": UFS unreachable" : "")))
    }
    return out.sorted { $0.time < $1.time }
  }

  /// Bytes moved by `time`: linear from the start to the recorded point, then at the recorded
  /// rate, never past the target.
  static func loaded(_ t: Transfer, at time: Double) -> Double {
    if let f = t.finishedAt, time >= f { return t.targetBytes }
    if time <= t.startedAt { return 0 }
    if time <= t.updatedAt {
      let span = t.updatedAt - t.startedAt
      return span > 0 ? t.loadedBytes * (time - t.startedAt) / span : t.loadedBytes
    }
    return t.extrapolated(to: time)
  }

  static func rateAt(_ t: Transfer, _ time: Double) -> Double {
    if let f = t.finishedAt, time >= f { return 0 }
    if time <= t.updatedAt, t.updatedAt > t.startedAt { return t.loadedBytes / (t.updatedAt - t.startedAt) }
    return t.rate
  }

  static func time(_ v: JSONValue?) -> Date? { v?.stringValue.flatMap(Timestamps.parse) }
}
