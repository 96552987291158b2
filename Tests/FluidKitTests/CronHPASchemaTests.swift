import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// The CronHorizontalPodAutoscaler schema compiled into fluidctl is the vendored CRD's.
@Suite struct CronHPASchemaTests {
  @Test func compiledSchemaIsTheVendoredCRDs() throws {
    let url = Paths.packageRoot.appendingPathComponent("third_party/cronhpa-controller/autoscaling.alibabacloud.com_cronhorizontalpodautoscalers.v1.22.yaml")
    let crd = try #require(try ManifestDecoder.decode(try Paths.read(url)).first?.value)
    let version = try #require(crd["spec"]?["versions"]?.arrayValue?.first)
    #expect(crd["spec"]?["group"] == .string(CoreKinds.cronHorizontalPodAutoscaler.group))
    #expect(crd["spec"]?["names"]?["plural"] == .string(CoreKinds.cronHorizontalPodAutoscaler.plural))
    #expect(version["name"] == .string(CoreKinds.cronHorizontalPodAutoscaler.version))
    let vendored = try #require(version["schema"]?["openAPIV3Schema"])
    #expect(try JSONParser.parse(CronHPASchema.json) == vendored)
  }
}
