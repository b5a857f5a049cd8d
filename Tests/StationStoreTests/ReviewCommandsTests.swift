import Foundation
import XCTest
@testable import StationStore
import GRDB
import StationDomain

/// Score sheets and ties through the store: each command checks the acting login's roles and the
/// sheet inside its transaction; each read shows a reader only what they may see.
final class ReviewCommandsTests: StoreTestCase {
    let form = ScoreForm(id: "t-form", version: 1, title: "测试评分表", subject: .evaluation, stationType: nil,
                         criteria: [.init(key: "a", title: "甲", max: 20), .init(key: "b", title: "乙", max: 10)], halfPoints: true)
    let today = CivilDate("2026-12-01")!
    var db: AppDatabase!
    var evaluation: Int64 = 0
    var unitId: Int64 = 0
    var partnerId: Int64 = 0

    override func setUpWithError() throws {
        try super.setUpWithError()
        db = try openStore()
        try db.ensureFirstAdmin("root")
        for (login, roles) in [("clerk", [Role.clerk]), ("wang", [.reviewer]), ("li", [.reviewer]), ("boss", [.approver])] {
            try db.save(User(login: login, roles: Set(roles)), replacing: nil, by: "root")
        }
        let unit = try db.save(sampleUnit(1), replacing: nil, by: "clerk")
        let partner = try db.save(Partner(name: "外地大学", kind: .university, city: "上海"), replacing: nil, by: "clerk")
        unitId = unit.id!; partnerId = partner.id!
        let station = try db.save(Station(name: "测试工作站", type: .university, unitId: unitId, partnerIds: [partnerId], head: "周",
                                          agreementDate: CivilDate("2024-03-01")!), replacing: nil, by: "clerk")
        evaluation = try db.save(Evaluation(stationId: station.id!, year: 2025, computedCount: 3), replacing: nil, by: "clerk").id!
    }

    func assign(_ reviewer: String) throws -> Int64 {
        try db.perform(AssignSheet(.evaluation, evaluation, to: reviewer, form: form, deadline: CivilDate("2026-12-15")), by: "clerk").id!
    }

    func expect(_ body: @autoclosure () throws -> Any, _ check: (Error) -> Bool, file: StaticString = #filePath, line: UInt = #line) {
        do { _ = try body(); XCTFail("expected a refusal", file: file, line: line) } catch {
            XCTAssertTrue(check(error), "unexpected: \(error)", file: file, line: line)
        }
    }

    func notPermitted(_ e: Error) -> Bool {
        guard let r = e as? Refused else { return false }
        return r.reasons.allSatisfy { if case .roleRequired = $0 { return true }; return false }
    }

    func refused(_ reasons: Refusal...) -> (Error) -> Bool { { ($0 as? Refused)?.reasons == reasons } }

    func testOnlyTheReviewerSeesAndFillsTheirDraft() throws {
        let id = try assign("wang")
        try db.perform(SaveDraft(SheetDraft(sheetId: id, scores: ["a": Score(halves: 25)], comment: "草稿")), by: "wang")
        XCTAssertEqual(try db.sheet(id, viewer: "wang").draft?.scores["a"], Score(halves: 25))
        // Another reviewer: not even the sheet. A clerk: the sheet, never the draft.
        expect(try db.sheet(id, viewer: "li")) { ($0 as? Refused)?.reasons == [.sheetNotVisible(sheet: id)] }
        expect(try db.sheet(id, viewer: "clerk")) { ($0 as? Refused)?.reasons == [.sheetNotVisible(sheet: id)] }
        XCTAssertEqual(try db.reviewSheets(.evaluation, evaluation, viewer: "clerk").first?.scores, [:], "no draft value shows")
        expect(try db.reviewSheets(.evaluation, evaluation, viewer: "li"), notPermitted)
        XCTAssertEqual(try db.mySheets("li"), [])
        // Nobody else saves or submits it, whatever their roles.
        for other in ["li", "clerk", "root"] {
            expect(try db.perform(SaveDraft(SheetDraft(sheetId: id, scores: ["a": 1])), by: other)) { _ in true }
        }
        expect(try db.perform(SaveDraft(SheetDraft(sheetId: id)), by: "li")) { ($0 as? Refused)?.reasons == [.sheetNotYours(sheet: id, reviewer: "wang")] }
        expect(try db.perform(SaveDraft(SheetDraft(sheetId: id)), by: "clerk"), notPermitted)
        XCTAssertEqual(try db.journal(of: "wang", limit: 10).count, 0, "drafts are not journalled (clerks read the journal)")
    }

    func testSubmitChecksTheFormLocksAndCannotBeUndone() throws {
        let id = try assign("wang")
        expect(try db.perform(SubmitSheet(SheetDraft(sheetId: id, scores: ["a": 21, "b": 5]), form: form, on: today), by: "wang")) {
            ($0 as? Refused)?.reasons == ([.criterionOutOfBounds(key: "a", value: 21, max: 20)])
        }
        expect(try db.perform(SubmitSheet(SheetDraft(sheetId: id, scores: ["a": 20]), form: form, on: today), by: "wang")) {
            ($0 as? Refused)?.reasons == ([.criterionNotScored(key: "b")])
        }
        var other = form; other.version = 2
        expect(try db.perform(SubmitSheet(SheetDraft(sheetId: id, scores: ["a": 20, "b": 5]), form: other, on: today), by: "wang")) {
            if case .sheetFormMismatch? = ($0 as? Refused)?.reasons.first { return true }; return false
        }
        try db.perform(SaveDraft(SheetDraft(sheetId: id, scores: ["a": 3])), by: "wang")
        let sheet = try db.perform(SubmitSheet(SheetDraft(sheetId: id, scores: ["a": Score(halves: 39), "b": 5], notes: ["a": "好"]),
                                               form: form, on: today), by: "wang")
        XCTAssertEqual(sheet.submittedOn, today)
        XCTAssertNil(try db.sheet(id, viewer: "wang").draft)
        XCTAssertEqual(try db.sheet(id, viewer: "clerk").sheet.scores, ["a": Score(halves: 39), "b": 5], "a clerk sees it once submitted")
        expect(try db.perform(SaveDraft(SheetDraft(sheetId: id, scores: ["a": 1])), by: "wang")) {
            ($0 as? Refused)?.reasons == [.sheetLocked(sheet: id, submittedOn: self.today)]
        }
        expect(try db.undo(by: "wang")) { ($0 as? Refused)?.reasons == [.submitCannotBeUndone] }
        XCTAssertNotNil(try db.sheet(id, viewer: "wang").sheet.submittedOn)
        // Stored as a plain number: 19.5.
        let raw = try db.read { try String.fetchOne($0, sql: "SELECT scores FROM score_sheet WHERE id = ?", arguments: [id]) }
        XCTAssertEqual(raw, #"{"a":19.5,"b":5}"#)
    }

    func testClerkReopensWithAReasonAndWithdraws() throws {
        let id = try assign("wang")
        expect(try db.perform(ReopenSheet(id, reason: "复核"), by: "clerk")) { ($0 as? Refused)?.reasons == [.sheetNotSubmitted(sheet: id)] }
        try db.perform(SubmitSheet(SheetDraft(sheetId: id, scores: ["a": 20, "b": 5]), form: form, on: today), by: "wang")
        expect(try db.perform(ReopenSheet(id, reason: "  "), by: "clerk")) { ($0 as? Refused)?.reasons == [.sheetReasonRequired] }
        expect(try db.perform(ReopenSheet(id, reason: "复核"), by: "wang"), notPermitted)
        expect(try db.perform(ReopenSheet(id, reason: "复核"), by: "boss"), notPermitted)
        let reopened = try db.perform(ReopenSheet(id, reason: "第1项请复核"), by: "clerk")
        XCTAssertNil(reopened.submittedOn)
        XCTAssertEqual(try db.sheet(id, viewer: "wang").sheet.reopenReason, "第1项请复核")
        XCTAssertEqual(try db.mySheets("wang").first?.state, .draft)
        try db.perform(SaveDraft(SheetDraft(sheetId: id, scores: ["a": 18, "b": 5])), by: "wang")
        try db.perform(WithdrawSheet(id, reason: "回避", on: today), by: "clerk")
        XCTAssertEqual(try db.mySheets("wang").first?.state, .withdrawn)
        expect(try db.perform(SaveDraft(SheetDraft(sheetId: id, scores: ["a": 1])), by: "wang")) { ($0 as? Refused)?.reasons == [.sheetWithdrawn(sheet: id)] }
        let history = try db.history(table: "score_sheet", id: id)
        XCTAssertEqual(history.map(\.command), ["sheet-withdraw", "sheet-reopen", "sheet-submit", "sheet-assign"])
    }

    /// A sheet reopened after its deadline gets two more weeks from the reopening day; one whose
    /// deadline is still ahead keeps it; the undo gives the old deadline back.
    func testAReopenedSheetPastItsDeadlineGetsANewOne() throws {
        let late = try db.perform(AssignSheet(.evaluation, evaluation, to: "wang", form: form, deadline: today.adding(days: -30)), by: "clerk")
        let id = try XCTUnwrap(late.id)
        try db.perform(SubmitSheet(SheetDraft(sheetId: id, scores: ["a": 20, "b": 5]), form: form, on: today), by: "wang")
        let reopened = try db.perform(ReopenSheet(id, reason: "复核", on: today), by: "clerk")
        XCTAssertEqual(reopened.deadline, today.adding(days: ReopenSheet.extraDays))
        try db.undo(by: "clerk")
        XCTAssertEqual(try db.sheet(id, viewer: "clerk").sheet.deadline, today.adding(days: -30))

        try db.perform(ReopenSheet(id, reason: "复核", on: today.adding(days: -37)), by: "clerk")
        XCTAssertEqual(try db.sheet(id, viewer: "clerk").sheet.deadline, today.adding(days: -30), "not yet past on that day: kept")
    }

    func testAssignmentIsAClerksAndRefusesTiesAndDuplicates() throws {
        expect(try db.perform(AssignSheet(.evaluation, evaluation, to: "wang", form: form, deadline: nil), by: "wang"), notPermitted)
        expect(try db.perform(AssignSheet(.evaluation, evaluation, to: "boss", form: form, deadline: nil), by: "clerk")) {
            ($0 as? Refused)?.reasons == [.notAReviewer(login: "boss")]
        }
        expect(try db.perform(AssignSheet(.evaluation, 999, to: "wang", form: form, deadline: nil), by: "clerk")) {
            ($0 as? Refused)?.reasons == [.reviewSubjectUnknown(subject: .evaluation, id: 999)]
        }
        try db.perform(DeclareTie(ReviewerTie(reviewer: "ignored", partnerId: partnerId, note: "兼职教授")), by: "li")
        expect(try db.perform(AssignSheet(.evaluation, evaluation, to: "li", form: form, deadline: nil), by: "clerk")) {
            ($0 as? Refused)?.reasons == ([.reviewerTiedToPartner(reviewer: "li", partnerId: self.partnerId, note: "兼职教授")])
        }
        _ = try assign("wang")
        expect(try assign("wang")) { ($0 as? Refused)?.reasons == [.alreadyAssigned(reviewer: "wang")] }
    }

    func testTiesAreEachReviewersOwn() throws {
        let tie = try db.perform(DeclareTie(ReviewerTie(reviewer: "li", unitId: unitId, note: "顾问")), by: "wang")
        XCTAssertEqual(tie.reviewer, "wang", "a tie is always the declarer's own")
        expect(try db.perform(DeclareTie(ReviewerTie(reviewer: "wang", unitId: unitId, partnerId: partnerId)), by: "wang")) {
            ($0 as? Refused)?.reasons == [.tieNeedsUnitOrPartner]
        }
        expect(try db.perform(DeclareTie(ReviewerTie(reviewer: "clerk", unitId: unitId)), by: "clerk"), notPermitted)
        expect(try db.perform(RemoveTie(tie.id!), by: "li")) { ($0 as? Refused)?.reasons == [.tieNotYours] }
        expect(try db.ties(of: "wang", viewer: "li"), notPermitted)
        XCTAssertEqual(try db.ties(of: nil, viewer: "clerk").count, 1)
        try db.perform(RemoveTie(tie.id!), by: "wang")
        XCTAssertEqual(try db.ties(of: "wang", viewer: "wang"), [])
    }

    func testDeactivationPreferencesAndActingAs() throws {
        expect(try db.perform(SetUserActive("root", deactivatedOn: today), by: "root"), refused(.cannotDeactivateSelf))
        expect(try db.perform(SetUserActive("wang", deactivatedOn: today), by: "clerk"), notPermitted)
        try db.perform(SetUserActive("wang", deactivatedOn: today), by: "root")
        XCTAssertEqual(try db.user("wang")?.activeRoles, [])
        expect(try db.perform(AssignSheet(.evaluation, evaluation, to: "wang", form: form, deadline: nil), by: "clerk")) {
            ($0 as? Refused)?.reasons == [.notAReviewer(login: "wang")]
        }
        try db.perform(SetUserActive("wang", deactivatedOn: nil), by: "root")
        XCTAssertEqual(try db.user("wang")?.activeRoles, [.reviewer])

        try db.savePreferences(UserPreferences(login: "li", language: "en", theme: "mono", ambiguousWide: true), by: "li")
        XCTAssertEqual(try db.preferences("li").theme, "mono")
        expect(try db.savePreferences(UserPreferences(login: "wang", language: "en"), by: "li"), refused(.notYourPreferences))
        expect(try db.savePreferences(UserPreferences(login: "nobody"), by: "nobody"), refused(.notAUser(login: "nobody")))

        expect(try db.startActing(as: "wang", admin: "clerk"), refused(.adminOnly))
        try db.startActing(as: "wang", admin: "root")
        let entry = try XCTUnwrap(db.journal(limit: 1).first)
        XCTAssertEqual(entry.user, "root")
        XCTAssertEqual(entry.command, "act-as")
        XCTAssertEqual(entry.summary, "root → wang")
        XCTAssertNotEqual(try db.undoCandidate(for: "root"), entry.sequence, "the act-as record is never undone")
    }
}

extension ReviewCommandsTests {
    /// Every command of this area as every role, as a login with no role and as an unknown login:
    /// those without the role are refused in plain words (the role named) with nothing written.
    func testEveryCommandAsEveryRole() throws {
        let share = ShareDirectory(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path)
        let open = try assign("wang")
        let done = try assign("li")
        try db.perform(SubmitSheet(SheetDraft(sheetId: done, scores: ["a": 20, "b": 5]), form: form, on: today), by: "li")
        let tie = try db.perform(DeclareTie(ReviewerTie(reviewer: "wang", unitId: unitId)), by: "wang")
        for (login, roles) in [("ronly", [Role.reviewer]), ("conly", [.clerk]), ("aonly", [.approver]), ("adonly", [.admin])] {
            try db.save(User(login: login, roles: Set(roles)), replacing: nil, by: "root")
        }
        try db.save(User(login: "noroles", roles: []), replacing: nil, by: "root")
        let commands: [(Permission, (String) throws -> Void)] = [
            (.ownScoreSheets, { try self.db.perform(SaveDraft(SheetDraft(sheetId: open, scores: ["a": 1])), by: $0) }),
            (.ownScoreSheets, { try self.db.perform(SubmitSheet(SheetDraft(sheetId: open, scores: ["a": 1, "b": 1]), form: self.form, on: self.today), by: $0) }),
            (.assignments, { try self.db.perform(ReopenSheet(done, reason: "复核"), by: $0) }),
            (.assignments, { try self.db.perform(WithdrawSheet(open, reason: "回避", on: self.today), by: $0) }),
            (.assignments, { try self.db.perform(AssignSheet(.evaluation, self.evaluation, to: "ronly", form: self.form, deadline: nil), by: $0) }),
            (.ownTies, { try self.db.perform(DeclareTie(ReviewerTie(reviewer: $0, partnerId: self.partnerId)), by: $0) }),
            (.ownTies, { try self.db.perform(RemoveTie(tie.id!), by: $0) }),
            (.users, { try self.db.perform(SaveUser(User(login: "new-\($0)", roles: [.reviewer]), replacing: nil), by: $0) }),
            (.users, { try self.db.perform(SetUserActive("li", deactivatedOn: self.today), by: $0) }),
            (.policy, { try self.db.perform(ContinuePolicy(from: CivilDate("2026-01-01")!, until: nil, reason: "通知", share: share, on: self.today), by: $0) }),
        ]
        for login in ["ronly", "conly", "aonly", "adonly", "noroles", "ghost"] {
            let roles = try db.roles(of: login)
            for (permission, command) in commands where !roles.grant(permission) {
                let before = try db.journalCount()
                let draftsBefore = try db.sheet(open, viewer: "wang").draft
                do {
                    try command(login)
                    XCTFail("\(login) performed a \(permission) command")
                } catch let r as Refused {
                    let expected: Refusal = login == "ghost" ? .notAUser(login: login) : .roleRequired(permission.role)
                    XCTAssertEqual(r.reasons, [expected], "\(login) \(permission)")
                }
                XCTAssertEqual(try db.journalCount(), before, "nothing journalled for \(login) \(permission)")
                XCTAssertEqual(try db.sheet(open, viewer: "wang").draft, draftsBefore)
            }
        }
        // And each is performed by the role it names (the sheet's own reviewer where it matters).
        try commands[0].1("wang")
        try commands[2].1("conly")
        try commands[4].1("conly")
        try commands[5].1("ronly")
        try commands[7].1("adonly")
        try commands[9].1("adonly")
        XCTAssertEqual(try db.user("new-adonly")?.roles, [.reviewer])
    }
}

extension ReviewCommandsTests {
    /// Undo and redo need, at that moment, the role the undone command needs: a clerk moved to
    /// the reviewer role no longer undoes their clerk's command, a deactivated one neither, an
    /// admin who gave up the admin role does not undo that and become admin again; a reviewer
    /// undoes their own tie; each refusal writes nothing.
    func testUndoAndRedoNeedTheRoleTheCommandNeedsNow() throws {
        let unit = try db.perform(SaveUnit(sampleUnit(7), replacing: nil), by: "clerk")
        func setRoles(_ login: String, _ roles: Set<Role>) throws {
            let u = try XCTUnwrap(db.user(login))
            var changed = u
            changed.roles = roles
            try db.perform(SaveUser(changed, replacing: u), by: "root")
        }
        try setRoles("clerk", [.reviewer])
        var count = try db.journalCount()
        expect(try db.undo(by: "clerk"), refused(.roleRequired(.clerk)))
        XCTAssertEqual(try db.journalCount(), count, "nothing written")
        XCTAssertNotNil(try db.unit(id: unit.id!), "the unit stays")

        try setRoles("clerk", [.clerk])
        try db.undo(by: "clerk")
        XCTAssertNil(try db.unit(id: unit.id!))
        try db.perform(SetUserActive("clerk", deactivatedOn: today), by: "root")
        count = try db.journalCount()
        expect(try db.redo(by: "clerk"), refused(.roleRequired(.clerk)))
        XCTAssertEqual(try db.journalCount(), count)
        XCTAssertNil(try db.unit(id: unit.id!), "not redone")
        try db.perform(SetUserActive("clerk", deactivatedOn: nil), by: "root")
        try db.redo(by: "clerk")
        XCTAssertNotNil(try db.unit(id: unit.id!))

        // An admin who gave up the admin role (another admin remains) cannot take it back by undo.
        try db.perform(SaveUser(User(login: "keeper", roles: [.admin]), replacing: nil), by: "root")
        try setRoles("root", [.clerk])
        expect(try db.undo(by: "root"), refused(.roleRequired(.admin)))
        XCTAssertEqual(try db.user("root")?.activeRoles, [.clerk])

        // A reviewer's own tie is theirs to undo.
        let tie = try db.perform(DeclareTie(ReviewerTie(reviewer: "wang", unitId: unitId, note: "曾任顾问")), by: "wang")
        try db.undo(by: "wang")
        XCTAssertEqual(try db.ties(of: "wang", viewer: "wang").map(\.id), [], "tie \(tie.id!) undone")
    }
}
