import ArgumentParser

/// The root command. With no subcommand it runs `open` (the default subcommand): the full-screen
/// terminal program. Each area's subcommands live in their own file under Commands/ and are
/// listed in `subcommands` (one line each). The root itself takes no options, so a
/// subcommand's own `--data` is never taken by the root.
@main
struct Stationdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stationdesk",
        abstract: "柳州市人才工作站 case management — 工作站管理系统",
        discussion: """
            With no subcommand, opens the terminal program (stationdesk [--demo] [--data DIR] [--lang zh|en] \
            [--theme default|light|mono] [--ambiguous-wide]). Keys: ? help, Q quit, u undo, Ctrl-R redo.
            Data: --data DIR, else $STATIONDESK_DATA, else $XDG_DATA_HOME/stationdesk, else ~/.local/share/stationdesk.
            """,
        subcommands: [
            OpenCommand.self,
            InitCommand.self,
            LogCommand.self, UndoCommand.self, RedoCommand.self, RevertCommand.self, VerifyCommand.self, BackupCommand.self,
            PolicyCommand.self, WorkdaysCommand.self,
            ImportCommand.self, ExportCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
