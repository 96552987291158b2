import FluidCommands
import FluidKit
import FluidModel
import FluidTestSupport
import Foundation
import Testing

/// Operations whose workload cannot run stay where Fluid leaves them, and say why.
@Suite struct StuckOperationTests {
  let h = CommandHarness()

  /// A DataBackup to a claim that does not exist: its pod cannot be scheduled, so it stays
  /// Executing (it used to report Complete); `describe` and `wait`'s timeout say why; once the
  /// claim exists the backup runs and completes.
  @Test func aBackupToAMissingClaimWaitsForIt() async throws {
    _ = await h.run("sim init --clock manual")
    _ = await h.run("dataset create d --mount oss://bucket/d --cache MEM:1Gi")
    _ = await h.run("sim advance 2m")
    let backup = "apiVersion: data.fluid.io/v1alpha1\nkind: DataBackup\nmetadata: {name: bk}\nspec: {dataset: d, backupPath: \"pvc://nope/backups/\"}\n"
    #expect((await h.run(["apply", "-f", "-"], stdin: backup)).code == 0)
    _ = await h.run("sim advance 3m")
    #expect((await h.run(["get", "databackup", "bk", "-o", "jsonpath={.status.phase}"])).stdout == "Executing")
    let why = "its pod bk-pod cannot be scheduled: 0/3 nodes are available: persistentvolumeclaim \"nope\" not found."
    #expect((await h.run("describe databackup bk")).stdout.contains("Not Ready Because:  \(why)\n"))
    let waited = await h.run(["wait", "databackup/bk", "--for=jsonpath={.status.phase}=Complete", "--timeout", "1s"])
    #expect(waited.code == 4)
    #expect(waited.stderr == "error: timed out waiting for the condition on databackups/bk (last seen: phase=Executing): \(why)\n", "\(waited.stderr)")
    let claim = "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: nope}\nspec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n"
    #expect((await h.run(["apply", "-f", "-"], stdin: claim)).code == 0)
    _ = await h.run("sim advance 2m")
    #expect((await h.run(["get", "databackup", "bk", "-o", "jsonpath={.status.phase}"])).stdout == "Complete")
    #expect((await h.run(["get", "databackup", "bk", "-o", "jsonpath={.status.infos.BackupLocationPath}"])).stdout == "pvc://nope/backups/")
  }
}
