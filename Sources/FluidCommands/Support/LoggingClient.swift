import FluidKit
import FluidModel
import Foundation

/// Wraps a client to trace every call on stderr at `-v 6` and above, kubectl-style:
/// `I1129 11:20:09.123456 embedded] GET datasets.data.fluid.io default/hbase 200 OK in 1 ms`.
/// Secret data is never logged (only verbs, resources, names and outcomes are).
struct LoggingClient: ClusterClient {
  let inner: any ClusterClient
  let level: Int
  let log: @Sendable (String) -> Void
  let now: @Sendable () -> Date

  var backendDescription: String { inner.backendDescription }
  var defaultNamespace: String? { inner.defaultNamespace }

  private func traced<T>(_ verb: String, _ r: ResourceDescriptor, _ ns: String?, _ name: String?, _ body: () async throws -> T) async throws -> T {
    let start = Date()
    let target = [r.namespaced ? ns : nil, name].compactMap { $0 }.joined(separator: "/")
    do {
      let result = try await body()
      emit("\(verb) \(r.qualifiedPlural) \(target) 200 OK in \(Self.ms(since: start))")
      return result
    } catch FluidError.api(let s) {
      emit("\(verb) \(r.qualifiedPlural) \(target) \(s.code) \(s.reason) in \(Self.ms(since: start))")
      throw FluidError.api(s)
    }
  }

  static func ms(since start: Date) -> String { "\(Int((Date().timeIntervalSince(start) * 1000).rounded())) ms" }

  private func emit(_ line: String) {
    guard level >= 6 else { return }
    let stamp = KlogHeader.format(now())
    log("\(stamp) \(inner.backendDescription.split(separator: " ").first ?? "client")] \(line)")
  }

  func get(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue {
    try await traced("GET", r, namespace, name) { try await inner.get(r, namespace: namespace, name: name) }
  }
  func list(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) async throws -> ObjectList {
    try await traced("LIST", r, namespace, nil) { try await inner.list(r, namespace: namespace, options: options) }
  }
  func create(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: WriteOptions) async throws -> JSONValue {
    try await traced(options.dryRun ? "POST (dry run)" : "POST", r, namespace, object["metadata"]?["name"]?.stringValue) {
      try await inner.create(r, namespace: namespace, object: object, options: options)
    }
  }
  func update(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, subresource: String?, options: WriteOptions) async throws -> JSONValue {
    try await traced("PUT", r, namespace, object["metadata"]?["name"]?.stringValue) {
      try await inner.update(r, namespace: namespace, object: object, subresource: subresource, options: options)
    }
  }
  func patch(_ r: ResourceDescriptor, namespace: String?, name: String, patch: ObjectPatch, subresource: String?, options: WriteOptions) async throws -> JSONValue {
    try await traced("PATCH", r, namespace, name + (subresource.map { "/" + $0 } ?? "")) {
      try await inner.patch(r, namespace: namespace, name: name, patch: patch, subresource: subresource, options: options)
    }
  }
  func podLog(namespace: String, pod: String, options: PodLogOptions) -> AsyncThrowingStream<String, any Error> {
    inner.podLog(namespace: namespace, pod: pod, options: options)
  }
  func apply(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: ApplyOptions) async throws -> ApplyResult {
    try await traced(options.write.dryRun ? "APPLY (dry run)" : "APPLY", r, namespace, object["metadata"]?["name"]?.stringValue) {
      try await inner.apply(r, namespace: namespace, object: object, options: options)
    }
  }
  func delete(_ r: ResourceDescriptor, namespace: String?, name: String, options: DeleteOptions) async throws -> JSONValue? {
    try await traced("DELETE", r, namespace, name) { try await inner.delete(r, namespace: namespace, name: name, options: options) }
  }
  func getScale(_ r: ResourceDescriptor, namespace: String?, name: String) async throws -> JSONValue {
    try await traced("GET", r, namespace, name + "/scale") { try await inner.getScale(r, namespace: namespace, name: name) }
  }
  func watch(_ r: ResourceDescriptor, namespace: String?, options: ListOptions) -> AsyncThrowingStream<WatchEvent, any Error> {
    emit("WATCH \(r.qualifiedPlural) \(r.namespaced ? namespace ?? "" : "") from resourceVersion \(options.resourceVersion ?? "(current)")")
    return inner.watch(r, namespace: namespace, options: options)
  }
  func serverVersion() async throws -> JSONValue? { try await inner.serverVersion() }
  func servesAPIGroup(_ group: String) async throws -> Bool { try await inner.servesAPIGroup(group) }
  func podProxyGet(namespace: String, pod: String, port: Int, path: String) async throws -> String {
    try await traced("GET", CoreKinds.pod, namespace, "\(pod):\(port)/proxy\(path)") {
      try await inner.podProxyGet(namespace: namespace, pod: pod, port: port, path: path)
    }
  }
  func currentTime() async throws -> Date { try await inner.currentTime() }
}
