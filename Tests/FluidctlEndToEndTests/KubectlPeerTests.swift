import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// kubectl (installed on the machines) as an independent peer: `kubectl label --local` reads a
/// manifest and prints it without a server, so its YAML reading and its JSON and YAML printing
/// can be compared with fluidctl's on every real Fluid sample.
let kubectlPath: String? = ["/usr/bin/kubectl", "/usr/local/bin/kubectl"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite(.enabled(if: kubectlPath != nil)) struct KubectlPeerTests {
  static var kubectl: String? { kubectlPath }

  static func kubectlPrint(_ file: String, format: String) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: kubectl ?? "")
    p.arguments = ["label", "--local", "-f", file, "peer=yes", "-o", format]
    p.environment = ["KUBECONFIG": "/dev/null", "HOME": NSTemporaryDirectory()]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// fluidctl's reading of the same file, with the same label added.
  static func ours(_ file: String) throws -> [JSONValue] {
    try ManifestDecoder.decode(try Paths.read(URL(fileURLWithPath: file))).flatMap { doc -> [JSONValue] in
      if doc.value["kind"]?.stringValue?.hasSuffix("List") == true { return doc.value["items"]?.arrayValue ?? [] }
      return [doc.value]
    }.map { obj in
      var o = obj
      o[path: ["metadata", "labels", "peer"]] = "yes"
      return o
    }
  }

  @Test(arguments: SampleFiles.all() + ["tricky.yaml"])
  func readsAndPrintsLikeKubectl(_ name: String) throws {
    let file =
      name == "tricky.yaml"
      ? Paths.packageRoot.appendingPathComponent("Tests/Fixtures/tricky.yaml").path
      : Paths.fluidAPI.appendingPathComponent("samples/\(name)").path
    let objects = try Self.ours(file)
    let json = try Self.kubectlPrint(file, format: "json")
    let expectedJSON = objects.map { JSONWriter.pretty($0) + "\n" }.joined()
    #expect(json == expectedJSON, "\(name): JSON differs from kubectl's")
    let yaml = try Self.kubectlPrint(file, format: "yaml")
    #expect(yaml == objects.map(YAMLWriter.write).joined(), "\(name): YAML differs from kubectl's")
  }
}

enum SampleFiles {
  static func all() -> [String] {
    let dir = Paths.fluidAPI.appendingPathComponent("samples").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
  }
}
