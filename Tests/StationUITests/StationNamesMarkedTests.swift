import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// Issue 12: "a terminated or revoked station's name is marked wherever it appears" — a station
/// whose period ended without a renewal is terminated automatically (Art. 8), recorded or not, so
/// its name carries the mark in 工作站 (list and record), 待办 and 人才; a renewed one and a
/// running one do not.
final class StationNamesMarkedTests: XCTestCase {
    func testAPeriodOverWithoutRenewalMarksTheNameEverywhere() throws {
        for language in [Language.zh, .en] {
            let h = try DemoFixture.harness(language: language, seed: false)
            let c = Catalog(language)
            let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
            let partner = try h.db.save(Partner(name: "虚构大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
            try h.db.write(command: "add stations", by: Harness.user) { j in
                func add(_ name: String, _ date: String, renews: Int64? = nil) throws -> Station {
                    try j.insert(Station(name: name, type: .university, unitId: unit.id!, partnerIds: [partner.id!], head: "张三",
                                         staff: ["李四"], agreementDate: CivilDate(date)!, renewsStationId: renews))
                }
                let ended = try add("甲工作站", "2023-03-15")          // period over 2025-03-14, no renewal
                let old = try add("乙工作站", "2023-06-01")            // period over, renewed
                _ = try add("丙工作站", "2025-06-01", renews: old.id)  // running
                _ = try j.insert(Talent(name: "欧阳思远", category: .c, employer: "柳州某公司", introducedOn: CivilDate("2024-05-06")!,
                                        stationId: ended.id))
            }
            h.app.tick()
            let marked = c.endedMark + "甲工作站"

            h.press(.char(DeskArea.stations.shortcut))
            let list = try XCTUnwrap(h.app.top as? StationsScreen)
            let names = Dictionary(uniqueKeysWithValues: list.stations.enumerated().map { ($1.name, list.list.rows[$0][0]) })
            XCTAssertEqual(names["甲工作站"], marked)
            XCTAssertEqual(names["乙工作站"], "乙工作站", "renewed: its name goes on, unmarked")
            XCTAssertEqual(names["丙工作站"], "丙工作站")
            h.press(.char("/"))
            h.type("甲")
            h.press(.enter, .enter)
            XCTAssertTrue(h.app.top is StationRecordScreen)
            XCTAssertEqual(h.app.top.title(h.app.ctx), marked)
            XCTAssertTrue(h.screen(100, 30).text.contains(marked), h.screen(100, 30).text)
            h.press(.escape, .escape, .escape)

            h.press(.char(DeskArea.todo.shortcut))
            let todo = try XCTUnwrap(h.app.top as? TodoScreen)
            XCTAssertTrue(todo.texts.contains { $0.contains(marked) }, todo.texts.joined(separator: "\n"))
            XCTAssertFalse(todo.texts.contains { $0.contains(c.endedMark + "乙工作站") || $0.contains(c.endedMark + "丙工作站") })
            h.press(.escape)

            h.press(.char(DeskArea.talents.shortcut))
            h.app.tick()
            let talents = try XCTUnwrap(h.app.top as? TalentsScreen)
            XCTAssertTrue(talents.list.rows.contains { $0.contains(marked) }, "\(talents.list.rows)")
        }
    }
}
