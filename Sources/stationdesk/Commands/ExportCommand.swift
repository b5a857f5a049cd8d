import ArgumentParser
import Foundation
import StationExchange
import StationStore

/// `stationdesk export KIND [-o FILE] [--data DIR]`: CSV (UTF-8 with BOM, CRLF) with the import
/// columns, so the file imports back unchanged.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出 CSV (export records as CSV for Excel/WPS): units, partners, stations or talents")

    @Argument(help: "units | partners | stations | talents")
    var kind: ImportKind

    @Option(name: .shortAndLong, help: "write to FILE (default: standard output)")
    var output: String?

    @Option(name: .customLong("data"), help: "the data folder (default $STATIONDESK_DATA or ~/.local/share/stationdesk)")
    var data: String?

    func run() throws {
        let folder = DataLocation.resolve(explicit: data, environment: ProcessInfo.processInfo.environment)
        let db = try AppDatabase.open(folder: folder)
        let bytes = try Exporter.csv(kind, from: db)
        if let output {
            try Exporter.write(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }
}
