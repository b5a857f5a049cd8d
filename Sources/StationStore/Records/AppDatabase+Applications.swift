import GRDB
import StationDomain

/// Reads of the applications area: the facts a procedure step is judged on, gathered in one
/// transaction (`ApplicationFacts.load` runs inside a command's own write transaction too), and
/// a round's ranking. Cost: one read of rounds, applications, stations and their periods, plus the
/// application's partners, notices, objections, exceptions and the round's score sheets — the
/// handful of rows a year's round has.
extension AppDatabase {
    /// Every management period a signed agreement started (nil: all), oldest first.
    public func stationPeriods(station: Int64? = nil) throws -> [StationPeriod] {
        guard let station else { return try all(StationPeriod.self, orderBy: "agreement_date, id") }
        return try all(StationPeriod.self, orderBy: "agreement_date, id", where: "station_id = ?", arguments: [station])
    }

    /// What a step of application `id` is judged on; nil when there is no such application.
    public func applicationFacts(id: Int64) throws -> ApplicationFacts? {
        try read { db in try ApplicationFacts.load(db, applicationId: id) }
    }

    /// The round's ranking and line, judged by `policy` (the one in force on the day asked).
    public func roundStanding(round id: Int64, policy: Policy) throws -> RoundStanding? {
        try read { db in
            guard let round = try Row.fetchOne(db, sql: Round.selectSQL + " WHERE id = ?", arguments: [id]).map(Round.init(row:)) else {
                return nil
            }
            let f = try ApplicationFacts.common(db)
            return RoundStanding(round: round, rounds: f.rounds, applications: f.applications, stations: f.stations,
                                 periods: f.periods, sheets: try ApplicationFacts.sheets(db, round: id), policy: policy)
        }
    }

    /// Application-review sheets of one application.
    public func reviewSheets(application id: Int64) throws -> [ScoreSheet] {
        try scoreSheets(subject: .application, id: id)
    }
}

extension ApplicationFacts {
    static func fetch<R: StoredRecord>(_ db: Database, _ type: R.Type, orderBy: String = "id", where condition: String? = nil,
                                       _ arguments: StatementArguments = []) throws -> [R] {
        let filter = condition.map { " WHERE " + $0 } ?? ""
        return try Row.fetchAll(db, sql: R.selectSQL + filter + " ORDER BY " + orderBy, arguments: arguments).map { try R(row: $0) }
    }

    static func common(_ db: Database) throws -> (rounds: [Round], applications: [Application], stations: [Station],
                                                  periods: [StationPeriod]) {
        (try fetch(db, Round.self), try fetch(db, Application.self), try fetch(db, Station.self),
         try fetch(db, StationPeriod.self, orderBy: "agreement_date, id"))
    }

    /// The application-review sheets of every application of round `id`, by application.
    static func sheets(_ db: Database, round id: Int64) throws -> [Int64: [ScoreSheet]] {
        let sheets = try fetch(db, ScoreSheet.self, where: "subject = 'application' AND subject_id IN (SELECT id FROM application WHERE round_id = ?)", [id])
        return Dictionary(grouping: sheets, by: \.subjectId)
    }

    /// Reads the facts inside `db`'s current transaction.
    static func load(_ db: Database, applicationId id: Int64) throws -> ApplicationFacts? {
        let f = try common(db)
        guard let a = f.applications.first(where: { $0.id == id }) else { return nil }
        let partners = try fetch(db, Partner.self).filter { p in p.id.map(a.partnerIds.contains) ?? false }
            .sorted { a.partnerIds.firstIndex(of: $0.id!)! < a.partnerIds.firstIndex(of: $1.id!)! }
        return ApplicationFacts(
            application: a, round: f.rounds.first { $0.id == a.roundId }, rounds: f.rounds, applications: f.applications,
            stations: f.stations, periods: f.periods, partners: partners,
            exceptions: try fetch(db, QuotaException.self, where: "application_id = ?", [id]),
            notices: try fetch(db, Notice.self, orderBy: "published_on, id", where: "round_id = ?", [a.roundId]),
            objections: try fetch(db, Objection.self, orderBy: "lodged_on, id", where: "application_id = ?", [id]),
            sheets: try sheets(db, round: a.roundId))
    }
}
