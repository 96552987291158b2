import FluidKit
import FluidModel
import Testing

@Suite struct YAMLTests {
  @Test func resolvesScalarsAsKubernetesDoes() throws {
    let docs = try ManifestDecoder.decode(
      "a: yes\nb: off\nc: 0x1F\nd: 017\ne: 1.5\nf: \"1\"\ng: ~\nh: !!str 12\ni: 1_000\nj: 2026-11-29\nk: v1.2\nl: -3\n")
    let v = try #require(docs.first?.value)
    #expect(v["a"] == true && v["b"] == false)
    #expect(v["c"] == 31 && v["d"] == 15 && v["i"] == 1000 && v["l"] == -3)
    #expect(v["e"] == 1.5)
    #expect(v["f"] == "1" && v["h"] == "12" && v["j"] == "2026-11-29" && v["k"] == "v1.2")
    #expect(v["g"] == .null)
  }

  @Test func multipleDocumentsAndMergeKeys() throws {
    let docs = try ManifestDecoder.decode("---\nbase: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n---\n# only a comment\n---\nz: 1\n")
    #expect(docs.count == 2)
    #expect(docs[0].value["m"] == ["x": 1, "y": 3])
    #expect(docs[1].index == 3)
  }

  @Test func errorsNameTheLine() {
    #expect(throws: ManifestDecoder.Error.self) { try ManifestDecoder.decode("a: [1, 2\nb: 3\n") }
    do {
      _ = try ManifestDecoder.decode("a: 1\na: 2\n")
      Issue.record("duplicate keys must fail")
    } catch {
      #expect(error.description.contains("already defined"))
    }
  }

  @Test func aliasBombsFailFast() {
    var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    let letters = Array("abcdefghij")
    for i in 1..<10 { bomb += "\(letters[i]): &\(letters[i]) [" + Array(repeating: "*\(letters[i - 1])", count: 10).joined(separator: ",") + "]\n" }
    do {
      _ = try ManifestDecoder.decode(bomb)
      Issue.record("an alias bomb must fail")
    } catch {
      #expect(error.reason.contains("alias expansion limit"))
    }
  }

  @Test func writesLikeKubectl() throws {
    let v: JSONValue = [
      "apiVersion": "v1", "kind": "List", "metadata": ["resourceVersion": ""],
      "items": [["name": "a", "ports": [1, 2], "empty": .object([:]), "none": .array([])]],
      "strings": ["true", "123", "a: b", "#x", "{.x}", "it's", "multi\nline\n", "-x", "- x", "1.5", "null", "ok"],
      "nested": [[1, 2], [3]],
    ]
    let expected = """
      apiVersion: v1
      items:
      - empty: {}
        name: a
        none: []
        ports:
        - 1
        - 2
      kind: List
      metadata:
        resourceVersion: ""
      nested:
      - - 1
        - 2
      - - 3
      strings:
      - "true"
      - "123"
      - 'a: b'
      - '#x'
      - '{.x}'
      - it's
      - |
        multi
        line
      - -x
      - '- x'
      - "1.5"
      - "null"
      - ok

      """
    let text = YAMLWriter.write(v)
    #expect(text == expected)
    #expect(try ManifestDecoder.decode(text).first?.value == v)
  }
}

@Suite struct JSONPathTests {
  let list: JSONValue = [
    "items": [
      ["metadata": ["name": "a", "labels": ["app.kubernetes.io/name": "x"]], "status": ["phase": "Bound", "conditions": [["type": "Ready", "status": "True"]]], "n": 3],
      ["metadata": ["name": "b"], "status": ["phase": "NotBound"], "n": 10],
    ]
  ]

  func render(_ t: String) throws -> String { try JSONPathTemplate(t).render(list) }

  @Test func kubectlTemplates() throws {
    #expect(try render("{.items[*].metadata.name}") == "a b")
    #expect(try render("{.items[0].status.phase}") == "Bound")
    #expect(try render("{.items[-1].metadata.name}") == "b")
    #expect(try render("{range .items[*]}{.metadata.name}={.status.phase}{\"\\n\"}{end}") == "a=Bound\nb=NotBound\n")
    #expect(try render("{.items[?(@.status.phase==\"NotBound\")].metadata.name}") == "b")
    #expect(try render("{.items[?(@.n > 5)].metadata.name}") == "b")
    #expect(try render("{.items[?(@.metadata.labels)].metadata.name}") == "a")
    #expect(try render("{.items[0].status.conditions[?(@.type=='Ready')].status}") == "True")
    #expect(try render("{.items[0].metadata.labels.app\\.kubernetes\\.io/name}") == "x")
    #expect(try render("{.items[0].metadata.labels['app.kubernetes.io/name']}") == "x")
    #expect(try render("{..phase}") == "Bound NotBound")
    #expect(try render("{.items[0:1].metadata.name}") == "a")
    #expect(try render("{.items[*].missing}") == "")
    #expect(try render("{.items[0].status.conditions[0]}") == "{\"status\":\"True\",\"type\":\"Ready\"}")
    #expect(try render("names: {.items[*].metadata.name}") == "names: a b")
  }

  @Test func syntaxErrors() {
    #expect(throws: JSONPathTemplate.ParseError.self) { try JSONPathTemplate("{.items[*]") }
    #expect(throws: JSONPathTemplate.ParseError.self) { try JSONPathTemplate("{range .items[*]}{.a}") }
    #expect(throws: JSONPathTemplate.ParseError.self) { try JSONPathTemplate("{end}") }
  }
}

@Suite struct SelectorTests {
  @Test func labelSelectors() throws {
    let labels = ["team": "ml", "tier": "gold"]
    for (s, expected) in [
      ("team=ml", true), ("team==ml", true), ("team!=ml", false), ("team in (ml, cv)", true), ("team notin (ml)", false),
      ("tier", true), ("!tier", false), ("!missing", true), ("team=ml,tier=silver", false), ("missing!=x", true),
    ] {
      #expect(try LabelSelector(parsing: s).matches(labels) == expected, "\(s)")
    }
    #expect(throws: FluidError.self) { try LabelSelector(parsing: "team in ml") }
    #expect(throws: FluidError.self) { try LabelSelector(parsing: "a=b c=d") }
  }

  @Test func fieldSelectors() throws {
    let obj: JSONValue = ["metadata": ["name": "a", "namespace": "x"]]
    #expect(try FieldSelector(parsing: "metadata.name=a").matches(object: obj))
    #expect(try !FieldSelector(parsing: "metadata.namespace!=x").matches(object: obj))
    #expect(throws: FluidError.self) { try FieldSelector(parsing: "spec.mounts=x") }
    // Each kind has its own field labels, checked where the list is answered.
    let phase = try FieldSelector(parsing: "status.phase=Bound")
    #expect(throws: FluidError.self) { try phase.check(for: Dataset.descriptor) }
    try phase.check(for: CoreKinds.pod)
    // A Job's `status.successful` counts its succeeded pods (0 when absent).
    let successful = try FieldSelector(parsing: "status.successful=1")
    try successful.check(for: CoreKinds.job)
    #expect(successful.matches(object: ["status": ["succeeded": 1]]))
    #expect(try FieldSelector(parsing: "status.successful=0").matches(object: ["status": [:]]))
  }

  @Test func mergePatch() {
    let target: JSONValue = ["a": 1, "b": ["c": 2, "d": 3], "e": [1, 2]]
    #expect(MergePatch.apply(["b": ["c": .null, "x": 1], "e": [3]], to: target) == ["a": 1, "b": ["d": 3, "x": 1], "e": [3]])
    #expect(MergePatch.diff(from: target, to: target) == nil)
    #expect(MergePatch.diff(from: target, to: ["a": 2, "b": ["c": 2, "d": 3], "e": [1, 2]]) == ["a": 2])
  }
}
