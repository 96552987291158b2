import Foundation
import NIOCore

/// The server's open connections and the requests being served on them, so that `stop()` can
/// close every connection and let its handler tasks end before the event loops shut down (a task
/// that writes to a channel of a stopped loop would otherwise log an error).
final class ConnectionRegistry: @unchecked Sendable {
  private let lock = NSLock()
  private var channels: [ObjectIdentifier: any Channel] = [:]
  private var tasks: [Int: Task<Void, Never>] = [:]
  private var nextTask = 0
  private var stopping = false

  /// Records an accepted connection; false once the server is stopping (the caller closes it).
  func add(_ channel: any Channel) -> Bool {
    lock.withLock {
      if stopping { return false }
      channels[ObjectIdentifier(channel)] = channel
      return true
    }
  }

  func remove(_ channel: any Channel) {
    _ = lock.withLock { channels.removeValue(forKey: ObjectIdentifier(channel)) }
  }

  /// Runs `work` in a detached task that `drain` waits for; nil once the server is stopping.
  func serve(_ work: @escaping @Sendable () async -> Void) -> Task<Void, Never>? {
    lock.withLock {
      if stopping { return nil }
      let id = nextTask
      nextTask += 1
      let task = Task.detached { [weak self] in
        await work()
        self?.finished(id)
      }
      tasks[id] = task
      return task
    }
  }

  private func finished(_ id: Int) {
    _ = lock.withLock { tasks.removeValue(forKey: id) }
  }

  /// Refuses new connections and requests, closes the open connections, cancels their requests
  /// and waits up to `grace` seconds for those to end.
  func drain(grace: Double = 2) async {
    let (open, running) = lock.withLock { () -> ([any Channel], [Task<Void, Never>]) in
      stopping = true
      return (Array(channels.values), Array(tasks.values))
    }
    for channel in open { try? await channel.close() }
    for task in running { task.cancel() }
    let deadline = Date().addingTimeInterval(grace)
    while Date() < deadline, !lock.withLock({ tasks.isEmpty }) {
      try? await Task.sleep(for: .milliseconds(10))
    }
  }
}
