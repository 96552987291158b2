/// Documents that are malformed, hostile or carry metadata kube-apiserver refuses.
extension BadInputCorpus {
  static func configMap(_ metadata: String) -> String { "apiVersion: v1\nkind: ConfigMap\nmetadata: \(metadata)\n" }

  static var metadataCases: [BadInputCase] {
    let long = String(repeating: "a", count: 64)
    let huge = String(repeating: "x", count: 262_200)
    let cases: [(String, String, String)] = [
      ("labels as a list", "{name: m, labels: [a, b]}", "metadata.labels in body must be of type object: \"array\""),
      ("annotations as a string", "{name: m, annotations: text}", "metadata.annotations in body must be of type object: \"string\""),
      ("a label value that is a number", "{name: m, labels: {a: 1}}", "metadata.labels[a] in body must be of type string: \"integer\""),
      ("an annotation value that is a list", "{name: m, annotations: {a: [1]}}", "metadata.annotations[a] in body must be of type string: \"array\""),
      ("an owner reference without uid", "{name: m, ownerReferences: [{apiVersion: v1, kind: Pod, name: p}]}", "metadata.ownerReferences.uid: Invalid value: \"\": uid must not be empty"),
      ("an owner reference without kind", "{name: m, ownerReferences: [{apiVersion: v1, name: p, uid: u}]}", "metadata.ownerReferences.kind: Invalid value: \"\": kind must not be empty"),
      (
        "two controller owners",
        "{name: m, ownerReferences: [{apiVersion: v1, kind: Pod, name: p, uid: u, controller: true}, {apiVersion: v1, kind: Pod, name: q, uid: v, controller: true}]}",
        "Only one reference can have Controller set to true"
      ),
      ("owner references as an object", "{name: m, ownerReferences: {a: b}}", "metadata.ownerReferences in body must be of type array: \"object\""),
      ("a finalizer that is no name", "{name: m, finalizers: [\"bad finalizer!\"]}", "metadata.finalizers[0]: Invalid value: \"bad finalizer!\""),
      ("a finalizer that is a number", "{name: m, finalizers: [1]}", "metadata.finalizers[0] in body must be of type string: \"integer\""),
      ("an unknown metadata field", "{name: m, colour: blue}", "strict decoding error: unknown field \"metadata.colour\""),
      ("an upper-case name", "{name: Bad}", "metadata.name: Invalid value: \"Bad\": a lowercase RFC 1123 subdomain"),
      ("a name of 254 characters", "{name: \(String(repeating: "a", count: 254))}", "must be no more than 253 characters"),
      ("a name with a space", "{name: \"a b\"}", "metadata.name: Invalid value: \"a b\""),
      ("no name", "{labels: {a: b}}", "metadata.name: Required value: name is required"),
      ("a label key with two slashes", "{name: m, labels: {a/b/c: x}}", "metadata.labels: Invalid value: \"a/b/c\""),
      ("a label value of 64 characters", "{name: m, labels: {a: \(long)}}", "must be no more than 63 characters"),
      ("annotations past 256 KiB", "{name: m, annotations: {a: \(huge)}}", "metadata.annotations: Too long: must have at most 262144 bytes"),
      ("metadata as a string", "text", "metadata in body must be of type object: \"string\""),
      ("a generation that is a string", "{name: m, generation: one}", "metadata.generation in body must be of type integer: \"string\""),
      ("a name that is a number", "{name: 7}", "metadata.name in body must be of type string: \"integer\""),
    ]
    var out = cases.map { name, metadata, message in Doc.apply("metadata: \(name)", file: "cm.yaml", configMap(metadata), message) }
    // kube-apiserver looks the namespace up before it validates the object.
    out.append(Doc.apply("metadata: an invalid namespace", file: "cm.yaml", configMap("{name: m, namespace: Bad_NS}"), code: 3, "namespaces \"Bad_NS\" not found"))
    return out
  }

  static var documentCases: [BadInputCase] {
    var deep = "a: 1"
    for _ in 0..<600 { deep = "{k: \(deep)}" }
    var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
    let big = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: " + String(repeating: "x", count: 3_200_000) + "\n"
    let ds = "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata: {name: good}\nspec: {mounts: [{mountPoint: \"s3://b/\"}]}\n"
    let cases: [(String, String, String, String)] = [
      ("malformed YAML", "m.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [unclosed\n", "error parsing"),
      ("a tab for indentation", "m.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n", "error parsing"),
      ("an unknown kind", "m.yaml", "apiVersion: v1\nkind: Gizmo\nmetadata: {name: x}\n", "no matches for kind \"Gizmo\" in version \"v1\""),
      ("an unknown group", "m.yaml", "apiVersion: example.com/v1\nkind: Dataset\nmetadata: {name: x}\n", "no matches for kind \"Dataset\" in version \"example.com/v1\""),
      ("no apiVersion", "m.yaml", "kind: ConfigMap\nmetadata: {name: x}\n", "apiVersion not set"),
      ("no kind", "m.yaml", "apiVersion: v1\nmetadata: {name: x}\n", "kind not set"),
      ("an alias bomb", "m.yaml", bomb, "error parsing"),
      ("600 levels of nesting", "m.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: \(deep)\n", "error parsing"),
      ("a document past 3 MiB", "m.yaml", big, "3145728"),
      ("a scalar document", "m.yaml", "just text\n", "is not an object"),
      ("JSON with trailing garbage", "m.json", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"}} }", "error parsing"),
      ("duplicate keys", "m.yaml", "apiVersion: v1\nkind: ConfigMap\nkind: Secret\nmetadata: {name: x}\n", "error parsing"),
      ("a valid document before a broken one", "m.yaml", ds + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n", "error parsing"),
      ("a valid document before an invalid one", "m.yaml", ds + "---\n" + configMap("{name: Bad}"), "metadata.name: Invalid value: \"Bad\""),
      ("a List with a scalar item", "m.yaml", "apiVersion: v1\nkind: List\nitems: [1]\n", "is not an object"),
      ("an empty kind", "m.yaml", "apiVersion: v1\nkind: \"\"\nmetadata: {name: x}\n", "kind not set"),
      ("a number JSON cannot carry", "m.json", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\",\"generation\":1e999}}", "invalid number: 1e999 is out of range"),
      ("a Dataset with a mount of no mountPoint", "m.yaml", "apiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata: {name: nomount}\nspec: {mounts: [{name: x}]}\n", "Dataset \"nomount\" is invalid"),
    ]
    var out = cases.map { name, file, text, message in Doc.apply("document: \(name)", file: file, text, message) }
    let lenient: Set = ["JSON with trailing garbage", "duplicate keys", "a valid document before a broken one", "a valid document before an invalid one"]
    for i in out.indices where lenient.contains(String(out[i].name.dropFirst("document: ".count))) { out[i].kubectlLenient = true }
    out.append(
      BadInputCase(
        name: "document: not UTF-8", args: ["apply", "-f", "$DIR/bin.yaml"], binaryFiles: ["bin.yaml": [0xff, 0xfe, 0x00, 0x41]], code: 64,
        message: "not UTF-8 text"))
    return out
  }
}
