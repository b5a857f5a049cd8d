import TestSupport
import XCTest
import StationDomain
import StationExchange
import StationStore
@testable import StationUI

final class EvaluationsScreenTests: XCTestCase {
    func open(_ h: Harness) { h.press(.char(DeskArea.evaluations.shortcut)) }
    func screen(_ h: Harness) throws -> EvaluationsScreen { try XCTUnwrap(h.app.top as? EvaluationsScreen) }

    func testDemoYearAt80x24AgreesWithTheAnnualReport() throws {
        let h = try DemoFixture.harness()
        open(h)
        let s = try screen(h)
        XCTAssertEqual(s.year, 2025, "opens on the latest evaluated year")
        Golden.check(h.screen(), "evaluations-2025-80x24")
        // The year view and `report annual` list the same evaluation years with the same numbers.
        let source = try ReportSource.load(from: h.db, share: DemoFixture.share, today: Harness.today)
        for year in 2024...2025 {
            h.app.tick()
            let rows = EvaluationRow.rows(year: year, stations: try h.db.stations(), talents: try h.db.talents(station: nil),
                                          evaluations: Dictionary(grouping: try h.db.evaluations(year: year), by: \.stationId),
                                          periods: try h.db.stationPeriods(), rules: try DemoFixture.rules())
            let report = try XCTUnwrap(try AnnualReport.make(year: year, from: source).table?.rows)
            XCTAssertFalse(rows.isEmpty)
            XCTAssertEqual(rows.map { $0.station.id.map { id in source.stations.first { $0.id == id }!.name } }.count, report.count)
            for (row, line) in zip(rows, report) {
                XCTAssertTrue(line[0].hasPrefix(row.station.name), "\(year): same order")
                XCTAssertEqual([String(row.count), String(row.tally.unclassified.count), row.computed?.rawValue ?? "",
                                row.recorded?.rawValue ?? ""], [line[4], line[6], line[7], line[8]], "\(year) \(row.station.name)")
            }
        }
        // The revoked station is marked by name, not proposed again.
        let revoked = try XCTUnwrap(s.rows.first { $0.station.status == .revoked })
        XCTAssertNil(revoked.revocationYears)
        XCTAssertFalse(h.screen().text.contains("建议撤销"))
        // Only stations with an evaluation year ending in 2025: 北方 (signed 2025-09-01) has none yet.
        XCTAssertFalse(s.rows.contains { $0.station.name == "北方虚构交通大学柳州轨道交通人才工作站" })
    }

    /// The screen counts talents in the store (`talentTallyCounts`, none read): the same lines as
    /// the domain's tally over every talent, for every year of the demo.
    func testStoreCountsAgreeWithTheDomainTally() throws {
        let h = try DemoFixture.harness()
        let rules = try DemoFixture.rules()
        var seen = TalentTally.Counts()
        for year in 2023...2027 {
            let evaluations = Dictionary(grouping: try h.db.evaluations(year: year), by: \.stationId)
            let byTalents = EvaluationRow.rows(year: year, stations: try h.db.stations(), talents: try h.db.talents(station: nil),
                                               evaluations: evaluations, periods: try h.db.stationPeriods(), rules: rules)
            let byCounts = try EvaluationRow.rows(year: year, stations: try h.db.stations(), evaluations: evaluations,
                                                  periods: try h.db.stationPeriods(), rules: rules) { s, window, lowest in
                try h.db.talentTallyCounts(station: try XCTUnwrap(s.id), within: window, from: lowest)
            }
            XCTAssertEqual(byCounts.map(\.counts), byTalents.map(\.tally.counts), "\(year)")
            XCTAssertEqual(byCounts.map(\.station.id), byTalents.map(\.station.id), "\(year)")
            XCTAssertEqual(byCounts.map(\.computed), byTalents.map(\.computed), "\(year)")
            XCTAssertEqual(byCounts.map(\.cap), byTalents.map(\.cap), "\(year)")
            XCTAssertEqual(byCounts.map(\.blocked), byTalents.map(\.blocked), "\(year)")
            XCTAssertEqual(byCounts.map(\.revocationYears), byTalents.map(\.revocationYears), "\(year)")
            for l in byTalents {
                seen.counted += l.counts.counted; seen.notEnterprise += l.counts.notEnterprise; seen.unclassified += l.counts.unclassified
            }
        }
        // Each kind of employer was met, so each branch of the store's count was compared.
        XCTAssertGreaterThan(seen.counted, 0)
        XCTAssertGreaterThan(seen.notEnterprise, 0)
        XCTAssertGreaterThan(seen.unclassified, 0)
    }

    func testEnglishGradeWordsAreNotCut() throws {
        let h = try DemoFixture.harness(language: .en)
        open(h)
        let text = h.screen().text
        XCTAssertTrue(text.contains("unqualified  unqualified"), text)
        XCTAssertTrue(text.contains("Year 2025"))
    }

    func testArrowsChangeTheYear() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.left)
        XCTAssertEqual(try screen(h).year, 2024)
        XCTAssertTrue(h.screen().text.contains("2024年度"))
        h.press(.right, .right)
        XCTAssertEqual(try screen(h).year, 2026)
        XCTAssertTrue(h.screen().text.contains("2026年度"))
        // 2026: the Measures expired at the end of 2025, so no grade is given — but the talents
        // are still tallied, and the screen says why the grade column is empty.
        let s = try screen(h)
        XCTAssertFalse(s.rows.isEmpty)
        XCTAssertTrue(s.rows.allSatisfy { $0.computed == nil })
        XCTAssertGreaterThan(s.rows.map { $0.counts.counted + $0.counts.notEnterprise + $0.counts.unclassified }.reduce(0, +), 0)
        XCTAssertTrue(h.screen().text.contains("没有适用于2026年的政策，无法评级。"))
    }

    /// At either end of the years `[` and `]` (like ← →) say there is no year further, and stay.
    func testTheYearKeysStopAtEitherEnd() throws {
        let h = try DemoFixture.harness()
        open(h)
        let years = try screen(h).years
        for _ in years { h.press(.char("]")) }
        XCTAssertEqual(try screen(h).year, years.upperBound)
        XCTAssertEqual(h.messageText, "→：没有更晚的年度")
        for _ in years { h.press(.char("[")) }
        XCTAssertEqual(try screen(h).year, years.lowerBound)
        XCTAssertEqual(h.messageText, "←：没有更早的年度")
    }

    /// A year not opened yet says so in the 已记录 column; `o` (confirmed) opens it, and the column
    /// then waits for the decision (—).
    func testAYearNotOpenedSaysSoUntilItIsOpened() throws {
        let h = try DemoFixture.harness(seed: false)
        let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
        try h.db.write(command: "add", by: Harness.user) { j in
            let p = try j.insert(Partner(name: "虚构大学", kind: .university, city: "上海"))
            _ = try j.insert(Station(name: "甲工作站", type: .university, unitId: unit.id!, partnerIds: [p.id!], head: "张三",
                                     staff: ["李四"], agreementDate: CivilDate("2023-06-01")!))
        }
        open(h)
        h.press(.left)
        XCTAssertEqual(try screen(h).year, 2025)
        func row() -> String { h.screen().text.split(separator: "\n").map(String.init).first { $0.contains("甲工作站") } ?? "" }
        XCTAssertTrue(row().contains("未开启"), row())
        h.press(.char("o"), .char("y"))
        XCTAssertNotNil(try screen(h).rows.first?.evaluation)
        XCTAssertFalse(row().contains("未开启"), row())
        XCTAssertTrue(row().contains("—"), row())
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
            // Their evaluation years end 2024-01-09 and 2025-01-09; a stray calendar year 2023 graded
            // before the evaluation years were cut by the period neither proposes nor counts.
            for (s, grades) in [(bad, [Grade.unqualified, .unqualified, .unqualified]), (ok, [.unqualified, .unqualified, .c])] {
                for (year, g) in zip([2023, 2024, 2025], grades) {
                    _ = try j.insert(Evaluation(stationId: s.id!, year: year, computedCount: 0, grade: g,
                                                decidedOn: CivilDate(year: year, month: 3, day: 20)!))
                }
            }
        }
        h.app.tick()
        open(h)
        let s = try screen(h)
        XCTAssertEqual(s.year, 2025)
        XCTAssertEqual(s.rows.first { $0.station.name == "甲工作站" }?.revocationYears, [2024, 2025])
        XCTAssertNil(s.rows.first { $0.station.name == "乙工作站" }?.revocationYears, "2023 is not an evaluation year of 乙")
        let grid = h.screen()
        Golden.check(grid, "evaluations-revocation-80x24")
        XCTAssertTrue(grid.text.contains("建议撤销"))
        XCTAssertTrue(grid.text.contains("甲工作站：连续两年不合格（2024、2025），建议撤销"))
        h.press(.enter)
        XCTAssertTrue(h.app.top is EvaluationRecordScreen, "Enter opens the evaluation record")
        h.press(.char("w"))
        XCTAssertTrue(h.app.top is StationRecordScreen, "w opens its station")
    }

    func testGradeDistributionChartOfEveryYear() throws {
        let h = try DemoFixture.harness()
        open(h)
        h.press(.tab)
        XCTAssertEqual(try screen(h).view, .chart)
        let grid = h.screen()
        Golden.check(grid, "evaluations-chart-80x24")
        XCTAssertTrue(grid.text.contains("2024年度"))
        XCTAssertTrue(grid.text.contains("2025年度"))
        // The bars carry their numbers: the 2025 bars add up to the recorded grades of 2025.
        let recorded = try h.db.evaluations(year: 2025).filter { $0.grade != nil }.count
        XCTAssertGreaterThan(recorded, 0)
        let lines = grid.text.split(separator: "\n").map(String.init)
        let start = try XCTUnwrap(lines.firstIndex { $0 == " 2025年度" })
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
