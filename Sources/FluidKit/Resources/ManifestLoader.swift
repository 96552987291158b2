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
  /// The largest file read (several documents of up to 3 MiB each).
  public static let maxFileBytes = 64 * 1024 * 1024

  public static func load(
    _ paths: [String], registry: ResourceRegistry, readStdin: () -> String
  ) throws -> [Manifest] {
    var out: [Manifest] = []
    var errors: [FluidError] = []
    for path in paths {
      if path == "-" {
        collect(readStdin(), source: "STDIN", registry: registry, into: &out, errors: &errors)
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
          let attrs = try FileManager.default.attributesOfItem(atPath: file)
          if let size = attrs[.size] as? Int, size > maxFileBytes {
            errors.append(.input(source: file, message: "file of \(size) bytes exceeds the limit of \(maxFileBytes) bytes"))
            continue
          }
          guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            errors.append(.input(source: file, message: "cannot read the file as UTF-8 text"))
            continue
          }
          collect(text, source: file, registry: registry, into: &out, errors: &errors)
        } catch {
          errors.append(.input(source: file, message: "\(error.localizedDescription)"))
        }
      }
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
