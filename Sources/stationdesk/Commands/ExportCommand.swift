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

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try reportingStoreErrors { try location.openStore() }
        let bytes = try Exporter.csv(kind, from: db)
        if let output {
            try Exporter.write(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }
}
