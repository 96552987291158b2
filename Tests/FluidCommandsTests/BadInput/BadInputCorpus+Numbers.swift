/// Numbers past what their fields hold: integers past int32 and int64, numbers no float64
/// carries, quantities past int64, negative sizes, and the simulator's own limits.
extension BadInputCorpus {
  static let runtimeKinds = ["AlluxioRuntime", "JindoRuntime", "JuiceFSRuntime", "EFCRuntime", "ThinRuntime", "VineyardRuntime"]
  static let tieredKinds = ["AlluxioRuntime", "JindoRuntime", "JuiceFSRuntime"]

  /// `spec.replicas` values: (label, YAML text, JSON text or nil when JSON cannot write it,
  /// message for YAML, message for JSON).
  static let replicaValues: [(String, String, String?, String, String)] = [
    ("2^63", "9223372036854775808", "9223372036854775808", "spec.replicas in body should be less than or equal to 2147483647", ""),
    ("2^64", "18446744073709551616", "18446744073709551616", "spec.replicas in body should be less than or equal to 2147483647", ""),
    ("1e19", "1e19", "1e19", "spec.replicas in body should be less than or equal to 2147483647", ""),
    ("2^31", "2147483648", "2147483648", "spec.replicas in body should be less than or equal to 2147483647", ""),
    ("23 digits", "99999999999999999999999", "99999999999999999999999", "spec.replicas in body should be less than or equal to 2147483647", ""),
    ("-2^31-1", "-2147483649", "-2147483649", "spec.replicas in body should be greater than or equal to -2147483648", ""),
    ("1e400", "1e400", "1e400", "spec.replicas in body must be of type integer: \"string\"", "invalid number: 1e400 is out of range"),
    ("-1e400", "-1e400", "-1e400", "spec.replicas in body must be of type integer: \"string\"", "invalid number: -1e400 is out of range"),
    ("-1", "-1", "-1", "spec.replicas: Invalid value: -1: must be greater than or equal to 0", ""),
    ("10 million", "10000000", "10000000", "must be no more than 10000 (the embedded cluster's limit of cache workers per runtime)", ""),
    ("fraction", "1.5", "1.5", "spec.replicas in body must be of type integer: \"number\"", ""),
    ("string", "\"3\"", "\"3\"", "spec.replicas in body must be of type integer: \"string\"", ""),
    ("boolean", "true", "true", "spec.replicas in body must be of type integer: \"boolean\"", ""),
    ("list", "[1]", "[1]", "spec.replicas in body must be of type integer: \"array\"", ""),
    ("object", "{a: 1}", "{\"a\":1}", "spec.replicas in body must be of type integer: \"object\"", ""),
    (".inf", ".inf", nil, "spec.replicas in body must be of type integer: \"string\"", ""),
    ("hex past int64", "0x8000000000000000", nil, "spec.replicas in body must be of type integer: \"string\"", ""),
  ]

  static var replicaCases: [BadInputCase] {
    var out: [BadInputCase] = []
    for kind in runtimeKinds {
      for (label, yaml, json, yamlMessage, jsonMessage) in replicaValues {
        out.append(Doc.apply("\(kind) replicas \(label) (YAML)", file: "rt.yaml", Doc.yaml("data.fluid.io/v1alpha1", kind, name: "rt", spec: "  replicas: \(yaml)\n"), yamlMessage))
        if let json {
          out.append(
            Doc.apply(
              "\(kind) replicas \(label) (JSON)", file: "rt.json", Doc.json("data.fluid.io/v1alpha1", kind, name: "rt", spec: "{\"replicas\":\(json)}"),
              jsonMessage.isEmpty ? yamlMessage : jsonMessage))
        }
      }
    }
    return out
  }

  /// Tier quotas: (value, message).
  static let quotaValues: [(String, String)] = [
    ("9Ei", "Invalid value: \"9Ei\": must be less than 8Ei"),
    ("8Ei", "Invalid value: \"8Ei\": must be less than 8Ei"),
    ("10E", "Invalid value: \"10E\": must be less than 8Ei"),
    ("1e19", "Invalid value: \"1e19\": must be less than 8Ei"),
    ("99999999999999999999", "Invalid value: \"99999999999999999999\": must be less than 8Ei"),
    ("1e400", "Invalid value: \"1e400\": must be less than 8Ei"),
    ("-1Gi", "Invalid value: \"-1Gi\": must be greater than or equal to 0"),
    ("-1", "Invalid value: \"-1\": must be greater than or equal to 0"),
    ("2Ei", "must be no more than 1Ei (the embedded cluster's limit per cache tier)"),
    ("10Gx", "spec.tieredstore.levels[0].quota in body should match"),
  ]

  static var quotaCases: [BadInputCase] {
    tieredKinds.flatMap { kind in
      quotaValues.map { value, message in
        Doc.apply(
          "\(kind) quota \(value)", file: "q.yaml",
          Doc.yaml(
            "data.fluid.io/v1alpha1", kind, name: "q",
            spec: "  replicas: 1\n  tieredstore:\n    levels:\n    - mediumtype: MEM\n      path: /dev/shm\n      quota: \"\(value)\"\n"),
          message)
      }
    }
  }

  static var dataLoadCases: [BadInputCase] {
    let head = "  dataset: {name: d1, namespace: default}\n  target:\n"
    let many = (0...1000).map { "  - path: /p\($0)\n" }.joined()
    return [
      Doc.apply(
        "DataLoad target replicas past the limit", file: "l.yaml",
        Doc.yaml("data.fluid.io/v1alpha1", "DataLoad", name: "l", spec: head + "  - {path: /, replicas: 1001}\n"),
        "spec.target[0].replicas: Invalid value: 1001: must be no more than 1000"),
      Doc.apply(
        "DataLoad target replicas negative", file: "l.yaml",
        Doc.yaml("data.fluid.io/v1alpha1", "DataLoad", name: "l", spec: head + "  - {path: /, replicas: -1}\n"),
        "spec.target[0].replicas: Invalid value: -1: must be greater than or equal to 0"),
      Doc.apply(
        "DataLoad with 1001 paths", file: "l.yaml", Doc.yaml("data.fluid.io/v1alpha1", "DataLoad", name: "l", spec: head + many),
        "spec.target: Too long: must have at most 1000 items"),
      Doc.apply(
        "DataLoad target replicas 2^63", file: "l.yaml",
        Doc.yaml("data.fluid.io/v1alpha1", "DataLoad", name: "l", spec: head + "  - {path: /, replicas: 9223372036854775808}\n"),
        "spec.target[0].replicas in body should be less than or equal to 2147483647"),
    ]
  }
}
