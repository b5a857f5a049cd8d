import StationDomain
import XCTest
@testable import StationExchange

final class TalentChartsTests: XCTestCase {
    func talent(_ station: Int64, _ date: String, _ c: TalentCategory?) -> Talent {
        Talent(name: "某", category: c, employer: "某店", introducedOn: CivilDate(date)!, stationId: station)
    }

    let stations = [
        Station(id: 1, name: "甲站", type: .university, unitId: 1, partnerIds: [1], head: "x", agreementDate: CivilDate("2023-01-01")!),
        Station(id: 2, name: "乙站", type: .university, unitId: 1, partnerIds: [1], head: "y", agreementDate: CivilDate("2024-01-01")!,
                status: .revoked),
        Station(id: 3, name: "丙站（无人才）", type: .university, unitId: 1, partnerIds: [1], head: "z", agreementDate: CivilDate("2024-02-01")!),
    ]

    func testPerStationPerYear() throws {
        let talents = [talent(1, "2023-05-01", .a), talent(1, "2024-05-01", .g), talent(1, "2024-06-01", nil),
                       talent(2, "2024-01-05", .b), talent(2, "2022-01-05", .b)]
        // Only station-credited talents in the years; 丙站 has none and is left out; labels padded to 14 cells.
        XCTAssertEqual(TalentCharts.perStationPerYear(talents: talents, stations: stations, years: 2023...2024), [
            "甲站           │▅█│ 2023–2024 · 1 2 · 共3",
            "乙站（已撤销） │▁█│ 2023–2024 · 0 1 · 共1",
        ])
        let policy = try ReportFixture.share.policyBook().policies[0]
        XCTAssertEqual(TalentCharts.perStationPerYear(talents: talents, stations: stations, years: 2024...2024, countedOnly: policy),
                       ["甲站           │█│ 2024–2024 · 1 · 共1", "乙站（已撤销） │█│ 2024–2024 · 1 · 共1"],
                       "a talent without category does not count")
    }

    func testGradeDistributionPerYearUsesRecordedGrades() {
        let evaluations = [
            Evaluation(stationId: 1, year: 2023, computedCount: 31, grade: .a),
            Evaluation(stationId: 2, year: 2023, computedCount: 3, grade: .unqualified),
            Evaluation(stationId: 1, year: 2024, computedCount: 12, grade: .c),
            Evaluation(stationId: 2, year: 2024, computedCount: 5),   // undecided: not drawn
        ]
        let lines = TalentCharts.gradeDistribution(evaluations: evaluations, years: 2023...2025, chart: TextChart(width: 30))
        XCTAssertEqual(lines, [
            "2023年度",
            "  A      │██████████████████ 1",
            "  B      │ 0",
            "  C      │ 0",
            "  不合格 │██████████████████ 1",
            "2024年度",
            "  A      │ 0",
            "  B      │ 0",
            "  C      │██████████████████ 1",
            "  不合格 │ 0",
        ])
    }

    func testOneStationPerYearBars() {
        let lines = TalentCharts.perYear(talents: [talent(1, "2023-05-01", .a), talent(1, "2024-05-01", .g), talent(1, "2024-06-01", nil)],
                                         stationId: 1, years: 2023...2024, chart: TextChart(width: 20))
        XCTAssertEqual(lines, ["2023年 │█████ 1", "2024年 │██████████ 2"])
    }

    /// The caller's words replace every Chinese word the charts add (the terminal's `--lang en`).
    func testCallerWordsLeaveNoChinese() {
        let english = ChartWords(total: { "total \($0)" }, year: { "\($0)" }, evaluationYear: { "\($0) evaluation" },
                                 grade: { $0 == .unqualified ? "unqualified" : $0.rawValue },
                                 stationName: { $0.status == .revoked ? "[revoked] S\($0.id!)" : "S\($0.id!)" })
        let chart = TextChart(width: 50, words: english)
        let talents = [talent(1, "2023-05-01", .a), talent(2, "2024-05-01", .g)]
        XCTAssertEqual(TalentCharts.perStationPerYear(talents: talents, stations: stations, years: 2023...2024, chart: chart),
                       ["S1           │█▁│ 2023–2024 · 1 0 · total 1", "[revoked] S2 │▁█│ 2023–2024 · 0 1 · total 1"])
        XCTAssertEqual(TalentCharts.perYear(talents: talents, stationId: 1, years: 2023...2023, chart: TextChart(width: 20, words: english)),
                       ["2023 │████████████ 1"])
        let lines = TalentCharts.gradeDistribution(evaluations: [Evaluation(stationId: 1, year: 2023, computedCount: 3, grade: .unqualified)],
                                                   years: 2023...2023, chart: chart)
        XCTAssertEqual(lines.first, "2023 evaluation")
        XCTAssertTrue(lines.contains { $0.hasPrefix("  unqualified │") }, "\(lines)")
        for line in lines { XCTAssertFalse(line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, line) }
    }
}
