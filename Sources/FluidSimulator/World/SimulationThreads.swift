import Foundation

/// An executor of its own for scenario cases: a case keeps its thread busy for its whole
/// simulation (the embedded cluster's calls are synchronous underneath), and on Swift's
/// cooperative pool, which has one thread per core, that would stall every other task of the
/// process (a watch, a wait, the dashboard, other tests). Jobs run on a concurrent dispatch
/// queue instead.
final class SimulationThreads: TaskExecutor, @unchecked Sendable {
  static let shared = SimulationThreads()
  private let queue = DispatchQueue(label: "fluidctl.simulation", qos: .userInitiated, attributes: .concurrent)

  func enqueue(_ job: consuming ExecutorJob) {
    let unowned = UnownedJob(job)
    let executor = asUnownedTaskExecutor()
    queue.async { unowned.runSynchronously(on: executor) }
  }
}
