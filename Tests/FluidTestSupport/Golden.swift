import Foundation
import Testing

/// Where the repository and its neighbours are, found from this file's path.
public enum Paths {
  /// The package root (the folder holding Package.swift).
  public static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  /// Fluid's CRDs and sample manifests, copied into the repository (third_party/fluid-api, Apache-2.0).
  public static let fluidAPI = packageRoot.appendingPathComponent("third_party/fluid-api")

  public static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
}

/// Golden-file assertions. Set `FLUIDCTL_UPDATE_GOLDEN=1` to (re)write the expected files.
public enum Golden {
  public static var updating: Bool { ProcessInfo.processInfo.environment["FLUIDCTL_UPDATE_GOLDEN"] == "1" }

  /// Compares `actual` with the file at `path` (relative to the package root).
  public static func assert(_ actual: String, matches path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = Paths.packageRoot.appendingPathComponent(path)
    if updating {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing golden file \(path); run with FLUIDCTL_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      Issue.record(
        "\(path) differs (FLUIDCTL_UPDATE_GOLDEN=1 rewrites it):\n\(firstDifference(expected, actual))",
        sourceLocation: sourceLocation)
    }
  }

  /// `text` with every UUID replaced by zeros, for goldens of objects with generated uids.
  public static func scrubbingUIDs(_ text: String) -> String {
    guard let re = try? NSRegularExpression(pattern: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") else { return text }
    return re.stringByReplacingMatches(
      in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "00000000-0000-0000-0000-000000000000")
  }

  static func firstDifference(_ a: String, _ b: String) -> String {
    let la = a.split(separator: "\n", omittingEmptySubsequences: false)
    let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(la.count, lb.count) {
      let x = i < la.count ? String(la[i]) : "<end>"
      let y = i < lb.count ? String(lb[i]) : "<end>"
      if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
    }
    return "(trailing difference)"
  }
}
