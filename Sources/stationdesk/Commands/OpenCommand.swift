import StationDomain
import ArgumentParser
import StationStore
import StationTerminal
import StationUI

/// `stationdesk [open]`: the full-screen terminal program on the store (or, with --demo, on a
/// fresh demo store). The default subcommand, so plain `stationdesk --demo` lands here.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "打开终端界面 (open the terminal program; the default)")

    @OptionGroup var location: DataOptions

    @Flag(help: "Open a fresh temporary store seeded with the fictional sample data (never touches real data).")
    var demo = false

    @Option(help: "Colour theme: default, light or mono (NO_COLOR set also means mono).")
    var theme: Theme = .default

    @Flag(name: .customLong("ambiguous-wide"),
          help: "Treat East-Asian-ambiguous characters (○ — “ · ①) as two cells, for terminals set that way.")
    var ambiguousWide = false

    func run() throws {
        let launch = TUILaunch(location: location, lang: location.lang ?? .zh, theme: theme, ambiguousWide: ambiguousWide)
        try demo ? launch.runDemo() : launch.run()
    }
}
