/// The names Fluid's code gives a data operation's helm release and its workload (Fluid's
/// `GetDataLoadReleaseName`, `GetDataLoadJobName` and their siblings): the simulator creates
/// them, and the commands look them up on any cluster.
public enum OperationReleases {
  /// The helm release of operation `name` of `kind` (`DataLoad`, `DataProcess`...).
  public static func release(kind: String, name: String) -> String {
    switch kind {
    case "DataLoad": return "\(name)-loader"
    case "DataMigrate": return "\(name)-migrate"
    case "DataBackup": return "\(name)-charts"
    default: return "\(name)-processor"
    }
  }

  /// Its workload: a Job (a CronJob with `policy: Cron`) named after the release, except
  /// DataBackup's bare pod `<name>-pod`.
  public static func workload(kind: String, name: String) -> String {
    switch kind {
    case "DataMigrate": return release(kind: kind, name: name) + "-migrate"
    case "DataBackup": return "\(name)-pod"
    default: return release(kind: kind, name: name) + "-job"
    }
  }
}
