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

    @Option(help: "Colour theme: default, light or mono (NO_COLOR set also means mono); default: the one chosen in 设置.")
    var theme: Theme?

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Admins only: open the program as another user, to see what they see (journalled as \"admin X acting as LOGIN\").",
        valueName: "LOGIN"))
    var actAs: String?

    @Flag(name: .customLong("ambiguous-wide"),
          help: "Treat East-Asian-ambiguous characters (○ — “ · ①) as two cells, for terminals set that way.")
    var ambiguousWide = false

    func run() throws {
        // --lang absent: the user's stored preference (设置), else Chinese.
        let launch = TUILaunch(location: location, lang: location.lang, theme: theme, ambiguousWide: ambiguousWide, actAs: actAs)
        try demo ? launch.runDemo() : launch.run()
    }
}
