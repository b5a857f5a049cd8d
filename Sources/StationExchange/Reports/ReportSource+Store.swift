import StationDomain
import StationStore

extension ReportSource {
    /// Reads every record the reports use from the store, and the rules from the share folder
    /// (policy files plus the continuations an admin recorded in the store).
    /// Cost: one read per table; all talents are read (10⁵ rows ≈ 1 s in a debug build).
    public static func load(from db: AppDatabase, share: ShareDirectory, today: CivilDate) throws -> ReportSource {
        let continuations = try db.provisionalContinuations().map(\.continuation)
        let rounds = try db.rounds()
        let subsidies = try db.subsidies()
        return ReportSource(
            units: try db.units(), partners: try db.partners(), stations: try db.stations(), periods: try db.stationPeriods(),
            talents: try db.talents(station: nil),
            evaluations: try db.stations().compactMap(\.id).flatMap { try db.evaluations(station: $0) },
            subsidies: subsidies,
            payments: try subsidies.compactMap(\.id).flatMap { try db.payments(subsidy: $0) },
            spending: try subsidies.compactMap(\.id).flatMap { try db.spendingLines(subsidy: $0) },
            clawbacks: try subsidies.compactMap(\.id).flatMap { try db.clawbacks(subsidy: $0) },
            rounds: rounds, applications: try db.applications(),
            notices: try rounds.compactMap(\.id).flatMap { try db.notices(round: $0) },
            quotaExceptions: try db.quotaExceptions(),
            policies: try share.policyBook(stored: try db.policyVersions(), extra: continuations), calendar: try share.workdayCalendar(), today: today)
    }
}
