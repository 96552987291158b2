import ArgumentParser
import FluidKit
import FluidModel
import Foundation

struct CRDsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crds", abstract: "Fluid's CustomResourceDefinitions, as fluidctl ships them.",
    discussion: """
      Examples:
        fluidctl crds install --wait
      """,
    subcommands: [CRDsInstall.self])
}

struct CRDsInstall: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "install",
    abstract: "Install (or update) the data.fluid.io CRDs in the cluster, by server-side apply.",
    discussion: """
      For a cluster without Fluid, for example one that 'fluidctl sim attach' drives. With --dry-run=client and -o yaml it prints them instead. Examples:
        fluidctl crds install --wait
        fluidctl crds install --dry-run=client -o yaml > fluid-crds.yaml
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Option(name: .customLong("dry-run"), help: "none, client (print only) or server (validate on the server).")
  var dryRun: DryRun = .none

  @Flag(name: .long, help: "Wait until the API server has established every CRD.")
  var wait = false

  @Option(name: .long, help: "How long --wait waits (for example 60s).")
  var timeout = "60s"

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let definitions = FluidCRDs.descriptors.compactMap { FluidCRDs.definition(for: $0) }
    let crd = CoreKinds.customResourceDefinition
    if dryRun == .client {
      let items = definitions.map { (crd, $0) }
      if format.isMachine {
        ctx.stdout.write(try ObjectPrinter.render(items, format: format, asList: true))
      } else {
        for d in definitions { ctx.stdout.line("\(crd.qualifiedSingular)/\(d["metadata"]?["name"]?.stringValue ?? "") created (dry run)") }
      }
      return
    }
    let client = try ctx.connect(globals, ctx)
    let options = ApplyOptions(write: WriteOptions(dryRun: dryRun == .server, fieldManager: "fluidctl"), force: true)
    for d in definitions {
      let name = d["metadata"]?["name"]?.stringValue ?? ""
      let result = try await client.apply(crd, namespace: nil, object: d, options: options)
      ctx.stdout.line(format == .name ? "\(crd.qualifiedSingular)/\(name)" : "\(crd.qualifiedSingular)/\(name) \(result.outcome.rawValue)\(dryRun == .server ? " (server dry run)" : "")")
    }
    guard wait, dryRun == .none else { return }
    let seconds = GoDuration.parse(timeout) ?? 60
    let waiter = ObjectWaiter(client: client)
    for d in definitions {
      let name = d["metadata"]?["name"]?.stringValue ?? ""
      try await withDeadline(seconds: seconds, message: { "timed out waiting for the condition on customresourcedefinitions/\(name)" }) {
        try await waiter.follow(crd, namespace: nil, name: name, allowMissing: false) { obj in
          (obj?["status"]?["conditions"]?.arrayValue ?? []).contains { $0["type"] == "Established" && $0["status"] == "True" }
        }
      }
    }
    ctx.stderr.line("\(definitions.count) CRDs established")
  }
}
