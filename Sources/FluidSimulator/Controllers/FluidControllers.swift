import FluidModel

/// The controllers the embedded cluster runs, in a fixed order (the order is part of the
/// determinism: keys are `index|namespace/name`).
enum FluidControllers {
  static let all: [any Controller] = {
    var list: [any Controller] = [DatasetController(), PodController(), DataLoadController(), AppReadController()]
    for engine in Engine.table {
      if let d = FluidCRDs.descriptors.first(where: { $0.kind == engine.kind }) {
        list.append(RuntimeController(descriptor: d, engine: engine))
      }
    }
    list += DataOperationController.kinds.map { DataOperationController(kind: $0) }
    // Appended last: keys carry controller indexes, persisted in the driver's state.
    list += [WorkloadStatusController(primary: CoreKinds.statefulSet), WorkloadStatusController(primary: CoreKinds.daemonSet)]
    list += [JobController(), CronJobController(), NodeLifecycleController(), HPAController(), CronHPAController()]
    return list
  }()

  /// The engine type (`alluxio`, `juicefs`...) of each runtime controller in `all`, nil for the
  /// other controllers.
  static let engineTypes: [String?] = all.map { ($0 as? RuntimeController)?.engine.type }

  /// Kind (qualified plural) → indexes of the controllers in `all` that watch it.
  static let watchers: [String: [Int]] = {
    var out: [String: [Int]] = [:]
    for (i, c) in all.enumerated() {
      for kind in c.watchedKinds { out[kind, default: []].append(i) }
    }
    return out
  }()
}
