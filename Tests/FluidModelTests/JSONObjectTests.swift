@testable import FluidModel
import Testing

@Suite struct JSONObjectTests {
  @Test func keepsInsertionOrderButComparesAndHashesWithoutIt() throws {
    let a = try JSONParser.parse(#"{"b": 1, "a": {"y": [1, 2], "x": null}}"#)
    let b = try JSONParser.parse(#"{"a": {"x": null, "y": [1, 2]}, "b": 1}"#)
    #expect(a.objectValue?.keys == ["b", "a"])
    #expect(b.objectValue?.keys == ["a", "b"])
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(Set([a, b]).count == 1)
    #expect(a != (try JSONParser.parse(#"{"a": {"x": null, "y": [2, 1]}, "b": 1}"#)))
    #expect(a != (try JSONParser.parse(#"{"a": {"x": null, "y": [1, 2]}, "c": 1}"#)))
    #expect(a != (try JSONParser.parse(#"{"a": {"x": null, "y": [1, 2]}}"#)))
  }

  @Test func largeObjectsFindEveryMemberThroughTheirIndex() {
    var o = JSONObject()
    let n = JSONObject.indexedCount * 3
    for i in 0..<n { o["k\(i)"] = .int(Int64(i)) }
    #expect(o.index != nil)
    #expect(o.count == n)
    for i in 0..<n { #expect(o["k\(i)"] == .int(Int64(i))) }
    o["k3"] = "three"
    #expect(o["k3"] == "three" && o.count == n)
    // Removing members keeps every other one reachable, down to the unindexed size.
    for i in stride(from: 0, to: n, by: 2) { #expect(o.removeValue(forKey: "k\(i)") != nil) }
    #expect(o.count == n / 2)
    for i in 0..<n { #expect((o["k\(i)"] == nil) == (i % 2 == 0)) }
    #expect(o.index != nil)
    for i in stride(from: 1, to: n, by: 4) { o["k\(i)"] = nil }
    #expect(o.index == nil && o.count <= JSONObject.indexedCount)
    for i in 0..<n { #expect((o["k\(i)"] != nil) == (i % 4 == 3)) }
    var reordered = JSONObject()
    for (k, v) in o.reversed() { reordered[k] = v }
    #expect(reordered == o && reordered.hashValue == o.hashValue)
  }

  @Test func dictionaryLikeOperations() {
    var o: JSONObject = ["a": 1, "b": "x", "a2": .null]
    #expect(o.keys == ["a", "b", "a2"])
    o.merge(["b": "y", "c": true]) { mine, _ in mine }
    #expect(o == ["a": 1, "b": "x", "a2": .null, "c": true])
    #expect(o.filter { $0.value != .null }.keys == ["a", "b", "c"])
    #expect(o.compactMapValues(\.stringValue) == ["b": "x"])
    #expect(o["zz", default: 5] == 5)
    #expect(JSONValue.object(["z": 1, "m": 2]).objectValue?.keys == ["m", "z"])
    #expect([String: JSONValue](o) == ["a": 1, "b": "x", "a2": .null, "c": true])
  }

  @Test func copiesCompareEqualUntilOneChanges() {
    let a: JSONObject = ["x": 1, "y": ["z": [1, 2]]]
    var b = a
    #expect(a.sharesStorage(with: b) && a == b)
    b["x"] = 2
    #expect(!a.sharesStorage(with: b) && a != b)
    b["x"] = 1
    #expect(a == b && JSONValue.object(a).semanticallyEquals(.object(b)))
    b["y"] = ["z": [1, 2.0]]
    #expect(a != b && JSONValue.object(a).semanticallyEquals(.object(b)))
  }
}
