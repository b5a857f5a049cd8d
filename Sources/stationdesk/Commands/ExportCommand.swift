import ArgumentParser
import Foundation
import StationExchange
import StationStore

/// `stationdesk export KIND [-o FILE [--force]] [--data DIR]`: CSV (UTF-8 with BOM, CRLF) with the
/// import columns, so the file imports back unchanged. `-o` writes only a regular file outside the
/// data folder, and replaces an existing one only with `--force` (`ExportFile`).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出 CSV (export records as CSV for Excel/WPS): units, partners, stations or talents",
        discussion: """
            Cells that Excel or WPS would run as a formula (starting with = + - @, a tab or a carriage return) are
            written with a leading apostrophe, which `import` removes again.
            """)

    @Argument(help: "units | partners | stations | talents")
    var kind: ImportKind

    @Option(name: .shortAndLong, help: "write to FILE (default: standard output)")
    var output: String?

    @Flag(help: "replace FILE if it exists (a regular file only; it keeps its permissions)")
    var force = false

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try reportingStoreErrors { try location.openStaffStore(.read) }
        let bytes = try Exporter.csv(kind, from: db)
        if let output {
            try ExportFile.write(bytes, to: output, location.exportOptions(db, force: force))
        } else {
            Output.raw(bytes)
        }
    }
}
