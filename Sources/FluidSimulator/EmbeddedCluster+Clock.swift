import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  /// The persisted virtual clock.
  public func clock() throws -> SimulationClock { try locked { try storedClock() } }

  /// Changes the virtual clock (mode, speed, pause, or a manual advance) in one transaction;
  /// every process sharing the state sees the new time.
  @discardableResult
  public func updateClock(_ change: (inout SimulationClock, Date) throws -> Void) throws -> SimulationClock {
    try locked {
      try store.writeTransaction {
        var c = try storedClock()
        try change(&c, wall())
        try store.setSimState("clock", c.json)
        return c
      }
    }
  }

  /// The name of the scenario the cluster was created from.
  public func scenarioName() throws -> String {
    try locked { try store.simState("scenario")?.stringValue ?? Scenario.laptop.name }
  }

  /// The UFS endpoints the cluster knows (scenario catalog plus `sim ufs set`).
  public func ufsCatalog() throws -> [Scenario.UFSEndpoint] {
    try locked { (try store.simState("ufs")?.arrayValue ?? []).compactMap(Scenario.UFSEndpoint.init(json:)) }
  }

  /// The cluster's current time (simulated; equal to wall time unless the clock was changed).
  public func currentTime() async throws -> Date { try locked { try now() } }
}
