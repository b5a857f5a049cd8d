import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class TalentsScreenTests: XCTestCase {
    func open(_ h: Harness) { h.press(.char(DeskArea.talents.shortcut)) }

    func list(_ h: Harness) throws -> TalentsScreen { try XCTUnwrap(h.app.top as? TalentsScreen) }

    func testDemoListAt80x24() throws {
        let h = try DemoFixture.harness()
        open(h)
        let grid = h.screen()
        Golden.check(grid, "talents-list-80x24")
        XCTAssertEqual(try list(h).talents.count, try h.db.talentCount())
        XCTAssertTrue(grid.text.contains("共 \(try h.db.talentCount()) 条"))
        // A revoked station's name carries its mark even when the column cuts the name.
        XCTAssertTrue(h.screen(200, 60).text.contains("〔已撤销〕南方虚构创新创业园柳州人才飞地工作站"))
    }

    func testFilterByPinyinInitialsFindsTheTalent() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.char("/"))
        h.type("hanxiaofang")
        XCTAssertEqual(try list(h).shownNames, ["韩晓芳"])
        h.press(.ctrl("u"))
        h.type("hxf")
        XCTAssertTrue(try list(h).shownNames.contains("韩晓芳"))
        XCTAssertTrue(try list(h).shownNames.allSatisfy { $0 != "韦兰" })
        h.press(.escape)
        XCTAssertEqual(try list(h).shownNames.count, try h.db.talentCount())
    }

    func testSortByIntroducedOnAndReverse() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.char("s"), .char("5"))
        let dates = try list(h).list.shown.map { try list(h).talents[$0].introducedOn }
        XCTAssertEqual(dates, dates.sorted())
        XCTAssertEqual(h.messageText, "已按“引进日期”排列")
        h.press(.char("s"), .char("5"))
        let reversed = try list(h).list.shown.map { try list(h).talents[$0].introducedOn }
        XCTAssertEqual(reversed, dates.sorted().reversed())
    }

    func testRecordShowsTheIDNumberMasked() throws {
        let h = try DemoFixture.harness(seed: false)
        let id = "45020219900101123X"
        try h.db.write(command: "add talent", by: Harness.user) { j in
            _ = try j.insert(Talent(name: "欧阳思远", category: .c, employer: "柳州某公司",
                                    introducedOn: CivilDate("2024-05-06")!, stationId: nil,
                                    note: "博士学位证书\n劳动合同", idNumber: id))
        }
        h.app.tick()
        open(h)
        h.press(.enter)
        XCTAssertTrue(h.app.top is TalentRecordScreen)
        let grid = h.screen()
        Golden.check(grid, "talent-record-80x24")
        XCTAssertTrue(grid.text.contains("450202********123X"))
        XCTAssertFalse(grid.text.contains(id), "the whole ID number is never shown")
        XCTAssertTrue(grid.text.contains("劳动合同"), "the note's second line is shown")
        h.press(.escape)
        XCTAssertTrue(h.app.top is TalentsScreen)
    }

    func testChartOfCountedTalentsPerStationPerYear() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.tab)
        XCTAssertEqual(try list(h).view, .chart)
        let grid = h.screen()
        Golden.check(grid, "talents-chart-80x24")
        // The numbers on each station's row are the domain's TalentCount for each year.
        let rules = try DemoFixture.rules()
        let talents = try h.db.talents(station: nil)
        let station = try XCTUnwrap(try h.db.stations().first { $0.name == "华东虚构理工大学柳州汽车产业人才工作站" })
        let years = 2023...2026
        let expected = years.map { TalentCount.count(talents, stationId: station.id!, year: $0, policy: rules.countingPolicy(forYear: $0)!) }
        let row = try XCTUnwrap(h.screen(200, 60).text.split(separator: "\n").first { $0.hasPrefix(" 华东虚构理工大学") })
        XCTAssertTrue(row.contains("2023–2026 · " + expected.map(String.init).joined(separator: " ")), String(row))
        // Every line fits 80 columns; the mono reading does not depend on the block characters.
        for r in 0..<grid.height { XCTAssertLessThanOrEqual(DisplayWidth.of(grid.rowText(r)), 80) }
        h.press(.tab)
        XCTAssertEqual(try list(h).view, .list)
    }

    /// The app re-reads the talents only when talents or stations changed: saving a unit
    /// (another table) leaves the 10⁵-row list alone; adding a talent reloads it.
    func testReloadsOnlyWhenItsTablesChanged() throws {
        let h = try DemoFixture.harness()
        open(h)
        let loads = try list(h).loads
        let count = try list(h).talents.count
        _ = try h.addUnit("柳州市另一家科技有限公司", code: Harness.code("91450200MA5L00009"))
        h.app.tick()
        XCTAssertEqual(try list(h).loads, loads, "a unit change does not reload the talents")
        try h.db.write(command: "add talent", by: Harness.user) { w in
            try w.insert(Talent(name: "新来的", category: .c, employer: "某公司", introducedOn: CivilDate("2025-05-01")!, stationId: nil))
        }
        h.app.tick()
        XCTAssertEqual(try list(h).loads, loads + 1)
        XCTAssertEqual(try list(h).talents.count, count + 1)
    }

    /// Filtering narrows as the query grows and widens again on Backspace, with the same
    /// answers as the plain matcher cell by cell.
    func testFilterNarrowsAndWidensLikeThePlainMatcher() throws {
        let h = try DemoFixture.harness()
        open(h)
        let screen = try list(h)
        let table = try DemoFixture.share.pinyinTable()
        func expected(_ q: String) -> Set<Int64> {
            Set(screen.list.rows.indices.filter { i in screen.list.rows[i].contains { table.matches(query: q, in: $0) } }
                .map { screen.list.ids[$0] })
        }
        h.press(.char("/"))
        var typed = ""
        for ch in "lzs" {
            typed.append(ch)
            h.type(String(ch))
            let shown = try list(h).list.shown.map { try list(h).list.ids[$0] }
            XCTAssertEqual(Set(shown), expected(typed), typed)
        }
        h.press(.backspace, .backspace)
        XCTAssertEqual(Set(try list(h).list.shown.map { try list(h).list.ids[$0] }), expected("l"))
    }

    /// `--lang en`: the chart's totals and year labels are English (station names stay as entered).
    func testEnglishChartHasNoChineseWords() throws {
        let h = try DemoFixture.harness(language: .en)
        open(h)
        h.press(.tab)
        let text = h.screen(200, 60).text
        XCTAssertTrue(text.contains("· total "), text)
        XCTAssertFalse(text.contains("共") || text.contains("年 │"), text)
    }

    func testChartFallsBackToAsciiForAmbiguousWideTerminals() throws {
        let h = try DemoFixture.harness(ambiguousWide: true)
        open(h)
        h.press(.tab)
        let text = h.screen().text
        XCTAssertFalse(text.contains("█"))
        XCTAssertFalse(text.contains("│"))
        XCTAssertTrue(text.contains("#"))
    }
}
