import GRDB
import StationDomain

/// A sheet as its reviewer's list shows it: the record, whether they hold a saved draft, and what it scores.
public struct MySheet: Equatable, Sendable {
    public var sheet: ScoreSheet
    public var hasDraft: Bool
    public var subject: ReviewSubject
    public var state: SheetState { sheet.state(hasDraft: hasDraft) }
}

/// What a sheet scores: an application, or one station's evaluation year; with the unit and
/// partners the conflict-of-interest rule looks at.
public struct ReviewSubject: Equatable, Hashable, Sendable {
    public var kind: ScoreSubject
    public var id: Int64
    /// The application's proposed name, or the station's name.
    public var name: String
    public var stationType: StationType
    /// The evaluation year (nil for an application).
    public var year: Int?
    public var unitId: Int64
    public var partnerIds: [Int64]
}

/// The reads of score sheets (issue 13): every read shows a reader only what they may see — a
/// reviewer their own sheets (with their draft), a clerk, approver or admin submitted values only,
/// never a draft. The writes are the commands in SheetCommands.swift.
extension AppDatabase {
    // MARK: reads

    /// The sheets assigned to `reviewer`, with their subjects, for the reviewer themself.
    /// Cost: one query for the sheets, one per distinct subject.
    public func mySheets(_ reviewer: String) throws -> [MySheet] {
        try read { db in
            let sheets = try ScoreSheet.fetchAll(db, where: "reviewer = ?", [reviewer])
            let drafts = Set(try Int64.fetchAll(db, sql: "SELECT sheet_id FROM score_draft WHERE reviewer = ?", arguments: [reviewer]))
            var subjects: [String: ReviewSubject] = [:]
            return try sheets.compactMap { s in
                let key = "\(s.subject.rawValue)#\(s.subjectId)"
                if subjects[key] == nil { subjects[key] = try Self.subject(db, s.subject, s.subjectId) }
                guard let subject = subjects[key] else { return nil }
                return MySheet(sheet: s, hasDraft: drafts.contains(s.id ?? -1), subject: subject)
            }
        }
    }

    /// One sheet as `viewer` may see it: its reviewer sees it whole, with their draft; anyone
    /// else only once it is submitted (or withdrawn/reopened after submission: the values last
    /// submitted), and only a clerk, approver or admin. Refused (`sheetNotVisible`) otherwise.
    public func sheet(_ id: Int64, viewer: String) throws -> (sheet: ScoreSheet, draft: SheetDraft?) {
        try read { db in
            guard let sheet = try ScoreSheet.fetchOne(db, id: id) else { throw Refused([.sheetNotVisible(sheet: id)]) }
            if sheet.reviewer == viewer { return (sheet, try Self.draft(db, sheet: id)) }
            let roles = try UserRow.fetch(db, login: viewer)?.user.activeRoles ?? []
            guard !roles.isDisjoint(with: [.clerk, .approver, .admin]), sheet.submittedOn != nil || !sheet.scores.isEmpty else {
                throw Refused([.sheetNotVisible(sheet: id)])
            }
            return (sheet, nil)
        }
    }

    /// Every sheet of one application or evaluation as a clerk, approver or admin may see it:
    /// the values submitted (a sheet never submitted shows no scores — its draft is its
    /// reviewer's alone). Withdrawn and reopened sheets are included for the history; the
    /// aggregate leaves them out. Refused for anyone else.
    public func reviewSheets(_ kind: ScoreSubject, _ id: Int64, viewer: String) throws -> [ScoreSheet] {
        try read { db in
            try Self.requireAny(db, viewer, [.clerk, .approver, .admin])
            return try ScoreSheet.fetchAll(db, where: "subject = ? AND subject_id = ?", [kind.rawValue, id])
        }
    }

    /// Every application and evaluation that has sheets, with how many are assigned and
    /// submitted, for the clerk's list of aggregates. Refused for reviewers.
    public func reviewSubjects(viewer: String) throws -> [(subject: ReviewSubject, assigned: Int, submitted: Int)] {
        try read { db in
            try Self.requireAny(db, viewer, [.clerk, .approver, .admin])
            let rows = try Row.fetchAll(db, sql: """
                SELECT subject, subject_id, sum(withdrawn_on IS NULL) AS assigned,
                       sum(submitted_on IS NOT NULL AND withdrawn_on IS NULL) AS submitted
                FROM score_sheet GROUP BY subject, subject_id ORDER BY subject, subject_id
                """)
            return try rows.compactMap { row in
                guard let kind = ScoreSubject(rawValue: row["subject"]),
                      let subject = try Self.subject(db, kind, row["subject_id"]) else { return nil }
                return (subject, row["assigned"], row["submitted"])
            }
        }
    }

    /// What `kind` #`id` is (nil when it does not exist).
    public func reviewSubject(_ kind: ScoreSubject, _ id: Int64) throws -> ReviewSubject? {
        try read { db in try Self.subject(db, kind, id) }
    }

    // MARK: helpers

    /// The sheet `id`, checked to be `login`'s own and open for input (the reviewer role itself
    /// is checked by the road before the command runs).
    static func ownSheet(_ db: Database, _ id: Int64, by login: String) throws -> ScoreSheet {
        guard let sheet = try ScoreSheet.fetchOne(db, id: id) else { throw StoreError.notFound(table: "score_sheet", id: id) }
        guard sheet.reviewer == login else { throw Refused([.sheetNotYours(sheet: id, reviewer: sheet.reviewer)]) }
        if sheet.withdrawnOn != nil { throw Refused([.sheetWithdrawn(sheet: id)]) }
        if let d = sheet.submittedOn { throw Refused([.sheetLocked(sheet: id, submittedOn: d)]) }
        return sheet
    }

    /// Refuses a reader none of whose roles is among `roles` (the roles a read needs).
    static func requireAny(_ db: Database, _ login: String, _ roles: Set<Role>) throws {
        guard let held = try Roles.of(db, login: login) else { throw Refused([.notAUser(login: login)]) }
        guard !held.isDisjoint(with: roles) else { throw Refused([.roleRequired(roles.sorted().first ?? .clerk)]) }
    }

    static func draft(_ db: Database, sheet: Int64) throws -> SheetDraft? {
        guard let row = try Row.fetchOne(db, sql: "SELECT scores, notes, comment FROM score_draft WHERE sheet_id = ?", arguments: [sheet]) else {
            return nil
        }
        return SheetDraft(sheetId: sheet, scores: try ColumnCoding.fromJSON([String: Score].self, row, "scores"),
                          notes: try ColumnCoding.fromJSON([String: String].self, row, "notes"), comment: row["comment"])
    }

    static func subject(_ db: Database, _ kind: ScoreSubject, _ id: Int64) throws -> ReviewSubject? {
        switch kind {
        case .application:
            guard let a = try Application.fetchOne(db, id: id) else { return nil }
            return ReviewSubject(kind: kind, id: id, name: a.proposedName, stationType: a.type, year: nil,
                                 unitId: a.unitId, partnerIds: a.partnerIds)
        case .evaluation:
            guard let e = try Evaluation.fetchOne(db, id: id), let s = try Station.fetchOne(db, id: e.stationId) else { return nil }
            return ReviewSubject(kind: kind, id: id, name: s.name, stationType: s.type, year: e.year,
                                 unitId: s.unitId, partnerIds: s.partnerIds)
        }
    }
}

extension StoredRecord {
    static func fetchOne(_ db: Database, id: Int64) throws -> Self? {
        try Row.fetchOne(db, sql: selectSQL + " WHERE id = ?", arguments: [id]).map { try Self(row: $0) }
    }

    static func fetchAll(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Self] {
        try Row.fetchAll(db, sql: selectSQL + " WHERE " + condition + " ORDER BY id", arguments: arguments).map { try Self(row: $0) }
    }
}
