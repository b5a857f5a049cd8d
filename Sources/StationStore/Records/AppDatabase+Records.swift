import GRDB
import StationDomain

/// Named reads for every record, and the generic save/delete every form uses.
/// Each read is one query on an index; each save or delete is one command (one journal entry).
extension AppDatabase {
    // MARK: generic writes

    /// Inserts (`original == nil`) or updates any stored record as one command; an update whose
    /// stored row no longer equals `original` throws `StoreError.conflict` and writes nothing.
    @discardableResult
    public func save<R: StoredRecord>(_ record: R, replacing original: R?, by user: String) throws -> R {
        try saveRecord(record, replacing: original, by: user, noun: R.tableSpec.name, label: record.storedId.map { "#\($0)" } ?? "")
    }

    /// Deletes any stored record as one command; it must still be as the caller saw it.
    public func delete<R: StoredRecord>(_ record: R, by user: String) throws {
        try deleteRecord(record, by: user, noun: R.tableSpec.name, label: record.storedId.map { "#\($0)" } ?? "")
    }

    /// Any record by id.
    public func fetch<R: StoredRecord>(_ type: R.Type, id: Int64) throws -> R? { try record(type, id: id) }

    // MARK: rounds and applications

    public func rounds() throws -> [Round] { try all(Round.self, orderBy: "year DESC, id DESC") }

    /// Applications of one round, or all, oldest first.
    public func applications(round: Int64? = nil) throws -> [Application] {
        guard let round else { return try all(Application.self) }
        return try all(Application.self, where: "round_id = ?", arguments: [round])
    }

    public func applications(unit: Int64) throws -> [Application] {
        try all(Application.self, where: "unit_id = ?", arguments: [unit])
    }

    /// The procedure steps of an application, in the order they were recorded.
    public func applicationEvents(application: Int64) throws -> [ApplicationEvent] {
        try all(ApplicationEvent.self, where: "application_id = ?", arguments: [application])
    }

    public func notices(round: Int64) throws -> [Notice] {
        try all(Notice.self, orderBy: "published_on, id", where: "round_id = ?", arguments: [round])
    }

    public func objections(application: Int64) throws -> [Objection] {
        try all(Objection.self, where: "application_id = ?", arguments: [application])
    }

    /// Every quota exception (the reports list them all).
    public func quotaExceptions() throws -> [QuotaException] { try all(QuotaException.self, orderBy: "on_date, id") }

    // MARK: reviews

    public func scoreSheets(subject: ScoreSubject, id: Int64) throws -> [ScoreSheet] {
        try all(ScoreSheet.self, where: "subject = ? AND subject_id = ?", arguments: [subject.rawValue, id])
    }

    /// The sheets assigned to one reviewer (all a reviewer may see).
    public func scoreSheets(reviewer: String) throws -> [ScoreSheet] {
        try all(ScoreSheet.self, where: "reviewer = ?", arguments: [reviewer])
    }

    public func reviewerTies(reviewer: String? = nil) throws -> [ReviewerTie] {
        guard let reviewer else { return try all(ReviewerTie.self) }
        return try all(ReviewerTie.self, where: "reviewer = ?", arguments: [reviewer])
    }

    public func evaluations(station: Int64) throws -> [Evaluation] {
        try all(Evaluation.self, orderBy: "year", where: "station_id = ?", arguments: [station])
    }

    public func evaluations(year: Int) throws -> [Evaluation] {
        try all(Evaluation.self, orderBy: "station_id", where: "year = ?", arguments: [year])
    }

    // MARK: stations and talents

    /// Every station, by name.
    public func stations() throws -> [Station] { try all(Station.self, orderBy: "name, id") }

    public func staffFilings(station: Int64) throws -> [StaffFiling] {
        try all(StaffFiling.self, orderBy: "filed_on, id", where: "station_id = ?", arguments: [station])
    }

    public func activities(station: Int64) throws -> [Activity] {
        try all(Activity.self, orderBy: "on_date, id", where: "station_id = ?", arguments: [station])
    }

    /// Talent demand collected through a station (需求征集), by date collected.
    public func talentDemands(station: Int64) throws -> [TalentDemand] {
        try all(TalentDemand.self, orderBy: "collected_on, id", where: "station_id = ?", arguments: [station])
    }

    /// Every staff filing of every station, by station then date (the 待办 list's head-change flag).
    public func staffFilings() throws -> [StaffFiling] { try all(StaffFiling.self, orderBy: "station_id, filed_on, id") }

    /// How many talents have an employer not yet classified (employer kind NULL). One table scan.
    public func unclassifiedTalentCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM talent WHERE employer_kind IS NULL") ?? 0 }
    }

    /// Talent records credited to a station (nil: all talents), by date introduced.
    /// All talents may be 10⁵ rows: prefer `talents(offset:limit:)` for screens.
    public func talents(station: Int64? = nil) throws -> [Talent] {
        guard let station else { return try all(Talent.self) }
        return try all(Talent.self, orderBy: "introduced_on, id", where: "station_id = ?", arguments: [station])
    }

    /// One page of all talents in id order.
    public func talents(offset: Int, limit: Int) throws -> [Talent] {
        try all(Talent.self, orderBy: "id LIMIT \(max(0, limit)) OFFSET \(max(0, offset))")
    }

    /// One talent record (nil when gone).
    public func talent(id: Int64) throws -> Talent? { try record(Talent.self, id: id) }

    public func talentCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM talent") ?? 0 }
    }

    /// Art. 10.3: how many talents of category `from` or higher (A is highest) were introduced
    /// through the station in `year`. Cost: one range scan of the station's talents.
    public func countedTalents(station: Int64, year: Int, from lowest: TalentCategory) throws -> Int {
        let categories = TalentCategory.allCases.filter { $0 <= lowest }.map(\.rawValue)
        let marks = categories.map { _ in "?" }.joined(separator: ", ")
        let args: [DatabaseValueConvertible] = [station, "\(year)-01-01", "\(year)-12-31"] + categories
        return try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM talent WHERE station_id = ? AND introduced_on BETWEEN ? AND ? AND category IN (\(marks))
                """, arguments: StatementArguments(args)) ?? 0
        }
    }

    /// Art. 10.3 as the 待办 pace reads it: talents of category `lowest` or higher credited to the
    /// station, introduced within `window` (an evaluation year cut to the station's life,
    /// `TalentTally.window`), whose employer is an enterprise — the talents `TalentTally` counts.
    /// Cost: one range scan of the station's talents on its index; no record decoded.
    public func enterpriseTalentCount(station: Int64, within window: ClosedRange<CivilDate>, from lowest: TalentCategory) throws -> Int {
        let categories = TalentCategory.allCases.filter { $0 <= lowest }.map(\.rawValue)
        let marks = categories.map { _ in "?" }.joined(separator: ", ")
        let args: [DatabaseValueConvertible] = [station, window.lowerBound.description, window.upperBound.description] + categories
        return try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM talent WHERE station_id = ? AND introduced_on BETWEEN ? AND ?
                AND employer_kind = 'enterprise' AND category IN (\(marks))
                """, arguments: StatementArguments(args)) ?? 0
        }
    }

    /// `TalentTally.of`'s counts for `station` without reading its talents: those credited to it,
    /// introduced within `window` (nil: none), of category `lowest` or higher, by employer kind.
    /// Cost: one range scan of the station's talents on its index (`talent_station`).
    public func talentTallyCounts(station: Int64, within window: ClosedRange<CivilDate>?, from lowest: TalentCategory) throws -> TalentTally.Counts {
        guard let window else { return TalentTally.Counts() }
        let categories = TalentCategory.allCases.filter { $0 <= lowest }.map(\.rawValue)
        let marks = categories.map { _ in "?" }.joined(separator: ", ")
        let args: [DatabaseValueConvertible] = [station, window.lowerBound.description, window.upperBound.description] + categories
        return try read { db in
            var counts = TalentTally.Counts()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT employer_kind, count(*) FROM talent WHERE station_id = ? AND introduced_on BETWEEN ? AND ?
                AND category IN (\(marks)) GROUP BY employer_kind
                """, arguments: StatementArguments(args))
            while let row = try rows.next() {
                let n: Int = row[1]
                switch (row[0] as String?).flatMap(EmployerKind.init(rawValue:)) {
                case .enterprise?: counts.counted += n
                case .institution?, .other?: counts.notEnterprise += n
                case nil: counts.unclassified += n
                }
            }
            return counts
        }
    }

    // MARK: money

    public func subsidies(station: Int64? = nil) throws -> [Subsidy] {
        guard let station else { return try all(Subsidy.self, orderBy: "year, station_id") }
        return try all(Subsidy.self, orderBy: "year", where: "station_id = ?", arguments: [station])
    }

    public func payments(subsidy: Int64) throws -> [Payment] {
        try all(Payment.self, orderBy: "paid_on, id", where: "subsidy_id = ?", arguments: [subsidy])
    }

    public func spendingLines(subsidy: Int64) throws -> [SpendingLine] {
        try all(SpendingLine.self, orderBy: "on_date, id", where: "subsidy_id = ?", arguments: [subsidy])
    }

    public func clawbacks(subsidy: Int64) throws -> [Clawback] {
        try all(Clawback.self, orderBy: "ordered_on, id", where: "subsidy_id = ?", arguments: [subsidy])
    }

    // MARK: policy

    public func policyVersions() throws -> [StoredPolicyVersion] { try all(StoredPolicyVersion.self, orderBy: "valid_from, version") }

    public func provisionalContinuations() throws -> [StoredContinuation] { try all(StoredContinuation.self, orderBy: "from_date, id") }

    /// An admin loads a policy file's JSON into the store (one command).
    @discardableResult
    public func load(policy: StoredPolicyVersion, by admin: String) throws -> StoredPolicyVersion {
        try adminWrite(command: "policy-load", by: admin, summary: "载入政策 (policy) \(policy.policyId) v\(policy.version)") {
            try $0.insert(policy)
        }
    }

    /// An admin records that an expired policy continues provisionally (one command).
    @discardableResult
    public func record(continuation: StoredContinuation, by admin: String) throws -> StoredContinuation {
        try adminWrite(command: "policy-continue", by: admin,
                       summary: "原政策继续执行 (continued provisionally) \(continuation.policyId) from \(continuation.from)") {
            try $0.insert(continuation)
        }
    }

    func adminWrite<T>(command: String, by admin: String, summary: String, _ body: (JournalWriter) throws -> T) throws -> T {
        try write(command: command, by: admin) { writer in
            guard try Roles.of(writer.db, login: admin)?.grant(.policy) == true else {   // the one role table
                throw StoreError.notPermitted(user: admin, action: "\(command) (admin only)")
            }
            writer.summary = summary
            return try body(writer)
        }
    }
}
