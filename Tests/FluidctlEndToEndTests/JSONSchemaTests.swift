import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// fluidctl's own JSON documents against their published schemas (docs/schemas): a field
/// added, removed, renamed or retyped without the schema (and docs/json-output.md) changing
/// fails here. Unknown fields, missing required ones, wrong types and nulls where none are
/// allowed all count.
@Suite(.serialized) struct JSONSchemaTests {
  static func check(_ output: String, schema name: String, _ what: String) throws {
    let url = Paths.packageRoot.appendingPathComponent("docs/schemas/\(name).v1.json")
    let schema = try JSONParser.parse(try String(contentsOf: url, encoding: .utf8))
    let document = try JSONParser.parse(output)
    let outcome = SchemaValidator(schema: schema).process(document)
    #expect(outcome.errors.isEmpty, "\(what): \(outcome.errors)")
    #expect(outcome.unknownFields.isEmpty, "\(what): fields the schema does not announce: \(outcome.unknownFields)")
    #expect(outcome.object == document, "\(what): the schema would drop or change a value (a null where none is allowed?)")
  }

  @Test func documentsMatchTheirSchemas() throws {
    let dir = TemporaryDirectory()
    let env = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    func run(_ args: [String]) throws -> Binary.Result {
      let r = try Binary.run(args, environment: env)
      #expect(r.code == 0, "\(args): \(r.stderr)")
      return r
    }
    _ = try run(["sim", "init", "--speed", "200"])
    _ = try run(["dataset", "create", "demo", "--mount", "oss://bucket/demo", "--cache", "MEM:8Gi"])
    _ = try run(["wait", "dataset/demo", "--for=phase=Bound", "--timeout", "30s"])
    try Self.check(try run(["load", "demo", "--name", "warm", "--wait", "--timeout", "60s", "-o", "json"]).stdout, schema: "load-result", "load --wait -o json")
    try Self.check(try run(["cache", "demo", "-o", "json"]).stdout, schema: "cache", "cache -o json")
    try Self.check(try run(["version", "-o", "json"]).stdout, schema: "version", "version -o json")
    try Self.check(try run(["version", "--client", "-o", "json"]).stdout, schema: "version", "version --client -o json")
    try Self.check(try run(["sim", "run", "serverless-model-load", "-o", "json"]).stdout, schema: "scenario-report", "sim run -o json")
    try Self.check(try run(["plan", "--size", "10GB", "--pods", "4", "--deadline", "1m", "--cache-nodes", "2", "--tiers", "MEM", "-o", "json"]).stdout, schema: "plan", "plan -o json")
    try Self.check(try run(["plan", "--size", "10GB", "--pods", "4", "--deadline", "1s", "--cache-nodes", "2", "--tiers", "MEM", "-o", "json"]).stdout, schema: "plan", "plan -o json, no configuration meets the goal")
  }

  /// A failed load still gives its document (phase Failed) and exits 2, with one JSON
  /// document on stdout.
  @Test func aFailedLoadGivesItsDocumentAndExitTwo() throws {
    let dir = TemporaryDirectory()
    let env = ["FLUIDCTL_SIM_STATE": dir.file("state.db"), "HOME": dir.path]
    #expect(try Binary.run(["sim", "init", "--speed", "200"], environment: env).code == 0)
    #expect(try Binary.run(["dataset", "create", "demo", "--mount", "oss://bucket/demo"], environment: env).code == 0)
    #expect(try Binary.run(["wait", "dataset/demo", "--for=phase=Bound", "--timeout", "30s"], environment: env).code == 0)
    #expect(try Binary.run(["sim", "fault", "ufs-down", "oss://bucket"], environment: env).code == 0)
    let r = try Binary.run(["load", "demo", "--name", "doomed", "--wait", "--timeout", "120s", "-o", "json"], environment: env)
    #expect(r.code == 2, "\(r.stderr)")
    try Self.check(r.stdout, schema: "load-result", "a failed load")
    #expect(try JSONParser.parse(r.stdout)["phase"] == "Failed")
    #expect(r.stderr.contains("dataload.data.fluid.io/doomed failed"), "\(r.stderr)")
  }
}
