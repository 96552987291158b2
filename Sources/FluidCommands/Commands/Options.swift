import ArgumentParser

/// `fluidctl options`: the options every command accepts, which subcommands' help leaves out
/// (as `kubectl options` does).
struct Options: FluidCommand {
  static let configuration = CommandConfiguration(
    commandName: "options",
    abstract: "Print the list of flags inherited by all commands.",
    discussion: """
      These options can be written before or after the subcommand. Examples:
        fluidctl options
        fluidctl -n team-a get datasets
        fluidctl get datasets --context prod -o wide
      """)

  @OptionGroup(title: GlobalOptions.title) var globals: GlobalOptions

  func execute(_ ctx: CommandContext) async throws {
    let columns = ctx.stdout.isTerminal ? nil : 100
    let section = HelpText.globalSection(of: Options.helpMessage(columns: columns))
    ctx.stdout.line("The following options can be passed to any command:\n")
    ctx.stdout.line(section)
  }
}
