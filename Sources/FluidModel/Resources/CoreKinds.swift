/// The core (group "") kinds the embedded cluster serves, with kubectl's built-in columns.
/// A column whose jsonPath starts with `@` is computed by the table printer (kubectl computes
/// these in Go, not from a JSONPath).
public enum CoreKinds {
  public static let namespace = ResourceDescriptor(
    group: "", version: "v1", kind: "Namespace", plural: "namespaces", singular: "namespace", shortNames: ["ns"],
    namespaced: false, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Status", type: "string", jsonPath: ".status.phase"), age,
    ])
  public static let node = ResourceDescriptor(
    group: "", version: "v1", kind: "Node", plural: "nodes", singular: "node", shortNames: ["no"],
    namespaced: false, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Status", type: "string", jsonPath: "@node.status"),
      PrinterColumn(name: "Roles", type: "string", jsonPath: "@node.roles"), age,
      PrinterColumn(name: "Version", type: "string", jsonPath: ".status.nodeInfo.kubeletVersion"),
      PrinterColumn(name: "Internal-IP", type: "string", jsonPath: "@node.internalIP", priority: 1),
      PrinterColumn(name: "OS-Image", type: "string", jsonPath: ".status.nodeInfo.osImage", priority: 1),
    ])
  public static let pod = ResourceDescriptor(
    group: "", version: "v1", kind: "Pod", plural: "pods", singular: "pod", shortNames: ["po"], categories: ["all"],
    namespaced: true, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Ready", type: "string", jsonPath: "@pod.ready"),
      PrinterColumn(name: "Status", type: "string", jsonPath: "@pod.status"),
      PrinterColumn(name: "Restarts", type: "integer", jsonPath: "@pod.restarts"), age,
      PrinterColumn(name: "IP", type: "string", jsonPath: ".status.podIP", priority: 1),
      PrinterColumn(name: "Node", type: "string", jsonPath: ".spec.nodeName", priority: 1),
    ])
  public static let persistentVolume = ResourceDescriptor(
    group: "", version: "v1", kind: "PersistentVolume", plural: "persistentvolumes", singular: "persistentvolume",
    shortNames: ["pv"], namespaced: false, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Capacity", type: "string", jsonPath: ".spec.capacity.storage"),
      PrinterColumn(name: "Access Modes", type: "string", jsonPath: "@accessModes.spec"),
      PrinterColumn(name: "Reclaim Policy", type: "string", jsonPath: ".spec.persistentVolumeReclaimPolicy"),
      PrinterColumn(name: "Status", type: "string", jsonPath: ".status.phase"),
      PrinterColumn(name: "Claim", type: "string", jsonPath: "@pv.claim"),
      PrinterColumn(name: "StorageClass", type: "string", jsonPath: ".spec.storageClassName"),
      PrinterColumn(name: "VolumeAttributesClass", type: "string", jsonPath: "@none"),
      PrinterColumn(name: "Reason", type: "string", jsonPath: ".status.reason"), age,
    ])
  public static let persistentVolumeClaim = ResourceDescriptor(
    group: "", version: "v1", kind: "PersistentVolumeClaim", plural: "persistentvolumeclaims",
    singular: "persistentvolumeclaim", shortNames: ["pvc"], namespaced: true, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Status", type: "string", jsonPath: ".status.phase"),
      PrinterColumn(name: "Volume", type: "string", jsonPath: ".spec.volumeName"),
      PrinterColumn(name: "Capacity", type: "string", jsonPath: ".status.capacity.storage"),
      PrinterColumn(name: "Access Modes", type: "string", jsonPath: "@accessModes.status"),
      PrinterColumn(name: "StorageClass", type: "string", jsonPath: ".spec.storageClassName"),
      PrinterColumn(name: "VolumeAttributesClass", type: "string", jsonPath: "@none"), age,
    ])
  public static let event = ResourceDescriptor(
    group: "", version: "v1", kind: "Event", plural: "events", singular: "event", shortNames: ["ev"],
    namespaced: true,
    printerColumns: [
      PrinterColumn(name: "Last Seen", type: "date", jsonPath: "@event.lastSeen"),
      PrinterColumn(name: "Type", type: "string", jsonPath: ".type"),
      PrinterColumn(name: "Reason", type: "string", jsonPath: ".reason"),
      PrinterColumn(name: "Object", type: "string", jsonPath: "@event.object"),
      PrinterColumn(name: "Message", type: "string", jsonPath: ".message"),
    ])
  public static let secret = ResourceDescriptor(
    group: "", version: "v1", kind: "Secret", plural: "secrets", singular: "secret", namespaced: true,
    printerColumns: [
      PrinterColumn(name: "Type", type: "string", jsonPath: ".type"),
      PrinterColumn(name: "Data", type: "integer", jsonPath: "@count.data"), age,
    ])
  public static let configMap = ResourceDescriptor(
    group: "", version: "v1", kind: "ConfigMap", plural: "configmaps", singular: "configmap", shortNames: ["cm"],
    namespaced: true,
    printerColumns: [PrinterColumn(name: "Data", type: "integer", jsonPath: "@count.data"), age])

  static let age = PrinterColumn(name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp")

  /// apps/v1 StatefulSet (Fluid's master and worker workloads), with kubectl's columns.
  public static let statefulSet = ResourceDescriptor(
    group: "apps", version: "v1", kind: "StatefulSet", plural: "statefulsets", singular: "statefulset", shortNames: ["sts"],
    categories: ["all"], namespaced: true, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Ready", type: "string", jsonPath: "@sts.ready"), age,
    ] + templateColumns)
  /// apps/v1 DaemonSet (Fluid's fuse workload), with kubectl's columns.
  public static let daemonSet = ResourceDescriptor(
    group: "apps", version: "v1", kind: "DaemonSet", plural: "daemonsets", singular: "daemonset", shortNames: ["ds"],
    categories: ["all"], namespaced: true, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Desired", type: "integer", jsonPath: ".status.desiredNumberScheduled"),
      PrinterColumn(name: "Current", type: "integer", jsonPath: ".status.currentNumberScheduled"),
      PrinterColumn(name: "Ready", type: "integer", jsonPath: ".status.numberReady"),
      PrinterColumn(name: "Up-to-date", type: "integer", jsonPath: ".status.updatedNumberScheduled"),
      PrinterColumn(name: "Available", type: "integer", jsonPath: ".status.numberAvailable"),
      PrinterColumn(name: "Node Selector", type: "string", jsonPath: "@ds.nodeSelector"), age,
    ] + templateColumns + [PrinterColumn(name: "Selector", type: "string", jsonPath: "@selector.matchLabels", priority: 1)])
  /// batch/v1 Job (Fluid's loader, processor and migrate jobs), with kubectl's columns.
  public static let job = ResourceDescriptor(
    group: "batch", version: "v1", kind: "Job", plural: "jobs", singular: "job", categories: ["all"], namespaced: true,
    hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Status", type: "string", jsonPath: "@job.status"),
      PrinterColumn(name: "Completions", type: "string", jsonPath: "@job.completions"),
      PrinterColumn(name: "Duration", type: "string", jsonPath: "@job.duration"), age,
    ] + templateColumns + [PrinterColumn(name: "Selector", type: "string", jsonPath: "@selector.matchLabels", priority: 1)])
  /// batch/v1 CronJob (a Cron DataLoad's loader), with kubectl's columns.
  public static let cronJob = ResourceDescriptor(
    group: "batch", version: "v1", kind: "CronJob", plural: "cronjobs", singular: "cronjob", shortNames: ["cj"],
    categories: ["all"], namespaced: true, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Schedule", type: "string", jsonPath: ".spec.schedule"),
      PrinterColumn(name: "Timezone", type: "string", jsonPath: "@cj.timeZone"),
      PrinterColumn(name: "Suspend", type: "boolean", jsonPath: "@cj.suspend"),
      PrinterColumn(name: "Active", type: "integer", jsonPath: "@count.status.active"),
      PrinterColumn(name: "Last Schedule", type: "date", jsonPath: "@cj.lastSchedule"), age,
      PrinterColumn(name: "Containers", type: "string", jsonPath: "@jobTemplate.containers", priority: 1),
      PrinterColumn(name: "Images", type: "string", jsonPath: "@jobTemplate.images", priority: 1),
      PrinterColumn(name: "Selector", type: "string", jsonPath: "@jobTemplate.selector", priority: 1),
    ])
  /// The wide columns of workloads: their pod template's containers and images.
  static let templateColumns = [
    PrinterColumn(name: "Containers", type: "string", jsonPath: "@template.containers", priority: 1),
    PrinterColumn(name: "Images", type: "string", jsonPath: "@template.images", priority: 1),
  ]

  /// autoscaling/v2 HorizontalPodAutoscaler (scales a runtime's cache workers), with
  /// kubectl's columns.
  public static let horizontalPodAutoscaler = ResourceDescriptor(
    group: "autoscaling", version: "v2", kind: "HorizontalPodAutoscaler", plural: "horizontalpodautoscalers",
    singular: "horizontalpodautoscaler", shortNames: ["hpa"], categories: ["all"], namespaced: true, hasStatus: true,
    printerColumns: [
      PrinterColumn(name: "Reference", type: "string", jsonPath: "@hpa.reference"),
      PrinterColumn(name: "Targets", type: "string", jsonPath: "@hpa.targets"),
      PrinterColumn(name: "MinPods", type: "string", jsonPath: "@hpa.minPods"),
      PrinterColumn(name: "MaxPods", type: "integer", jsonPath: ".spec.maxReplicas"),
      PrinterColumn(name: "Replicas", type: "integer", jsonPath: "@hpa.replicas"), age,
    ])

  /// autoscaling/v1 HorizontalPodAutoscaler, served for clients that send it (`kubectl
  /// autoscale`); stored as v2 (see `HPAVersions`).
  public static let horizontalPodAutoscalerV1 = ResourceDescriptor(
    group: "autoscaling", version: "v1", kind: "HorizontalPodAutoscaler", plural: "horizontalpodautoscalers",
    singular: "horizontalpodautoscaler", namespaced: true, hasStatus: true, printerColumns: horizontalPodAutoscaler.printerColumns)

  /// kubernetes-cronhpa-controller's CronHorizontalPodAutoscaler (scheduled scaling, which
  /// Fluid documents for known peaks; ACK installs it). Its CRD has no printer columns and no
  /// status subresource: kubectl shows NAME and AGE, and the controller updates the object.
  public static let cronHorizontalPodAutoscaler = ResourceDescriptor(
    group: "autoscaling.alibabacloud.com", version: "v1beta1", kind: "CronHorizontalPodAutoscaler",
    plural: "cronhorizontalpodautoscalers", singular: "cronhorizontalpodautoscaler", shortNames: ["cronhpa"], namespaced: true,
    hasStatus: false, printerColumns: [age])

  public static let customResourceDefinition = ResourceDescriptor(
    group: "apiextensions.k8s.io", version: "v1", kind: "CustomResourceDefinition",
    plural: "customresourcedefinitions", singular: "customresourcedefinition", shortNames: ["crd", "crds"],
    categories: ["api-extensions"], namespaced: false, hasStatus: true,
    printerColumns: [PrinterColumn(name: "Created At", type: "string", jsonPath: ".metadata.creationTimestamp")])

  public static let all: [ResourceDescriptor] = [
    namespace, node, pod, persistentVolume, persistentVolumeClaim, event, secret, configMap, customResourceDefinition,
    statefulSet, daemonSet, job, cronJob, horizontalPodAutoscaler, horizontalPodAutoscalerV1, cronHorizontalPodAutoscaler,
  ]
}
