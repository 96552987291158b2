@testable import FluidModel
import Foundation
import Testing

@Suite struct JSONTests {
  @Test func parsesEveryJSONType() throws {
    let v = try JSONParser.parse(#"{"a": [1, -2, 3.5, 1e3, true, false, null], "s": "x\"\u00e9\ud83d\ude00\n", "big": 9007199254740993}"#)
    #expect(v["a"] == [1, -2, 3.5, 1000.0, true, false, .null])
    #expect(v["s"] == "x\"é😀\n")
    #expect(v["big"] == .int(9_007_199_254_740_993))
  }

  @Test func integersAreWrittenExactly() {
    let values: [Int64] = [0, 7, -1, 10, -100, 1_000_000_007, .max, .min]
    #expect(JSONWriter.compact(.array(values.map { .int($0) })) == "[" + values.map { String($0) }.joined(separator: ",") + "]")
  }

  @Test func errorsCarryLineAndColumn() {
    do {
      _ = try JSONParser.parse("{\"a\":1,\n \"b\": }")
      Issue.record("expected an error")
    } catch {
      #expect(error.line == 2 && error.column == 7)
      #expect(error.reason == "invalid character '}' looking for beginning of value")
    }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("[1,]") }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("{\"a\" 1}") }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("\"unterminated") }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("01") }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("{} {}") }
  }

  @Test func depthIsLimited() throws {
    let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try JSONParser.parse(ok) }
    let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse(deep) }
  }

  @Test func writesLikeGo() {
    let v: JSONValue = ["b": "<a & b>", "a": [1, 2.5, 1e21], "c": .object([:]), "d": .array([])]
    #expect(JSONWriter.compact(v) == #"{"a":[1,2.5,1e+21],"b":"\u003ca \u0026 b\u003e","c":{},"d":[]}"#)
    #expect(JSONWriter.pretty(["k": [1]]) == "{\n    \"k\": [\n        1\n    ]\n}")
    #expect(JSONWriter.compact("tab\tnl\nctl\u{01}") == #""tab\tnl\nctl\u0001""#)
  }

  @Test func compactBytesAreTheCompactText() {
    let v: JSONValue = ["z": [true, false, .null, -7, 0.25], "é": "line\u{2028}sep é", "": ["k": "\"q\""]]
    // The byte writer agrees with the indenting String writer run without indentation.
    var text = ""
    JSONWriter.write(v, into: &text, indent: nil, level: 0)
    #expect(JSONWriter.compactBytes(v) == Array(text.utf8))
    #expect(JSONWriter.compact(v) == #"{"":{"k":"\"q\""},"z":[true,false,null,-7,0.25],"é":"line\u2028sep é"}"#)
  }

  /// The byte writer finds every character that needs an escape wherever it sits in a string,
  /// short or long (it tests eight bytes at a time), and its buffer grows past any size.
  @Test func everyEscapeIsFoundAtEveryPosition() {
    let specials: [String] = ["\"", "\\", "<", ">", "&", "\n", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}"]
    // Neighbours of the special bytes that must stay as they are.
    let plain = "!#%'()=;?[]{}~ \u{7F}é\u{2027}\u{2030}日本"
    for special in specials {
      for length in [1, 7, 8, 9, 15, 16, 17, 31] {
        for at in 0..<length {
          let s = String(repeating: "a", count: at) + special + String(repeating: "b", count: length - at)
          var text = ""
          JSONWriter.writeString(s, into: &text)
          #expect(JSONWriter.compactBytes(.string(s)) == Array(text.utf8), "\(special) at \(at) of \(length)")
        }
      }
    }
    #expect(JSONWriter.compact(.string(plain)) == "\"" + plain + "\"")
    let long = String(repeating: "x", count: 5000)
    #expect(JSONWriter.compactBytes(["k": .array(Array(repeating: .string(long), count: 3))]).count == 3 * 5002 + 2 + 6 + 2)
  }

  /// Storage bytes keep members in any order but parse back to the same value, with the same
  /// escapes as the sorted writer.
  @Test func unorderedBytesParseBackToTheSameValue() throws {
    let v: JSONValue = [
      "z": [true, false, .null, -7, 0.25, ["b": 1, "a": [:]]], "é": "line\u{2028}sep é <&>", "": ["k": "\"q\"", "j": []],
      "m": ["c": "x", "b": "y", "a": ["n": .null]],
    ]
    let bytes = JSONWriter.unorderedBytes(v)
    #expect(try JSONParser.parse(bytes: bytes) == v)
    #expect(bytes.count == JSONWriter.compactBytes(v).count)
  }

  @Test func roundTrips() throws {
    let text = #"{"apiVersion":"v1","items":[{"x":-0.5},{"y":"ü"}],"n":null}"#
    #expect(JSONWriter.compact(try JSONParser.parse(text)) == text)
  }

  @Test func pathSubscripts() {
    var v: JSONValue = ["metadata": ["name": "a"]]
    v[path: ["metadata", "labels", "team"]] = "ml"
    #expect(v["metadata"]?["labels"]?["team"] == "ml")
    v[path: ["metadata", "name"]] = nil
    #expect(v["metadata"]?["name"] == nil)
    #expect(JSONValue.int(1).semanticallyEquals(.double(1.0)))
  }
}

@Suite struct ValuesTests {
  @Test func quantities() {
    #expect(Quantity("2Gi")?.value == 2_147_483_648.0)
    #expect(Quantity("1.5T")?.value == 1.5e12)
    #expect(Quantity("500m")?.value == 0.5)
    #expect(Quantity("1e3")?.value == 1000)
    #expect(Quantity("10Gx") == nil)
    #expect(Quantity("Gi") == nil)
    #expect(Quantity("1..2") == nil)
  }

  @Test func timestamps() {
    let d = Timestamps.parse("2026-11-29T10:57:02Z")
    #expect(d.map(Timestamps.format) == "2026-11-29T10:57:02Z")
    #expect(Timestamps.parse("2026-11-29T10:57:02.123456Z") != nil)
    #expect(Timestamps.parse("2026-11-29T12:57:02+02:00") == d)
    #expect(Timestamps.parse("2026-13-01T00:00:00Z") == nil)
    #expect(Timestamps.parse("yesterday") == nil)
  }

  /// The digit-by-digit formatter agrees with Foundation's ISO 8601 formatter across four
  /// centuries (leap days, year ends, fractions of a second dropped) and before 1970.
  @Test func timestampsAgreeWithFoundation() {
    let iso = ISO8601DateFormatter()
    iso.timeZone = TimeZone(identifier: "UTC")
    var t = -2_208_988_800.0  // 1900-01-01
    var checked = 0
    while t < 10_413_792_000 {  // 2300-01-01
      for offset in [0.0, 0.999, 86_399.5] {
        let d = Date(timeIntervalSince1970: t + offset)
        #expect(Timestamps.format(d) == iso.string(from: Date(timeIntervalSince1970: (t + offset).rounded(.down))))
        checked += 1
      }
      t += 86_400 * 7 + 3_671
    }
    #expect(checked > 20_000)
    #expect(Timestamps.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
  }

  static let ages: [(Double, String)] = [
    (45, "45s"), (119, "119s"), (315, "5m15s"), (600, "10m"), (11_000, "3h3m"), (90_000, "25h"),
    (345_600, "4d"), (352_800, "4d2h"), (69_120_000, "2y70d"),
  ]

  @Test func ages() {
    for (seconds, text) in Self.ages { #expect(Timestamps.humanDuration(seconds) == text, "\(seconds)") }
  }

  @Test func goDurations() {
    #expect(GoDuration.parse("90s") == 90)
    #expect(GoDuration.parse("1h30m") == 5400)
    #expect(GoDuration.parse("250ms") == 0.25)
    #expect(GoDuration.parse("0") == 0)
    #expect(GoDuration.parse("5") == nil)
    #expect(GoDuration.parse("1d") == nil)
    #expect(GoDuration.format(90) == "1m30s")
    #expect(GoDuration.format(7200) == "2h0m0s")
    #expect(GoDuration.format(0.5) == "500ms")
  }
}

@Suite struct RegistryTests {
  let r = ResourceRegistry.standard

  @Test(arguments: [
    ("dataset", "Dataset"), ("datasets", "Dataset"), ("DATASET", "Dataset"), ("alluxio", "AlluxioRuntime"),
    ("load", "DataLoad"), ("v6d", "VineyardRuntime"), ("goose", "GooseFSRuntime"), ("pvc", "PersistentVolumeClaim"),
    ("po", "Pod"), ("ns", "Namespace"), ("datasets.data.fluid.io", "Dataset"), ("dataload.data.fluid.io", "DataLoad"),
    ("DataLoad.data.fluid.io", "DataLoad"), ("dataloads.v1alpha1.data.fluid.io", "DataLoad"), ("cm", "ConfigMap"),
  ])
  func resolves(_ name: String, _ kind: String) { #expect(r.resolve(name)?.kind == kind) }

  @Test func unknownAndCategories() {
    #expect(r.resolve("foos") == nil)
    #expect(r.resolve("datasets.v2.data.fluid.io") == nil)
    let fluid = Set(r.category("fluid").map(\.kind))
    #expect(fluid.contains("Dataset") && fluid.contains("DataLoad") && fluid.contains("AlluxioRuntime"))
    #expect(!fluid.contains("ThinRuntime") && !fluid.contains("DataProcess"))
    #expect(FluidCRDs.descriptors.count == 15)
  }

  @Test func scaleSubresourcesAsTheCRDsDeclare() {
    #expect(r.resolve("alluxio")?.scale?.labelSelectorPath == ".status.selector")
    #expect(r.resolve("jindo")?.scale?.labelSelectorPath == nil)
    #expect(r.resolve("thinruntimes")?.scale == nil)
    #expect(r.resolve("thinruntimeprofiles")?.namespaced == false)
  }
}

@Suite struct ViewTests {
  @Test func viewsKeepUnknownFields() {
    var ds = Dataset(json: ["apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset", "metadata": ["name": "d"], "spec": ["future": 1, "mounts": [["mountPoint": "oss://b/p", "name": "p", "x": true]]]])
    #expect(ds.mounts.first?.scheme == "oss")
    #expect(ds.mounts.first?.path == "/p")
    ds.phase = "Bound"
    ds.metadata.labels = ["a": "b"]
    #expect(ds.json["spec"]?["future"] == 1)
    #expect(ds.json["spec"]?["mounts"]?.arrayValue?.first?["x"] == true)
    #expect(ds.json["status"]?["phase"] == "Bound")
    #expect(Dataset(checking: ds.json) != nil)
    #expect(DataLoad(checking: ds.json) == nil)
  }

  @Test func runtimeDefaults() {
    let rt = AlluxioRuntime(json: ["spec": ["tieredstore": ["levels": [["mediumtype": "SSD", "quota": "100Gi", "high": "0.95"]]]]])
    #expect(rt.replicas == 1)
    #expect(rt.tieredStoreLevels.first?.quota?.value == 107_374_182_400.0)
    #expect(rt.tieredStoreLevels.first?.high == 0.95)
  }

  @Test func secretsAreRedacted() {
    // Sizes are of the decoded values ("secret", "ab", "abcd"), not of their base64 text.
    let s = Secret(json: [
      "apiVersion": "v1", "kind": "Secret", "data": ["token": "c2VjcmV0", "two": "YWI=", "four": "YWJjZA=="],
      "stringData": ["plain": "hunter22"],
      "metadata": ["annotations": ["kubectl.kubernetes.io/last-applied-configuration": "{\"data\":{\"token\":\"c2VjcmV0\"}}"]],
    ])
    #expect(s.redactedForDisplay["data"] == ["token": "REDACTED (6 bytes)", "two": "REDACTED (2 bytes)", "four": "REDACTED (4 bytes)"])
    #expect(s.redactedForDisplay["stringData"] == ["plain": "REDACTED (8 bytes)"])
    #expect(s.redactedForDisplay["metadata"]?["annotations"]?["kubectl.kubernetes.io/last-applied-configuration"] == "REDACTED (29 bytes)")
  }
}

@Suite struct CronTests {
  let base = Timestamps.parse("2026-11-29T10:57:30Z")!

  func next(_ expr: String) -> String? { CronSchedule(expr)?.next(after: base).map(Timestamps.format) }

  @Test func schedules() {
    #expect(next("* * * * *") == "2026-11-29T10:58:00Z")
    #expect(next("0 2 * * *") == "2026-11-30T02:00:00Z")
    #expect(next("*/15 * * * *") == "2026-11-29T11:00:00Z")
    #expect(next("30 9-17/4 * * 1-5") == "2026-11-30T09:30:00Z")  // the 29th is a Sunday
    #expect(next("0 0 1 1 *") == "2027-01-01T00:00:00Z")
    #expect(next("0 12 * * 0") == "2026-11-29T12:00:00Z")
  }

  @Test func invalidExpressions() {
    for e in ["", "* * * *", "61 * * * *", "* 24 * * *", "a * * * *", "*/0 * * * *", "5-1 * * * *"] {
      #expect(CronSchedule(e) == nil, "\(e)")
    }
    for e in ["* * * * *", "60 * * * * *", "* * * * * * *"] { #expect(CronSchedule(e, seconds: true) == nil, "\(e)") }
  }

  /// Six fields, seconds first (kubernetes-cronhpa-controller's schedules): a later second of
  /// the minute under way when the minute matches, else the first second of the next match.
  @Test func schedulesWithSeconds() {
    func next6(_ expr: String) -> String? { CronSchedule(expr, seconds: true)?.next(after: base).map(Timestamps.format) }
    #expect(next6("45 * * * * *") == "2026-11-29T10:57:45Z")
    #expect(next6("0 * * * * *") == "2026-11-29T10:58:00Z")
    #expect(next6("*/20 * * * * *") == "2026-11-29T10:57:40Z")
    #expect(next6("10 0 8 * * *") == "2026-11-30T08:00:10Z")
    #expect(next6("30 57 10 * * *") == "2026-11-30T10:57:30Z")  // strictly after: not the base itself
  }
}
