import Testing

/// One bad input: a command line (with the files and environment it needs), the exit code it
/// must end with, and the words the first line of its error must contain. Every case must also
/// leave the state exactly as it was.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// Arguments; `$DIR` stands for the case's temporary folder.
  var args: [String]
  /// Files written into `$DIR` first (text), by name.
  var files: [String: String] = [:]
  /// Files written into `$DIR` first (bytes), by name.
  var binaryFiles: [String: [UInt8]] = [:]
  var stdin: String?
  /// Environment changes (`$DIR` expanded); nil removes the variable.
  var environment: [String: String?] = [:]
  var code: Int32
  var message: String
  /// The state the case must leave untouched when it is not the harness's own (`$DIR/...`).
  var statePath: String?
  /// A manifest for the API: also sent to `sim serve` (by fluidctl, and by kubectl when installed).
  var apiLevel = false
  /// kubectl itself reads the file leniently (duplicate keys, trailing text, the documents
  /// before a broken one) and sends what it read: its request may succeed.
  var kubectlLenient = false

  var testDescription: String { name }
}

/// Manifests as YAML and JSON from one description.
enum Doc {
  static func yaml(_ apiVersion: String, _ kind: String, name: String, metadata: String = "", spec: String) -> String {
    "apiVersion: \(apiVersion)\nkind: \(kind)\nmetadata:\n  name: \(name)\n\(metadata)spec:\n\(spec)"
  }

  static func json(_ apiVersion: String, _ kind: String, name: String, spec: String) -> String {
    "{\"apiVersion\":\"\(apiVersion)\",\"kind\":\"\(kind)\",\"metadata\":{\"name\":\"\(name)\"},\"spec\":\(spec)}"
  }

  /// A case applying `text` from `$DIR/FILE`.
  static func apply(_ name: String, file: String, _ text: String, code: Int32 = 64, _ message: String) -> BadInputCase {
    BadInputCase(name: name, args: ["apply", "-f", "$DIR/" + file], files: [file: text], code: code, message: message, apiLevel: true)
  }
}
