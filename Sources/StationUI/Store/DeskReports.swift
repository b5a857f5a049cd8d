import StationDomain
import StationExchange
import StationStore

/// The command line's `:report NAME [ARG]`: StationExchange's reports over every record of the
/// store, with the rules the screens use (the same the `stationdesk report` command makes).
enum DeskReports {
    /// Cost: every record read once (10⁵ talents ≈ 1 s in a debug build), then the report.
    static func report(_ name: String, argument: String?, store db: AppDatabase, rules: DeskRules, today: CivilDate,
                       language: ReportLanguage = .zh) throws -> Report {
        guard let policies = rules.policies, let calendar = rules.calendar else { throw CommandLineProblem.noRules }
        let rounds = try db.rounds(), subsidies = try db.subsidies()
        let source = ReportSource(
            units: try db.units(), partners: try db.partners(), stations: try db.stations(),
            talents: try db.talents(station: nil),
            evaluations: try db.stations().compactMap(\.id).flatMap { try db.evaluations(station: $0) },
            subsidies: subsidies, payments: try subsidies.compactMap(\.id).flatMap { try db.payments(subsidy: $0) },
            rounds: rounds, applications: try db.applications(),
            notices: try rounds.compactMap(\.id).flatMap { try db.notices(round: $0) },
            quotaExceptions: try db.quotaExceptions(), policies: policies, calendar: calendar, today: today)
        func year() throws -> Int {
            guard let a = argument, let y = Int(a), (1000...9999).contains(y) else { throw CommandLineProblem.needsYear(name) }
            return y
        }
        func required() throws -> String {
            guard let a = argument, !a.isEmpty else { throw CommandLineProblem.needsArgument(name) }
            return a
        }
        switch name {
        case "annual": return try AnnualReport.make(year: try year(), from: source, language: language)
        case "subsidies": return try SubsidyReport.make(year: try year(), from: source, language: language)
        case "roster": return RosterReport.make(from: source, language: language)
        case "revocation": return try RevocationNotice.make(station: try required(), from: source, language: language)
        case "notice": return try NoticeText.make(round: try required(), publishedOn: nil, from: source)
        default: throw ReportError.unknownReport(name)
        }
    }
}

/// A report asked for without what it needs.
public enum CommandLineProblem: Error, Equatable, Sendable {
    case needsYear(String)
    case needsArgument(String)
    /// The policy book or calendar could not be loaded: reports cannot be made.
    case noRules
}
