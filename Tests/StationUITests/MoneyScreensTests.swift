import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// Issue 14's screens key by key on the demo (today 2026-03-02): the evaluation record with the
/// talents behind its count, the 补助 area by year and state, a subsidy line with its ledger, the
/// forms keeping their input on a refusal, and keys offered by role.
final class MoneyScreensTests: XCTestCase {
    func evaluationRecord(_ h: Harness, _ station: String) throws -> EvaluationRecordScreen {
        h.press(.char(DeskArea.evaluations.shortcut), .char("/"))
        h.type(station)
        h.press(.enter, .enter)
        return try XCTUnwrap(h.app.top as? EvaluationRecordScreen)
    }

    func testTheEvaluationRecordShowsTheTalentsBehindTheCount() throws {
        let h = try DemoFixture.harness(roles: [.clerk, .approver])
        let record = try evaluationRecord(h, "华东")
        XCTAssertEqual(record.year, 2025)
        Golden.check(h.screen(), "evaluation-record-80x24")
        let line = try XCTUnwrap(record.line)
        let texts = record.lines.map(\.text)
        XCTAssertTrue(texts.contains("人数：计算 \(line.computedCount) 名（为在柳企业引进的G类以上人才）"), texts.joined(separator: "\n"))
        XCTAssertTrue(texts.contains("计入的人才（\(line.tally.counted.count)）"))
        XCTAssertEqual(texts.filter { $0.hasPrefix("  2024-") || $0.hasPrefix("  2025-") }.count,
                       line.tally.counted.count + line.tally.notEnterprise.count + line.tally.unclassified.count,
                       "every talent behind the count is listed")
        XCTAssertTrue(texts.contains { $0.hasPrefix("状态：已评定（") })
        h.press(.char("w"))
        XCTAssertTrue(h.app.top is StationRecordScreen)
    }

    /// 长三角 (signed 2024-05-20): its year ending 2025-05-19 holds unclassified employers, so it
    /// stays open; the approver's decision is refused with the names and the form keeps the input.
    func testAnUnclassifiedEmployerRefusesTheDecisionAndTheFormKeepsItsInput() throws {
        let h = try DemoFixture.harness(roles: [.approver])
        let record = try evaluationRecord(h, "长三角")
        XCTAssertNil(record.evaluation?.grade)
        XCTAssertTrue(record.lines.contains { $0.text.contains("用人单位未分类") && $0.style == .error })
        XCTAssertFalse(record.hints(h.app.ctx).contains { $0.key == "c" }, "the count is the clerk's")
        XCTAssertTrue(record.hints(h.app.ctx).contains { $0.key == "d" })
        h.press(.char("c"))
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.notPermitted(.evaluations))
        h.press(.char("d"))
        XCTAssertTrue(h.app.top is MoneyFormScreen)
        for _ in 0..<6 { h.press(.tab) }
        h.press(.ctrl("u"))
        h.type("2025-07-01")
        h.press(.tab)
        h.type("柳科评〔2025〕9号")
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? MoneyFormScreen, "still open")
        XCTAssertEqual(form.form.value("reference"), "柳科评〔2025〕9号", "the input is kept")
        XCTAssertTrue(h.messageText?.contains("用人单位未分类") == true, h.messageText ?? "")
        Golden.check(h.screen(), "evaluation-decide-refused-80x24")
        XCTAssertNil(try h.db.evaluations(year: 2025).first { $0.stationId == record.stationId }?.grade, "nothing written")
    }

    func testTheSubsidiesAreaListsByYearAndState() throws {
        let h = try DemoFixture.harness(roles: [.clerk, .approver])
        h.press(.char(DeskArea.subsidies.shortcut))
        let screen = try XCTUnwrap(h.app.top as? SubsidiesScreen)
        XCTAssertEqual(screen.year, 2025, "the latest year with a subsidy line")
        Golden.check(h.screen(), "subsidies-2025-80x24")
        let all = screen.rows.count
        XCTAssertGreaterThan(all, 0)
        XCTAssertTrue(screen.rows.allSatisfy { $0.subsidy.approved == nil && $0.standing?.state == .overdue },
                      "the demo's lines have no amount yet and are past their due date: 待核定 lines are overdue like any other")
        for _ in 0..<5 { h.press(.tab) }   // 全部 → … → 逾期
        var now = try XCTUnwrap(h.app.top as? SubsidiesScreen)
        XCTAssertEqual(SubsidiesScreen.filters[now.filter], .overdue)
        XCTAssertEqual(now.list.shown.count, all)
        h.press(.backTab)
        now = try XCTUnwrap(h.app.top as? SubsidiesScreen)
        XCTAssertEqual(SubsidiesScreen.filters[now.filter], .paid)
        XCTAssertEqual(now.list.shown.count, 0)
        XCTAssertTrue(h.screen().text.contains("2025年度没有补助记录") || h.screen().text.contains("没有"), h.screen().text)
        h.press(.left)
        XCTAssertEqual((h.app.top as? SubsidiesScreen)?.year, 2024)
    }

    func testASubsidyLineWithItsKeysByRole() throws {
        let h = try DemoFixture.harness(roles: [.clerk])
        h.press(.char(DeskArea.subsidies.shortcut), .enter)
        let record = try XCTUnwrap(h.app.top as? SubsidyRecordScreen)
        Golden.check(h.screen(), "subsidy-record-80x24")
        XCTAssertEqual(record.hints(h.app.ctx).map(\.key).filter { ["m", "p", "s", "r"].contains($0) }, ["s"], "a clerk records spending only")
        h.press(.char("p"))
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.notPermitted(.payments))
        // Spending before anything was paid is refused, the input kept.
        h.press(.char("s"))
        XCTAssertTrue(h.app.top is MoneyFormScreen)
        h.press(.tab, .tab)
        h.type("100")
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? MoneyFormScreen)
        XCTAssertEqual(form.form.errors["amount"], h.app.ctx.catalog.refusal(.spendingAbovePaid(spent: .yuan(100), paid: .zero)))
    }

    /// Art. 12's six uses do not fit 80 columns beside their label: the chosen one is always
    /// shown, the options left out are marked … on their side, and ← → bring them in.
    func testEverySpendingUseCanBeSeenAndChosenAt80Columns() throws {
        let h = try DemoFixture.harness(roles: [.clerk])
        h.press(.char(DeskArea.subsidies.shortcut), .enter, .char("s"), .tab)
        let c = h.app.ctx.catalog
        func useRow() -> String { h.screen().text.split(separator: "\n").map(String.init).first { $0.contains(c.fieldUse) } ?? "" }
        XCTAssertTrue(useRow().hasSuffix("…"), "options to the right are marked: \(useRow())")
        for (k, use) in FundUse.allCases.enumerated() {
            let row = useRow()
            XCTAssertTrue(row.contains("(*) " + c.fundUse(use)), "\(use) chosen and shown: \(row)")
            let grid = h.screen()
            let cursor = try XCTUnwrap(grid.cursor)
            let line = grid.rowText(cursor.row)
            let before = try XCTUnwrap(line.range(of: "(*)")).lowerBound
            XCTAssertEqual(cursor.col, grid.measure(String(line[..<before])) + 1, "the cursor on the chosen use: \(line)")
            if k < FundUse.allCases.count - 1 { h.press(.right) }
        }
        XCTAssertTrue(useRow().contains("…  ") || useRow().contains("… ("), "options to the left are marked: \(useRow())")
        Golden.check(h.screen(), "spending-use-other-80x24")
        XCTAssertEqual((h.app.top as? MoneyFormScreen)?.form.choice("use"), FundUse.allCases.firstIndex(of: .other))
    }

    /// In English the 补助 list's words are longer: tabs, grade header, amount and state are not cut,
    /// and the evaluation record wraps between words, with half-width punctuation.
    func testEnglishSubsidiesAndEvaluationRecordAreNotCut() throws {
        let h = try DemoFixture.harness(language: .en, roles: [.approver])
        h.press(.char(DeskArea.subsidies.shortcut))
        var rows = h.screen().text.split(separator: "\n").map(String.init)
        for tab in ["[all]", "undecided", "unpaid", "partly paid", "paid", "overdue", "returned"] {
            XCTAssertTrue(rows[1].contains(tab), "\(tab) in \(rows[1])")
        }
        XCTAssertTrue(rows[3].contains("Grade") && rows[3].contains("State"), rows[3])
        XCTAssertTrue(rows[4].contains("undecided") && rows[4].contains("overdue"), rows[4])
        XCTAssertTrue(rows[2].contains("returned 0") && !rows[2].contains("…"), "all six counts whole: \(rows[2])")
        XCTAssertFalse(h.screen().text.contains("："), "no full-width colon in English")
        Golden.check(h.screen(), "subsidies-2025-en-80x24")
        h.press(.escape, .escape, .char(DeskArea.evaluations.shortcut), .enter)
        rows = h.screen().text.split(separator: "\n").map(String.init)
        // No word is split: every word on the screen is a whole word of the record's lines.
        let record = try XCTUnwrap(h.app.top as? EvaluationRecordScreen)
        let whole = Set(record.lines.flatMap { $0.text.split(separator: " ").map(String.init) })
        for row in rows.dropFirst().dropLast(2) {
            for word in row.split(separator: " ").map(String.init) {
                XCTAssertTrue(whole.contains(word), "“\(word)” is part of a word: \(row)")
            }
            XCTAssertFalse(row.contains("："), row)
        }
        XCTAssertTrue(rows.contains { $0.contains("Talents counted (") }, "half-width brackets in English")
        Golden.check(h.screen(), "evaluation-record-en-80x24")
    }

    func testEnglishSubsidyLineHasNoChineseWords() throws {
        let h = try DemoFixture.harness(language: .en, roles: [.approver])
        h.press(.char(DeskArea.subsidies.shortcut), .enter)
        let text = h.screen().text
        for word in ["核定", "拨付", "状态", "逾期", "待核定", "支出", "退回", "结余"] {
            XCTAssertFalse(text.contains(word), "\(word) in\n\(text)")
        }
        XCTAssertTrue(text.contains("to be decided") && text.contains("overdue"), text)
    }
}
