import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class UndoJournalTests: XCTestCase {
    func testUndoAndRedoSayWhatTheyDid() throws {
        let h = try Harness()
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("a"))
        h.type("柳州撤销测试公司")
        h.press(.tab)
        h.type(Harness.code("91450200MA5L00001"))
        h.press(.function(2))
        XCTAssertEqual(try h.db.units().count, 1)
        Golden.check(h.screen(), "undo-before")
        h.press(.char("u"))
        XCTAssertEqual(try h.db.units().count, 0)
        XCTAssertTrue(h.messageText?.hasPrefix("已撤销（Ctrl-R 重做）：新增单位") == true, h.messageText ?? "no message")
        Golden.check(h.screen(), "undo-after-undo")
        h.press(.ctrl("r"))
        XCTAssertEqual(try h.db.units().map(\.name), ["柳州撤销测试公司"])
        XCTAssertTrue(h.messageText?.hasPrefix("已重做：") == true, h.messageText ?? "no message")
        Golden.check(h.screen(), "undo-after-redo")
    }

    func testNothingToUndoIsSaidPlainly() throws {
        let h = try Harness()
        h.press(.char("u"))
        XCTAssertEqual(h.app.message?.isError, true)
        XCTAssertTrue(h.messageText?.contains("没有可撤销的操作") == true, h.messageText ?? "")
    }

    func testJournalListsWhoWhenWhatAndBeforeAfter() throws {
        let h = try Harness()
        let u = try h.addUnit("柳州日志公司", code: Harness.code("91450200MA5L00001"), contact: "张三")
        var changed = u
        changed.contact = "李四"
        _ = try h.db.save(changed, replacing: u, by: Harness.user)
        h.press(.char(DeskArea.journal.shortcut))
        XCTAssertTrue(h.app.top is JournalScreen)
        let list = h.screen().text
        XCTAssertTrue(list.contains(Harness.user))
        h.press(.home, .enter)                 // newest first: the edit
        let detail = h.screen().text
        XCTAssertTrue(detail.contains("联系人: 张三 → 李四"), detail)
    }

    func testHistoryOfARecord() throws {
        let h = try Harness()
        let u = try h.addUnit("柳州历史公司", code: Harness.code("91450200MA5L00001"))
        try h.addUnit("柳州其他公司", code: Harness.code("91450200MA5L00002"))
        var changed = u
        changed.address = "柳州市鱼峰区"
        _ = try h.db.save(changed, replacing: u, by: Harness.user)
        h.press(.char(DeskArea.unitsPartners.shortcut))
        let list = try XCTUnwrap(h.app.top as? UnitsPartnersScreen)
        if list.selectedRecord?.id != u.id { h.press(.down) }
        h.press(.char("h"))
        let history = try XCTUnwrap(h.app.top as? JournalScreen)
        XCTAssertEqual(history.entries.count, 2, "the insert and the edit, not the other unit")
        XCTAssertTrue(h.screen(120, 30).rowText(0).contains("单位与共建方 › 柳州历史公司 的历史"), h.screen(120, 30).rowText(0))
        h.press(.end, .enter)                  // the oldest: the insert
        let detail = h.screen().text
        XCTAssertTrue(detail.contains("名称: ∅ → 柳州历史公司"), detail)
        XCTAssertFalse(detail.contains("柳州其他公司"))
    }
}

/// The entry detail names coded values in the words the lists use, and referenced records by
/// name; free text is shown as stored.
final class JournalEntryWordsTests: XCTestCase {
    func detail(_ h: Harness, _ summaryPart: String) throws -> [String] {
        let entry = try XCTUnwrap(h.store.journal(limit: 50, beforeSequence: nil).first {
            h.app.ctx.catalog.journalWhat($0).contains(summaryPart)
        })
        return JournalEntryScreen(try h.store.entry(entry.sequence)).lines(h.app.ctx)
    }

    func testImportedStationsAndTalentsShowWordsNotCodes() throws {
        let h = try DemoFixture.harness()
        let units = try detail(h, "导入设站单位")
        XCTAssertTrue(units.contains("  类型: ∅ → 企业"), units.joined(separator: "\n"))
        let stations = try detail(h, "导入工作站").joined(separator: "\n")
        let first = try XCTUnwrap(h.store.stations().first { $0.id == 1 })
        let unit = try XCTUnwrap(h.store.units().first { $0.id == first.unitId })
        XCTAssertTrue(stations.contains("工作站 #1  新增"), stations)
        XCTAssertTrue(stations.contains("  类型: ∅ → \(Catalog(.zh).stationTypeShort(first.type))"), stations)
        XCTAssertTrue(stations.contains("  状态: ∅ → 运行中"), stations)
        XCTAssertTrue(stations.contains("  设站单位: ∅ → \(unit.name) (#\(unit.id!))"), stations)
        XCTAssertTrue(stations.contains("  站长: ∅ → \(first.head)"), "free text as stored")
        XCTAssertTrue(stations.contains("工作站 #1  新增\n  名称: ∅ → \(first.name)\n"), "the name first: \(stations)")
        XCTAssertFalse(stations.contains("工作人员: ∅ → []"), "an empty list is absent")
        XCTAssertEqual(Catalog(.zh).journalValue(table: "station", key: "staff", #"["张三","李四"]"#, name: { _, _ in nil }), "张三、李四")
        for code in ["university", "organization", "active", "unit_id", "partner_ids", "station #"] {
            XCTAssertFalse(stations.contains(code), "\(code) in\n\(stations)")
        }
        let talents = try detail(h, "导入人才").joined(separator: "\n")
        XCTAssertTrue(talents.contains("人才 #1  新增"), talents)
        XCTAssertTrue(talents.range(of: #"类别: ∅ → [A-G]类"#, options: .regularExpression) != nil, talents)
        for code in ["category", "station_id", "employer_unit_id", "introduced_on"] {
            XCTAssertFalse(talents.contains(code), "\(code) in the talents entry")
        }
    }

    func testMoneyAndFlagsOfAnEvaluationEntry() throws {
        let h = try DemoFixture.harness()
        let text = try detail(h, "评估").joined(separator: "\n")
        XCTAssertTrue(text.range(of: #"补贴上限: ∅ → ¥[0-9,]+\.[0-9]{2}"#, options: .regularExpression) != nil, text)
        XCTAssertTrue(text.contains("远低于标准: ∅ → 否") || text.contains("远低于标准: ∅ → 是"), text)
        XCTAssertFalse(text.contains("far_below_standard"), text)
    }
}

/// What `--demo` loads is set-up, not work: `u` right after it has nothing to undo (the demo
/// stays), and after a change of one's own, `u` undoes that change — named once — and no more.
final class RepeatedUndoTests: XCTestCase {
    func testTheDemoIsSetUpAndUndoNamesTheOriginalCommandOnce() throws {
        let h = try DemoFixture.harness()
        let units = try h.db.units().count
        XCTAssertGreaterThan(units, 0)
        let loads = try h.store.journal(limit: 20, beforeSequence: nil).filter { $0.user == Harness.user }
        XCTAssertTrue(loads.allSatisfy { $0.command.hasPrefix("setup-") }, "\(loads.map(\.command))")
        h.press(.char(DeskArea.unitsPartners.shortcut))
        h.press(.char("u"))
        XCTAssertEqual(h.app.message?.isError, true)
        XCTAssertTrue(h.screen().rowText(22).contains("✗ 没有可撤销的操作"), h.screen().rowText(22))
        XCTAssertEqual(try h.db.units().count, units, "the demo is not unloaded")

        let unit = try h.addUnit("柳州撤销演示厂", code: Harness.code("91450200MA5L0U001"))
        try h.db.perform(DeleteUnit(unit), by: Harness.user)
        h.app.tick()
        h.press(.char("u"))
        XCTAssertEqual(h.messageText, "已撤销（Ctrl-R 重做）：删除单位“\(unit.name)”")
        h.press(.ctrl("r"))
        XCTAssertEqual(h.messageText, "已重做：删除单位“\(unit.name)”", "the redo names the original command, not the undo")
        h.press(.char("u"))
        XCTAssertEqual(h.messageText, "已撤销（Ctrl-R 重做）：删除单位“\(unit.name)”", "undo of the redo: still the original, once")
        h.press(.char("u"))
        XCTAssertEqual(h.messageText, "已撤销（Ctrl-R 重做）：新增单位“\(unit.name)”")
        h.press(.char("u"))
        XCTAssertTrue(h.screen().rowText(22).contains("✗ 没有可撤销的操作"), h.screen().rowText(22))
        XCTAssertEqual(try h.db.user("root")?.roles.contains(.admin), true, "root's first-admin grant stays")
    }
}
