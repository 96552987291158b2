public import FluidModel
import Foundation

/// One object read from a manifest, with where it came from and what kind it is.
public struct Manifest: Sendable {
  /// The file path, or `STDIN`.
  public var source: String
  /// 1-based document index within the source.
  public var index: Int
  public var object: JSONValue
  public var descriptor: ResourceDescriptor

  public var name: String { object["metadata"]?["name"]?.stringValue ?? "" }
  public var namespace: String? { object["metadata"]?["namespace"]?.stringValue }
}

/// Reads `-f FILE|DIR|-` arguments into manifests, the way kubectl does: multi-document YAML
/// and JSON, directories recursively (`.yaml`, `.yml`, `.json`), `kind: List` expanded.
///
/// All-or-nothing: every problem in every file is collected and thrown together
/// (`FluidError.multiple`), so that a caller writes nothing unless everything could be read.
public enum ManifestLoader {
  /// The most read from all sources of one command together (each document is also held to
  /// kube-apiserver's 3 MiB request limit).
  public static let maxTotalBytes = 64 * 1024 * 1024

  /// `readStdin` returns at most `maxTotalBytes` of standard input and throws past it.
  public static func load(
    _ paths: [String], registry: ResourceRegistry, readStdin: () throws -> String
  ) throws -> [Manifest] {
    var out: [Manifest] = []
    var errors: [FluidError] = []
    var total = 0
    func add(_ text: String, source: String) {
      total += text.utf8.count
      guard total <= maxTotalBytes else {
        errors.append(.input(source: source, message: "error reading \(source): the sources hold more than \(BoundedReader.describe(maxTotalBytes)) together, the most fluidctl reads"))
        return
      }
      collect(text, source: source, registry: registry, into: &out, errors: &errors)
    }
    for path in paths {
      if path == "-" {
        do { add(try readStdin(), source: "STDIN") } catch { errors.append(error as? FluidError ?? .input(source: "STDIN", message: "\(error)")) }
        continue
      }
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        errors.append(.usage("the path \"\(path)\" does not exist"))
        continue
      }
      let files = isDir.boolValue ? manifestFiles(in: path) : [path]
      if isDir.boolValue && files.isEmpty {
        errors.append(.usage("error reading [\(path)]: recognized file extensions are [.json .yaml .yml]"))
      }
      for file in files {
        do {
          let bytes = try BoundedReader.read(path: file, limit: maxTotalBytes)
          add(try BoundedReader.text(bytes, source: file), source: file)
        } catch {
          errors.append(error as? FluidError ?? .input(source: file, message: "\(error)"))
        }
      }
      if !errors.isEmpty, total > maxTotalBytes { break }
    }
    if errors.count == 1 { throw errors[0] }
    if !errors.isEmpty { throw FluidError.multiple(errors) }
    return out
  }

  static func manifestFiles(in dir: String) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
    var files: [String] = []
    while let rel = e.nextObject() as? String {
      let ext = (rel as NSString).pathExtension.lowercased()
      if ["yaml", "yml", "json"].contains(ext) { files.append((dir as NSString).appendingPathComponent(rel)) }
    }
    return files.sorted()
  }

  /// Parses one source, appending its manifests or its errors.
  public static func collect(
    _ text: String, source: String, registry: ResourceRegistry, into out: inout [Manifest], errors: inout [FluidError]
  ) {
    let docs: [ManifestDocument]
    do {
      docs = try ManifestDecoder.decode(text)
    } catch {
      errors.append(.input(source: source, message: "error parsing \(source): \(error)"))
      return
    }
    for doc in docs {
      var objects = [doc.value]
      if case .array(let a) = doc.value { objects = a }
      if doc.value["kind"]?.stringValue?.hasSuffix("List") == true, let items = doc.value["items"]?.arrayValue {
        objects = items
      }
      for obj in objects {
        guard case .object = obj else {
          errors.append(.input(source: source, message: "error parsing \(source): document \(doc.index) is not an object"))
          continue
        }
        guard let apiVersion = obj["apiVersion"]?.stringValue, !apiVersion.isEmpty else {
          errors.append(.input(source: source, message: "error validating data: apiVersion not set (document \(doc.index) of \(source))"))
          continue
        }
        guard let kind = obj["kind"]?.stringValue, !kind.isEmpty else {
          errors.append(.input(source: source, message: "error validating data: kind not set (document \(doc.index) of \(source))"))
          continue
        }
        guard let d = registry.resolve(apiVersion: apiVersion, kind: kind) else {
          errors.append(
            .noKindMatch(
              source: source, name: obj["metadata"]?["name"]?.stringValue ?? "",
              namespace: obj["metadata"]?["namespace"]?.stringValue ?? "", kind: kind, apiVersion: apiVersion))
          continue
        }
        out.append(Manifest(source: source, index: doc.index, object: obj, descriptor: d))
      }
    }
  }
}
