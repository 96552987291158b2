import FluidModel

/// What kube-apiserver fills in when a batch/v1 Job or CronJob is created: the Job's generated
/// selector and pod labels (from its uid, unless `manualSelector`), and the defaults of both
/// kinds' specs.
enum BatchDefaults {
  /// `job` as stored: `metadata.uid` must be set.
  static func job(_ job: JSONValue) -> JSONValue {
    var o = job
    jobSpecDefaults(&o, at: ["spec"])
    if o["spec"]?["manualSelector"]?.boolValue != true, o["spec"]?["selector"] == nil {
      let uid = o["metadata"]?["uid"] ?? ""
      let name = o["metadata"]?["name"] ?? ""
      o[path: ["spec", "selector"]] = ["matchLabels": [.init(stringLiteral: JobController.controllerUIDLabel): uid]]
      let labels = ["spec", "template", "metadata", "labels"]
      o[path: labels + [JobController.controllerUIDLabel]] = uid
      o[path: labels + [JobController.jobNameLabel]] = name
      o[path: labels + ["controller-uid"]] = uid
      o[path: labels + ["job-name"]] = name
    }
    return o
  }

  static func cronJob(_ cronJob: JSONValue) -> JSONValue {
    var o = cronJob
    setDefault(&o, ["spec", "concurrencyPolicy"], "Allow")
    setDefault(&o, ["spec", "suspend"], false)
    setDefault(&o, ["spec", "successfulJobsHistoryLimit"], 3)
    setDefault(&o, ["spec", "failedJobsHistoryLimit"], 1)
    jobSpecDefaults(&o, at: ["spec", "jobTemplate", "spec"])
    return o
  }

  static func jobSpecDefaults(_ o: inout JSONValue, at spec: [String]) {
    setDefault(&o, spec + ["backoffLimit"], 6)
    setDefault(&o, spec + ["completions"], 1)
    setDefault(&o, spec + ["parallelism"], 1)
    setDefault(&o, spec + ["completionMode"], "NonIndexed")
    setDefault(&o, spec + ["suspend"], false)
    setDefault(&o, spec + ["podReplacementPolicy"], "TerminatingOrFailed")
    setDefault(&o, spec + ["template", "spec", "restartPolicy"], "Never")
  }

  static func setDefault(_ o: inout JSONValue, _ path: [String], _ value: JSONValue) {
    if o[path: path] == nil { o[path: path] = value }
  }
}
