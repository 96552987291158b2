import FluidHTTP
import Testing

@Suite struct CurlLibraryTests {
  @Test func libcurlLoadsOnDemand() throws {
    let v = try CurlLibrary.versionDescription()
    #expect(v.first?.isNumber == true)
    #expect(v.contains("("))
  }
}
