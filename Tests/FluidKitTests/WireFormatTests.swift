import FluidKit
import Foundation
import Testing

/// Hand-computed HTTP dates and klog headers agree with Foundation's formatter.
@Suite struct WireFormatTests {
  static func reference(_ d: Date, _ pattern: String) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "GMT")
    f.dateFormat = pattern
    return f.string(from: d)
  }

  @Test(arguments: [0.0, 951_782_400, 1_795_000_000.25, 1_798_761_599.75, 4_102_444_800, -86_400.5])
  func httpDatesAndKlogHeaders(_ seconds: Double) {
    let d = Date(timeIntervalSince1970: seconds)
    let text = HTTPDate.format(d)
    #expect(text == Self.reference(d, "EEE, dd MMM yyyy HH:mm:ss 'GMT'"))
    #expect(HTTPDate.parse(text) == Date(timeIntervalSince1970: seconds.rounded(.down)))
    #expect(KlogHeader.format(d) == Self.reference(d, "'I'MMdd HH:mm:ss.SSSSSS"))
  }

  @Test func nonDatesAreRejected() {
    #expect(HTTPDate.parse("yesterday") == nil)
    #expect(HTTPDate.parse("Sun, 29 Foo 2026 15:40:39 GMT") == nil)
  }
}
