import FluidKit
import FluidModel
import Foundation

extension EmbeddedCluster {
  public func create(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: WriteOptions) async throws
    -> JSONValue
  {
    try createSync(r, namespace: namespace, object: object, options: options)
  }

  func createSync(_ r: ResourceDescriptor, namespace: String?, object: JSONValue, options: WriteOptions) throws -> JSONValue {
    try locked { try store.writeTransaction { try createLocked(r, namespace, object, options, operation: "Update") } }
  }

  public func update(
    _ r: ResourceDescriptor, namespace: String?, object: JSONValue, subresource: String?, options: WriteOptions
  ) async throws -> JSONValue {
    try updateSync(r, namespace: namespace, object: object, subresource: subresource, options: options)
  }

  func updateSync(
    _ r: ResourceDescriptor, namespace: String?, object: JSONValue, subresource: String?, options: WriteOptions
  ) throws -> JSONValue {
    try locked {
      try store.writeTransaction {
        let name = object["metadata"]?["name"]?.stringValue ?? ""
        let k = key(r, namespace ?? object["metadata"]?["namespace"]?.stringValue, name)
        guard let existing = try store.get(k) else { throw FluidError.api(.notFound(r, name)) }
        let given = object["metadata"]?["resourceVersion"]?.stringValue ?? ""
        if given.isEmpty {
          throw FluidError.api(
            .invalid(r, name, [FieldError("metadata.resourceVersion", .invalid(value: "0x0", detail: "must be specified for an update"))]))
        }
        if given != existing["metadata"]?["resourceVersion"]?.stringValue {
          throw FluidError.api(.conflict(r, name, "the object has been modified; please apply your changes to the latest version and try again"))
        }
        var candidate: JSONValue
        switch subresource {
        case nil:
          candidate = object
          if r.hasStatus { candidate["status"] = existing["status"] }
        case "status":
          candidate = existing
          candidate["status"] = object["status"]
        default:
          throw FluidError.api(.methodNotAllowed("subresource \(subresource ?? "") does not support update"))
        }
        return try commit(r, k, existing: existing, candidate: candidate, options: options, operation: "Update")
      }
    }
  }

  public func patch(
    _ r: ResourceDescriptor, namespace: String?, name: String, patch: ObjectPatch, subresource: String?,
    options: WriteOptions
  ) async throws -> JSONValue {
    try patchSync(r, namespace: namespace, name: name, patch: patch, subresource: subresource, options: options)
  }

  /// The patch applied under the store's lock: a JSON patch of the main resource or status
  /// applies to the whole stored object (kube-apiserver's order), one of `scale` to the Scale.
  func patchSync(
    _ r: ResourceDescriptor, namespace: String?, name: String, patch: ObjectPatch, subresource: String?,
    options: WriteOptions
  ) throws -> JSONValue {
    try locked {
      try store.writeTransaction {
        let k = key(r, namespace, name)
        guard let existing = try store.get(k) else { throw FluidError.api(.notFound(r, name)) }
        if let rv = patch.resourceVersion, rv != existing["metadata"]?["resourceVersion"]?.stringValue
        {
          throw FluidError.api(.conflict(r, name, "the object has been modified; please apply your changes to the latest version and try again"))
        }
        var candidate: JSONValue
        switch subresource {
        case nil:
          candidate = try patch.applied(to: existing, of: r)
          if r.hasStatus { candidate["status"] = existing["status"] }
        case "status":
          candidate = existing
          candidate["status"] = try patch.applied(to: existing, of: r)["status"]
        case "scale":
          guard let scale = r.scale else {
            throw FluidError.api(APIStatus(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
          }
          let patchedScale = try patch.applied(to: Self.scaleObject(existing, scale), of: r)
          guard let replicas = patchedScale["spec"]?["replicas"]?.intValue else {
            throw FluidError.api(.badRequest("spec.replicas must be an integer"))
          }
          if replicas < 0 {
            throw FluidError.api(
              APIStatus(
                code: 422, reason: "Invalid",
                message: "Scale.autoscaling \"\(name)\" is invalid: spec.replicas: Invalid value: \(replicas): must be greater than or equal to 0",
                name: name, group: "autoscaling", kind: "Scale"))
          }
          candidate = existing
          candidate[path: Self.jsonPathKeys(scale.specReplicasPath)] = .int(replicas)
          let result = try commit(r, k, existing: existing, candidate: candidate, options: options, operation: "Update")
          return Self.scaleObject(result, scale)
        default:
          throw FluidError.api(.methodNotAllowed("subresource \(subresource ?? "") is not served"))
        }
        return try commit(r, k, existing: existing, candidate: candidate, options: options, operation: "Update")
      }
    }
  }

  // MARK: admission

  /// Validates, prunes and defaults `object` as kind `r`; throws kube-apiserver's errors.
  /// `previous`: the stored version an update replaces (its unchanged parts are not processed
  /// again).
  func admit(_ r: ResourceDescriptor, _ object: JSONValue, _ options: WriteOptions, previous: JSONValue? = nil) throws -> JSONValue {
    let name = object["metadata"]?["name"]?.stringValue ?? ""
    var errors = ObjectMetaValidation.errors(object["metadata"], namespaced: r.namespaced, previous: previous?["metadata"])
    var result = object
    var unknownFields = ObjectMetaValidation.unknownFields(object["metadata"])
    if !unknownFields.isEmpty, let meta = object["metadata"] { result["metadata"] = ObjectMetaValidation.pruned(meta) }
    // Custom resources: Fluid's kinds, and kubernetes-cronhpa-controller's.
    let schema = r.group == "data.fluid.io" ? SchemaValidator.forFluidKind(plural: r.plural) : r == CoreKinds.cronHorizontalPodAutoscaler ? CronHPASchema.validator : nil
    if let validator = schema {
      let outcome = validator.process(result, previous: previous)
      unknownFields += outcome.unknownFields
      errors += outcome.errors
      result = outcome.object
      if outcome.errors.isEmpty { errors += SimulatorLimits.errors(r, result) }
    }
    if !unknownFields.isEmpty {
      let list = unknownFields.map { "unknown field \"\($0)\"" }
      switch options.fieldValidation {
      case .strict:
        throw FluidError.api(
          .badRequest("\(r.kind) in version \"\(r.version)\" cannot be handled as a \(r.kind): strict decoding error: \(list.joined(separator: ", "))"))
      case .warn: list.forEach { options.onWarning?($0) }
      case .ignore: break
      }
    }
    if r == CoreKinds.horizontalPodAutoscaler {
      result = HPAAdmission.defaulted(result)
      errors += HPAAdmission.errors(result)
    }
    if !errors.isEmpty { throw FluidError.api(.invalid(r, name, errors)) }
    if r.group == "", r.kind == "Secret" { result = Self.foldStringData(result) }
    return result
  }

  /// kube-apiserver stores a Secret's `stringData` base64-encoded in `data` and never returns it.
  static func foldStringData(_ secret: JSONValue) -> JSONValue {
    guard let strings = secret["stringData"]?.objectValue else { return secret }
    var o = secret
    var data = o["data"]?.objectValue ?? [:]
    for (k, v) in strings { data[k] = .string(Data((v.stringValue ?? "").utf8).base64EncodedString()) }
    o["data"] = .object(data)
    o["stringData"] = nil
    return o
  }

  func checkTypeMeta(_ r: ResourceDescriptor, _ obj: inout JSONValue) throws {
    guard case .object = obj else { throw FluidError.api(.badRequest("the body of the request was not a JSON object")) }
    if let av = obj["apiVersion"]?.stringValue, let k = obj["kind"]?.stringValue, av != r.apiVersion || k != r.kind {
      throw FluidError.api(.badRequest("the API version in the data (\(av)) does not match the expected API version (\(r.apiVersion))"))
    }
    obj["apiVersion"] = .string(r.apiVersion)
    obj["kind"] = .string(r.kind)
  }

  /// Checks the namespace of a namespaced object against the request and that it exists and is
  /// not terminating; returns it ("" for cluster-scoped kinds).
  func checkNamespace(_ r: ResourceDescriptor, _ requested: String?, _ obj: inout JSONValue) throws -> String {
    guard r.namespaced else {
      obj[path: ["metadata", "namespace"]] = nil
      return ""
    }
    let inObject = obj["metadata"]?["namespace"]?.stringValue
    if let inObject, let requested, inObject != requested {
      throw FluidError.api(.badRequest("the namespace of the provided object does not match the namespace sent on the request"))
    }
    let ns = inObject ?? requested ?? "default"
    obj[path: ["metadata", "namespace"]] = .string(ns)
    guard let nsObj = try store.get(ObjectKey(resource: CoreKinds.namespace.qualifiedPlural, namespace: "", name: ns)) else {
      throw FluidError.api(.namespaceNotFound(ns))
    }
    if nsObj["metadata"]?["deletionTimestamp"] != nil {
      throw FluidError.api(
        APIStatus(
          code: 403, reason: "Forbidden",
          message: "\(r.qualifiedPlural) \"\(obj["metadata"]?["name"]?.stringValue ?? "")\" is forbidden: unable to create new content in namespace \(ns) because it is being terminated"))
    }
    return ns
  }

  func createLocked(
    _ r: ResourceDescriptor, _ namespace: String?, _ object: JSONValue, _ options: WriteOptions, operation: String,
    appliedConfig: JSONValue? = nil
  ) throws -> JSONValue {
    var obj = object
    try checkTypeMeta(r, &obj)
    let ns = try checkNamespace(r, namespace, &obj)
    if (obj["metadata"]?["name"]?.stringValue ?? "").isEmpty, let prefix = obj["metadata"]?["generateName"]?.stringValue {
      obj[path: ["metadata", "name"]] = .string(prefix + Self.randomSuffix())
    }
    var o = try admit(r, obj, options)
    let name = o["metadata"]?["name"]?.stringValue ?? ""
    let k = ObjectKey(resource: r.qualifiedPlural, namespace: ns, name: name)
    if try store.get(k) != nil { throw FluidError.api(.alreadyExists(r, name)) }
    var meta = o["metadata"]?.objectValue ?? [:]
    for f in ["uid", "resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "managedFields"] {
      meta[f] = nil
    }
    meta["uid"] = .string(try newUID(for: k))
    meta["creationTimestamp"] = .string(try nowText())
    if r.group != "" { meta["generation"] = 1 }
    o["metadata"] = .object(meta)
    if r.hasStatus { o["status"] = nil }
    if r == CoreKinds.job { o = BatchDefaults.job(o) }
    if r == CoreKinds.cronJob { o = BatchDefaults.cronJob(o) }
    if r.kind == "Namespace", r.group == "" {
      o[path: ["spec", "finalizers"]] = ["kubernetes"]
      o["status"] = ["phase": "Active"]
      o[path: ["metadata", "labels", "kubernetes.io/metadata.name"]] = .string(name)
    }
    o = ManagedFields.record(
      o, manager: options.fieldManager, operation: operation, apiVersion: r.apiVersion, time: try nowText(),
      fieldsOf: appliedConfig, interner: fieldsInterner)
    if options.dryRun { return o }
    return try store.put(k, o, type: .added)
  }

  static func randomSuffix() -> String {
    String((0..<5).map { _ in FluidNames.suffixAlphabet.randomElement()! })
  }

  /// Writes `candidate` over `existing` with kube-apiserver's update rules: immutable metadata
  /// kept, generation bumped on spec changes only, no-op writes not stored, finalizers frozen
  /// during deletion, and the object removed once it is deleted and has no finalizers left.
  func commit(
    _ r: ResourceDescriptor, _ k: ObjectKey, existing: JSONValue, candidate: JSONValue, options: WriteOptions,
    operation: String, appliedConfig: JSONValue? = nil
  ) throws -> JSONValue {
    var new = candidate
    let old = existing["metadata"]?.objectValue ?? [:]
    var meta = new["metadata"]?.objectValue ?? [:]
    for f in ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "name", "namespace"] {
      meta[f] = old[f]
    }
    if meta["managedFields"] == nil { meta["managedFields"] = old["managedFields"] }
    meta["resourceVersion"] = old["resourceVersion"]
    new["metadata"] = .object(meta)
    new["apiVersion"] = existing["apiVersion"]
    new["kind"] = existing["kind"]
    new = try admit(r, new, options, previous: existing)
    let name = k.name
    if old["deletionTimestamp"] != nil {
      let before = Set((old["finalizers"]?.arrayValue ?? []).compactMap(\.stringValue))
      let after = Set((new["metadata"]?["finalizers"]?.arrayValue ?? []).compactMap(\.stringValue))
      if !after.isSubset(of: before) {
        throw FluidError.api(
          .invalid(r, name, [FieldError("metadata.finalizers", .forbidden(detail: "no new finalizers can be added if the object is being deleted"))]))
      }
    }
    let sameSpec = Self.sameSpec(new, existing)
    if !sameSpec, let g = old["generation"]?.intValue {
      new[path: ["metadata", "generation"]] = .int(g + 1)
    }
    if new.semanticallyEquals(existing) { return existing }
    // The fields a manager owns come from spec and four metadata fields: when none of them
    // changed shape (an annotation's new value is the same field), its entry's fieldsV1 are
    // those it already has.
    let sameFields = appliedConfig == nil && sameSpec
      && ["labels", "annotations", "finalizers", "ownerReferences"].allSatisfy { ManagedFields.sameShape(new["metadata"]?[$0], old[$0]) }
    new = ManagedFields.record(
      new, manager: options.fieldManager, operation: operation, apiVersion: r.apiVersion, time: try nowText(),
      fieldsOf: appliedConfig, unchangedSince: sameFields ? existing : nil, interner: fieldsInterner)
    if options.dryRun { return new }
    if new["metadata"]?["deletionTimestamp"] != nil, (new["metadata"]?["finalizers"]?.arrayValue ?? []).isEmpty {
      try store.remove(k, lastState: new)
      try collectGarbage()
      return new
    }
    let stored = try store.put(k, new, type: .modified)
    if old["deletionTimestamp"] != nil { try collectGarbage() }
    return stored
  }

  /// Whether everything but metadata and status (what bumps metadata.generation when it
  /// changes) is the same in `a` and `b`.
  static func sameSpec(_ a: JSONValue, _ b: JSONValue) -> Bool {
    guard case .object(let x) = a, case .object(let y) = b else { return a == b }
    func count(_ d: JSONObject) -> Int { d.count - (d["metadata"] == nil ? 0 : 1) - (d["status"] == nil ? 0 : 1) }
    guard count(x) == count(y) else { return false }
    for (k, v) in x where k != "metadata" && k != "status" {
      guard y[k] == v else { return false }
    }
    return true
  }
}
