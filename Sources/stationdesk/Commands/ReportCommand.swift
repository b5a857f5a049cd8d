import ArgumentParser
import Foundation
import StationDomain
import StationExchange
import StationStore
import StationUI

/// `stationdesk report NAME [ARG] [--format text|csv] [-o FILE]`: the texts and tables of issue 5.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "报表与公文 (reports and official texts)",
        discussion: """
            annual YEAR           the evaluation years ending in YEAR: talents counted (enterprises only),
                                  unclassified employers, due grade, decided grade and date, cap
            notice ROUND          public notice of a round's approved list (ROUND: its year or number;
                                  --published DATE when no notice is stored yet)
            revocation STATION    the letter to the co-builders (函告) and the public announcement (发文公布)
                                  revoking a station (name or number)
            subsidies YEAR        grade, cap, amount (待核定 until decided), paid, spent, returned, balance,
                                  due date (provisional past the working-day table), state
            annual, subsidies and revocation are written in one language: --lang zh (default) or en.
            roster                stations with heads, periods and status
            Text is Markdown; --format csv gives the table of annual, subsidies, roster and notice.
            """)

    enum Format: String, ExpressibleByArgument { case text, csv }

    @Argument(help: "annual | notice | revocation | subsidies | roster") var name: String
    @Argument(help: "YEAR, ROUND or STATION, as the report needs") var argument: String?
    @Option(help: "text (Markdown) or csv") var format: Format = .text
    @Option(name: .shortAndLong, help: "write to FILE (default: standard output)") var output: String?
    @Flag(help: "replace FILE if it exists (a regular file only; it keeps its permissions)") var force = false
    @Option(help: "the notice's publication date, YYYY-MM-DD (notice only)") var published: String?
    @Option(help: "report as of this date instead of today (YYYY-MM-DD)") var on: String?
    @OptionGroup var location: DataOptions

    func run() throws {
        try DomainCLI.reporting {
            let today = try on.map { try DomainCLI.date($0, "--on") } ?? DomainCLI.todayInShanghai()
            let db = try location.openStaffStore(.read)
            let source = try ReportSource.load(from: db, share: try location.shareDirectory(), today: today)
            let report = try make(source)
            let bytes: Data
            switch format {
            // Names in the text are the store's, not ours: no control character reaches the terminal.
            case .text: bytes = Data(TextRules.printable(report.text, keepLineBreaks: true).utf8)
            case .csv:
                guard let csv = try report.csv() else {
                    throw DomainCLI.Failure("“\(name)”是公文，没有表格，请用 --format text (the \(name) report is a letter: no CSV)")
                }
                bytes = csv
            }
            if let output {
                try ExportFile.write(bytes, to: output, location.exportOptions(db, force: force))
            } else {
                Output.raw(bytes)
            }
        }
    }

    private var reportLanguage: ReportLanguage { (location.lang.map { $0 == .en } ?? Output.english) ? .en : .zh }

    private func make(_ source: ReportSource) throws -> Report {
        func year() throws -> Int {
            guard let a = argument, let y = Int(a), (1000...9999).contains(y) else {
                throw DomainCLI.Failure("report \(name) 需要年份，如 2025 (needs a YEAR, e.g. 2025)")
            }
            return y
        }
        func required(_ what: String) throws -> String {
            guard let a = argument, !a.isEmpty else { throw DomainCLI.Failure("report \(name) 需要 \(what) (needs \(what))") }
            return a
        }
        switch name {
        case "annual": return try AnnualReport.make(year: try year(), from: source, language: reportLanguage)
        case "subsidies": return try SubsidyReport.make(year: try year(), from: source, language: reportLanguage)
        case "roster": return RosterReport.make(from: source, language: reportLanguage)
        case "revocation": return try RevocationNotice.make(station: try required("STATION"), from: source, language: reportLanguage)
        case "notice":
            let date = try published.map { try DomainCLI.date($0, "--published") }
            return try NoticeText.make(round: try required("ROUND"), publishedOn: date, from: source)
        default: throw ReportError.unknownReport(name)
        }
    }
}
