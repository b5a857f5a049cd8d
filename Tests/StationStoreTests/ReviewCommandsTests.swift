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
        try db.assignSheet(.evaluation, evaluation, to: reviewer, form: form, deadline: CivilDate("2026-12-15"), by: "clerk").id!
    }

    func expect(_ body: @autoclosure () throws -> Any, _ check: (Error) -> Bool, file: StaticString = #filePath, line: UInt = #line) {
        do { _ = try body(); XCTFail("expected a refusal", file: file, line: line) } catch {
            XCTAssertTrue(check(error), "unexpected: \(error)", file: file, line: line)
        }
    }

    func notPermitted(_ e: Error) -> Bool { if case StoreError.notPermitted = e { return true }; return false }

    func testOnlyTheReviewerSeesAndFillsTheirDraft() throws {
        let id = try assign("wang")
        try db.saveDraft(SheetDraft(sheetId: id, scores: ["a": Score(halves: 25)], comment: "草稿"), by: "wang")
        XCTAssertEqual(try db.sheet(id, viewer: "wang").draft?.scores["a"], Score(halves: 25))
        // Another reviewer: not even the sheet. A clerk: the sheet, never the draft.
        expect(try db.sheet(id, viewer: "li")) { $0 as? ReviewError == .notVisible(sheet: id) }
        expect(try db.sheet(id, viewer: "clerk")) { $0 as? ReviewError == .notVisible(sheet: id) }
        XCTAssertEqual(try db.reviewSheets(.evaluation, evaluation, viewer: "clerk").first?.scores, [:], "no draft value shows")
        expect(try db.reviewSheets(.evaluation, evaluation, viewer: "li"), notPermitted)
        XCTAssertEqual(try db.mySheets("li"), [])
        // Nobody else saves or submits it, whatever their roles.
        for other in ["li", "clerk", "root"] {
            expect(try db.saveDraft(SheetDraft(sheetId: id, scores: ["a": 1]), by: other)) { _ in true }
        }
        expect(try db.saveDraft(SheetDraft(sheetId: id), by: "li")) { $0 as? ReviewError == .notYourSheet(sheet: id, reviewer: "wang") }
        expect(try db.saveDraft(SheetDraft(sheetId: id), by: "clerk"), notPermitted)
        XCTAssertEqual(try db.journal(of: "wang", limit: 10).count, 0, "drafts are not journalled (clerks read the journal)")
    }

    func testSubmitChecksTheFormLocksAndCannotBeUndone() throws {
        let id = try assign("wang")
        expect(try db.submitSheet(SheetDraft(sheetId: id, scores: ["a": 21, "b": 5]), form: form, on: today, by: "wang")) {
            $0 as? ReviewError == .refused([.criterionOutOfBounds(key: "a", value: 21, max: 20)])
        }
        expect(try db.submitSheet(SheetDraft(sheetId: id, scores: ["a": 20]), form: form, on: today, by: "wang")) {
            $0 as? ReviewError == .refused([.criterionNotScored(key: "b")])
        }
        var other = form; other.version = 2
        expect(try db.submitSheet(SheetDraft(sheetId: id, scores: ["a": 20, "b": 5]), form: other, on: today, by: "wang")) {
            if case ReviewError.formMismatch = $0 { return true }; return false
        }
        try db.saveDraft(SheetDraft(sheetId: id, scores: ["a": 3]), by: "wang")
        let sheet = try db.submitSheet(SheetDraft(sheetId: id, scores: ["a": Score(halves: 39), "b": 5], notes: ["a": "好"]),
                                       form: form, on: today, by: "wang")
        XCTAssertEqual(sheet.submittedOn, today)
        XCTAssertNil(try db.sheet(id, viewer: "wang").draft)
        XCTAssertEqual(try db.sheet(id, viewer: "clerk").sheet.scores, ["a": Score(halves: 39), "b": 5], "a clerk sees it once submitted")
        expect(try db.saveDraft(SheetDraft(sheetId: id, scores: ["a": 1]), by: "wang")) {
            $0 as? ReviewError == .locked(sheet: id, submittedOn: self.today)
        }
        expect(try db.undo(by: "wang")) { $0 as? ReviewError == .submitCannotBeUndone }
        XCTAssertNotNil(try db.sheet(id, viewer: "wang").sheet.submittedOn)
        // Stored as a plain number: 19.5.
        let raw = try db.read { try String.fetchOne($0, sql: "SELECT scores FROM score_sheet WHERE id = ?", arguments: [id]) }
        XCTAssertEqual(raw, #"{"a":19.5,"b":5}"#)
    }

    func testClerkReopensWithAReasonAndWithdraws() throws {
        let id = try assign("wang")
        expect(try db.reopenSheet(id, reason: "复核", by: "clerk")) { $0 as? ReviewError == .notSubmitted(sheet: id) }
        try db.submitSheet(SheetDraft(sheetId: id, scores: ["a": 20, "b": 5]), form: form, on: today, by: "wang")
        expect(try db.reopenSheet(id, reason: "  ", by: "clerk")) { $0 as? ReviewError == .reasonRequired }
        expect(try db.reopenSheet(id, reason: "复核", by: "wang"), notPermitted)
        expect(try db.reopenSheet(id, reason: "复核", by: "boss"), notPermitted)
        let reopened = try db.reopenSheet(id, reason: "第1项请复核", by: "clerk")
        XCTAssertNil(reopened.submittedOn)
        XCTAssertEqual(try db.sheet(id, viewer: "wang").sheet.reopenReason, "第1项请复核")
        XCTAssertEqual(try db.mySheets("wang").first?.state, .draft)
        try db.saveDraft(SheetDraft(sheetId: id, scores: ["a": 18, "b": 5]), by: "wang")
        try db.withdrawSheet(id, reason: "回避", on: today, by: "clerk")
        XCTAssertEqual(try db.mySheets("wang").first?.state, .withdrawn)
        expect(try db.saveDraft(SheetDraft(sheetId: id, scores: ["a": 1]), by: "wang")) { $0 as? ReviewError == .withdrawn(sheet: id) }
        let history = try db.history(table: "score_sheet", id: id)
        XCTAssertEqual(history.map(\.command), ["sheet-withdraw", "sheet-reopen", "sheet-submit", "sheet-assign"])
    }

    func testAssignmentIsAClerksAndRefusesTiesAndDuplicates() throws {
        expect(try db.assignSheet(.evaluation, evaluation, to: "wang", form: form, deadline: nil, by: "wang"), notPermitted)
        expect(try db.assignSheet(.evaluation, evaluation, to: "boss", form: form, deadline: nil, by: "clerk")) {
            $0 as? ReviewError == .notAReviewer(login: "boss")
        }
        expect(try db.assignSheet(.evaluation, 999, to: "wang", form: form, deadline: nil, by: "clerk")) {
            $0 as? ReviewError == .subjectUnknown(.evaluation, 999)
        }
        try db.declareTie(ReviewerTie(reviewer: "ignored", partnerId: partnerId, note: "兼职教授"), by: "li")
        expect(try db.assignSheet(.evaluation, evaluation, to: "li", form: form, deadline: nil, by: "clerk")) {
            $0 as? ReviewError == .refused([.reviewerTiedToPartner(reviewer: "li", partnerId: self.partnerId, note: "兼职教授")])
        }
        _ = try assign("wang")
        expect(try assign("wang")) { $0 as? ReviewError == .alreadyAssigned(reviewer: "wang") }
    }

    func testTiesAreEachReviewersOwn() throws {
        let tie = try db.declareTie(ReviewerTie(reviewer: "li", unitId: unitId, note: "顾问"), by: "wang")
        XCTAssertEqual(tie.reviewer, "wang", "a tie is always the declarer's own")
        expect(try db.declareTie(ReviewerTie(reviewer: "wang", unitId: unitId, partnerId: partnerId), by: "wang")) {
            $0 as? ReviewError == .tieNeedsUnitOrPartner
        }
        expect(try db.declareTie(ReviewerTie(reviewer: "clerk", unitId: unitId), by: "clerk"), notPermitted)
        expect(try db.removeTie(tie.id!, by: "li")) { $0 as? ReviewError == .notYourTie }
        expect(try db.ties(of: "wang", viewer: "li"), notPermitted)
        XCTAssertEqual(try db.ties(of: nil, viewer: "clerk").count, 1)
        try db.removeTie(tie.id!, by: "wang")
        XCTAssertEqual(try db.ties(of: "wang", viewer: "wang"), [])
    }

    func testDeactivationPreferencesAndActingAs() throws {
        expect(try db.setActive("root", deactivatedOn: today, by: "root")) { if case StoreError.invalid = $0 { return true }; return false }
        expect(try db.setActive("wang", deactivatedOn: today, by: "clerk"), notPermitted)
        try db.setActive("wang", deactivatedOn: today, by: "root")
        XCTAssertEqual(try db.user("wang")?.activeRoles, [])
        expect(try db.assignSheet(.evaluation, evaluation, to: "wang", form: form, deadline: nil, by: "clerk")) {
            $0 as? ReviewError == .notAReviewer(login: "wang")
        }
        try db.setActive("wang", deactivatedOn: nil, by: "root")
        XCTAssertEqual(try db.user("wang")?.activeRoles, [.reviewer])

        try db.savePreferences(UserPreferences(login: "li", language: "en", theme: "mono", ambiguousWide: true), by: "li")
        XCTAssertEqual(try db.preferences("li").theme, "mono")
        expect(try db.savePreferences(UserPreferences(login: "wang", language: "en"), by: "li"), notPermitted)
        expect(try db.savePreferences(UserPreferences(login: "nobody"), by: "nobody"), notPermitted)

        expect(try db.startActing(as: "wang", admin: "clerk"), notPermitted)
        try db.startActing(as: "wang", admin: "root")
        let entry = try XCTUnwrap(db.journal(limit: 1).first)
        XCTAssertEqual(entry.user, "root")
        XCTAssertTrue(entry.summary.contains("admin root acting as wang"), entry.summary)
        XCTAssertNotEqual(try db.undoCandidate(for: "root"), entry.sequence, "the act-as record is never undone")
    }
}
