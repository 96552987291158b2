import FluidKit
import FluidModel
import Foundation
import Testing

/// The columns kubectl computes in code for Jobs, CronJobs and finished pods.
@Suite struct CoreColumnsTests {
  let now = Timestamps.parse("2026-11-30T12:00:00Z")!

  func value(_ id: String, _ o: JSONValue) -> String { CoreColumns.value(id, o, now: now) }

  @Test func jobs() {
    let running: JSONValue = ["spec": ["completions": 1], "status": ["startTime": "2026-11-30T11:58:30Z", "active": 1]]
    #expect(value("@job.status", running) == "Running")
    #expect(value("@job.completions", running) == "0/1")
    #expect(value("@job.duration", running) == "90s")
    let complete: JSONValue = [
      "spec": ["completions": 1],
      "status": [
        "startTime": "2026-11-30T11:00:00Z", "completionTime": "2026-11-30T11:03:05Z", "succeeded": 1,
        "conditions": [["type": "SuccessCriteriaMet", "status": "True"], ["type": "Complete", "status": "True"]],
      ],
    ]
    #expect(value("@job.status", complete) == "Complete")
    #expect(value("@job.completions", complete) == "1/1")
    #expect(value("@job.duration", complete) == "3m5s")
    let failing: JSONValue = ["status": ["conditions": [["type": "FailureTarget", "status": "True"]]]]
    #expect(value("@job.status", failing) == "FailureTarget")
    #expect(value("@job.duration", failing) == "")
    #expect(value("@job.completions", ["spec": ["parallelism": 3]]) == "0/1 of 3")
    var terminating = running
    terminating[path: ["metadata", "deletionTimestamp"]] = "2026-11-30T11:59:00Z"
    #expect(value("@job.status", terminating) == "Terminating")
  }

  @Test func cronJobs() {
    let cj: JSONValue = [
      "spec": [
        "schedule": "*/10 * * * *",
        "jobTemplate": ["spec": ["template": ["spec": ["containers": [["name": "dataloader", "image": "loader:1"]]]]]],
      ],
      "status": ["lastScheduleTime": "2026-11-30T11:50:00Z", "active": [["name": "j"]]],
    ]
    #expect(value("@cj.timeZone", cj) == "<none>")
    #expect(value("@cj.suspend", cj) == "False")
    #expect(value("@count.status.active", cj) == "1")
    #expect(value("@cj.lastSchedule", cj) == "10m")
    #expect(value("@cj.lastSchedule", ["spec": [:]]) == "<none>")
    #expect(value("@jobTemplate.containers", cj) == "dataloader")
    #expect(value("@jobTemplate.images", cj) == "loader:1")
    #expect(value("@jobTemplate.selector", cj) == "<none>")
  }

  /// kubectl shows a terminated container's reason (Completed, Error), else its exit code.
  @Test func finishedPods() {
    func pod(_ terminated: JSONValue) -> JSONValue {
      ["status": ["phase": "Succeeded", "containerStatuses": [["state": ["terminated": terminated]]]]]
    }
    #expect(value("@pod.status", pod(["reason": "Completed", "exitCode": 0])) == "Completed")
    #expect(value("@pod.status", pod(["reason": "Error", "exitCode": 1])) == "Error")
    #expect(value("@pod.status", pod(["exitCode": 137, "signal": 9])) == "Signal:9")
    #expect(value("@pod.status", pod(["exitCode": 2])) == "ExitCode:2")
    #expect(value("@pod.status", ["status": ["phase": "Running", "containerStatuses": [["state": ["running": [:]]]]]]) == "Running")
  }
}

@Suite struct TerminalTextTests {
  @Test func controlCharactersAreEscaped() {
    #expect(TerminalText.escape("plain\ttab é") == "plain\ttab é")
    #expect(TerminalText.escape("\u{1b}]0;t\u{07}\u{1b}[31mred\u{7f}\u{9b}") == "\\x1b]0;t\\x07\\x1b[31mred\\x7f\\u009b")
    #expect(TerminalText.escape("a\nb") == "a\\x0ab")
    #expect(TerminalText.escape("a\nb", keepingNewlines: true) == "a\nb")
  }
}
