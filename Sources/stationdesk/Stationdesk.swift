import ArgumentParser

/// The root command. Each area's subcommands live in their own file under Commands/.
@main
struct Stationdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stationdesk",
        abstract: "柳州市人才工作站 case management — 工作站管理系统",
        subcommands: [
            LogCommand.self, UndoCommand.self, RedoCommand.self, RevertCommand.self, VerifyCommand.self, BackupCommand.self,
            PolicyCommand.self, WorkdaysCommand.self,
            ImportCommand.self, ExportCommand.self, ReportCommand.self,
        ]
    )

    func run() throws {
        print("stationdesk: the terminal UI is not wired yet")
    }
}
