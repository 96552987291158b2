import ArgumentParser
import FluidKit
import FluidModel
import Foundation

enum FluidctlVersion {
  static let client = "0.1.0"
  #if DEBUG
    static let build = "debug"
  #else
    static let build = "release"
  #endif
  static var platform: String {
    #if os(Linux)
      let os = "linux"
    #else
      let os = "darwin"
    #endif
    #if arch(x86_64)
      return os + "/amd64"
    #else
      return os + "/arm64"
    #endif
  }
}

struct Version: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "version",
    abstract: "Print the client version, the backend in use and the server version.",
    discussion: """
      Examples:
        fluidctl version
        fluidctl version --client -o json
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  @Flag(name: .long, help: "Print the client version only.")
  var client = false

  func execute(_ ctx: CommandContext) async throws {
    let format = try OutputFormat(globals.output)
    let target = try Connection.target(globals, environment: ctx.environment)
    let backend: String
    switch target {
    case .embedded(let path): backend = "embedded cluster (state \(path))"
    case .kubeconfig(let files):
      backend = "kubernetes " + ((try? Connection.clientConfiguration(globals, files: files).description) ?? files.joined(separator: ":"))
    case .inCluster: backend = "kubernetes (in-cluster service account)"
    }
    var server: JSONValue?
    if !client, !target.isEmbedded {
      server = try await ctx.connect(globals, ctx).serverVersion()
    }
    let clientInfo: JSONValue = [
      "version": .string(FluidctlVersion.client), "build": .string(FluidctlVersion.build),
      "platform": .string(FluidctlVersion.platform), "fluidAPI": "data.fluid.io/v1alpha1",
    ]
    switch format {
    case .json, .yaml:
      var v = MachineDocument.wrap(kind: "Version", ["clientVersion": clientInfo])
      if !client {
        v["backend"] = .string(backend)
        if let server { v["serverVersion"] = server }
      }
      ctx.stdout.write(format == .json ? JSONWriter.pretty(v) + "\n" : YAMLWriter.write(v))
    case .table, .wide:
      ctx.stdout.line("Client Version: v\(FluidctlVersion.client) (\(FluidctlVersion.build), \(FluidctlVersion.platform), Fluid API data.fluid.io/v1alpha1)")
      if !client {
        ctx.stdout.line("Backend: \(backend)")
        if let server { ctx.stdout.line("Server Version: \(server["gitVersion"]?.stringValue ?? JSONWriter.compact(server))") }
      }
    default:
      throw FluidError.usage("--output must be 'yaml' or 'json'")
    }
  }
}

struct Completion: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "completion",
    abstract: "Print a shell completion script (bash, zsh or fish).",
    discussion: """
      Besides commands and flags, the scripts complete names from the current cluster (datasets, runtimes, namespaces, nodes), kubeconfig contexts, runtime kinds and output formats. scripts/install.sh installs them where the shells look. Examples:
        source <(fluidctl completion bash)
        fluidctl completion zsh > "${fpath[1]}/_fluidctl"
        fluidctl completion fish > ~/.config/fish/completions/fluidctl.fish
      """)

  @Argument(help: "bash, zsh or fish", completion: .list(["bash", "zsh", "fish"])) var shell: String

  func validate() throws {
    guard CompletionShell(rawValue: shell) != nil else {
      throw ValidationError("unsupported shell type \"\(shell)\"; use bash, zsh or fish")
    }
  }

  func execute(_ ctx: CommandContext) async throws {
    guard let s = CompletionShell(rawValue: shell) else { return }
    ctx.stdout.write(Fluidctl.completionScript(for: s))
  }
}
