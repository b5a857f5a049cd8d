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

/// Score sheets through their life (issue 13): assigned by a clerk, filled by their reviewer line
/// by line (drafts saved as they go), submitted and locked, reopened by a clerk with a reason, or
/// withdrawn. Every write is one transaction that reads the acting login's roles and the sheet
/// inside it; every read shows a reader only what they may see: a reviewer their own sheets, a
/// clerk (approver, admin) submitted values only — never a draft.
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
    /// submitted), and only a clerk, approver or admin. Throws `ReviewError.notVisible` otherwise.
    public func sheet(_ id: Int64, viewer: String) throws -> (sheet: ScoreSheet, draft: SheetDraft?) {
        try read { db in
            guard let sheet = try ScoreSheet.fetchOne(db, id: id) else { throw ReviewError.notVisible(sheet: id) }
            if sheet.reviewer == viewer { return (sheet, try Self.draft(db, sheet: id)) }
            let roles = try UserRow.fetch(db, login: viewer)?.user.activeRoles ?? []
            guard !roles.isDisjoint(with: [.clerk, .approver, .admin]), sheet.submittedOn != nil || !sheet.scores.isEmpty else {
                throw ReviewError.notVisible(sheet: id)
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
            try Self.requireAny(db, viewer, [.clerk, .approver, .admin], action: Self.seeSheetsAction)
            return try ScoreSheet.fetchAll(db, where: "subject = ? AND subject_id = ?", [kind.rawValue, id])
        }
    }

    /// Every application and evaluation that has sheets, with how many are assigned and
    /// submitted, for the clerk's list of aggregates. Refused for reviewers.
    public func reviewSubjects(viewer: String) throws -> [(subject: ReviewSubject, assigned: Int, submitted: Int)] {
        try read { db in
            try Self.requireAny(db, viewer, [.clerk, .approver, .admin], action: Self.seeSheetsAction)
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

    // MARK: the reviewer's commands

    /// Keeps what the reviewer typed so far (not journalled: see `score_draft` in the schema).
    /// Refused unless `by` is the sheet's reviewer, holds the reviewer role, and the sheet is
    /// neither submitted nor withdrawn. Cost: one small transaction (a durable commit).
    public func saveDraft(_ draft: SheetDraft, by login: String) throws {
        try transaction { db in
            let sheet = try Self.ownSheet(db, draft.sheetId, by: login)
            _ = sheet
            try db.execute(sql: """
                INSERT INTO score_draft(sheet_id, reviewer, scores, notes, comment, saved_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(sheet_id) DO UPDATE SET scores = excluded.scores, notes = excluded.notes,
                    comment = excluded.comment, saved_at = excluded.saved_at
                """, arguments: [draft.sheetId, login, try ColumnCoding.json(draft.scores), try ColumnCoding.json(draft.notes),
                                 draft.comment, JournalClock.now()])
        }
    }

    /// Submits the sheet with these values: every criterion of its form scored within 0…max
    /// (`SheetCheck`), the form being the version the sheet was started with. Locks the sheet,
    /// journals it, removes the draft. `form` is the policy's form (the store keeps no policy
    /// of its own); it must be the sheet's id and version.
    @discardableResult
    public func submitSheet(_ draft: SheetDraft, form: ScoreForm, on date: CivilDate, by login: String) throws -> ScoreSheet {
        try write(command: "sheet-submit", by: login) { writer in
            var sheet = try Self.ownSheet(writer.db, draft.sheetId, by: login)
            guard form.id == sheet.formId, form.version == sheet.formVersion else {
                throw ReviewError.formMismatch(sheetForm: sheet.formId, sheetVersion: sheet.formVersion, given: form.id, givenVersion: form.version)
            }
            let original = sheet
            sheet.scores = draft.scores
            sheet.notes = draft.notes.filter { !$0.value.isEmpty }
            sheet.comment = draft.comment
            sheet.submittedOn = date
            let check = SheetCheck.check(sheet, form: form, forSubmission: true)
            guard check.isAllowed else { throw ReviewError.refused(check.reasons) }
            writer.summary = "提交评分表 (submit score sheet) #\(sheet.id ?? 0)：\(SheetCheck.total(of: sheet, form: form))/\(form.maximum)"
            try writer.update(sheet, replacing: original)
            try writer.db.execute(sql: "DELETE FROM score_draft WHERE sheet_id = ?", arguments: [draft.sheetId])
            return sheet
        }
    }

    // MARK: the clerk's commands

    /// A clerk reopens a submitted sheet, with a reason its reviewer will see; the sheet leaves
    /// the aggregate until submitted again, and its reviewer starts from the values submitted.
    @discardableResult
    public func reopenSheet(_ id: Int64, reason: String, by login: String) throws -> ScoreSheet {
        try write(command: "sheet-reopen", by: login) { writer in
            try Self.requireAny(writer.db, login, [.clerk], action: "退回评分表 (reopen a score sheet; clerks only)")
            let reason = reason.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { throw ReviewError.reasonRequired }
            guard var sheet = try writer.record(ScoreSheet.self, id: id) else { throw StoreError.notFound(table: "score_sheet", id: id) }
            if sheet.withdrawnOn != nil { throw ReviewError.withdrawn(sheet: id) }
            guard sheet.submittedOn != nil else { throw ReviewError.notSubmitted(sheet: id) }
            let original = sheet
            sheet.submittedOn = nil
            sheet.reopenReason = reason
            writer.summary = "退回评分表 (reopen score sheet) #\(id)（\(sheet.reviewer)）：\(reason)"
            return try writer.update(sheet, replacing: original)
        }
    }

    /// A clerk takes a sheet out of the review (the reviewer withdrawn from it): it counts in no
    /// aggregate and stays in the history; its reviewer can no longer change it.
    @discardableResult
    public func withdrawSheet(_ id: Int64, reason: String, on date: CivilDate, by login: String) throws -> ScoreSheet {
        try write(command: "sheet-withdraw", by: login) { writer in
            try Self.requireAny(writer.db, login, [.clerk], action: "撤回评分表 (withdraw a score sheet; clerks only)")
            let reason = reason.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { throw ReviewError.reasonRequired }
            guard var sheet = try writer.record(ScoreSheet.self, id: id) else { throw StoreError.notFound(table: "score_sheet", id: id) }
            if sheet.withdrawnOn != nil { throw ReviewError.withdrawn(sheet: id) }
            let original = sheet
            sheet.withdrawnOn = date
            sheet.withdrawnReason = reason
            writer.summary = "撤回评分表 (withdraw score sheet) #\(id)（\(sheet.reviewer)）：\(reason)"
            try writer.db.execute(sql: "DELETE FROM score_draft WHERE sheet_id = ?", arguments: [id])
            return try writer.update(sheet, replacing: original)
        }
    }

    /// The primitive the applications and evaluations areas call to give a reviewer a sheet:
    /// refused unless `by` is a clerk, `reviewer` an active reviewer without a sheet for this
    /// subject already, and no tie of theirs touches the subject's unit or partners
    /// (`ConflictOfInterest`, read inside the transaction). The sheet is bound to `form`'s id and version.
    @discardableResult
    public func assignSheet(_ kind: ScoreSubject, _ subjectId: Int64, to reviewer: String, form: ScoreForm,
                            deadline: CivilDate?, by login: String) throws -> ScoreSheet {
        try write(command: "sheet-assign", by: login) { writer in
            let db = writer.db
            try Self.requireAny(db, login, [.clerk], action: "分配评分表 (assign a score sheet; clerks only)")
            guard try UserRow.fetch(db, login: reviewer)?.user.has(.reviewer) == true else { throw ReviewError.notAReviewer(login: reviewer) }
            guard let subject = try Self.subject(db, kind, subjectId) else { throw ReviewError.subjectUnknown(kind, subjectId) }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM score_sheet WHERE subject = ? AND subject_id = ? AND reviewer = ?",
                                arguments: [kind.rawValue, subjectId, reviewer]) ?? 0 > 0 {
                throw ReviewError.alreadyAssigned(reviewer: reviewer)
            }
            let ties = try ReviewerTie.fetchAll(db, where: "reviewer = ?", [reviewer])
            let conflict = ConflictOfInterest.check(reviewer: reviewer, unitId: subject.unitId, partnerIds: subject.partnerIds, ties: ties)
            guard conflict.isAllowed else { throw ReviewError.refused(conflict.reasons) }
            writer.summary = "分配评分表 (assign score sheet)：\(subject.name) → \(reviewer)"
            return try writer.insert(ScoreSheet(subject: kind, subjectId: subjectId, reviewer: reviewer, formId: form.id,
                                                formVersion: form.version, deadline: deadline))
        }
    }

    // MARK: helpers

    static let seeSheetsAction = "查看评分表 (see score sheets; clerks, approvers and admins)"

    /// The sheet `id`, checked to be `login`'s own, open for input, and `login` an active reviewer.
    static func ownSheet(_ db: Database, _ id: Int64, by login: String) throws -> ScoreSheet {
        try requireAny(db, login, [.reviewer], action: "填写评分表 (fill in score sheets; reviewers only)")
        guard let sheet = try ScoreSheet.fetchOne(db, id: id) else { throw StoreError.notFound(table: "score_sheet", id: id) }
        guard sheet.reviewer == login else { throw ReviewError.notYourSheet(sheet: id, reviewer: sheet.reviewer) }
        if sheet.withdrawnOn != nil { throw ReviewError.withdrawn(sheet: id) }
        if let d = sheet.submittedOn { throw ReviewError.locked(sheet: id, submittedOn: d) }
        return sheet
    }

    static func requireAny(_ db: Database, _ login: String, _ roles: Set<Role>, action: String) throws {
        let held = try UserRow.fetch(db, login: login)?.user.activeRoles ?? []
        guard !held.isDisjoint(with: roles) else { throw StoreError.notPermitted(user: login, action: action) }
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
