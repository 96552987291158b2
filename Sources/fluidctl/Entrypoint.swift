import FluidCommands

@main enum Entrypoint { static func main() async { await Fluidctl.runAsProcess() } }
