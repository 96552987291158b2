import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  /// How often a followed log looks for new lines (wall time).
  static let logPollInterval: Duration = .milliseconds(200)

  /// Container logs of the simulated pods (`SimulatedLogs`), with kube-apiserver's errors for
  /// a missing pod, an unknown or ambiguous container and a container that has not started.
  public func podLog(namespace: String, pod name: String, options: PodLogOptions) -> AsyncThrowingStream<String, any Error> {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          var emitted = 0
          var first = true
          while !Task.isCancelled {
            if options.follow { try advanceWorld() }
            let (lines, done) = try await logLines(namespace: namespace, pod: name, options: options)
            var shown = lines
            if first, let since = options.sinceSeconds {
              let now = try await currentTime()
              shown = shown.filter { $0.time >= now.addingTimeInterval(-Double(since)) }
            }
            if first, let tail = options.tailLines { shown = Array(shown.suffix(max(0, tail))) }
            if first {
              emitted = lines.count
              first = false
            } else {
              shown = emitted < lines.count ? Array(lines[emitted...]) : []
              emitted = max(emitted, lines.count)
            }
            for l in shown {
              continuation.yield((options.timestamps ? Timestamps.formatNano(l.time) + " " : "") + l.text + "\n")
            }
            if !options.follow || done { break }
            try await Task.sleep(for: Self.logPollInterval)
          }
          continuation.finish()
        } catch is CancellationError {
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// The container's lines now, and whether it has stopped (or its pod is gone, once read).
  func logLines(namespace: String, pod name: String, options: PodLogOptions) async throws -> ([SimulatedLogs.Line], Bool) {
    let pod = try await get(CoreKinds.pod, namespace: namespace, name: name)
    let containers = (pod["spec"]?["containers"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
    let container: String
    if let c = options.container {
      guard containers.contains(c) else {
        throw FluidError.api(.badRequest("container \(c) is not valid for pod \(name)"))
      }
      container = c
    } else if containers.count == 1 {
      container = containers[0]
    } else {
      throw FluidError.api(.badRequest("a container name must be specified for pod \(name), choose one of: [\(containers.joined(separator: " "))]"))
    }
    let status = (pod["status"]?["containerStatuses"]?.arrayValue ?? []).first { $0["name"]?.stringValue == container }
    if status?["state"]?["running"] == nil, status?["state"]?["terminated"] == nil {
      let reason = status?["state"]?["waiting"]?["reason"]?.stringValue ?? "ContainerCreating"
      throw FluidError.api(.badRequest("container \"\(container)\" in pod \"\(name)\" is waiting to start: \(reason)"))
    }
    let now = try await currentTime()
    let loader = try await loaderContext(pod, namespace: namespace)
    let lines = SimulatedLogs.lines(pod: pod, container: container, loader: loader, now: now)
    return (lines, status?["state"]?["terminated"] != nil)
  }

  /// The world a loader pod reads: its DataLoad (from the Job's name), transfer and UFS.
  func loaderContext(_ pod: JSONValue, namespace: String) async throws -> SimulatedLogs.Loader? {
    guard pod["metadata"]?["labels"]?["role"]?.stringValue == "dataload-pod",
      let job = pod["metadata"]?["labels"]?["job-name"]?.stringValue ?? pod["metadata"]?["labels"]?["release"]?.stringValue
    else { return nil }
    let loadName = job.hasSuffix("-loader-job") ? String(job.dropLast("-loader-job".count)) : job.hasSuffix("-loader") ? String(job.dropLast("-loader".count)) : job
    guard let load = try? await get(DataLoad.descriptor, namespace: namespace, name: loadName) else { return nil }
    let dsName = load["spec"]?["dataset"]?["name"]?.stringValue ?? ""
    let ds = try? await get(Dataset.descriptor, namespace: load["spec"]?["dataset"]?["namespace"]?.stringValue ?? namespace, name: dsName)
    let mount = ds?["spec"]?["mounts"]?.arrayValue?.first?["mountPoint"]?.stringValue
    let transfer = try locked { try store.transfer(Transfer.loaderKey(ofLoad: loadName, namespace: namespace)) }
    let down = mount.map { m in (try? faults().isDown(m)) ?? false } ?? false
    return SimulatedLogs.Loader(load: load, transfer: transfer, mountPoint: mount, ufsDown: down)
  }
}
