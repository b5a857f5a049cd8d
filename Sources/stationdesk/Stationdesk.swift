import ArgumentParser
import StationStore
import StationTerminal
import StationUI

/// The root command. With no subcommand it opens the full-screen terminal program on the store
/// (or, with --demo, on a fresh demo store). Each area's subcommands live in their own file
/// under Commands/ and are listed in `subcommands` (one line each).
@main
struct Stationdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stationdesk",
        abstract: "柳州市人才工作站 case management — 工作站管理系统",
        discussion: """
            With no subcommand, opens the terminal program. Keys: ? help, Q quit, u undo, Ctrl-R redo.
            Data: --data DIR, else $STATIONDESK_DATA, else $XDG_DATA_HOME/stationdesk, else ~/.local/share/stationdesk.
            """,
        subcommands: [
            InitCommand.self,
            LogCommand.self, UndoCommand.self, RedoCommand.self, RevertCommand.self, VerifyCommand.self, BackupCommand.self,
            PolicyCommand.self, WorkdaysCommand.self,
            ImportCommand.self, ExportCommand.self, ReportCommand.self,
        ]
    )

    @OptionGroup var location: DataOptions

    @Flag(help: "Open a fresh temporary store seeded with the fictional sample data (never touches real data).")
    var demo = false

    @Option(help: "Language of the screens: zh (default) or en.")
    var lang: Language = .zh

    @Option(help: "Colour theme: default, light or mono (NO_COLOR set also means mono).")
    var theme: Theme = .default

    @Flag(name: .customLong("ambiguous-wide"),
          help: "Treat East-Asian-ambiguous characters (○ — “ · ①) as two cells, for terminals set that way.")
    var ambiguousWide = false

    func run() throws {
        let launch = TUILaunch(location: location, lang: lang, theme: theme, ambiguousWide: ambiguousWide)
        try demo ? launch.runDemo() : launch.run()
    }
}

extension Language: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
