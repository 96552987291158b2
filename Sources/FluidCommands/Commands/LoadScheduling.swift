import ArgumentParser
import FluidKit
import FluidModel

/// `load`'s policy, dataflow and placement flags, turned into DataLoad spec fields.
struct LoadSchedulingOptions: ParsableArguments {
  @Option(name: .long, help: "once, cron (with --schedule) or onevent (Fluid runs it like once today).")
  var policy: Policy?

  @Option(name: .long, help: ArgumentHelp("Start after this operation completes (a dataflow).", valueName: "kind/name"))
  var runAfter: String?

  @Option(name: .long, help: ArgumentHelp("With --run-after: place the loader near the preceding operation's pods, require or prefer.", valueName: "policy"))
  var runAfterAffinity: AffinityPolicy?

  @Option(name: .long, help: ArgumentHelp("With --run-after-affinity: the node label that means near (repeatable; KEY or KEY=WEIGHT for prefer).", valueName: "key"))
  var runAfterKey: [String] = []

  @Option(name: .long, help: ArgumentHelp("Run the loader only on nodes with this label (repeatable).", valueName: "key=value"))
  var nodeSelector: [String] = []

  @Option(name: .long, help: ArgumentHelp("Require nodes whose label KEY has one of the values (repeatable).", valueName: "key=v1,v2"))
  var nodeAffinity: [String] = []

  @Option(name: .long, help: ArgumentHelp("Tolerate a taint: KEY=VALUE:EFFECT, KEY:EFFECT or KEY (repeatable).", valueName: "taint"))
  var toleration: [String] = []

  enum Policy: String, ExpressibleByArgument, CaseIterable {
    case once, cron, onevent
    var fluidName: String { self == .onevent ? "OnEvent" : rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
  }

  enum AffinityPolicy: String, ExpressibleByArgument, CaseIterable { case require, prefer }

  static let operationKinds = ["DataLoad", "DataBackup", "DataMigrate", "DataProcess"]

  func check(schedule: String?) throws {
    if policy == .cron, schedule == nil { throw ValidationError("--policy cron needs --schedule") }
    if let policy, policy != .cron, schedule != nil { throw ValidationError("--schedule goes with --policy cron, not \(policy.rawValue)") }
    if runAfterAffinity != nil, runAfter == nil { throw ValidationError("--run-after-affinity needs --run-after") }
    if !runAfterKey.isEmpty, runAfterAffinity == nil { throw ValidationError("--run-after-key needs --run-after-affinity") }
    for k in runAfterKey {
      let parts = k.split(separator: "=", maxSplits: 1).map(String.init)
      try checkKey(parts[0], "--run-after-key")
      if parts.count == 2 {
        guard runAfterAffinity == .prefer else { throw ValidationError("invalid --run-after-key \"\(k)\": weights go with --run-after-affinity prefer") }
        _ = try WholeNumber.parse(parts[1], "the weight of --run-after-key \"\(k)\"", in: 1...100)
      }
    }
    for s in nodeSelector { _ = try pair(s, "--node-selector") }
    for a in nodeAffinity {
      let (_, v) = try pair(a, "--node-affinity")
      if v.split(separator: ",").isEmpty { throw ValidationError("invalid --node-affinity \"\(a)\": give one or more values, as KEY=V1,V2") }
    }
    for t in toleration { _ = try Self.toleration(t) }
  }

  func checkKey(_ key: String, _ flag: String) throws {
    if let e = ObjectMetaValidation.keyErrors(key, path: flag).first { throw ValidationError("invalid \(flag) \"\(key)\": \(e.causeMessage)") }
  }

  func pair(_ text: String, _ flag: String) throws -> (String, String) {
    let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 else { throw ValidationError("invalid \(flag) \"\(text)\": use KEY=VALUE") }
    try checkKey(parts[0], flag)
    return (parts[0], parts[1])
  }

  /// kubectl taint syntax: `key=value:Effect`, `key:Effect`, `key` (every effect).
  static func toleration(_ text: String) throws -> JSONValue {
    let effects = ["NoSchedule", "PreferNoSchedule", "NoExecute"]
    var body = Substring(text)
    var effect: String?
    if let colon = text.lastIndex(of: ":") {
      effect = String(text[text.index(after: colon)...])
      body = text[..<colon]
      guard let e = effect, effects.contains(e) else {
        throw ValidationError("invalid --toleration \"\(text)\": the effect must be one of \(effects.joined(separator: ", "))")
      }
    }
    let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard !parts[0].isEmpty else { throw ValidationError("invalid --toleration \"\(text)\": give a taint key") }
    var t: JSONValue = ["key": .string(parts[0])]
    if parts.count == 2 {
      t["operator"] = "Equal"
      t["value"] = .string(parts[1])
    } else {
      t["operator"] = "Exists"
    }
    if let effect { t["effect"] = .string(effect) }
    return t
  }

  /// Adds the fields to a DataLoad `spec`; `registry` resolves --run-after's kind.
  func apply(to spec: inout JSONValue, namespace: String, registry: ResourceRegistry) throws {
    if let policy, policy != .cron { spec["policy"] = .string(policy.fluidName) }
    if let runAfter {
      let parts = runAfter.split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[1].isEmpty, let d = registry.resolve(parts[0]), Self.operationKinds.contains(d.kind) else {
        throw FluidError.usage("invalid --run-after \"\(runAfter)\": use KIND/NAME of a dataload, databackup, datamigrate or dataprocess")
      }
      var ref: JSONValue = ["apiVersion": .string(d.apiVersion), "kind": .string(d.kind), "name": .string(parts[1]), "namespace": .string(namespace)]
      if let affinity = runAfterAffinity {
        var strategy: JSONValue = ["policy": .string(affinity == .require ? "Require" : "Prefer")]
        let keys = runAfterKey.isEmpty ? ["kubernetes.io/hostname"] : runAfterKey
        if affinity == .require {
          strategy["requires"] = .array(keys.map { ["name": .string($0)] })
        } else {
          strategy["prefers"] = .array(keys.map { k in
            let p = k.split(separator: "=", maxSplits: 1).map(String.init)
            return ["name": .string(p[0]), "weight": .int(Int64(p.count > 1 ? Int(p[1]) ?? 100 : 100))]
          })
        }
        ref["affinityStrategy"] = strategy
      }
      spec["runAfter"] = ref
    }
    if !nodeSelector.isEmpty {
      var selector: [String: JSONValue] = [:]
      for s in nodeSelector {
        let (k, v) = try pair(s, "--node-selector")
        selector[k] = .string(v)
      }
      spec["nodeSelector"] = .object(JSONObject(selector))
    }
    if !nodeAffinity.isEmpty {
      let expressions: [JSONValue] = try nodeAffinity.map { a in
        let (k, v) = try pair(a, "--node-affinity")
        return ["key": .string(k), "operator": "In", "values": .array(v.split(separator: ",").map { .string(String($0)) })]
      }
      spec[path: ["affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]] = ["nodeSelectorTerms": [["matchExpressions": .array(expressions)]]]
    }
    if !toleration.isEmpty { spec["tolerations"] = .array(try toleration.map(Self.toleration)) }
  }
}
