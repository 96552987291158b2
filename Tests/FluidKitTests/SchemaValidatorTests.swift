@testable import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

@Suite struct SchemaValidatorTests {
  let schema: JSONValue = [
    "type": "object",
    "properties": [
      "apiVersion": ["type": "string"], "kind": ["type": "string"], "metadata": ["type": "object"],
      "spec": [
        "type": "object", "required": ["dataset"],
        "properties": [
          "dataset": ["type": "string", "minLength": 2],
          "replicas": ["type": "integer", "minimum": 0, "default": 1],
          "policy": ["type": "string", "enum": ["Once", "Cron"], "default": "Once"],
          "quota": ["x-kubernetes-int-or-string": true, "pattern": "^[0-9]+(Gi|Mi)?$", "anyOf": [["type": "integer"], ["type": "string"]]],
          "options": ["type": "object", "additionalProperties": ["type": "string"]],
          "nested": ["type": "object", "properties": ["properties": ["type": "object", "additionalProperties": ["type": "string"]]]],
          "items": ["type": "array", "items": ["type": "object", "properties": ["name": ["type": "string"], "n": ["type": "integer", "default": 3]]]],
        ],
      ],
      "status": ["type": "object", "properties": ["phase": ["type": "string"]]],
    ],
  ]

  @Test func defaultsArePrunedAndApplied() {
    let obj: JSONValue = [
      "apiVersion": "v1", "kind": "X", "metadata": ["name": "a"],
      "spec": ["dataset": "ds", "unknown": 1, "items": [["name": "a", "extra": true]], "nested": ["properties": .null]],
    ]
    let out = SchemaValidator(schema: schema).process(obj)
    #expect(out.errors.isEmpty)
    #expect(out.unknownFields == ["spec.items[0].extra", "spec.unknown"])
    #expect(out.object["spec"] == ["dataset": "ds", "replicas": 1, "policy": "Once", "items": [["name": "a", "n": 3]], "nested": [:]])
    #expect(out.object["metadata"] == ["name": "a"])
  }

  /// An update processes only the top-level fields that differ from the stored version.
  @Test func fieldsEqualToThePreviousVersionAreKept() {
    let stored = SchemaValidator(schema: schema).process(["spec": ["dataset": "ds"]]).object
    // Same spec, new status: the status is processed (pruned), the spec kept as stored.
    let update: JSONValue = ["spec": stored["spec"]!, "status": ["phase": "Bound", "junk": 1]]
    let out = SchemaValidator(schema: schema).process(update, previous: stored)
    #expect(out.object["spec"] == stored["spec"])
    #expect(out.object["status"] == ["phase": "Bound"])
    #expect(out.unknownFields == ["status.junk"])
    // A changed spec is processed again: defaults and errors as without a previous version.
    let changed = SchemaValidator(schema: schema).process(["spec": ["dataset": "x"]], previous: stored)
    #expect(changed.errors.map(\.path) == ["spec.dataset"])
    #expect(changed.object["spec"]?["replicas"] == 1)
  }

  /// Below the top level too: within a changed spec, a field equal to the stored one is kept,
  /// its changed siblings are pruned, defaulted and validated as without a previous version.
  @Test func deeperFieldsEqualToThePreviousVersionAreKept() {
    let stored = SchemaValidator(schema: schema).process(["spec": ["dataset": "ds", "items": [["name": "a"]]]]).object
    #expect(stored["spec"]?["items"] == [["name": "a", "n": 3]])
    var update = stored
    update[path: ["spec", "replicas"]] = -1
    update[path: ["spec", "nested"]] = ["properties": ["k": "v"], "junk": true]
    let out = SchemaValidator(schema: schema).process(update, previous: stored)
    #expect(out.object["spec"]?["items"] == stored["spec"]?["items"])
    #expect(out.object["spec"]?["nested"] == ["properties": ["k": "v"]])
    #expect(out.unknownFields == ["spec.nested.junk"])
    #expect(out.errors.map(\.path) == ["spec.replicas"])
    // The same update without the previous version gives the same result.
    let fresh = SchemaValidator(schema: schema).process(update)
    #expect(fresh.object == out.object && fresh.unknownFields == out.unknownFields && fresh.errors.map(\.description) == out.errors.map(\.description))
  }

  /// The quick pass (no paths, no sorting) gives the object the detailed pass gives, and finds
  /// errors and unknown fields exactly when the detailed pass does: on the test schema, and on
  /// every Fluid object of the shared samples against its real schema, as written and altered.
  @Test func theQuickPassAgreesWithTheDetailedOne() throws {
    func agree(_ v: SchemaValidator, _ obj: JSONValue, previous: JSONValue? = nil, _ note: String) {
      let quick = v.run(obj, previous: previous, detail: false)
      let full = v.run(obj, previous: previous, detail: true)
      #expect(quick.object == full.object, "\(note)")
      #expect(quick.errors.isEmpty == full.errors.isEmpty && quick.unknownFields.isEmpty == full.unknownFields.isEmpty, "\(note)")
      #expect(quick.errors.count == full.errors.count && quick.unknownFields.count == full.unknownFields.count, "\(note)")
    }
    let own = SchemaValidator(schema: schema)
    agree(own, ["spec": ["dataset": "ds", "unknown": 1, "items": [["name": "a", "extra": true]], "nested": ["properties": .null]]], "own")
    agree(own, ["spec": ["replicas": "x", "policy": "Weekly", "quota": "10Gx", "options": ["a": 1]]], "own errors")
    let dir = Paths.fluidAPI.appendingPathComponent("samples")
    var checked = 0
    for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".yaml") {
      for m in (try? ManifestLoader.load([dir.appendingPathComponent(file).path], registry: .standard, readStdin: { "" })) ?? [] {
        guard let v = SchemaValidator.forFluidKind(plural: m.descriptor.plural) else { continue }
        agree(v, m.object, file)
        var altered = m.object
        altered[path: ["spec", "notAField"]] = ["x": 1]
        altered[path: ["status", "phase"]] = 7
        agree(v, altered, previous: v.process(m.object).object, file + " altered")
        checked += 1
      }
    }
    #expect(checked > 40)
  }

  @Test func errorsAreWordedAsKubeApiserverWordsThem() {
    let obj: JSONValue = ["spec": ["replicas": "x", "policy": "Weekly", "quota": "10Gx", "options": ["a": 1]]]
    let messages = SchemaValidator(schema: schema).process(obj).errors.map(\.description)
    #expect(
      messages == [
        "spec.dataset: Required value",
        "spec.options[a]: Invalid value: \"integer\": spec.options[a] in body must be of type string: \"integer\"",
        "spec.policy: Unsupported value: \"Weekly\": supported values: \"Once\", \"Cron\"",
        "spec.quota: Invalid value: \"10Gx\": spec.quota in body should match '^[0-9]+(Gi|Mi)?$'",
        "spec.replicas: Invalid value: \"string\": spec.replicas in body must be of type integer: \"string\"",
      ])
  }

  @Test func boundsAndLengths() {
    let obj: JSONValue = ["spec": ["dataset": "d", "replicas": -1, "quota": 5]]
    let messages = SchemaValidator(schema: schema).process(obj).errors.map(\.description)
    #expect(
      messages == [
        "spec.dataset: Invalid value: \"d\": spec.dataset in body should be at least 2 chars long",
        "spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or equal to 0",
      ])
  }

  @Test func metadataNameRules() {
    #expect(ObjectMetaValidation.errors(["name": "loadA"], namespaced: true).map(\.description) == [
      "metadata.name: Invalid value: \"loadA\": " + ObjectMetaValidation.dns1123SubdomainMessage
    ])
    #expect(ObjectMetaValidation.errors(["name": "a.b-c"], namespaced: true).isEmpty)
    #expect(ObjectMetaValidation.errors(["generateName": "x-"], namespaced: true).map(\.description) == [
      "metadata.name: Required value: name or generateName is required"
    ])
    #expect(ObjectMetaValidation.isDNS1035Label("hbase"))
    #expect(!ObjectMetaValidation.isDNS1035Label("20-hbase"))
    #expect(ObjectMetaValidation.errors(["name": "a", "labels": ["bad key!": "v", "ok": "bad value!"]], namespaced: true).count == 2)
  }

  /// With the stored metadata, only changed labels and annotations are checked again, with the
  /// same errors; the annotations' total size always counts all of them.
  @Test func metadataChecksWithThePreviousVersion() {
    let stored: JSONValue = ["name": "a", "labels": ["ok": "v"], "annotations": ["big": .string(String(repeating: "x", count: 200_000))]]
    var update = stored
    update[path: ["labels", "bad key!"]] = "v"
    update[path: ["labels", "ok"]] = "bad value!"
    update[path: ["annotations", "more"]] = .string(String(repeating: "y", count: 70_000))
    let withPrevious = ObjectMetaValidation.errors(update, namespaced: true, previous: stored).map(\.description)
    #expect(withPrevious == ObjectMetaValidation.errors(update, namespaced: true).map(\.description))
    #expect(withPrevious.count == 3)
    #expect(ObjectMetaValidation.errors(stored, namespaced: true, previous: stored).isEmpty)
    for value in ["", "a", "A-b_c.d", String(repeating: "a", count: 63)] { #expect(ObjectMetaValidation.isLabelValue(value), "\(value)") }
    for value in ["-a", "a-", "a b", "é", String(repeating: "a", count: 64)] { #expect(!ObjectMetaValidation.isLabelValue(value), "\(value)") }
  }

  /// The byte-level subdomain check agrees with kube-apiserver's: its regular expression and at
  /// most 253 characters (a label of the name may be longer than 63: pod `<56 chars>-master-0`).
  @Test func dns1123SubdomainMatchesTheRegex() throws {
    let regex = try Regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
    let label63 = String(repeating: "a", count: 63)
    let cases = [
      "a", "ab", "a-b", "a.b", "a..b", ".a", "a.", "-a", "a-", "a.-b", "a-.b", "A", "a_b", "0", "0.0", "", "ds-1.default",
      label63, label63 + "a", label63 + "." + label63, String(repeating: "a.", count: 126) + "a", String(repeating: "a.", count: 127) + "a",
      "é", "a/b",
    ]
    for c in cases {
      let expected = c.utf8.count <= 253 && (try? regex.wholeMatch(in: c)) != nil
      #expect(ObjectMetaValidation.isDNS1123Subdomain(c) == expected, "\(c)")
    }
  }
}

