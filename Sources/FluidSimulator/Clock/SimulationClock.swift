import FluidModel
import Foundation

/// The embedded cluster's virtual clock, persisted with its state.
///
/// In `wall` mode simulated time follows wall time, scaled by `speed` (and frozen while
/// `paused`); in `manual` mode it moves only when someone calls `advance` (`fluidctl sim
/// advance 5m`, from any process). Pure value: `now(wall:)` is a function of the stored anchors.
public struct SimulationClock: Sendable, Equatable {
  public enum Mode: String, Sendable, CaseIterable { case wall, manual }

  public var mode: Mode
  /// Simulated time at `wallAnchor`.
  public var simAnchor: Double
  /// Wall time (seconds since 1970) when the anchors were last set.
  public var wallAnchor: Double
  public var speed: Double
  public var paused: Bool

  /// A clock that follows wall time from `wall` on.
  public static func following(wall: Date, speed: Double = 1) -> SimulationClock {
    SimulationClock(
      mode: .wall, simAnchor: wall.timeIntervalSince1970, wallAnchor: wall.timeIntervalSince1970, speed: speed,
      paused: false)
  }

  /// Simulated time at wall time `wall`.
  public func now(wall: Date) -> Date {
    if mode == .manual || paused { return Date(timeIntervalSince1970: simAnchor) }
    return Date(timeIntervalSince1970: simAnchor + (wall.timeIntervalSince1970 - wallAnchor) * speed)
  }

  /// Re-anchors at `wall` so that later changes of speed or mode keep the current time.
  public mutating func reanchor(wall: Date) {
    simAnchor = now(wall: wall).timeIntervalSince1970
    wallAnchor = wall.timeIntervalSince1970
  }

  /// Moves simulated time forward by `seconds` (any mode).
  public mutating func advance(_ seconds: Double, wall: Date) {
    reanchor(wall: wall)
    simAnchor += seconds
  }

  public mutating func setMode(_ m: Mode, wall: Date) {
    reanchor(wall: wall)
    mode = m
  }

  public mutating func setSpeed(_ s: Double, wall: Date) {
    reanchor(wall: wall)
    speed = s
  }

  public mutating func setPaused(_ p: Bool, wall: Date) {
    reanchor(wall: wall)
    paused = p
  }

  var json: JSONValue {
    [
      "mode": .string(mode.rawValue), "simAnchor": .double(simAnchor), "wallAnchor": .double(wallAnchor),
      "speed": .double(speed), "paused": .bool(paused),
    ]
  }

  init(mode: Mode, simAnchor: Double, wallAnchor: Double, speed: Double, paused: Bool) {
    self.mode = mode
    self.simAnchor = simAnchor
    self.wallAnchor = wallAnchor
    self.speed = speed
    self.paused = paused
  }

  init?(json: JSONValue) {
    guard let m = json["mode"]?.stringValue.flatMap(Mode.init), let s = json["simAnchor"]?.doubleValue,
      let w = json["wallAnchor"]?.doubleValue
    else { return nil }
    self.init(mode: m, simAnchor: s, wallAnchor: w, speed: json["speed"]?.doubleValue ?? 1, paused: json["paused"]?.boolValue ?? false)
  }
}
