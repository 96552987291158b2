public import FluidModel

/// The structural schema of kubernetes-cronhpa-controller's CronHorizontalPodAutoscaler CRD
/// (`third_party/cronhpa-controller`, v1beta1), as the embedded cluster applies it on every
/// write: pruning, `cronMode` defaulting to `Enable`, types and required fields.
/// `CronHPASchemaTests` fails when it differs from the vendored CRD.
public enum CronHPASchema {
  public static let json = #"{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"cronMode":{"default":"Enable","enum":["Enable","Disable"],"type":"string"},"excludeDates":{"items":{"type":"string"},"type":"array"},"jobs":{"items":{"properties":{"name":{"type":"string"},"runOnce":{"type":"boolean"},"schedule":{"type":"string"},"targetSize":{"format":"int32","type":"integer"}},"required":["name","schedule","targetSize"],"type":"object"},"type":"array"},"scaleTargetRef":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"}},"required":["jobs","scaleTargetRef"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"jobId":{"type":"string"},"lastProbeTime":{"format":"date-time","type":"string"},"message":{"type":"string"},"name":{"type":"string"},"runOnce":{"type":"boolean"},"schedule":{"type":"string"},"state":{"type":"string"},"targetSize":{"format":"int32","type":"integer"}},"required":["jobId","lastProbeTime","name","runOnce","schedule","state","targetSize"],"type":"object"},"type":"array"},"cronMode":{"type":"string"},"excludeDates":{"items":{"type":"string"},"type":"array"},"scaleTargetRef":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"}},"type":"object"}},"type":"object"}"#

  public static let validator = SchemaValidator(schema: (try? JSONParser.parse(json)) ?? [:])
}
