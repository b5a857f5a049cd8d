import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class StationsScreenTests: XCTestCase {
    func open(_ h: Harness) { h.press(.char(DeskArea.stations.shortcut)) }
    func list(_ h: Harness) throws -> StationsScreen { try XCTUnwrap(h.app.top as? StationsScreen) }

    func testDemoListAt80x24ShowsPeriodEndAndStatusWords() throws {
        let h = try DemoFixture.harness()
        open(h)
        let grid = h.screen()
        Golden.check(grid, "stations-list-80x24")
        XCTAssertEqual(try list(h).stations.count, try h.db.stations().count)
        let wide = h.screen(200, 60).text
        // 2023-03-15 + two years − one day (ManagementPeriod); on 2026-03-02 that period is over
        // without renewal, so the status in fact is 期满终止 (Art. 8), never 运行中.
        XCTAssertTrue(wide.contains("2023-03-15  2025-03-14  期满终止"), wide)
        XCTAssertFalse(wide.contains("2025-03-14  运行中"), wide)
        XCTAssertTrue(wide.contains("〔已撤销〕南方虚构创新创业园柳州人才飞地工作站"))
        XCTAssertTrue(wide.contains("已撤销"))
    }

    func testFilterByPinyinAndSortByPeriodEnd() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.char("/"))
        h.type("yuegangao")
        XCTAssertEqual(try list(h).shownNames, ["粤港澳大湾区虚构人才服务中心柳州工作站"])
        h.press(.escape, .char("s"), .char("6"))
        let ends = try list(h).list.shown.map { try list(h).list.rows[$0][5] }
        XCTAssertEqual(ends, ends.sorted())
        XCTAssertEqual(h.messageText, "已按“管理期至”排列")
    }

    /// A station signed 2024-05-01 ends its period 2026-04-30: 59 days after the harness's
    /// today (2026-03-02), so it is flagged; one signed 2024-09-01 (ends 2026-08-31) is not.
    func testRecordFlagsAPeriodEndingWithin90Days() throws {
        let h = try DemoFixture.harness(seed: false)
        let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
        let partner = try h.db.save(Partner(name: "虚构大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
        try h.db.write(command: "add stations", by: Harness.user) { j in
            let s = try j.insert(Station(name: "甲工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                         head: "张三", staff: ["李四", "王五"], agreementDate: CivilDate("2024-05-01")!))
            _ = try j.insert(Station(name: "乙工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                     head: "赵六", agreementDate: CivilDate("2024-09-01")!))
            _ = try j.insert(StaffFiling(stationId: s.id!, filedOn: CivilDate("2025-06-01")!, role: .head,
                                         oldPerson: "钱七", newPerson: "张三", reason: "工作调动"))
            _ = try j.insert(Activity(stationId: s.id!, on: CivilDate("2025-07-15")!, duty: 2, title: "柳州汽车产业招才引智对接会"))
            _ = try j.insert(Evaluation(stationId: s.id!, year: 2024, computedCount: 12, grade: .c,
                                        decidedOn: CivilDate("2025-03-20")!, decisionReference: "柳科评〔2025〕1号"))
        }
        h.app.tick()
        open(h)
        // Pinyin order: 甲 jia before 乙 yi.
        XCTAssertEqual(try list(h).shownNames, ["甲工作站", "乙工作站"])
        h.press(.enter)
        let record = try XCTUnwrap(h.app.top as? StationRecordScreen)
        XCTAssertTrue(record.periodFlagged)
        let grid = h.screen()
        Golden.check(grid, "station-record-80x24")
        let text = h.screen(80, 40).text   // the details tab
        XCTAssertTrue(text.contains("⚠ 管理期将在 90 天内届满"))
        XCTAssertTrue(text.contains("2024-05-01–2026-04-30  还剩 59 天"))
        XCTAssertTrue(text.contains("虚构大学"))
        XCTAssertTrue(text.contains("李四、王五"))
        h.press(.tab)   // head and staff
        XCTAssertTrue(h.screen().text.contains("钱七 → 张三"), h.screen().text)
        h.press(.tab, .tab)   // activities
        XCTAssertTrue(h.screen().text.contains("柳州汽车产业招才引智对接会"), h.screen().text)
        h.press(.tab, .tab, .tab)   // evaluations
        XCTAssertTrue(h.screen().text.contains("2024年  G类以上 12 名  应评 C  已记录 C"), h.screen().text)
        h.press(.char("h"))   // the station's history: the one command that added it
        XCTAssertTrue(h.app.top is JournalScreen)
        XCTAssertTrue(h.screen().text.contains("甲工作站 的历史"), h.screen().text)
        h.press(.escape, .escape, .down, .enter)
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.periodFlagged, false)
        XCTAssertFalse(h.screen().text.contains("⚠ 管理期将在"))
        XCTAssertTrue(h.screen().text.contains("⚠ 有名无实"), "乙 has a head and nobody else")
    }

    func testRevokedStationRecordIsMarked() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.char("/"))
        h.type("飞地")
        h.press(.enter, .enter)
        let grid = h.screen(80, 40)
        XCTAssertTrue(grid.rowText(0).contains("〔已撤销〕"), grid.rowText(0))
        XCTAssertTrue(grid.text.contains("撤销文号"))
        h.press(.backTab, .backTab, .backTab)   // evaluations
        XCTAssertTrue(h.screen().text.contains("不合格"), h.screen().text)
        h.press(.tab, .tab, .tab)   // back to the details
        // The talents-per-year bars end with their numbers, inside 80 columns.
        h.press(.end)
        let bottom = h.screen().text.split(separator: "\n").map(String.init)
        let talents = try h.db.talents(station: nil).filter { $0.stationId == (h.app.top as? StationRecordScreen)?.station.id }
        let in2024 = talents.filter { $0.introducedOn.year == 2024 }.count
        XCTAssertTrue(bottom.contains { $0.hasPrefix("    2024年 │") && $0.hasSuffix(" \(in2024)") }, bottom.joined(separator: "\n"))
    }

    /// Art. 8: a period over without renewal is 期满终止 wherever the status shows, whatever is
    /// stored (here: still `active`); with a renewal signed it is 期满续约; a running one 运行中.
    func testStatusIsDerivedFromThePeriodWhateverIsStored() throws {
        for language in [Language.zh, .en] {
            let h = try DemoFixture.harness(language: language, seed: false)
            let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
            let partner = try h.db.save(Partner(name: "虚构大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
            try h.db.write(command: "add stations", by: Harness.user) { j in
                func add(_ name: String, _ date: String, renews: Int64? = nil) throws -> Station {
                    try j.insert(Station(name: name, type: .university, unitId: unit.id!, partnerIds: [partner.id!], head: "张三",
                                         agreementDate: CivilDate(date)!, renewsStationId: renews))
                }
                _ = try add("甲工作站", "2023-03-15")                 // ended 2025-03-14, no renewal
                let old = try add("乙工作站", "2023-06-01")           // ended 2025-05-31, renewed
                _ = try add("丙工作站", "2025-06-01", renews: old.id) // running until 2027-05-31
            }
            h.app.tick()
            open(h)
            let c = Catalog(language)
            let rows = try list(h).list.rows
            let status = Dictionary(uniqueKeysWithValues: try list(h).stations.enumerated().map { ($1.name, rows[$0][6]) })
            XCTAssertEqual(status["甲工作站"], language == .zh ? "期满终止" : "period over")
            XCTAssertEqual(status["乙工作站"], language == .zh ? "期满续约" : "renewed")
            XCTAssertEqual(status["丙工作站"], c.stationStatus(.active))
            // The word fits its column: nothing is cut.
            XCTAssertFalse(h.screen().text.contains("期满…") || h.screen().text.contains("period …"), h.screen().text)
            h.press(.char("/"))
            h.type("甲")
            h.press(.enter, .enter)
            let text = h.screen(80, 40).text
            XCTAssertTrue(text.contains(language == .zh ? "期满终止" : "ended (period over)"), text)
            XCTAssertFalse(text.contains(c.stationStatus(.active)), text)
        }
    }

    /// `--lang en`: the station record's talents-per-year bars carry no Chinese year words.
    func testEnglishRecordChartHasNoChinese() throws {
        let h = try DemoFixture.harness(language: .en)
        open(h)
        h.press(.char("/"))
        h.type("hdxg")   // 华东虚构理工大学…, introducing talents since 2023
        h.press(.enter, .enter, .end)
        let lines = h.screen(80, 24).text.split(separator: "\n").map(String.init).filter { $0.contains("│") }
        XCTAssertFalse(lines.isEmpty)
        for line in lines { XCTAssertFalse(line.contains("年"), line) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("    2024 │") }, lines.joined(separator: "\n"))
    }
}
