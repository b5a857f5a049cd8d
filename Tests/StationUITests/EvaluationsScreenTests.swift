import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class EvaluationsScreenTests: XCTestCase {
    func open(_ h: Harness) { h.press(.char(DeskArea.evaluations.shortcut)) }
    func screen(_ h: Harness) throws -> EvaluationsScreen { try XCTUnwrap(h.app.top as? EvaluationsScreen) }

    func testDemoYearAt80x24CountsAndGradesByTheRules() throws {
        let h = try DemoFixture.harness()
        open(h)
        let s = try screen(h)
        XCTAssertEqual(s.year, 2024, "opens on the latest evaluated year")
        Golden.check(h.screen(), "evaluations-2024-80x24")
        let rules = try DemoFixture.rules()
        let policy = try XCTUnwrap(rules.policy(forYear: 2024))
        let talents = try h.db.talents(station: nil)
        XCTAssertFalse(s.rows.isEmpty)
        for row in s.rows {
            let count = TalentCount.count(talents, stationId: row.station.id!, year: 2024, policy: policy)
            XCTAssertEqual(row.count, count, row.station.name)
            XCTAssertEqual(row.computed, Grading.grade(count: count, flags: EvaluationFlags(), policy: policy))
            XCTAssertEqual(row.recorded, try h.db.evaluations(year: 2024).first { $0.stationId == row.station.id }?.grade)
        }
        // The revoked station is marked by name, not proposed again.
        let revoked = try XCTUnwrap(s.rows.first { $0.station.status == .revoked })
        XCTAssertNil(revoked.revocationYears)
        XCTAssertFalse(h.screen().text.contains("建议撤销"))
        // Only stations whose period reaches into 2024 are listed.
        XCTAssertFalse(s.rows.contains { $0.station.name == "北方虚构交通大学柳州轨道交通人才工作站" })
    }

    func testEnglishGradeWordsAreNotCut() throws {
        let h = try DemoFixture.harness(language: .en)
        open(h)
        let text = h.screen().text
        XCTAssertTrue(text.contains("unqualified  unqualified"), text)
        XCTAssertTrue(text.contains("Year 2024"))
    }

    func testArrowsChangeTheYear() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.left)
        XCTAssertEqual(try screen(h).year, 2023)
        XCTAssertTrue(h.screen().text.contains("2023年度"))
        h.press(.right, .right)
        XCTAssertEqual(try screen(h).year, 2025)
        XCTAssertTrue(h.screen().text.contains("2025年度"))
        // 2026: the Measures expired at the end of 2025, so no grade is given — but the talents
        // are still counted, and the screen says why the grade column is empty.
        h.press(.right)
        let s = try screen(h)
        XCTAssertEqual(s.year, 2026)
        XCTAssertTrue(s.rows.allSatisfy { $0.computed == nil })
        XCTAssertGreaterThan(s.rows.map(\.count).reduce(0, +), 0)
        XCTAssertTrue(h.screen().text.contains("没有适用于2026年的政策，无法评级。"))
    }

    func testTwoUnqualifiedYearsInARowProposeRevocation() throws {
        let h = try DemoFixture.harness(seed: false)
        let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
        let partner = try h.db.save(Partner(name: "虚构大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
        try h.db.write(command: "add", by: Harness.user) { j in
            let bad = try j.insert(Station(name: "甲工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                           head: "张三", agreementDate: CivilDate("2023-01-10")!))
            let ok = try j.insert(Station(name: "乙工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                          head: "李四", agreementDate: CivilDate("2023-01-10")!))
            for (s, grades) in [(bad, [Grade.unqualified, .unqualified]), (ok, [.unqualified, .c])] {
                for (year, g) in zip([2023, 2024], grades) {
                    _ = try j.insert(Evaluation(stationId: s.id!, year: year, computedCount: 0, grade: g,
                                                decidedOn: CivilDate(year: year + 1, month: 3, day: 20)!))
                }
            }
        }
        h.app.tick()
        open(h)
        let s = try screen(h)
        XCTAssertEqual(s.year, 2024)
        XCTAssertEqual(s.rows.first { $0.station.name == "甲工作站" }?.revocationYears, [2023, 2024])
        XCTAssertNil(s.rows.first { $0.station.name == "乙工作站" }?.revocationYears)
        let grid = h.screen()
        Golden.check(grid, "evaluations-revocation-80x24")
        XCTAssertTrue(grid.text.contains("建议撤销"))
        XCTAssertTrue(grid.text.contains("甲工作站：连续两年不合格（2023、2024），建议撤销"))
        h.press(.enter)
        XCTAssertTrue(h.app.top is StationRecordScreen)
    }

    func testGradeDistributionChartOfEveryYear() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.tab)
        XCTAssertEqual(try screen(h).view, .chart)
        let grid = h.screen()
        Golden.check(grid, "evaluations-chart-80x24")
        XCTAssertTrue(grid.text.contains("2023年度"))
        XCTAssertTrue(grid.text.contains("2024年度"))
        // The bars carry their numbers: the 2024 bars add up to the recorded grades of 2024.
        let recorded = try h.db.evaluations(year: 2024).filter { $0.grade != nil }.count
        let lines = grid.text.split(separator: "\n").map(String.init)
        let start = try XCTUnwrap(lines.firstIndex { $0 == " 2024年度" })
        let numbers = lines[(start + 1)...(start + 4)].compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }
        XCTAssertEqual(numbers.count, 4)
        XCTAssertEqual(numbers.reduce(0, +), recorded)
    }

    /// `--lang en`: the grade chart's years and grade words come from the catalog, not Chinese.
    func testEnglishGradeChartHasNoChinese() throws {
        let h = try DemoFixture.harness(language: .en)
        open(h)
        h.press(.tab)
        let text = h.screen(80, 40).text
        XCTAssertTrue(text.contains("unqualified │"), text)
        XCTAssertFalse(text.contains("年度") || text.contains("不合格"), text)
        let firstRow = text.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        XCTAssertFalse(firstRow.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, firstRow)
    }
}
