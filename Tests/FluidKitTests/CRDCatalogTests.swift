import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

@Suite struct CRDCatalogTests {
  static func crdFiles() throws -> [URL] {
    let dir = Paths.fluidAPI.appendingPathComponent("crds")
    let fm = FileManager.default
    var files = try fm.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil).filter { $0.pathExtension == "yaml" }
    files += try fm.contentsOfDirectory(at: dir.appendingPathComponent("deprecated"), includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "yaml" }
    return files
  }

  /// The shipped catalog is exactly what the generator makes from third_party/fluid-api/crds.
  /// `FLUIDCTL_UPDATE_GOLDEN=1` (scripts/gen-schemas.sh) regenerates it.
  @Test func generatedCatalogIsUpToDate() throws {
    var entries: [CRDCatalogGenerator.Entry] = []
    for f in try Self.crdFiles() { entries += try CRDCatalogGenerator.entries(fromCRD: try Paths.read(f)) }
    #expect(entries.count == 15)
    let source = CRDCatalogGenerator.swiftSource(entries, origin: "third_party/fluid-api/crds")
    Golden.assert(source, matches: "Sources/FluidModel/Resources/FluidCRDs.generated.swift")
  }

  @Test func schemasDropDescriptionsButKeepPropertiesNamedDescription() {
    let schema: JSONValue = [
      "description": "top", "type": "object",
      "properties": ["description": ["type": "string", "description": "x"], "n": ["type": "integer", "minimum": 0]],
    ]
    let stripped = CRDCatalogGenerator.stripDescriptions(schema)
    #expect(stripped == ["type": "object", "properties": ["description": ["type": "string"], "n": ["type": "integer", "minimum": 0]]])
  }

  /// `crds install` writes Fluid's own CRDs: the same names, scope, versions, subresources,
  /// printer columns and schemas (descriptions aside) as the files they were generated from.
  @Test func installedDefinitionsMatchFluidsCRDs() throws {
    var compared = 0
    for f in try Self.crdFiles() {
      guard let real = try ManifestDecoder.decode(try Paths.read(f)).first?.value,
        let plural = real["spec"]?["names"]?["plural"]?.stringValue,
        let d = FluidCRDs.descriptors.first(where: { $0.plural == plural }),
        let ours = FluidCRDs.definition(for: d)
      else { continue }
      var expected = CRDCatalogGenerator.stripDescriptions(real["spec"] ?? [:])
      expected["conversion"] = nil
      var versions = expected["versions"]?.arrayValue ?? []
      for i in versions.indices {
        for (k, v) in versions[i].objectValue ?? [:] where k == "additionalPrinterColumns" {
          versions[i][k] = .array((v.arrayValue ?? []).map { c in var c = c; c["description"] = nil; return c })
        }
      }
      expected["versions"] = .array(versions)
      #expect(ours["spec"] == expected, "\(plural)")
      #expect(ours["metadata"]?["name"] == real["metadata"]?["name"])
      compared += 1
    }
    #expect(compared == 15)
  }

  @Test func everyShippedSchemaParses() {
    for d in FluidCRDs.descriptors {
      #expect(FluidCRDs.schema(plural: d.plural)?["type"] == "object", "\(d.plural)")
    }
  }
}
