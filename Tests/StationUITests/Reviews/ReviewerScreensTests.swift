import Foundation
import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// 我的评分 as a reviewer uses it, key by key: the role-shaped menu, the list, the sheet (typed,
/// refused, saved as drafts, submitted), and what a reviewer is refused.
final class ReviewerScreensTests: XCTestCase {
    func reviewer(_ language: Language = .zh) throws -> Harness {
        try DemoFixture.harness(language: language, as: "zhangwei", reviews: true)
    }

    func list(_ h: Harness) throws -> MyScoresScreen {
        h.press(.char("8"))
        return try XCTUnwrap(h.app.top as? MyScoresScreen)
    }

    /// Opens the first sheet of zhangwei's list that `pick` chooses.
    func open(_ h: Harness, _ pick: (MySheet) -> Bool) throws -> ScoreSheetScreen {
        let l = try list(h)
        let i = try XCTUnwrap(l.sheets.firstIndex(where: pick))
        for _ in 0..<i { h.press(.down) }
        h.press(.enter)
        return try XCTUnwrap(h.app.top as? ScoreSheetScreen, h.messageText ?? "no sheet opened")
    }

    var sheetScreen: (Harness) -> ScoreSheetScreen? { { $0.app.top as? ScoreSheetScreen } }

    func testReviewerMenuHoldsOnlyTheirSheetsTiesJournalSettingsAndHelp() throws {
        let h = try reviewer()
        Golden.check(h.screen(), "reviewer-menu")
        XCTAssertEqual(DeskAccess.menu(h.app.ctx.roles), [.area(.myScores), .ties, .area(.journal), .area(.settings), .help])
    }

    func testReviewerListOverdueFirstThenByDeadlineThenSubmitted() throws {
        let h = try reviewer()
        let l = try list(h)
        XCTAssertEqual(l.sheets.map(\.state), [.draft, .new, .new, .submitted])
        XCTAssertLessThan(l.sheets[0].sheet.deadline!, Harness.today, "the overdue sheet comes first")
        XCTAssertLessThan(l.sheets[1].sheet.deadline!, l.sheets[2].sheet.deadline!)
        Golden.check(h.screen(), "reviewer-list")
        h.press(.tab)
        Golden.check(h.screen(), "reviewer-ties")
    }

    func testEmptySheetAtTheLongestForm() throws {
        let h = try reviewer()
        let s = try open(h) { $0.sheet.formId == "evaluation-university" }
        XCTAssertFalse(s.readOnly)
        let grid = h.screen()
        Golden.check(grid, "sheet-empty")
        // The longest criterion name is whole, and the total with the form's maximum is shown.
        XCTAssertTrue(grid.text.contains("其他人才合作（办班、载体、专家服务）"))
        XCTAssertTrue(grid.text.contains("合计 0 / 100"))
    }

    func testOutOfRangeScoreIsRefusedAsTypedOnItsLineNamingTheBound() throws {
        let h = try reviewer()
        _ = try open(h) { $0.sheet.formId == "evaluation-university" }
        h.type("24"); h.press(.enter)     // results transferred, max 25
        h.type("22"); h.press(.enter)     // talent projects, max 25
        h.type("3")
        XCTAssertNil(sheetScreen(h)?.lineProblem)
        h.type("0")                        // graduates: 30 > 20
        XCTAssertEqual(sheetScreen(h)?.lineProblem, .outOfRange(max: 20))
        Golden.check(h.screen(), "sheet-half-refused")
        h.press(.enter)
        XCTAssertEqual(sheetScreen(h)?.line, 2, "Enter does not leave a refused line")
        XCTAssertEqual(h.app.message?.isError, true)
        XCTAssertTrue(h.messageText!.contains("0–20"), h.messageText!)
        // What was entered is in the store as a draft; the refused score is not.
        let id = try XCTUnwrap(sheetScreen(h)?.sheet.id)
        let draft = try XCTUnwrap(try h.db.sheet(id, viewer: "zhangwei").draft)
        XCTAssertEqual(draft.scores, ["results_transferred": 24, "talent_projects": 22])
        h.press(.backspace); h.press(.backspace)
        h.type("18")
        XCTAssertNil(sheetScreen(h)?.lineProblem)
    }

    func testWholeSheetIsDigitsOneEnterPerLineSubmitAndOneConfirmation() throws {
        let h = try reviewer()
        let s = try open(h) { $0.sheet.formId == "evaluation-university" }
        let id = try XCTUnwrap(s.sheet.id)
        var presses = 0
        for score in ["24", "22", "18", "17", "9"] {
            for ch in score { h.press(.char(ch)); presses += 1 }
            h.press(.enter); presses += 1
        }
        h.press(.function(2)); presses += 1
        let confirm = try XCTUnwrap(h.app.top as? ConfirmScreen)
        XCTAssertTrue(confirm.question.contains("90 / 100"), confirm.question)
        h.press(.char("y")); presses += 1
        XCTAssertEqual(presses, 9 + 5 + 2, "digits, one Enter per line, F2 and y: nothing more")
        XCTAssertTrue(h.app.top is MyScoresScreen, "back on the list")
        XCTAssertTrue(h.messageText!.contains("90 / 100"), h.messageText!)
        let (sheet, draft) = try h.db.sheet(id, viewer: "zhangwei")
        XCTAssertEqual(sheet.submittedOn, Harness.today)
        XCTAssertNil(draft, "the draft is gone once submitted")
        XCTAssertEqual(sheet.scores, ["results_transferred": 24, "talent_projects": 22, "graduates": 18, "other_cooperation": 17, "operation": 9])
        // Submitted: locked. The reviewer's u does not unlock it; reopening is a clerk's.
        h.press(.char("u"))
        XCTAssertEqual(h.app.message?.isError, true)
        XCTAssertTrue(h.messageText!.contains("经办人退回"), h.messageText!)
        XCTAssertNotNil(try h.db.sheet(id, viewer: "zhangwei").sheet.submittedOn)
    }

    func testSubmittedSheetOpensReadOnly() throws {
        let h = try reviewer()
        let s = try open(h) { $0.state == .submitted }
        XCTAssertTrue(s.readOnly)
        Golden.check(h.screen(), "sheet-submitted")
        h.type("5")
        XCTAssertEqual(sheetScreen(h)?.scores, s.scores, "digits change nothing on a submitted sheet")
    }

    func testSubmitWithUnscoredLinesIsRefusedNamingThem() throws {
        let h = try reviewer()
        _ = try open(h) { $0.sheet.formId == "evaluation-university" }
        h.type("24"); h.press(.enter)
        h.press(.function(2))
        XCTAssertFalse(h.app.top is ConfirmScreen)
        XCTAssertTrue(h.messageText!.contains("还有 4 项未评分"), h.messageText!)
        XCTAssertEqual(sheetScreen(h)?.line, 1, "the first unscored line is selected")
    }

    func testDraftSurvivesACrashButForTheLineBeingTyped() throws {
        let h = try reviewer()
        let id = try XCTUnwrap(try open(h) { $0.sheet.formId == "evaluation-university" }.sheet.id)
        h.type("24"); h.press(.enter)
        h.type("2")                      // being typed when the link drops
        // A new process on the same store: what was entered is there, the line being typed is not.
        let again = App(context: h.app.ctx)
        again.handle(.char("8"))
        let l = try XCTUnwrap(again.top as? MyScoresScreen)
        let i = try XCTUnwrap(l.sheets.firstIndex { $0.sheet.id == id })
        XCTAssertEqual(l.sheets[i].state, .draft)
        for _ in 0..<i { again.handle(.down) }
        again.handle(.enter)
        let s = try XCTUnwrap(again.top as? ScoreSheetScreen)
        XCTAssertEqual(s.scores, ["results_transferred": 24])
        XCTAssertEqual(s.line, 1, "it opens on the first line not yet scored")
    }

    /// At a terminal, entering a line draws the next line first and then commits the draft
    /// durably — before the key's handling ends, so before the next key is read.
    func testEnteringALineDrawsTheNextLineBeforeTheDraftIsCommitted() throws {
        let h = try reviewer()
        let id = try XCTUnwrap(try open(h) { $0.sheet.formId == "evaluation-university" }.sheet.id)
        let db = h.db
        var seen: [(line: Int, stored: Int)] = []
        h.app.busyInteraction = BusyInteraction(redraw: { app in
            _ = app.render(width: 80, height: 24)
            let stored = (try? db.sheet(id, viewer: "zhangwei").draft?.scores.count) ?? nil
            seen.append(((app.top as? ScoreSheetScreen)?.line ?? -1, stored ?? 0))
        }, pollKey: { nil })
        h.type("24")
        h.press(.enter)
        XCTAssertEqual(seen.count, 1, "one early draw")
        XCTAssertEqual(seen.first?.line, 1, "the next line was on the screen")
        XCTAssertEqual(seen.first?.stored, 0, "before the draft reached the store")
        XCTAssertEqual(try h.db.sheet(id, viewer: "zhangwei").draft?.scores, ["results_transferred": 24], "committed before the key returned")
        h.press(.down)   // nothing entered: no draft to commit, no early draw
        XCTAssertEqual(seen.count, 1)
    }

    func testEscSavesTheLineBeingTypedAndQuitSavesToo() throws {
        let h = try reviewer()
        let id = try XCTUnwrap(try open(h) { $0.sheet.formId == "evaluation-university" }.sheet.id)
        h.type("24"); h.press(.enter)
        h.type("21")
        h.press(.escape)
        XCTAssertTrue(h.app.top is MyScoresScreen)
        XCTAssertEqual(try h.db.sheet(id, viewer: "zhangwei").draft?.scores, ["results_transferred": 24, "talent_projects": 21])
        h.press(.enter)   // the same sheet is still selected; it opens on the first line not scored
        XCTAssertEqual(sheetScreen(h)?.line, 2)
        h.press(.down)
        h.type("7")
        h.press(.char("Q"))
        XCTAssertTrue(h.app.quitting, "Q saves and quits without asking")
        XCTAssertEqual(try h.db.sheet(id, viewer: "zhangwei").draft?.scores["other_cooperation"], 7)
    }

    func testCommentPerLineAndOverall() throws {
        let h = try reviewer()
        let id = try XCTUnwrap(try open(h) { $0.sheet.formId == "evaluation-university" }.sheet.id)
        h.press(.char("c"))
        h.type("成果转化三项，有合同佐证")
        h.press(.enter)
        h.type("24"); h.press(.enter)
        for _ in 0..<4 { h.press(.enter) }       // to the overall comment
        h.type("总体良好 quality")
        h.press(.enter)
        let draft = try XCTUnwrap(try h.db.sheet(id, viewer: "zhangwei").draft)
        XCTAssertEqual(draft.notes, ["results_transferred": "成果转化三项，有合同佐证"])
        XCTAssertEqual(draft.comment, "总体良好 quality")
    }

    func testReviewerIsRefusedEveryAreaNotTheirsInPlainWords() throws {
        let h = try reviewer()
        for area in DeskArea.allCases where ![DeskArea.myScores, .journal, .settings].contains(area) {
            h.press(.char(area.shortcut))
            XCTAssertEqual(h.app.stack.count, 1, "\(area) must not open")
            XCTAssertEqual(h.app.message?.isError, true)
            XCTAssertTrue(h.messageText!.contains(h.app.ctx.catalog.areaName(area)), h.messageText!)
        }
        h.press(.char("7"))
        Golden.check(h.screen(), "reviewer-refused-units")
    }

    func testReviewerJournalHoldsOnlyTheirOwnChanges() throws {
        let h = try reviewer()
        h.press(.char("9"))
        let j = try XCTUnwrap(h.app.top as? JournalScreen)
        XCTAssertEqual(j.source, .mine)
        XCTAssertFalse(j.entries.isEmpty)
        XCTAssertTrue(j.entries.allSatisfy { $0.user == "zhangwei" })
    }

    func testReviewerDeclaresAndRemovesATie() throws {
        let h = try reviewer()
        h.press(.char("t"))
        var l = try XCTUnwrap(h.app.top as? MyScoresScreen)
        XCTAssertEqual(l.tab, .ties)
        let before = l.ties.count
        h.press(.char("a"))
        XCTAssertTrue(h.app.top is TiePickerScreen)
        h.press(.tab)            // partners
        h.press(.enter)
        h.type("兼职教授")
        h.press(.enter)
        l = try XCTUnwrap(h.app.top as? MyScoresScreen)
        XCTAssertEqual(l.ties.count, before + 1)
        XCTAssertTrue(h.messageText!.contains("已声明回避"), h.messageText ?? "")
        let tie = try XCTUnwrap(try h.db.ties(of: "zhangwei", viewer: "zhangwei").last)
        XCTAssertNotNil(tie.partnerId)
        XCTAssertEqual(tie.note, "兼职教授")
        h.press(.end, .char("d"), .char("y"))
        XCTAssertEqual(try h.db.ties(of: "zhangwei", viewer: "zhangwei").count, before)
    }

    func testEnglishSheetHasNoChinese() throws {
        let h = try reviewer(.en)
        _ = try open(h) { $0.sheet.formId == "evaluation-university" }
        let text = h.screen().text
        // The form's titles are English too (the policy file's titleEn); only the station's name is Chinese.
        XCTAssertTrue(text.contains("Criterion"), text)
        XCTAssertTrue(text.contains("Total 0 / 100"), text)
        XCTAssertTrue(text.contains("Annual evaluation (university type)"), text)
        XCTAssertTrue(text.contains("Other cooperation (classes, carriers, experts)"), text)
        let chinese = text.split(separator: "\n").filter { line in line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        XCTAssertEqual(chinese.count, 1, "only the subject line (the station's name): \(chinese)")
        h.type("30")
        h.press(.enter)
        XCTAssertTrue(h.messageText?.contains("Research results transferred") == true, h.messageText ?? "")
    }
}

extension ReviewerScreensTests {
    func testHalfPointsOnlyWhereTheFormAllowsThem() throws {
        let h = try reviewer()
        let policy = try XCTUnwrap(DemoFixture.rules().policies?.policies.last)
        var form = try XCTUnwrap(policy.form(for: .evaluation, type: .university))
        let sheet = ScoreSheet(id: 1, subject: .evaluation, subjectId: 1, reviewer: "zhangwei", formId: form.id, formVersion: form.version)
        var whole = ScoreSheetScreen(sheet: sheet, draft: nil, form: form, subject: nil, readOnly: false)
        for ch in "12.5" { _ = whole.handle(.char(ch), h.app.ctx) }
        XCTAssertEqual(whole.lineProblem, .wholePointsOnly)
        form.halfPoints = true
        var half = ScoreSheetScreen(sheet: sheet, draft: nil, form: form, subject: nil, readOnly: false)
        for ch in "12.5" { _ = half.handle(.char(ch), h.app.ctx) }
        XCTAssertNil(half.lineProblem)
        _ = half.handle(.enter, h.app.ctx)
        XCTAssertEqual(half.scores[form.criteria[0].key], Score(halves: 25))
        for ch in "1.2" { _ = half.handle(.char(ch), h.app.ctx) }
        XCTAssertEqual(half.lineProblem, .notANumber(halfPoints: true))
    }
}

extension ReviewerScreensTests {
    func testTheCommandLineRefusesAnAreaNotTheirsToo() throws {
        let h = try reviewer()
        h.press(.char(":"))
        h.type("7")
        h.press(.enter)
        XCTAssertTrue(h.app.top is HomeScreen, "`:7` does not open the units area to a reviewer")
        XCTAssertTrue(h.messageText?.contains("不对评审专家开放") == true, h.messageText ?? "")
    }

    /// A report reads the whole programme (every station, every talent): not a reviewer's. The
    /// same line as a clerk writes the report.
    func testTheCommandLineRefusesAReportToAReviewer() throws {
        let folder = NSTemporaryDirectory() + "sd-report-\(UUID().uuidString.prefix(8))"
        XCTAssertEqual(mkdir(folder, 0o700), 0)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = try reviewer()
        h.press(.char(":"))
        h.type("report roster \(folder)/roster.md")
        h.press(.enter)
        XCTAssertEqual(h.app.message?.isError, true)
        XCTAssertEqual(h.messageText, "zhangwei 不是经办人、审定或管理员：评审专家只能查看分配给自己的评分表和自己的修改")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/roster.md"), "nothing written")

        let clerk = try DemoFixture.harness(reviews: true)
        clerk.press(.char(":"))
        clerk.type("report roster \(folder)/roster.md")
        clerk.press(.enter)
        XCTAssertNotEqual(clerk.app.message?.isError, true, clerk.messageText ?? "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/roster.md"), clerk.messageText ?? "")
    }
}
