import GRDB
import StationDomain

// Score sheets through their life (issue 13): assigned by a clerk, filled by their reviewer line
// by line (drafts kept as they go), submitted and locked, reopened by a clerk with a reason, or
// withdrawn. The road checks the role; each command checks whose sheet it is (`tx.user`).

/// Keeps what the reviewer typed so far. Not journalled: it is unfinished input that only its
/// reviewer may read, and the journal is read by clerks — submitting journals the whole sheet and
/// removes the draft. Refused unless the sheet is the acting reviewer's own and still open.
/// Cost: one small transaction (a durable commit).
public struct SaveDraft: StoreCommand {
    public static let permission = Permission.ownScoreSheets
    public var name: String { "sheet-draft" }
    public var draft: SheetDraft

    public init(_ draft: SheetDraft) { self.draft = draft }

    public func perform(_ tx: CommandContext) throws {
        _ = try AppDatabase.ownSheet(tx.db, draft.sheetId, by: tx.user)
        try tx.db.execute(sql: """
            INSERT INTO score_draft(sheet_id, reviewer, scores, notes, comment, saved_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(sheet_id) DO UPDATE SET scores = excluded.scores, notes = excluded.notes,
                comment = excluded.comment, saved_at = excluded.saved_at
            """, arguments: [draft.sheetId, tx.user, try ColumnCoding.json(draft.scores), try ColumnCoding.json(draft.notes),
                             draft.comment, JournalClock.now()])
    }
}

/// Submits the sheet with these values: every criterion of its form scored within 0…max
/// (`SheetCheck`), the form being the version the sheet was started with (`form` is the policy's:
/// the store keeps no policy of its own). Locks the sheet, journals it, removes the draft; the
/// reviewer's own `u` will not undo it (a clerk reopens).
public struct SubmitSheet: StoreCommand {
    public static let permission = Permission.ownScoreSheets
    public var name: String { "sheet-submit" }
    public var draft: SheetDraft
    public var form: ScoreForm
    public var date: CivilDate

    public init(_ draft: SheetDraft, form: ScoreForm, on date: CivilDate) { self.draft = draft; self.form = form; self.date = date }

    public func perform(_ tx: CommandContext) throws -> ScoreSheet {
        var sheet = try AppDatabase.ownSheet(tx.db, draft.sheetId, by: tx.user)
        guard form.id == sheet.formId, form.version == sheet.formVersion else {
            throw Refused([.sheetFormMismatch(sheetForm: sheet.formId, sheetVersion: sheet.formVersion, given: form.id, givenVersion: form.version)])
        }
        let original = sheet
        sheet.scores = draft.scores
        sheet.notes = draft.notes.filter { !$0.value.isEmpty }
        sheet.comment = draft.comment
        sheet.submittedOn = date
        try tx.require(SheetCheck.check(sheet, form: form, forSubmission: true))
        tx.subject = try AppDatabase.subject(tx.db, sheet.subject, sheet.subjectId)?.name ?? "#\(sheet.subjectId)"
        let saved = try tx.update(sheet, replacing: original)
        try tx.db.execute(sql: "DELETE FROM score_draft WHERE sheet_id = ?", arguments: [draft.sheetId])
        return saved
    }
}

/// A clerk reopens a submitted sheet, with a reason its reviewer will see; the sheet leaves the
/// aggregate until submitted again, and its reviewer starts from the values submitted. Given
/// `today`, a sheet whose deadline has passed gets a new one `ReopenSheet.extraDays` days on, as
/// an assignment does: the reviewer is asked to work again and is not shown overdue for it.
public struct ReopenSheet: StoreCommand {
    public static let permission = Permission.assignments
    /// Days a reopened sheet gets when its deadline has passed (the assignment's default too).
    public static let extraDays = 14
    public var name: String { "sheet-reopen" }
    public var sheetId: Int64
    public var reason: String
    public var today: CivilDate?

    public init(_ sheetId: Int64, reason: String, on today: CivilDate? = nil) {
        self.sheetId = sheetId; self.reason = reason; self.today = today
    }

    public func perform(_ tx: CommandContext) throws -> ScoreSheet {
        let reason = reason.trimmingCharacters(in: .whitespaces)
        guard var sheet = try tx.record(ScoreSheet.self, id: sheetId) else { throw StoreError.notFound(table: "score_sheet", id: sheetId) }
        if sheet.withdrawnOn != nil { throw Refused([.sheetWithdrawn(sheet: sheetId)]) }
        guard sheet.submittedOn != nil else { throw Refused([.sheetNotSubmitted(sheet: sheetId)]) }
        guard !reason.isEmpty else { throw Refused([.sheetReasonRequired]) }
        let original = sheet
        sheet.submittedOn = nil
        sheet.reopenReason = reason
        if let today, let deadline = sheet.deadline, deadline < today { sheet.deadline = today.adding(days: Self.extraDays) }
        tx.subject = "\(sheet.reviewer)：\(reason)"
        return try tx.update(sheet, replacing: original)
    }
}

/// A clerk takes a sheet out of the review (its reviewer withdrawn from it): it counts in no
/// aggregate and stays in the history; its reviewer can no longer change it.
public struct WithdrawSheet: StoreCommand {
    public static let permission = Permission.assignments
    public var name: String { "sheet-withdraw" }
    public var sheetId: Int64
    public var reason: String
    public var date: CivilDate

    public init(_ sheetId: Int64, reason: String, on date: CivilDate) { self.sheetId = sheetId; self.reason = reason; self.date = date }

    public func perform(_ tx: CommandContext) throws -> ScoreSheet {
        let reason = reason.trimmingCharacters(in: .whitespaces)
        guard var sheet = try tx.record(ScoreSheet.self, id: sheetId) else { throw StoreError.notFound(table: "score_sheet", id: sheetId) }
        if sheet.withdrawnOn != nil { throw Refused([.sheetWithdrawn(sheet: sheetId)]) }
        guard !reason.isEmpty else { throw Refused([.sheetReasonRequired]) }
        let original = sheet
        sheet.withdrawnOn = date
        sheet.withdrawnReason = reason
        tx.subject = "\(sheet.reviewer)：\(reason)"
        try tx.db.execute(sql: "DELETE FROM score_draft WHERE sheet_id = ?", arguments: [sheetId])
        return try tx.update(sheet, replacing: original)
    }
}

/// The primitive the applications and evaluations areas use to give a reviewer a sheet: refused
/// unless `reviewer` is an active reviewer without a sheet for this subject already, and no tie of
/// theirs touches the subject's unit or partners (`ConflictOfInterest`, read inside the
/// transaction). The sheet is bound to `form`'s id and version.
public struct AssignSheet: StoreCommand {
    public static let permission = Permission.assignments
    public var name: String { "sheet-assign" }
    public var subject: ScoreSubject
    public var subjectId: Int64
    public var reviewer: String
    public var form: ScoreForm
    public var deadline: CivilDate?

    public init(_ subject: ScoreSubject, _ subjectId: Int64, to reviewer: String, form: ScoreForm, deadline: CivilDate?) {
        self.subject = subject; self.subjectId = subjectId; self.reviewer = reviewer; self.form = form; self.deadline = deadline
    }

    public func perform(_ tx: CommandContext) throws -> ScoreSheet {
        let db = tx.db
        guard try Roles.of(db, login: reviewer)?.contains(.reviewer) == true else { throw Refused([.notAReviewer(login: reviewer)]) }
        guard let about = try AppDatabase.subject(db, subject, subjectId) else {
            throw Refused([.reviewSubjectUnknown(subject: subject, id: subjectId)])
        }
        if try Int.fetchOne(db, sql: "SELECT count(*) FROM score_sheet WHERE subject = ? AND subject_id = ? AND reviewer = ?",
                            arguments: [subject.rawValue, subjectId, reviewer]) ?? 0 > 0 {
            throw Refused([.alreadyAssigned(reviewer: reviewer)])
        }
        let ties = try tx.records(ReviewerTie.self, where: "reviewer = ?", [reviewer])
        try tx.require(ConflictOfInterest.check(reviewer: reviewer, unitId: about.unitId, partnerIds: about.partnerIds, ties: ties))
        tx.subject = "\(about.name) → \(reviewer)"
        return try tx.insert(ScoreSheet(subject: subject, subjectId: subjectId, reviewer: reviewer, formId: form.id,
                                        formVersion: form.version, deadline: deadline))
    }
}
