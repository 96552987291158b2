public import FluidModel
public import Foundation

/// The merged view of a chain of kubeconfig files, as client-go's loader builds it.
///
/// Rules (cli-conventions §1.1): `--kubeconfig` alone when given (it must exist); otherwise the
/// `KUBECONFIG` list (missing entries skipped, duplicates removed), otherwise `~/.kube/config`.
/// For named entries (clusters, users, contexts) the first file that defines a name wins the
/// whole entry; for `current-context` the first non-empty value wins. Relative paths inside an
/// entry resolve against the directory of the file that defined it.
public struct Kubeconfig: Sendable, Equatable {
  /// One named entry and the directory its paths are relative to.
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var value: JSONValue
    public var directory: String
  }

  public var currentContext: String?
  public var clusters: [String: Entry] = [:]
  public var users: [String: Entry] = [:]
  public var contexts: [String: Entry] = [:]
  /// The files that were read, in precedence order.
  public var files: [String] = []

  public init() {}

  /// True when no file contributed anything: then in-cluster configuration may apply.
  public var isEmpty: Bool { clusters.isEmpty && users.isEmpty && contexts.isEmpty && currentContext == nil }

  /// Which files make up the chain. Pure: `exists` says whether a path is a file.
  public static func chain(explicitPath: String?, environmentList: String?, home: String?, exists: (String) -> Bool)
    throws -> [String]
  {
    if let p = explicitPath {
      guard exists(p) else { throw FluidError.usage("stat \(p): no such file or directory") }
      return [p]
    }
    if let list = environmentList, !list.isEmpty {
      var seen = Set<String>()
      let named = list.split(separator: ":", omittingEmptySubsequences: true).map(String.init).filter { seen.insert($0).inserted }
      let present = named.filter(exists)
      // A KUBECONFIG that names only missing files is a mistake, not "no cluster": falling back
      // (kubectl to localhost:8080, fluidctl to the embedded cluster) would act elsewhere.
      if present.isEmpty, !named.isEmpty {
        throw FluidError.usage("KUBECONFIG names no file that exists (\(named.joined(separator: ":"))); fix it, or unset it to use ~/.kube/config or the embedded cluster")
      }
      return present
    }
    if let home, exists(home + "/.kube/config") { return [home + "/.kube/config"] }
    return []
  }

  /// Reads and merges the files of a chain. `read` returns a file's text.
  public static func load(files: [String], read: (String) throws -> String) throws -> Kubeconfig {
    var merged = Kubeconfig()
    for path in files {
      let text: String
      do { text = try read(path) } catch { throw FluidError.usage("error loading config file \"\(path)\": \(error)") }
      let doc: JSONValue
      do {
        doc = try ManifestDecoder.decode(text).first?.value ?? .object([:])
      } catch {
        throw FluidError.usage("error loading config file \"\(path)\": \(error.reason)")
      }
      if doc.isNull { continue }
      guard doc.objectValue != nil else {
        throw FluidError.usage("error loading config file \"\(path)\": not a kubeconfig (expected a mapping)")
      }
      merged.files.append(path)
      // Relative paths inside the file resolve against its directory, made absolute.
      let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
      let dir = (absolute as NSString).deletingLastPathComponent
      if merged.currentContext == nil, let c = doc["current-context"]?.stringValue, !c.isEmpty {
        merged.currentContext = c
      }
      merge(doc["clusters"], key: "cluster", into: &merged.clusters, dir: dir)
      merge(doc["users"], key: "user", into: &merged.users, dir: dir)
      merge(doc["contexts"], key: "context", into: &merged.contexts, dir: dir)
    }
    return merged
  }

  private static func merge(_ list: JSONValue?, key: String, into map: inout [String: Entry], dir: String) {
    for item in list?.arrayValue ?? [] {
      guard let name = item["name"]?.stringValue, map[name] == nil else { continue }
      map[name] = Entry(name: name, value: item[key] ?? .object([:]), directory: dir)
    }
  }
}

/// Per-invocation overrides of the kubeconfig (kubectl's global flags).
public struct KubeconfigOverrides: Sendable, Equatable {
  public var context: String?
  public var cluster: String?
  public var user: String?
  public var namespace: String?
  public var server: String?
  public var token: String?
  public var certificateAuthority: String?
  public var insecureSkipTLSVerify: Bool?
  public var tlsServerName: String?
  public init(
    context: String? = nil, cluster: String? = nil, user: String? = nil, namespace: String? = nil,
    server: String? = nil, token: String? = nil, certificateAuthority: String? = nil,
    insecureSkipTLSVerify: Bool? = nil, tlsServerName: String? = nil
  ) {
    self.context = context
    self.cluster = cluster
    self.user = user
    self.namespace = namespace
    self.server = server
    self.token = token
    self.certificateAuthority = certificateAuthority
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.tlsServerName = tlsServerName
  }
}
