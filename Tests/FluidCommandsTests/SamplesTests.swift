import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// Every real Fluid manifest in third_party/fluid-api/samples applies to a fresh embedded cluster,
/// except those invalid against the CRDs (and the one kind not served), which fail as
/// kube-apiserver fails them, writing nothing.
@Suite struct SamplesTests {
  static let rejected: Set<String> = [
    "alluxio-hpa-custom-metrics.yaml", "dataflow-dataprocess-dependon-partial.yaml",
    "dataflow-runafter-affinity-require.yaml", "dataflow-runafter-custom-affinity-label.yaml",
  ]

  static func samples() -> [String] {
    let dir = Paths.fluidAPI.appendingPathComponent("samples").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
  }

  @Test func thereAreFiftyTwoSamples() { #expect(Self.samples().count == 52) }

  @Test(arguments: samples())
  func sampleApplies(_ file: String) async throws {
    let h = CommandHarness()
    let path = Paths.fluidAPI.appendingPathComponent("samples/\(file)").path
    let r = await h.run(["apply", "-f", path])
    if Self.rejected.contains(file) {
      #expect(r.code == 64)
      Golden.assert(r.stderr.replacingOccurrences(of: path, with: file), matches: "Tests/FluidCommandsTests/Golden/samples/\(file).err")
      let all = await h.run("get fluid -A -o name")
      #expect(all.stdout == "", "nothing from a rejected file is written")
      return
    }
    #expect(r.code == 0, "\(r.stderr)")
    // `get -o json` returns every field of every manifest, plus defaults and metadata.
    let manifests = try ManifestLoader.load([path], registry: .standard, readStdin: { "" })
    for m in manifests {
      let g = await h.run(["get", m.descriptor.qualifiedPlural, m.name, "-n", m.namespace ?? "default", "-o", "json"])
      let stored = try JSONParser.parse(g.stdout)
      var expected = m.object
      expected["status"] = nil
      if m.descriptor.kind == "Secret" {
        // Values are never printed, and stringData is stored in data, as kube-apiserver does.
        let keys = Set((expected["stringData"]?.objectValue ?? [:]).keys).union((expected["data"]?.objectValue ?? [:]).keys)
        #expect(Set((stored["data"]?.objectValue ?? [:]).keys) == keys)
        expected["stringData"] = nil
        expected["data"] = nil
      }
      #expect(Self.isSubset(expected, of: stored), "\(file): \(m.descriptor.kind)/\(m.name) lost fields")
      #expect(stored["metadata"]?["uid"] != nil)
    }
    let again = await h.run(["apply", "-f", path])
    #expect(again.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix(" unchanged") }, "\(again.stdout)")
  }

  /// Whether every field of `a` is in `b` with the same value (nulls may be pruned).
  static func isSubset(_ a: JSONValue, of b: JSONValue?) -> Bool {
    switch a {
    case .null: return true
    case .object(let o):
      guard case .object(let bo)? = b else { return false }
      return o.allSatisfy { k, v in isSubset(v, of: bo[k]) }
    case .array(let arr):
      guard case .array(let ba)? = b, ba.count == arr.count else { return false }
      return zip(arr, ba).allSatisfy { isSubset($0, of: $1) }
    default:
      guard let b else { return false }
      return a.semanticallyEquals(b)
    }
  }
}
