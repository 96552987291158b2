import ArgumentParser
import FluidKit
import FluidModel
import Foundation

/// The root command.
public struct Fluidctl: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "fluidctl",
    abstract: "Manage Fluid datasets, cache runtimes and data operations on Kubernetes or an embedded cluster.",
    discussion: """
      Without a kubeconfig (or with --sim) fluidctl runs against an embedded simulated cluster whose state lives in $XDG_STATE_HOME/fluidctl/cluster.db.

      Examples:
        fluidctl dataset create demo --mount https://mirrors.bit.edu.cn/apache/hbase/stable/ --replicas 2
        fluidctl load demo --wait
        fluidctl get datasets -A
        fluidctl -n team-a describe dataset demo

      Exit codes: 0 ok, 1 unexpected error, 2 operation failed, 3 not found, 4 timed out, 5 conflict or already exists, 6 unauthorized or forbidden, 7 cluster unreachable, 64 usage error, 130 interrupted.
      """,
    version: FluidctlVersion.client,
    groupedSubcommands: [
      CommandGroup(name: "Basic", subcommands: [Get.self, Describe.self, Create.self, Apply.self, Delete.self, Diff.self, Patch.self, Label.self, Annotate.self, Logs.self]),
      CommandGroup(name: "Fluid", subcommands: [DatasetCommand.self, Load.self, Scale.self, Autoscale.self, Plan.self, Cache.self, Top.self, Wait.self]),
      CommandGroup(name: "Simulator", subcommands: [SimCommand.self]),
      CommandGroup(name: "Settings", subcommands: [CRDsCommand.self, Version.self, Completion.self, Options.self]),
    ])

  /// Declared here too so that completion scripts offer them before the subcommand
  /// (`fluidctl -n <TAB>`); `GlobalArguments.normalize` hands them to the subcommand.
  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  public init() {}

  /// The name a command is called by: its configured name, else its type's name in lower case
  /// (as ArgumentParser names it).
  static func commandName(of command: any ParsableCommand.Type) -> String {
    command.configuration.commandName ?? String(describing: command).lowercased()
  }

  /// Every subcommand path, for `GlobalArguments.normalize`.
  static var commandPaths: [[String]] {
    func paths(_ c: any ParsableCommand.Type, _ prefix: [String]) -> [[String]] {
      var out: [[String]] = []
      for sub in c.configuration.subcommands {
        for n in [commandName(of: sub)] + sub.configuration.aliases {
          out.append(prefix + [n])
          out += paths(sub, prefix + [n])
        }
      }
      return out
    }
    return paths(Fluidctl.self, [])
  }

  /// Parses `arguments` (without the program name), runs the command and returns the exit code.
  /// Everything the command prints goes to the context's streams.
  public static func run(arguments: [String], context: CommandContext, invocation: Invocation = .current) async -> Int32 {
    // Completion queries: ArgumentParser's own protocol (its generated scripts), and cobra's
    // (`kubectl fluid <TAB>` through kubectl_complete-fluid).
    if arguments.first == "---completion" { return await CompletionProtocols.answerArgumentParser(arguments, context) }
    if arguments.first == CompletionProtocols.cobraCommand {
      return await CompletionProtocols.answerCobra(Array(arguments.dropFirst()), context)
    }
    let paths = commandPaths
    if let unknown = GlobalArguments.unknownCommand(arguments, commandPaths: paths, programName: invocation.displayName) {
      context.stderr.line("error: " + unknown)
      return ExitCode.validationFailure.rawValue
    }
    let args = GlobalArguments.normalize(arguments, commandPaths: paths)
    var command: any ParsableCommand
    do {
      command = try await asyncParseAsRoot(args)
      if !(command is any FluidCommand) {
        // Help and command groups: their run() throws the help screen as a clean exit.
        try command.run()
      }
    } catch {
      let code = exitCode(for: error).rawValue
      // A fixed width off a terminal, so that help is the same in every pipe and test.
      let text = fullMessage(for: error, columns: context.stdout.isTerminal ? nil : 100)
      if code == 0 {
        let isHelp = text.hasPrefix("OVERVIEW:") || text.hasPrefix("USAGE:")
        context.stdout.line(isHelp ? HelpText.present(text, invocation: invocation) : text)
      } else {
        context.stderr.line(HelpText.renamed(text, for: invocation))
      }
      return code
    }
    do {
      if let fc = command as? any FluidCommand { try await fc.execute(context) }
      return 0
    } catch {
      if let exit = error as? ExitCode { return exit.rawValue }
      context.stderr.line(TerminalText.escape(ErrorPresenter.message(error), keepingNewlines: true))
      // Scripts asking for JSON also get the failure as a Status object on stdout.
      if let g = (command as? any HasGlobalOptions)?.globals, g.output == "json", let status = ErrorPresenter.status(error) {
        context.stdout.line(JSONWriter.pretty(status.json))
      }
      return ErrorPresenter.exitCode(error)
    }
  }

  /// The process entry point: real streams, real exit code.
  public static func runAsProcess() async -> Never {
    signal(SIGPIPE, SIG_IGN)
    let ctx = CommandContext.standard()
    var arguments = Array(CommandLine.arguments.dropFirst())
    // kubectl runs `kubectl_complete-fluid WORDS...` to complete `kubectl fluid WORDS...`.
    if Invocation.current == .kubectlPluginCompletion { arguments.insert(CompletionProtocols.cobraCommand, at: 0) }
    let code = await run(arguments: arguments, context: ctx)
    ctx.stdout.flush()
    ctx.stderr.flush()
    Foundation.exit(code)
  }
}

/// A command whose global options can be read after parsing.
protocol HasGlobalOptions {
  var globals: GlobalOptions { get }
}

extension Get: HasGlobalOptions {}
extension Describe: HasGlobalOptions {}
extension Apply: HasGlobalOptions {}
extension Create: HasGlobalOptions {}
extension Delete: HasGlobalOptions {}
extension DatasetCreate: HasGlobalOptions {}
extension Load: HasGlobalOptions {}
extension Scale: HasGlobalOptions {}
extension Wait: HasGlobalOptions {}
extension Cache: HasGlobalOptions {}

/// A command that runs against an injected context (see `CommandContext`).
protocol FluidCommand: AsyncParsableCommand {
  func execute(_ ctx: CommandContext) async throws
}

extension FluidCommand {
  public mutating func run() async throws {
    let code = await Fluidctl.run(arguments: Array(CommandLine.arguments.dropFirst()), context: .standard())
    if code != 0 { throw ExitCode(code) }
  }
}
