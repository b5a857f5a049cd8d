import StationDomain
import ArgumentParser
import Foundation
import StationDomain
import StationExchange
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
        // The terminal program is the default subcommand, so that its options (--data, --share,
        // --demo…) belong to it alone: on the root they would swallow the same options of
        // every other subcommand (`stationdesk log --data DIR`).
        subcommands: [
            OpenCommand.self, InitCommand.self,
            LogCommand.self, UndoCommand.self, RedoCommand.self, RevertCommand.self, VerifyCommand.self, AnchorCommand.self, BackupCommand.self,
            PolicyCommand.self, WorkdaysCommand.self, UserCommand.self, SheetCommand.self,
            ImportCommand.self, ExportCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// ArgumentParser's own main, but every message goes through `Output` (escaped, never a trap
    /// on a full stream) and a failed write to standard output ends in a message and exit 1.
    /// The everyday command lines are read by hand (`QuickCommandLine`, no reflection); every
    /// other line, and every mistake, is parsed by ArgumentParser as before.
    static func main() {
        Output.prepare()
        var status: Int32 = 0
        do {
            var command = try QuickCommandLine.command(Array(CommandLine.arguments.dropFirst())) ?? parseAsRoot()
            try command.validate()
            try command.run()
        } catch let error as StoreAccessError {
            Output.error(Output.message(for: error)); status = 1
        } catch let error as ExportRefusal {
            Output.error(Output.message(for: error)); status = 1
        } catch let error as StoreError {
            Output.error(Output.message(for: error)); status = 1
        } catch let error as Refused {
            Output.error(Output.message(for: error)); status = 1
        } catch {
            status = exitCode(for: error).rawValue
            let text = fullMessage(for: error)
            if !text.isEmpty {
                if status == 0 { Output.line(text) } else { Output.error(text) }
            }
        }
        if let failed = Output.finish(), status == 0 { status = failed }
        Foundation.exit(status)
    }
}

extension Language: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
