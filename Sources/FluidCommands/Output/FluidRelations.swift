import FluidKit
import FluidModel
import Foundation

/// The objects Fluid ties together: a Dataset and the runtime of the same name, its PVC
/// (`<name>`) and PV (`<namespace>-<name>`), and the data operations that name it.
struct FluidRelations {
  let client: any ClusterClient

  struct Relation {
    var role: String
    var text: String
  }

  static func runtimeKinds(_ registry: ResourceRegistry = .standard) -> [ResourceDescriptor] {
    registry.descriptors.filter { $0.group == "data.fluid.io" && $0.kind.hasSuffix("Runtime") }
  }
  static func operationKinds(_ registry: ResourceRegistry = .standard) -> [ResourceDescriptor] {
    registry.descriptors.filter { $0.group == "data.fluid.io" && ["DataLoad", "DataBackup", "DataMigrate", "DataProcess"].contains($0.kind) }
  }

  /// The runtime bound (by name) to a dataset, if one exists.
  func runtime(named name: String, namespace: String?) async throws -> (ResourceDescriptor, JSONValue)? {
    for d in Self.runtimeKinds() {
      if let o = try await optionalGet(d, namespace, name) { return (d, o) }
    }
    return nil
  }

  func optionalGet(_ d: ResourceDescriptor, _ ns: String?, _ name: String) async throws -> JSONValue? {
    do {
      return try await client.get(d, namespace: ns, name: name)
    } catch FluidError.api(let s) where s.code == 404 {
      return nil
    }
  }

  static func datasetName(ofOperation o: JSONValue) -> String? {
    o["spec"]?["dataset"]?["name"]?.stringValue ?? o["spec"]?["dataset"]?.stringValue
      ?? o["spec"]?["from"]?["dataset"]?["name"]?.stringValue ?? o["spec"]?["to"]?["dataset"]?["name"]?.stringValue
  }

  /// The HorizontalPodAutoscaler that scales a runtime: its bounds, current and desired workers,
  /// and why it last scaled or cannot (nil when none targets it, or HPAs cannot be read).
  func autoscaler(of rd: ResourceDescriptor, _ name: String, _ ns: String?) async throws -> Relation? {
    guard let hpas = try? await client.list(CoreKinds.horizontalPodAutoscaler, namespace: ns, options: ListOptions()).items,
      let hpa = hpas.first(where: { $0["spec"]?["scaleTargetRef"]?["kind"]?.stringValue == rd.kind && $0["spec"]?["scaleTargetRef"]?["name"]?.stringValue == name })
    else { return nil }
    let spec = hpa["spec"]
    let st = hpa["status"]
    var text = "horizontalpodautoscaler.autoscaling/\(hpa["metadata"]?["name"]?.stringValue ?? "") (\(spec?["minReplicas"]?.intValue ?? 1)-\(spec?["maxReplicas"]?.intValue ?? 0) workers, "
      + "\(st?["currentReplicas"]?.intValue ?? 0) now, \(st?["desiredReplicas"]?.intValue ?? 0) desired, targets \(CoreColumns.hpaTargets(hpa)))"
    let conditions = st?["conditions"]?.arrayValue ?? []
    if let inactive = conditions.first(where: { $0["type"] == "ScalingActive" && $0["status"] == "False" }) {
      text += ": not scaling: \(inactive["message"]?.stringValue ?? "")"
    } else if let able = conditions.first(where: { $0["type"] == "AbleToScale" }), let lastScale = st?["lastScaleTime"]?.stringValue {
      text += ": last scaled at \(lastScale) (\(able["message"]?.stringValue ?? ""))"
    }
    return Relation(role: "Autoscaler", text: text)
  }

  /// The CronHorizontalPodAutoscalers that scale a runtime, directly or through its HPA: each
  /// job's schedule, size and last outcome (none when the cluster does not serve the kind).
  func schedules(of rd: ResourceDescriptor, _ name: String, _ ns: String?) async -> [Relation] {
    guard let crons = try? await client.list(CoreKinds.cronHorizontalPodAutoscaler, namespace: ns, options: ListOptions()).items else { return [] }
    let hpaNames = Set(
      ((try? await client.list(CoreKinds.horizontalPodAutoscaler, namespace: ns, options: ListOptions()).items) ?? [])
        .filter { $0["spec"]?["scaleTargetRef"]?["kind"]?.stringValue == rd.kind && $0["spec"]?["scaleTargetRef"]?["name"]?.stringValue == name }
        .compactMap { $0["metadata"]?["name"]?.stringValue })
    return crons.compactMap { c in
      let ref = c["spec"]?["scaleTargetRef"]
      let kind = ref?["kind"]?.stringValue
      let target = ref?["name"]?.stringValue ?? ""
      guard (kind == rd.kind && target == name) || (kind == "HorizontalPodAutoscaler" && hpaNames.contains(target)) else { return nil }
      let conditions = c["status"]?["conditions"]?.arrayValue ?? []
      let jobs = (c["spec"]?["jobs"]?.arrayValue ?? []).map { j -> String in
        let jobName = j["name"]?.stringValue ?? ""
        var text = "\(jobName) \"\(j["schedule"]?.stringValue ?? "")\" → \(j["targetSize"]?.intValue ?? 0)"
        if let cond = conditions.first(where: { $0["name"]?.stringValue == jobName }), cond["state"] != "Submitted" {
          text += " (\(cond["state"]?.stringValue ?? "") at \(cond["lastProbeTime"]?.stringValue ?? ""))"
        }
        return text
      }
      let mode = c["spec"]?["cronMode"] == "Disable" ? ", disabled" : ""
      let via = kind == "HorizontalPodAutoscaler" ? " via horizontalpodautoscaler.autoscaling/\(target)" : ""
      return Relation(
        role: "Schedule",
        text: "cronhorizontalpodautoscaler.autoscaling.alibabacloud.com/\(c["metadata"]?["name"]?.stringValue ?? "")\(via)\(mode): \(jobs.joined(separator: "; "))")
    }
  }

  func related(_ d: ResourceDescriptor, _ o: JSONValue) async throws -> [Relation] {
    let name = o["metadata"]?["name"]?.stringValue ?? ""
    let ns = o["metadata"]?["namespace"]?.stringValue
    var out: [Relation] = []
    if d.kind == "Dataset" {
      if let (rd, r) = try await runtime(named: name, namespace: ns) {
        let phases = ["master", "worker", "fuse"].compactMap { p -> String? in
          r["status"]?["\(p)Phase"]?.stringValue.map { "\(p) \($0.isEmpty ? "-" : $0)" }
        }
        out.append(Relation(role: "Runtime", text: "\(rd.qualifiedSingular)/\(name)" + (phases.isEmpty ? " (no status yet)" : " (\(phases.joined(separator: ", ")))")))
      } else {
        out.append(Relation(role: "Runtime", text: "<none>: no runtime named \"\(name)\" in namespace \"\(ns ?? "")\""))
      }
      let pvc = try await optionalGet(CoreKinds.persistentVolumeClaim, ns, name)
      out.append(Relation(role: "PVC", text: pvc.map { "persistentvolumeclaim/\(name) (\($0["status"]?["phase"]?.stringValue ?? "Pending"))" } ?? "<none yet>"))
      let pvName = "\(ns ?? "default")-\(name)"
      let pv = try await optionalGet(CoreKinds.persistentVolume, nil, pvName)
      out.append(Relation(role: "PV", text: pv.map { "persistentvolume/\(pvName) (\($0["status"]?["phase"]?.stringValue ?? "Pending"))" } ?? "<none yet>"))
      var ops: [String] = []
      for od in Self.operationKinds() {
        for item in try await client.list(od, namespace: ns, options: ListOptions()).items where Self.datasetName(ofOperation: item) == name {
          ops.append("\(od.qualifiedSingular)/\(item["metadata"]?["name"]?.stringValue ?? "") (\(item["status"]?["phase"]?.stringValue ?? "no phase"))")
        }
      }
      out.append(Relation(role: "Data Operations", text: ops.isEmpty ? "<none>" : ops.joined(separator: ", ")))
      if let (rd, _) = try await runtime(named: name, namespace: ns) {
        if let a = try await autoscaler(of: rd, name, ns) { out.append(a) }
        out += await schedules(of: rd, name, ns)
      }
    } else if d.kind.hasSuffix("Runtime"), d.group == "data.fluid.io" {
      let ds = try await optionalGet(FluidKindsLookup.dataset, ns, name)
      out.append(Relation(role: "Dataset", text: ds.map { "dataset.data.fluid.io/\(name) (\($0["status"]?["phase"]?.stringValue ?? "no phase"))" } ?? "<none>: no dataset named \"\(name)\""))
      if let a = try await autoscaler(of: d, name, ns) { out.append(a) }
      out += await schedules(of: d, name, ns)
    } else if let dsName = Self.datasetName(ofOperation: o), FluidRelations.operationKinds().contains(d) {
      let ds = try await optionalGet(FluidKindsLookup.dataset, o["spec"]?["dataset"]?["namespace"]?.stringValue ?? ns, dsName)
      out.append(Relation(role: "Dataset", text: ds.map { "dataset.data.fluid.io/\(dsName) (\($0["status"]?["phase"]?.stringValue ?? "no phase"))" } ?? "<none>: no dataset named \"\(dsName)\""))
      // The workload is extra detail: a user who may not read Jobs or pods still gets the rest.
      let workloads = OperationWorkloads(client: client)
      if let w = (try? await workloads.workload(of: d, o)) ?? nil {
        let now = (try? await client.currentTime()) ?? Date()
        out.append(Relation(role: w.descriptor.kind, text: workloads.summary(w, now: now)))
        if w.descriptor.kind == "Job" {
          let pods = ((try? await workloads.pods(ofJob: w.object)) ?? []).map { p in
            "\(p["metadata"]?["name"]?.stringValue ?? "") (\(CoreColumns.value("@pod.status", p, now: now)))"
          }
          if !pods.isEmpty { out.append(Relation(role: "Pods", text: pods.joined(separator: ", "))) }
        }
      }
    }
    return out
  }
}

enum FluidKindsLookup {
  static let dataset = ResourceRegistry.standard.resolve("datasets.data.fluid.io")!
}

/// One plain sentence saying why an object is not ready, or nil when it is.
struct Diagnosis {
  let client: any ClusterClient

  func whyNotReady(_ d: ResourceDescriptor, _ o: JSONValue) async throws -> String? {
    let name = o["metadata"]?["name"]?.stringValue ?? ""
    let ns = o["metadata"]?["namespace"]?.stringValue
    let rel = FluidRelations(client: client)
    if let ts = o["metadata"]?["deletionTimestamp"]?.stringValue {
      let f = (o["metadata"]?["finalizers"]?.arrayValue ?? []).compactMap(\.stringValue)
      var s = "it is being deleted (since \(ts))" + (f.isEmpty ? "" : " and waits for finalizers \(f.joined(separator: ", "))")
      if d.kind == "Dataset" {
        let pods = try await client.list(CoreKinds.pod, namespace: ns, options: ListOptions()).items.filter { p in
          (p["spec"]?["volumes"]?.arrayValue ?? []).contains { $0["persistentVolumeClaim"]?["claimName"]?.stringValue == name }
        }.compactMap { $0["metadata"]?["name"]?.stringValue }
        if !pods.isEmpty { s += "; pod(s) \(pods.joined(separator: ", ")) still use its PVC" }
      }
      return s + "."
    }
    let failed = (o["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"] == "Failed" && $0["status"] == "True" }
    if let failed { return "it failed: \(failed["message"]?.stringValue ?? failed["reason"]?.stringValue ?? "no reason given")." }
    switch d.kind {
    case "Dataset":
      let phase = o["status"]?["phase"]?.stringValue ?? ""
      if phase == "Bound" { return nil }
      if let why = try await missingSecret(o, ns) { return why }
      var unserved: [String] = []
      var found: (ResourceDescriptor, JSONValue)?
      for kind in FluidRelations.runtimeKinds() where found == nil {
        do {
          if let r = try await rel.optionalGet(kind, ns, name) { found = (kind, r) }
        } catch FluidError.unknownResource {
          unserved.append(kind.plural)
        }
      }
      guard let (rd, r) = found else {
        let missing = unserved.isEmpty ? "" : " This cluster does not serve \(unserved.joined(separator: ", ")): Fluid's CRDs for them are not installed ('fluidctl crds install' or Fluid's chart)."
        if phase.isEmpty { return "the Fluid dataset controller has not processed it yet (no phase), and no runtime named \"\(name)\" exists; create one, for example with 'fluidctl dataset create \(name) --mount URL --runtime alluxio'." + missing }
        return "no runtime named \"\(name)\" exists in namespace \"\(ns ?? "")\"; a Dataset binds only to a runtime of the same name (for example 'fluidctl dataset create \(name) --mount URL --runtime alluxio')." + missing
      }
      if let why = try await missingClass(rd, r) { return why }
      if phase.isEmpty { return "the Fluid dataset controller has not processed it yet (no phase); its runtime is \(rd.qualifiedSingular)/\(name)." }
      return "it waits for \(rd.qualifiedSingular)/\(name) to become ready: \(runtimeState(r))."
    case let k where k.hasSuffix("Runtime") && d.group == "data.fluid.io":
      let worker = o["status"]?["workerPhase"]?.stringValue ?? ""
      if worker == "Ready" { return nil }
      if o["status"] == nil { return "no Fluid runtime controller has reported its status yet." }
      return runtimeState(o) + "."
    case "DataLoad", "DataBackup", "DataMigrate", "DataProcess":
      let phase = o["status"]?["phase"]?.stringValue ?? ""
      if phase == "Complete" { return nil }
      var dataset: JSONValue?
      if let ds = FluidRelations.datasetName(ofOperation: o) {
        dataset = try await rel.optionalGet(FluidKindsLookup.dataset, ns, ds)
        if dataset == nil { return "its dataset \"\(ds)\" does not exist." }
        if !["Bound", "DataMigrating"].contains(dataset?["status"]?["phase"]?.stringValue ?? "") { return "its dataset \"\(ds)\" is not bound yet." }
      }
      if phase == "Pending", let holder = dataset?["status"]?["operationRef"]?[d.kind]?.stringValue, !holder.isEmpty, holder != name {
        return "it waits for \(d.kind) \(holder) to release the dataset's lock."
      }
      let workloads = OperationWorkloads(client: client)
      if phase == "Executing", let w = (try? await workloads.workload(of: d, o)) ?? nil, let why = (try? await workloads.whyRunning(w)) ?? nil {
        return why.hasSuffix(".") ? why : why + "."
      }
      if phase == "Executing", d.kind == "DataLoad", let states = dataset?["status"]?["cacheStates"] {
        let cached = states["cached"]?.stringValue ?? "?"
        let pct = states["cachedPercentage"]?.stringValue ?? ""
        return "it is loading: the dataset has \(cached) cached" + (pct.isEmpty ? "" : " (\(pct) of \(dataset?["status"]?["ufsTotal"]?.stringValue ?? "?"))") + "."
      }
      return phase.isEmpty ? "no Fluid controller has processed it yet (no phase)." : "it is \(phase)."
    default:
      return nil
    }
  }

  func runtimeState(_ r: JSONValue) -> String { RuntimeStateText.of(r) }

  /// A Secret the dataset's mounts read options from that does not exist (nil when all exist,
  /// or when this user may not read Secrets).
  func missingSecret(_ ds: JSONValue, _ ns: String?) async throws -> String? {
    var refs: [(mount: String, option: String, secret: String)] = []
    for m in ds["spec"]?["mounts"]?.arrayValue ?? [] {
      for e in m["encryptOptions"]?.arrayValue ?? [] {
        if let s = e["valueFrom"]?["secretKeyRef"]?["name"]?.stringValue {
          refs.append((m["name"]?.stringValue ?? m["mountPoint"]?.stringValue ?? "?", e["name"]?.stringValue ?? "?", s))
        }
      }
    }
    for e in ds["spec"]?["sharedEncryptOptions"]?.arrayValue ?? [] {
      if let s = e["valueFrom"]?["secretKeyRef"]?["name"]?.stringValue { refs.append(("(shared)", e["name"]?.stringValue ?? "?", s)) }
    }
    var checked: Set<String> = []
    for ref in refs where checked.insert(ref.secret).inserted {
      do {
        _ = try await client.get(CoreKinds.secret, namespace: ns, name: ref.secret)
      } catch FluidError.api(let s) where s.code == 404 {
        return "its mount \"\(ref.mount)\" reads option \"\(ref.option)\" from Secret \"\(ref.secret)\", which does not exist in namespace \"\(ns ?? "default")\"; Fluid cannot mount the data without it."
      } catch FluidError.api(let s) where s.code == 403 {
        return nil
      }
    }
    return nil
  }

  /// The cluster-scoped object a runtime is defined by (a CacheRuntime's CacheRuntimeClass, a
  /// ThinRuntime's ThinRuntimeProfile), when it is missing or its kind is not served.
  func missingClass(_ rd: ResourceDescriptor, _ r: JSONValue) async throws -> String? {
    let (field, plural): (String, String)
    switch rd.kind {
    case "CacheRuntime": (field, plural) = ("runtimeClassName", "cacheruntimeclasses")
    case "ThinRuntime": (field, plural) = ("profileName", "thinruntimeprofiles")
    default: return nil
    }
    guard let name = r["spec"]?[field]?.stringValue, !name.isEmpty,
      let kind = ResourceRegistry.standard.resolve("\(plural).data.fluid.io")
    else { return nil }
    let runtime = "\(rd.qualifiedSingular)/\(r["metadata"]?["name"]?.stringValue ?? "")"
    do {
      _ = try await client.get(kind, namespace: nil, name: name)
      return nil
    } catch FluidError.api(let s) where s.code == 404 {
      return "its runtime \(runtime) names \(kind.kind) \"\(name)\" (spec.\(field)), which does not exist; Fluid sets up no cache workers until that cluster-scoped \(kind.kind) is created."
    } catch FluidError.unknownResource {
      return "its runtime \(runtime) needs a \(kind.kind), and this cluster does not serve \(kind.qualifiedPlural): Fluid's CRDs for it are not installed."
    }
  }
}
