import Foundation
import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class UnitsPartnersScreenTests: XCTestCase {
    static let names = [
        ("柳州市智能装备制造有限责任公司（北部生态新区分公司）", "91450200MA5L00001", UnitKind.enterprise, "张三 0772-1234567"),
        ("广西柳州钢铁集团有限公司", "91450200MA5L00002", .enterprise, "李四"),
        ("柳州ABC科技有限公司", "91450200MA5L00003", .enterprise, "Wang Wu"),
        ("柳州市螺蛳粉产业研究院", "12450200MB0000004", .institution, "赵六"),
    ]

    func seeded(_ h: Harness) throws {
        for (name, prefix, kind, contact) in Self.names {
            try h.addUnit(name, code: Harness.code(prefix), kind: kind, contact: contact)
        }
    }

    /// Opens 单位与共建方 from the home menu (its shortcut digit).
    func openList(_ h: Harness) {
        h.press(.char(DeskArea.unitsPartners.shortcut))
    }

    func testChineseListIsAlignedAt80x24() throws {
        let h = try Harness()
        try seeded(h)
        openList(h)
        let grid = h.screen()
        Golden.check(grid, "units-list-80x24")
        // Every row's credit code starts in the same cell, whatever the width of the name.
        var starts: [Int] = []
        for (_, prefix, _, _) in Self.names {
            let code = Harness.code(prefix)
            for row in 0..<grid.height {
                if let col = Self.displayColumn(of: code, in: grid, row: row) { starts.append(col) }
            }
        }
        XCTAssertEqual(starts.count, 4)
        XCTAssertEqual(Set(starts).count, 1, "credit codes start at columns \(starts)")
        XCTAssertTrue(grid.text.contains("…"), "the long name is cut and the cut is marked")
    }

    func testWideTerminalShowsWholeNames() throws {
        let h = try Harness()
        try seeded(h)
        openList(h)
        let text = h.screen(200, 60).text
        XCTAssertTrue(text.contains("柳州市智能装备制造有限责任公司（北部生态新区分公司）"))
    }

    func testFilterAsYouTypeAndEscClears() throws {
        let h = try Harness()
        try seeded(h)
        openList(h)
        h.press(.char("/"))
        h.type("钢铁")
        let list = try XCTUnwrap(h.app.top as? UnitsPartnersScreen)
        XCTAssertEqual(list.shownNames, ["广西柳州钢铁集团有限公司"])
        XCTAssertTrue(h.screen().text.contains("1 / 4"))
        h.press(.backspace, .backspace)
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.shownNames.count, 4)
        h.type("abc")   // case-insensitive, on any column
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.shownNames, ["柳州ABC科技有限公司"])
        h.press(.escape)
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.shownNames.count, 4)
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.list.filtering, false)
    }

    func testSortByChosenColumnAndAgainReverses() throws {
        let h = try Harness()
        try seeded(h)
        openList(h)
        h.press(.char("s"), .char("4"))   // contact
        let first = try XCTUnwrap(h.app.top as? UnitsPartnersScreen).shownNames
        XCTAssertEqual(h.messageText, "已按“联系人”排列")
        h.press(.char("s"), .char("4"))
        let second = try XCTUnwrap(h.app.top as? UnitsPartnersScreen).shownNames
        XCTAssertEqual(second, first.reversed())
        XCTAssertEqual(h.messageText, "已按“联系人”倒序排列")
    }

    func testEnterOpensTheRecordAndEscGoesBack() throws {
        let h = try Harness()
        try seeded(h)
        openList(h)
        h.press(.down, .enter)
        let grid = h.screen()
        XCTAssertTrue(grid.rowText(0).contains(" › 柳州ABC科技"), grid.rowText(0))
        XCTAssertTrue(h.screen(120, 30).rowText(0).contains("stationdesk · 单位与共建方 › 柳州ABC科技有限公司"))
        XCTAssertTrue(grid.text.contains("统一社会信用代码"))
        h.press(.escape)
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
        h.press(.char("q"))
        XCTAssertTrue(h.app.top is HomeScreen)
    }

    func testDeleteAsksNamingTheRecord() throws {
        let h = try Harness()
        try seeded(h)
        openList(h)
        let name = try XCTUnwrap((h.app.top as? UnitsPartnersScreen)?.selectedRecord?.name)
        h.press(.char("d"))
        XCTAssertTrue(h.screen().text.contains("删除“\(name)”？"))
        h.press(.char("n"))
        XCTAssertEqual(try h.db.units().count, 4)
        h.press(.char("d"), .char("y"))
        XCTAssertEqual(try h.db.units().count, 3)
        XCTAssertFalse(try h.db.units().contains { $0.name == name })
        XCTAssertEqual(h.messageText, "已删除“\(name)”，按 u 可撤销")
    }

    func testTabSwitchesToPartners() throws {
        let h = try Harness()
        try h.db.save(Partner(name: "上海交通大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
        openList(h)
        h.press(.tab)
        let text = h.screen().text
        XCTAssertTrue(text.contains("[共建方]"))
        XCTAssertTrue(text.contains("上海交通大学"))
        XCTAssertTrue(text.contains("高校"))
    }

    func testOpenListFollowsChangesFromAnotherProcessKeepingTheSelection() throws {
        let h = try Harness()
        try seeded(h)
        openList(h)
        h.press(.down, .down)
        let selected = try XCTUnwrap((h.app.top as? UnitsPartnersScreen)?.selectedRecord)
        // Another clerk (another connection to the same folder) adds a unit that sorts first.
        let other = try AppDatabase.open(folder: h.db.folder)
        _ = try other.save(Unit(name: "阿尔法公司", creditCode: Harness.code("91450200MA5L00009"), kind: .enterprise),
                           replacing: nil, by: "bob")
        h.app.tick()
        let list = try XCTUnwrap(h.app.top as? UnitsPartnersScreen)
        XCTAssertTrue(list.shownNames.contains("阿尔法公司"))
        XCTAssertEqual(list.selectedRecord?.id, selected.id)
    }

    /// The cell column where `needle` starts on `row`, if it is there.
    static func displayColumn(of needle: String, in grid: Grid, row: Int) -> Int? {
        for col in 0..<grid.width where !grid[row, col].isContinuation {
            var rest = ""
            for x in col..<grid.width where !grid[row, x].isContinuation { rest += grid[row, x].text }
            if rest.hasPrefix(needle) { return col }
        }
        return nil
    }
}

final class PinyinFilterTests: XCTestCase {
    /// The real table from data/pinyin, as the executable wires it.
    static func pinyinMatcher() throws -> TextMatcher {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/pinyin/hanzi-pinyin.tsv")
        let table = try PinyinTable(tsv: String(contentsOf: url, encoding: .utf8))
        return TextMatcher { query, text in table.matches(query: query, in: text) }
    }

    func testFilterByPinyinInitialsAndFullPinyin() throws {
        let h = try Harness(matcher: try Self.pinyinMatcher())
        try h.addUnit("广西柳州钢铁集团有限公司", code: Harness.code("91450200MA5L00001"))
        try h.addUnit("柳州市螺蛳粉产业研究院", code: Harness.code("12450200MB0000004"), kind: .institution)
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("/"))
        h.type("gtjt")
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.shownNames, ["广西柳州钢铁集团有限公司"])
        h.press(.ctrl("u"))
        h.type("luosifen")
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.shownNames, ["柳州市螺蛳粉产业研究院"])
        h.press(.enter)                      // keep the filter, back to moving
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.list.filtering, false)
        XCTAssertTrue(h.screen().text.contains("筛选： luosifen"))
    }
}

/// After the form saves, the list's selection is on the record saved: the new one after an
/// add, the edited one after an edit even when the sort moves it.
final class SelectionAfterSaveTests: XCTestCase {
    func list(_ h: Harness) throws -> UnitsPartnersScreen { try XCTUnwrap(h.app.top as? UnitsPartnersScreen) }

    func testAddedUnitIsSelected() throws {
        let h = try Harness()
        try h.addUnit("A柳州一厂", code: Harness.code("91450200MA5L00001"))
        try h.addUnit("C柳州三厂", code: Harness.code("91450200MA5L00003"))
        h.press(.char(DeskArea.unitsPartners.shortcut))
        XCTAssertEqual(try list(h).selectedRecord?.name, "A柳州一厂")
        h.press(.char("a"))
        h.type("B柳州二厂")
        h.press(.tab)
        h.type(Harness.code("91450200MA5L00002"))
        h.press(.function(2))
        XCTAssertEqual(try list(h).shownNames, ["A柳州一厂", "B柳州二厂", "C柳州三厂"])
        XCTAssertEqual(try list(h).selectedRecord?.name, "B柳州二厂")
        let grid = h.screen()
        let row = try XCTUnwrap(grid.cursor?.row)
        XCTAssertTrue(grid.rowText(row).contains("B柳州二厂"), "the cursor is on the new row")
    }

    func testAddedRecordHiddenByTheFilterIsShownAndSelected() throws {
        let h = try Harness()
        try h.addUnit("A柳州一厂", code: Harness.code("91450200MA5L00001"))
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("/"))
        h.type("一厂")
        h.press(.enter, .char("a"))
        h.type("B柳州二厂")
        h.press(.tab)
        h.type(Harness.code("91450200MA5L00002"))
        h.press(.function(2))
        XCTAssertEqual(try list(h).selectedRecord?.name, "B柳州二厂")
        XCTAssertEqual(try list(h).list.filter.text, "", "the filter that hid it is cleared")
    }

    func testAddedPartnerIsSelected() throws {
        let h = try Harness()
        _ = try h.db.save(Partner(name: "A大学", kind: .university, city: "上海", contact: ""), replacing: nil, by: Harness.user)
        _ = try h.db.save(Partner(name: "C大学", kind: .university, city: "北京", contact: ""), replacing: nil, by: Harness.user)
        h.press(.char(DeskArea.unitsPartners.shortcut), .tab, .char("a"))
        h.type("B大学")
        h.press(.tab, .tab)
        h.type("成都")
        h.press(.function(2))
        XCTAssertEqual(try list(h).tableName, "partner")
        XCTAssertEqual(try list(h).selectedRecord?.name, "B大学")
    }

    func testEditedUnitStaysSelectedWhenTheSortMovesIt() throws {
        let h = try Harness()
        try h.addUnit("A柳州一厂", code: Harness.code("91450200MA5L00001"))
        try h.addUnit("B柳州二厂", code: Harness.code("91450200MA5L00002"))
        try h.addUnit("C柳州三厂", code: Harness.code("91450200MA5L00003"))
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("e"), .home, .delete)
        h.type("D")                                 // A柳州一厂 → D柳州一厂: sorts last now
        h.press(.function(2))
        XCTAssertEqual(try list(h).shownNames, ["B柳州二厂", "C柳州三厂", "D柳州一厂"])
        XCTAssertEqual(try list(h).selectedRecord?.name, "D柳州一厂")
    }
}
