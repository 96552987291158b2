public import FluidModel
public import Foundation

/// The objects of one kind an `Informer` holds, keyed by namespace and name.
public struct InformerStore: Sendable {
  private(set) var objects: [ObjectKey: JSONValue] = [:]

  public init() {}

  /// A namespace and name: the identity of an object within its kind.
  public struct ObjectKey: Hashable, Sendable, Comparable {
    public var namespace: String
    public var name: String
    public init(namespace: String, name: String) {
      self.namespace = namespace
      self.name = name
    }
    public init(_ object: JSONValue) {
      namespace = object["metadata"]?["namespace"]?.stringValue ?? ""
      name = object["metadata"]?["name"]?.stringValue ?? ""
    }
    public static func < (a: ObjectKey, b: ObjectKey) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }
  }

  /// Every object, ordered by namespace and name.
  public var items: [JSONValue] { objects.keys.sorted().compactMap { objects[$0] } }
  public var count: Int { objects.count }
  public subscript(namespace: String, name: String) -> JSONValue? { objects[ObjectKey(namespace: namespace, name: name)] }

  /// Applies one watch event; bookmarks and errors change nothing.
  public mutating func apply(_ event: WatchEvent) {
    switch event.type {
    case .added, .modified: objects[ObjectKey(event.object)] = event.object
    case .deleted: objects[ObjectKey(event.object)] = nil
    case .bookmark, .error: break
    }
  }

  /// Replaces the contents with a fresh list and returns what changed, as the watch events
  /// that would have said so (ADDED, MODIFIED by resourceVersion, DELETED), in key order.
  public mutating func replace(with items: [JSONValue]) -> [WatchEvent] {
    var fresh: [ObjectKey: JSONValue] = [:]
    for item in items { fresh[ObjectKey(item)] = item }
    var changes: [WatchEvent] = []
    for key in Set(objects.keys).union(fresh.keys).sorted() {
      switch (objects[key], fresh[key]) {
      case (nil, let new?): changes.append(WatchEvent(type: .added, object: new))
      case (let old?, nil): changes.append(WatchEvent(type: .deleted, object: old))
      case (let old?, let new?) where Self.version(old) != Self.version(new) || Self.version(new) == nil:
        changes.append(WatchEvent(type: .modified, object: new))
      default: break
      }
    }
    objects = fresh
    return changes
  }

  /// An object's `metadata.resourceVersion`.
  public static func version(_ o: JSONValue) -> String? { o["metadata"]?["resourceVersion"]?.stringValue }
}

/// What an informer reports.
public enum InformerUpdate: Sendable {
  /// A full list arrived: the first sync, or a relist after the watch's resourceVersion expired
  /// (410). `changes` says what differs from what the informer held before (everything is ADDED
  /// on the first sync).
  case synced(changes: [WatchEvent])
  /// One change seen by the watch.
  case event(WatchEvent)
  /// The connection's state changed (only with `Informer.RetryPolicy.backoff`).
  case connection(InformerConnection)
}

/// The state of an informer's connection, for headers and banners.
public enum InformerConnection: Sendable, Equatable {
  case watching
  /// The last attempt failed with `reason`; the next one starts after `delay` seconds.
  case reconnecting(attempt: Int, delay: Double, reason: String)
  /// The server refused the credentials (401) or the permission (403).
  case unauthorized(String)
}

/// One kind's objects kept current by list and watch, as client-go's reflector and informer:
/// list (every page), watch from the list's resourceVersion, resume from the last
/// resourceVersion seen when a stream ends, relist when it expired (410), and keep a local
/// cache. Every watcher in fluidctl (`get -w`, `wait`, `load --wait`, `top`, `sim attach`)
/// uses it; none polls lists on a timer.
public struct Informer: Sendable {
  /// What happens when listing or watching fails for a reason other than 410.
  public enum RetryPolicy: Sendable, Equatable {
    /// The failure ends `run` (commands that wait report it and exit).
    case never
    /// Report `.connection(.reconnecting)`, wait (doubling from `initial` to `maximum`
    /// seconds), and try again until cancelled (the dashboard).
    case backoff(initial: Double, maximum: Double)
  }

  public let client: any ClusterClient
  public let resource: ResourceDescriptor
  public let namespace: String?
  public let options: ListOptions
  public let retry: RetryPolicy
  /// Applied to every object before it is cached and reported (client-go's `SetTransform`):
  /// a watcher that keeps thousands of objects drops what it never reads.
  public var transform: (@Sendable (JSONValue) -> JSONValue)?
  /// Items per list page (kubectl's default chunk size); `transform` runs page by page, so a
  /// large list never lives in memory whole and untransformed.
  public var pageSize = 500

  public init(
    client: any ClusterClient, resource: ResourceDescriptor, namespace: String?, options: ListOptions = ListOptions(),
    retry: RetryPolicy = .never
  ) {
    self.client = client
    self.resource = resource
    self.namespace = namespace
    var o = options
    o.limit = nil
    o.continueToken = nil
    o.resourceVersion = nil
    self.options = o
    self.retry = retry
  }

  /// Lists, then watches until `handle` returns true (or the task is cancelled, which returns
  /// normally). `handle` sees each update together with the cache it produced. With `start`
  /// (a list the caller already made and showed), the first sync reports no changes and the
  /// watch begins at `start.resourceVersion`.
  public func run(
    from start: (items: [JSONValue], resourceVersion: String)? = nil,
    _ handle: (InformerUpdate, InformerStore) async throws -> Bool
  ) async throws {
    var store = InformerStore()
    var resourceVersion: String?
    var failures = 0
    if let start {
      _ = store.replace(with: start.items)
      resourceVersion = start.resourceVersion
      if try await handle(.synced(changes: []), store) { return }
    }
    while !Task.isCancelled {
      do {
        if resourceVersion == nil {
          let listed = try await listAll()
          let changes = store.replace(with: listed.items)
          resourceVersion = listed.resourceVersion
          if failures > 0 {
            failures = 0
            if try await handle(.connection(.watching), store) { return }
          }
          if try await handle(.synced(changes: changes), store) { return }
        }
        var watchOptions = options
        watchOptions.resourceVersion = resourceVersion
        for try await received in client.watch(resource, namespace: namespace, options: watchOptions) {
          if let rv = InformerStore.version(received.object) { resourceVersion = rv }
          var event = received
          if let transform { event.object = transform(event.object) }
          if failures > 0 {
            failures = 0
            if try await handle(.connection(.watching), store) { return }
          }
          guard event.type != .bookmark else { continue }
          store.apply(event)
          if try await handle(.event(event), store) { return }
        }
        // The stream ended without an error: resume from the last resourceVersion.
        try await Task.sleep(for: .milliseconds(100))
      } catch is CancellationError {
        return
      } catch FluidError.api(let s) where s.code == 410 {
        resourceVersion = nil  // expired: relist and report the difference
      } catch {
        guard case .backoff(let initial, let maximum) = retry else { throw error }
        failures += 1
        let delay = min(maximum, initial * pow(2, Double(min(failures - 1, 30))))
        let state: InformerConnection
        if case FluidError.api(let s) = error, s.code == 401 || s.code == 403 {
          state = .unauthorized(s.message)
        } else {
          state = .reconnecting(attempt: failures, delay: delay, reason: Self.reason(error))
        }
        if try await handle(.connection(state), store) { return }
        do { try await Task.sleep(for: .milliseconds(Int(saturating: delay * 1000))) } catch { return }
      }
    }
  }

  /// Every page, transformed, and the resourceVersion of the first.
  func listAll() async throws -> (items: [JSONValue], resourceVersion: String) {
    var items: [JSONValue] = []
    var page = options
    page.limit = pageSize > 0 ? pageSize : nil
    var rv: String?
    while true {
      let list = try await client.list(resource, namespace: namespace, options: page)
      items += transform.map { list.items.map($0) } ?? list.items
      if rv == nil { rv = list.resourceVersion }
      guard let token = list.continueToken else { return (items, rv ?? "") }
      page.continueToken = token
    }
  }

  /// A few words for a connection failure.
  static func reason(_ error: any Error) -> String {
    switch error {
    case FluidError.unreachable(let m), FluidError.local(let m): return m
    case FluidError.api(let s): return s.message
    default: return SystemErrorText.of(error)
    }
  }
}

extension ClusterClient {
  /// Every page of a list, following continue tokens, and the resourceVersion of the first page.
  public func listAll(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) async throws -> (
    items: [JSONValue], resourceVersion: String
  ) {
    var items: [JSONValue] = []
    var page = options
    var rv: String?
    while true {
      let list = try await self.list(r, namespace: namespace, options: page)
      items += list.items
      if rv == nil { rv = list.resourceVersion }
      guard let token = list.continueToken else { return (items, rv ?? "") }
      page.continueToken = token
    }
  }
}

extension Informer {
  /// Drops `metadata.managedFields` and the last-applied annotation: the bulk of most objects,
  /// which no display reads.
  public static let withoutBookkeeping: @Sendable (JSONValue) -> JSONValue = { object in
    var o = object
    if o["metadata"]?["managedFields"] != nil { o["metadata"]?["managedFields"] = nil }
    if o["metadata"]?["annotations"]?["kubectl.kubernetes.io/last-applied-configuration"] != nil {
      o["metadata"]?["annotations"]?["kubectl.kubernetes.io/last-applied-configuration"] = nil
    }
    return o
  }
}
