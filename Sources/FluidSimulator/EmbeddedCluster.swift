public import FluidKit
public import FluidModel
import Foundation

/// The embedded cluster: a `ClusterClient` that behaves like kube-apiserver (resourceVersions,
/// optimistic concurrency, status and scale subresources, finalizers, garbage collection,
/// selectors, pagination, watches with 410 Gone, server-side apply, schema validation) over one
/// SQLite database, so that state survives between fluidctl invocations.
///
/// Thread-safety: calls are serialised by an internal lock; several processes may share the
/// same database file (SQLite WAL, `BEGIN IMMEDIATE` writes), and no update is ever lost.
public final class EmbeddedCluster: ClusterClient, @unchecked Sendable {
  public let path: String
  let store: ObjectStore
  let registry: ResourceRegistry
  /// Wall time; simulated time is derived from it by the persisted `SimulationClock`.
  let wall: @Sendable () -> Date
  let lock = NSRecursiveLock()
  /// Shares one copy of each managedFields field set among the objects written (see
  /// `FieldsV1Interner`).
  let fieldsInterner = FieldsV1Interner()
  /// Set by the simulation driver to the instant it processes (guarded by `lock`).
  nonisolated(unsafe) var pinnedTime: Date?
  /// The last instant `nowText()` formatted (under the lock, like `pinnedTime`).
  nonisolated(unsafe) private var formattedNow: (time: Double, text: String)?
  /// False makes the cluster a plain API server: `advanceWorld` does nothing, so no simulated
  /// controller acts (`sim serve --no-controllers`, standing in for a cluster without Fluid).
  /// Set before the cluster is shared.
  nonisolated(unsafe) public var runsControllers = true

  /// Opens (creating when absent) the cluster state at `path`. `now` is the wall clock (the
  /// cluster's own time follows it through the persisted `SimulationClock`);
  /// `retainedChanges` is how many changes watches can resume from (older: 410 Gone).
  /// A new state starts with the nodes of `scenario` and `clock` (default: following wall time).
  public init(
    path: String, registry: ResourceRegistry = .standard, retainedChanges: Int64 = 10_000,
    now: @escaping @Sendable () -> Date = { Date() }, scenario: Scenario = .laptop, clock: SimulationClock? = nil
  ) throws {
    self.path = path
    self.registry = registry
    self.wall = now
    do {
      store = try ObjectStore(path: path, retainedChanges: retainedChanges)
    } catch let error as FluidError {
      throw error
    } catch {
      throw FluidError.local("cannot open the embedded cluster state \(path): \(error)")
    }
    try bootstrap(scenario: scenario, clock: clock)
  }

  /// Creates a new cluster at `path`. Where a state already exists there, it is replaced only
  /// when `replacing` is true; anything else at `path` (another file, another application's
  /// database, a symbolic link) is refused and left as it is. The new state is built beside
  /// `path` and renamed over it, so a failure leaves the previous state whole.
  public static func initialize(
    path: String, scenario: Scenario, clock: SimulationClock, now: @escaping @Sendable () -> Date = { Date() },
    replacing: Bool = true
  ) throws -> EmbeddedCluster {
    var st = stat()
    if lstat(path, &st) == 0 {
      try StateFile.checkBeforeOpening(path)
      guard st.st_size > 0, try StateFile.isState(path) else {
        throw FluidError.usage("\(path) exists and is not a fluidctl state; fluidctl does not overwrite it")
      }
      guard replacing else {
        throw FluidError.usage("\(path) already holds an embedded cluster; pass --force to discard it, or use another --sim-state")
      }
    }
    let staging = path + ".new-\(getpid())"
    for suffix in ["", "-wal", "-shm"] { unlink(staging + suffix) }
    do {
      _ = try EmbeddedCluster(path: staging, now: now, scenario: scenario, clock: clock)  // closed (and checkpointed) here
      for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
      guard rename(staging, path) == 0 else {
        throw FluidError.local("cannot replace the embedded cluster state \(path): \(String(cString: strerror(errno)))")
      }
    } catch {
      for suffix in ["", "-wal", "-shm"] { unlink(staging + suffix) }
      throw error
    }
    return try EmbeddedCluster(path: path, now: now)
  }

  public var backendDescription: String { "embedded (\(path))" }

  /// For long-lived processes (`sim serve`): keep parsed objects by resourceVersion, so that
  /// repeated reads of unchanged objects skip parsing.
  public func cacheParsedObjects() {
    _ = try? locked { store.cachesParsedObjects = true }
  }

  /// Sets up a new cluster: its clock, the `default` namespace, the scenario's nodes and UFS
  /// catalog. Does nothing to an existing one.
  private func bootstrap(scenario: Scenario, clock: SimulationClock?) throws {
    try locked {
      try store.writeTransaction {
        guard try store.simState("clock") == nil else { return }
        try store.setSimState("clock", (clock ?? SimulationClock.following(wall: wall())).json)
        try store.setSimState("scenario", .string(scenario.name))
        try store.setSimState("ufs", .array(scenario.ufs.map(\.json)))
        let key = ObjectKey(resource: CoreKinds.namespace.qualifiedPlural, namespace: "", name: "default")
        if try store.get(key) == nil {
          try store.put(key, try newNamespace("default"), type: .added)
        }
        for node in scenario.nodes(createdAt: try now()) {
          var n = node
          let name = n["metadata"]?["name"]?.stringValue ?? ""
          let key = ObjectKey(resource: CoreKinds.node.qualifiedPlural, namespace: "", name: name)
          n[path: ["metadata", "uid"]] = .string(try newUID(for: key))
          n[path: ["metadata", "creationTimestamp"]] = .string(try nowText())
          try store.put(key, n, type: .added)
        }
      }
    }
  }

  /// The cluster's current (simulated) time. Call under the lock. While the simulation driver
  /// runs, this is the instant it is processing.
  func now() throws -> Date {
    let t = try pinnedTime ?? storedClock().now(wall: wall())
    store.changeTime = t.timeIntervalSince1970
    return t
  }

  /// `now()` in RFC 3339, formatted once per instant.
  func nowText() throws -> String {
    let t = try now().timeIntervalSince1970
    if let cached = formattedNow, cached.time == t { return cached.text }
    let text = Timestamps.format(Date(timeIntervalSince1970: t))
    formattedNow = (t, text)
    return text
  }

  func storedClock() throws -> SimulationClock {
    try store.simState("clock").flatMap(SimulationClock.init(json:)) ?? .following(wall: wall())
  }

  func newNamespace(_ name: String) throws -> JSONValue {
    [
      "apiVersion": "v1", "kind": "Namespace",
      "metadata": [
        "name": .string(name), "uid": .string(try newUID(for: ObjectKey(resource: CoreKinds.namespace.qualifiedPlural, namespace: "", name: name))),
        "creationTimestamp": .string(try nowText()),
        "labels": ["kubernetes.io/metadata.name": .string(name)],
      ],
      "spec": ["finalizers": ["kubernetes"]], "status": ["phase": "Active"],
    ]
  }

  /// The UID of an object created now under `key`: a version 4-format UUID (lowercase, as
  /// kube-apiserver gives objects) derived from the key and the resourceVersion counter, which
  /// no two creations in a state share. The same history gives the same UIDs, so the simulated
  /// world advances deterministically, UIDs included.
  func newUID(for key: ObjectKey) throws -> String {
    Self.uuid(fromParts: String(try store.currentResourceVersion()), key.resource, key.namespace, key.name)
  }

  /// A version 4-format UUID whose 122 free bits are two FNV-1a hashes of `identity`.
  static func uuid(from identity: String) -> String { uuid(fromParts: identity) }

  /// `uuid(from:)` of `parts` joined by `/`, without building the joined string.
  static func uuid(fromParts parts: String...) -> String {
    var high: UInt64 = 0xcbf2_9ce4_8422_2325
    var low = high
    func add(_ b: UInt8, to h: inout UInt64) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    for b in "uid".utf8 { add(b, to: &low) }
    for (i, part) in parts.enumerated() {
      if i > 0 {
        add(UInt8(ascii: "/"), to: &high)
        add(UInt8(ascii: "/"), to: &low)
      }
      var text = part
      text.withUTF8 { bytes in
        for b in bytes {
          add(b, to: &high)
          add(b, to: &low)
        }
      }
    }
    high = (high & ~0xF000) | 0x4000  // version 4
    low = (low & ~(0xC000 << 48)) | (0x8000 << 48)  // RFC 4122 variant
    // 8-4-4-4-12 hex digits.
    let digits = Array("0123456789abcdef".utf8)
    return String(unsafeUninitializedCapacity: 36) { out in
      var n = 0
      for (word, dashes) in [(high, [8, 12]), (low, [0, 4])] {
        for i in 0..<16 {
          if dashes.contains(i) {
            out[n] = UInt8(ascii: "-")
            n += 1
          }
          out[n] = digits[Int((word >> UInt64(60 - 4 * i)) & 0xf)]
          n += 1
        }
      }
      return n
    }
  }

  /// Runs `body` under the lock, turning storage failures into `FluidError.local`.
  func locked<T>(_ body: () throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    do {
      _ = try now()  // stamps the changes this call writes with the cluster's time
      return try body()
    } catch let e as SQLiteError {
      throw FluidError.local("embedded cluster state \(path): \(e)")
    }
  }

  func key(_ r: ResourceDescriptor, _ namespace: String?, _ name: String) -> ObjectKey {
    ObjectKey(resource: r.qualifiedPlural, namespace: r.namespaced ? (namespace ?? "default") : "", name: name)
  }

  // MARK: reads

  public func get(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue {
    try locked {
      guard let obj = try store.db.readTransaction({ try store.get(key(r, namespace, name)) }) else {
        throw FluidError.api(.notFound(r, name))
      }
      return obj
    }
  }

  public func list(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) async throws -> ObjectList {
    var after: (String, String)?
    if let token = options.continueToken {
      guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8),
        let sep = text.firstIndex(of: "/")
      else { throw FluidError.api(.badRequest("continue key is not valid: illegal base64 data")) }
      after = (String(text[..<sep]), String(text[text.index(after: sep)...]))
    }
    let ns = r.namespaced ? namespace : nil
    try options.fieldSelector?.check(for: r)
    return try locked {
      try store.db.readTransaction {
        let rv = try store.currentResourceVersion()
        var items: [JSONValue] = []
        var cursor = after
        let limit = options.limit.flatMap { $0 > 0 ? $0 : nil }
        var more = false
        // Selectors filter after the read, so read in pages until the limit is met.
        while true {
          let page = try store.list(resource: r.qualifiedPlural, namespace: ns, after: cursor, limit: limit.map { max($0, 64) })
          for obj in page {
            if let limit, items.count == limit {
              more = true
              break
            }
            cursor = (obj["metadata"]?["namespace"]?.stringValue ?? "", obj["metadata"]?["name"]?.stringValue ?? "")
            if options.labelSelector?.matches(object: obj) == false { continue }
            if options.fieldSelector?.matches(object: obj) == false { continue }
            items.append(obj)
          }
          if more || limit == nil || page.count < max(limit ?? 0, 64) { break }
        }
        var token: String?
        if more, let c = cursor { token = Data("\(c.0)/\(c.1)".utf8).base64EncodedString() }
        return ObjectList(items: items, resourceVersion: String(rv), continueToken: token)
      }
    }
  }

  public func getScale(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue {
    guard let scale = r.scale else {
      throw FluidError.api(APIStatus(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
    }
    let obj = try await get(r, namespace: namespace, name: name)
    return Self.scaleObject(obj, scale)
  }

  static func scaleObject(_ obj: JSONValue, _ scale: ScaleSubresource) -> JSONValue {
    let meta = obj["metadata"] ?? [:]
    var status: JSONValue = ["replicas": obj[path: jsonPathKeys(scale.statusReplicasPath)] ?? 0]
    if let sel = scale.labelSelectorPath, let s = obj[path: jsonPathKeys(sel)] { status["selector"] = s }
    return [
      "apiVersion": "autoscaling/v1", "kind": "Scale",
      "metadata": .object(
        (meta.objectValue ?? [:]).filter { ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"].contains($0.key) }),
      "spec": ["replicas": obj[path: jsonPathKeys(scale.specReplicasPath)] ?? 0], "status": status,
    ]
  }

  /// `.spec.replicas` → ["spec", "replicas"].
  static func jsonPathKeys(_ p: String) -> [String] { p.split(separator: ".").map(String.init) }

  public func serverVersion() async throws -> JSONValue? { nil }

  /// SQLite's `PRAGMA integrity_check` of the state database: "ok" when sound.
  public func integrityCheck() throws -> String { try locked { try store.db.integrityCheck() } }

  /// Every row of the state database as text (see `SQLiteDatabase.dump`): equal dumps mean
  /// equal states, which is how tests show that a refused command changed nothing.
  public func stateDump() throws -> String { try locked { try store.db.dump() } }

  /// How many objects of `r` exist (all namespaces).
  public func count(_ r: ResourceDescriptor) throws -> Int {
    try locked { try store.db.readTransaction { try store.count(resource: r.qualifiedPlural) } }
  }
}
