import FluidModel
@testable import FluidSimulator
import Foundation
import Testing

/// The loader's simulated log as a pure function of its pod, transfer and clock.
@Suite struct SimulatedLogsTests {
  static let t0 = Date(timeIntervalSince1970: 1_800_000_000)
  static let load: JSONValue = [
    "metadata": ["name": "warm", "namespace": "ml"],
    "spec": ["dataset": ["name": "demo"], "loadMetadata": true, "target": [["path": "/train", "replicas": 2]]],
  ]
  static func pod(terminated: (Date, Int)? = nil) -> JSONValue {
    var state: JSONValue = ["running": ["startedAt": .string(Timestamps.format(t0))]]
    if let (at, code) = terminated {
      state = ["terminated": ["startedAt": .string(Timestamps.format(t0)), "finishedAt": .string(Timestamps.format(at)), "exitCode": .int(Int64(code)), "reason": code == 0 ? "Completed" : "Error"]]
    }
    return ["spec": ["containers": [["name": "dataloader", "image": "x"]]], "status": ["containerStatuses": [["name": "dataloader", "state": state]]]]
  }

  @Test func progressEveryTwentySecondsThenCompletion() {
    let start = Self.t0.timeIntervalSince1970
    // 1000 bytes at 10 B/s from t0+5: finishes at t0+105.
    let transfer = Transfer(targetBytes: 1000, loadedBytes: 0, rate: 10, updatedAt: start + 5, startedAt: start + 5, finishedAt: start + 105)
    let loader = SimulatedLogs.Loader(load: Self.load, transfer: transfer, mountPoint: "oss://bucket/data", ufsDown: false)
    let lines = SimulatedLogs.lines(pod: Self.pod(terminated: (Self.t0.addingTimeInterval(106), 0)), container: "dataloader", loader: loader, now: Self.t0.addingTimeInterval(500))
    #expect(lines.map(\.text) == [
      "fluid-dataloader: loading dataset ml/demo from oss://bucket/data",
      "targets: /train (replicas 2); syncing metadata first",
      "progress 0.0% (0.00B of 1000.00B), 10.00B/s, ETA 1m40s",
      "progress 20.0% (200.00B of 1000.00B), 10.00B/s, ETA 1m20s",
      "progress 40.0% (400.00B of 1000.00B), 10.00B/s, ETA 1m0s",
      "progress 60.0% (600.00B of 1000.00B), 10.00B/s, ETA 40s",
      "progress 80.0% (800.00B of 1000.00B), 10.00B/s, ETA 20s",
      "progress 100.0% (1000.00B of 1000.00B), 0.00B/s",
      "loaded 1000.00B in 1m40s (10.00B/s average)",
      "exiting: done",
    ])
    // Nothing from the future: at t0+30 only the first progress lines.
    let early = SimulatedLogs.lines(pod: Self.pod(), container: "dataloader", loader: loader, now: Self.t0.addingTimeInterval(30))
    #expect(early.count == 4)
  }

  @Test func anUnreachableUFSIsTheLastWord() {
    let start = Self.t0.timeIntervalSince1970
    let transfer = Transfer(targetBytes: 1000, loadedBytes: 300, rate: 0, updatedAt: start + 30, startedAt: start, ufsDownSince: start + 30)
    let loader = SimulatedLogs.Loader(load: Self.load, transfer: transfer, mountPoint: "oss://bucket/data", ufsDown: true)
    let lines = SimulatedLogs.lines(pod: Self.pod(terminated: (Self.t0.addingTimeInterval(35), 1)), container: "dataloader", loader: loader, now: Self.t0.addingTimeInterval(60))
    #expect(lines.suffix(2).map(\.text) == [
      "ERROR reading oss://bucket/data: connection refused (UFS unreachable since \(Timestamps.format(Self.t0.addingTimeInterval(30))))",
      "exiting with code 1 (Error)",
    ])
    #expect(lines.contains { $0.text.hasPrefix("progress 20.0% (200.00B") })
  }
}
