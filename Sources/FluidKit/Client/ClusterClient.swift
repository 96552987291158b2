public import FluidModel
public import Foundation

/// The one seam between fluidctl's commands and a cluster: dynamic, JSON-level verbs in the
/// shape of client-go's dynamic client. Two backends implement it: the embedded cluster
/// (`EmbeddedCluster`, FluidSimulator) and the Kubernetes API over HTTP (FluidHTTP).
///
/// Contract, for both backends:
/// - Objects are full JSON trees; fields the caller does not know are kept as they are.
/// - Failures are `FluidError.api(APIStatus)` with kube-apiserver's code, reason and message
///   (`NotFound` 404, `AlreadyExists`/`Conflict` 409, `Invalid` 422, `Expired` 410...), or
///   `FluidError.unreachable` when the cluster cannot be reached.
/// - `namespace` is ignored for cluster-scoped kinds; nil lists across all namespaces.
/// - Writes with `dryRun` validate and default exactly as a real write would, and change nothing.
public protocol ClusterClient: Sendable {
  /// Where this client points, for `version` and diagnostics (`embedded (/path/state.db)`).
  var backendDescription: String { get }

  func get(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue
  func list(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) async throws -> ObjectList
  func create(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: WriteOptions) async throws
    -> JSONValue
  /// Replaces an object; `object.metadata.resourceVersion` must be current (else Conflict).
  /// `subresource` is nil for the main resource, `"status"` to write only the status.
  func update(
    _ r: ResourceDescriptor, namespace: String?, object: JSONValue, subresource: String?, options: WriteOptions
  ) async throws -> JSONValue
  /// Patches the main resource or a subresource (`status`, `scale`) with a merge, JSON or
  /// strategic merge patch (see `ObjectPatch`).
  func patch(
    _ r: ResourceDescriptor, namespace: String?, name: String, patch: ObjectPatch, subresource: String?,
    options: WriteOptions
  ) async throws -> JSONValue
  /// Server-side apply of `object` for `options.fieldManager`; creates it when absent.
  func apply(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: ApplyOptions) async throws
    -> ApplyResult
  /// Deletes an object. Returns the object when it stays (finalizers pending), nil when gone.
  func delete(_ r: ResourceDescriptor, namespace: String?, name: String, options: DeleteOptions) async throws
    -> JSONValue?
  /// The `autoscaling/v1` Scale of a kind with a scale subresource.
  func getScale(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue
  /// Events for `r` after `options.resourceVersion` (or the current state as ADDED events
  /// when it is nil). The stream ends on cancellation; an expired resourceVersion ends it with
  /// `FluidError.api` code 410, and callers relist (see `Informer`).
  func watch(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) -> AsyncThrowingStream<
    WatchEvent, any Error
  >
  /// GET `path` from `port` of a pod through the API server's pod proxy
  /// (`/api/v1/namespaces/NS/pods/NAME:PORT/proxy/PATH`), as text: how fluidctl reads cache
  /// workers' metrics. A pod that is not running, or a port nothing listens on, answers 503
  /// ServiceUnavailable; a caller without `pods/proxy` permission gets 403.
  func podProxyGet(namespace: String, pod: String, port: Int, path: String) async throws -> String
  /// A container's log (`/api/v1/namespaces/NS/pods/NAME/log`), line by line, each line
  /// ending in a newline. With `follow` the stream stays open until the container stops (or
  /// the caller cancels). A pod that has not started answers 400 ("is waiting to start"),
  /// a missing pod 404, a pod of several containers without `container` 400.
  func podLog(namespace: String, pod: String, options: PodLogOptions) -> AsyncThrowingStream<String, any Error>
  /// Whether the server serves an API group (`GET /apis/GROUP` answers), for example
  /// `custom.metrics.k8s.io` (a metrics adapter) or `metrics.k8s.io` (metrics-server).
  func servesAPIGroup(_ group: String) async throws -> Bool
  /// The server's version (`gitVersion`, `platform`...), or nil when the backend has none.
  func serverVersion() async throws -> JSONValue?
  /// The cluster's current time: simulated time for the embedded cluster, wall time otherwise.
  /// Ages in tables are computed against it.
  func currentTime() async throws -> Date
  /// The namespace a kubeconfig context or a pod's service account names, used when `-n` is
  /// not given; nil for the embedded cluster (then `default`).
  var defaultNamespace: String? { get }
}

extension ClusterClient {
  public var defaultNamespace: String? { nil }

  /// JSON merge patch (RFC 7386): how fluidctl itself writes partial changes.
  public func patch(
    _ r: ResourceDescriptor, namespace: String?, name: String, mergePatch: JSONValue, subresource: String?,
    options: WriteOptions
  ) async throws -> JSONValue {
    try await patch(r, namespace: namespace, name: name, patch: .merge(mergePatch), subresource: subresource, options: options)
  }
}

/// Options of a pod log request, as kube-apiserver's query parameters of `pods/log`.
public struct PodLogOptions: Sendable, Equatable {
  public var container: String?
  public var follow: Bool
  /// Only the last lines (`tailLines`).
  public var tailLines: Int?
  /// Only lines of the last seconds (`sinceSeconds`).
  public var sinceSeconds: Int?
  /// Each line prefixed with its RFC 3339 time (`timestamps`).
  public var timestamps: Bool

  public init(container: String? = nil, follow: Bool = false, tailLines: Int? = nil, sinceSeconds: Int? = nil, timestamps: Bool = false) {
    self.container = container
    self.follow = follow
    self.tailLines = tailLines
    self.sinceSeconds = sinceSeconds
    self.timestamps = timestamps
  }

  /// The query string (`?container=c&follow=true...`), empty when every option is default.
  public var query: [(String, String?)] {
    [
      ("container", container), ("follow", follow ? "true" : nil), ("tailLines", tailLines.map(String.init)),
      ("sinceSeconds", sinceSeconds.map(String.init)), ("timestamps", timestamps ? "true" : nil),
    ]
  }
}

/// Options of a list or watch, as kube-apiserver's query parameters.
public struct ListOptions: Sendable, Equatable {
  public var labelSelector: LabelSelector?
  public var fieldSelector: FieldSelector?
  public var limit: Int?
  public var continueToken: String?
  public var resourceVersion: String?

  public init(
    labelSelector: LabelSelector? = nil, fieldSelector: FieldSelector? = nil, limit: Int? = nil,
    continueToken: String? = nil, resourceVersion: String? = nil
  ) {
    self.labelSelector = labelSelector
    self.fieldSelector = fieldSelector
    self.limit = limit
    self.continueToken = continueToken
    self.resourceVersion = resourceVersion
  }
}

/// One page of a list.
public struct ObjectList: Sendable, Equatable {
  public var items: [JSONValue]
  public var resourceVersion: String
  /// Set when more items follow; pass it back as `ListOptions.continueToken`.
  public var continueToken: String?

  public init(items: [JSONValue], resourceVersion: String, continueToken: String? = nil) {
    self.items = items
    self.resourceVersion = resourceVersion
    self.continueToken = continueToken
  }
}

public struct WriteOptions: Sendable {
  public var dryRun: Bool
  public var fieldManager: String
  /// kube's fieldValidation: how unknown fields are treated.
  public var fieldValidation: FieldValidation
  /// Receives the server's warnings (kube's `Warning:` headers), for example unknown fields
  /// dropped under `fieldValidation: Warn`.
  public var onWarning: (@Sendable (String) -> Void)?

  public init(
    dryRun: Bool = false, fieldManager: String = "fluidctl", fieldValidation: FieldValidation = .strict,
    onWarning: (@Sendable (String) -> Void)? = nil
  ) {
    self.dryRun = dryRun
    self.fieldManager = fieldManager
    self.fieldValidation = fieldValidation
    self.onWarning = onWarning
  }
}

public enum FieldValidation: String, Sendable, Equatable, CaseIterable {
  case strict = "Strict"
  case warn = "Warn"
  case ignore = "Ignore"
}

public struct ApplyOptions: Sendable {
  public var write: WriteOptions
  public var force: Bool
  public init(write: WriteOptions = WriteOptions(), force: Bool = false) {
    self.write = write
    self.force = force
  }
}

/// What an apply did.
public struct ApplyResult: Sendable, Equatable {
  public enum Outcome: String, Sendable { case created, configured, unchanged }
  public var object: JSONValue
  public var outcome: Outcome
  public init(object: JSONValue, outcome: Outcome) {
    self.object = object
    self.outcome = outcome
  }
}

public struct DeleteOptions: Sendable, Equatable {
  public enum Propagation: String, Sendable, CaseIterable { case background = "Background", foreground = "Foreground", orphan = "Orphan" }
  public var propagation: Propagation
  public var dryRun: Bool
  public init(propagation: Propagation = .background, dryRun: Bool = false) {
    self.propagation = propagation
    self.dryRun = dryRun
  }
}

/// One watch event.
public struct WatchEvent: Sendable, Equatable {
  public enum EventType: String, Sendable { case added = "ADDED", modified = "MODIFIED", deleted = "DELETED", bookmark = "BOOKMARK", error = "ERROR" }
  public var type: EventType
  public var object: JSONValue
  public init(type: EventType, object: JSONValue) {
    self.type = type
    self.object = object
  }
  /// `{"type":"ADDED","object":{...}}`, as the watch API and `get -w -o json` print it.
  public var json: JSONValue { ["type": .string(type.rawValue), "object": object] }
}

/// A server-rendered table (`meta.k8s.io/v1` Table): the server's printer columns and cells.
public struct ServerTable: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    public var name: String
    public var type: String
    public var priority: Int
    public init(name: String, type: String, priority: Int) {
      self.name = name
      self.type = type
      self.priority = priority
    }
  }
  public struct Row: Sendable, Equatable {
    public var cells: [JSONValue]
    /// The object's metadata (for namespaces and labels).
    public var metadata: JSONValue
    public init(cells: [JSONValue], metadata: JSONValue) {
      self.cells = cells
      self.metadata = metadata
    }
  }
  public var columns: [Column]
  public var rows: [Row]
  public var resourceVersion: String
  public var continueToken: String?

  public init(columns: [Column], rows: [Row], resourceVersion: String = "", continueToken: String? = nil) {
    self.columns = columns
    self.rows = rows
    self.resourceVersion = resourceVersion
    self.continueToken = continueToken
  }

  /// Reads a Table object; nil when `v` is not one.
  public init?(json v: JSONValue) {
    guard v["kind"]?.stringValue == "Table" else { return nil }
    columns = (v["columnDefinitions"]?.arrayValue ?? []).map {
      Column(name: $0["name"]?.stringValue ?? "", type: $0["type"]?.stringValue ?? "string", priority: Int($0["priority"]?.intValue ?? 0))
    }
    rows = (v["rows"]?.arrayValue ?? []).map {
      Row(cells: $0["cells"]?.arrayValue ?? [], metadata: $0["object"]?["metadata"] ?? [:])
    }
    resourceVersion = v["metadata"]?["resourceVersion"]?.stringValue ?? ""
    continueToken = v["metadata"]?["continue"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
  }
}

/// Backends that can ask the server to render tables (the Kubernetes API). Commands fall back
/// to rendering the kind's printer columns themselves when a backend cannot.
public protocol ServerTableSource: Sendable {
  /// One page of `r` (or the object `name`) as the server's Table; nil when the server
  /// answered with plain objects instead. `withMetadata`: rows carry each object's metadata
  /// (needed for namespaces and labels; otherwise the server leaves it out).
  func table(_ r: ResourceDescriptor, namespace: String?, name: String?, options: ListOptions, withMetadata: Bool)
    async throws -> ServerTable?
}
