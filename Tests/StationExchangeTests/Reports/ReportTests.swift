import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange

/// Report texts against golden files (Golden/*.txt; RECORD_GOLDEN=1 re-records), plus the facts
/// in them checked directly so a re-recording cannot hide a wrong number.
final class ReportTests: XCTestCase {
    static var fixture: (db: AppDatabase, source: ReportSource)?
    var source: ReportSource { Self.fixture!.source }

    override func setUpWithError() throws {
        if Self.fixture == nil { Self.fixture = try ReportFixture.make() }
    }

    func testAnnual2024() throws {
        let report = try AnnualReport.make(year: 2024, from: source)
        try Golden.check(report.text, "annual-2024.md")
        XCTAssertTrue(report.text.contains("| 华东虚构理工大学柳州汽车产业人才工作站"), report.text)
        // 31 counted talents in 2024 at the car station: A by count, A recorded, ¥100,000 cap.
        let car = try XCTUnwrap(report.table?.rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(car, ["华东虚构理工大学柳州汽车产业人才工作站", "高校院所类", "31", "A", "A", "100000.00"])
        let park = try XCTUnwrap(report.table?.rows.first { $0[0].hasPrefix("南方") })
        XCTAssertEqual(park[0], "南方虚构创新创业园柳州人才飞地工作站（已撤销）")
        XCTAssertEqual(Array(park[2...5]), ["7", "不合格", "不合格", "0.00"])
        XCTAssertNil(report.table?.rows.first { $0[0].hasPrefix("北方") }, "a station agreed in 2025 is not in 2024")
        XCTAssertTrue(report.text.contains("## 名额例外 (quota exceptions, Art. 5.4)"), "every quota exception is listed")
    }

    func testAnnualCSVHasPlainNumbers() throws {
        let data = try XCTUnwrap(try AnnualReport.make(year: 2025, from: source).csv())
        let table = try CSVTable.parse(data: data, fileName: "a.csv")
        XCTAssertEqual(table.header, ["station", "type", "count", "computed_grade", "recorded_grade", "cap_yuan"])
        XCTAssertTrue(table.records.allSatisfy { Double($0.fields[5]) != nil || $0.fields[5] == "管理期外" })
    }

    func testAnnualForAYearWithoutPolicyIsRefused() {
        XCTAssertThrowsError(try AnnualReport.make(year: 2026, from: source)) {
            XCTAssertEqual($0 as? ReportError, .noPolicy(year: 2026))
        }
    }

    func testRoster() throws {
        let report = RosterReport.make(from: source)
        try Golden.check(report.text, "roster.md")
        XCTAssertEqual(report.table?.rows.count, 7)
        let car = try XCTUnwrap(report.table?.rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(car[5], "2023-03-15–2025-03-14")
        XCTAssertEqual(car[6], "期满终止（管理期已于2025-03-14届满，未续约）")
        XCTAssertTrue(report.text.contains("## 名额例外 (quota exceptions, Art. 5.4)"), report.text)
        XCTAssertTrue(report.text.contains("| 长三角虚构科技人才服务协会柳州医疗人才工作站 | 同一单位第二个工作站 |"), report.text)
    }

    func testRosterFlagsAPeriodEndingWithinNinetyDays() throws {
        var earlier = source
        earlier.today = CivilDate("2026-03-01")!     // 粤港澳 ended 2026-01-09; 长三角 ends 2026-05-19, 79 days on
        let rows = try XCTUnwrap(RosterReport.make(from: earlier).table?.rows)
        XCTAssertEqual(rows.first { $0[0].hasPrefix("长三角") }?[6], "运行中（管理期将于2026-05-19届满，79天后）")
        XCTAssertEqual(rows.first { $0[0].hasPrefix("北方") }?[6], "运行中")
    }

    func testSubsidies2024() throws {
        let report = try SubsidyReport.make(year: 2024, from: source)
        try Golden.check(report.text, "subsidies-2024.md")
        let rows = try XCTUnwrap(report.table?.rows)
        let car = try XCTUnwrap(rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(Array(car[1...4]), ["A", "100000.00", "100000.00", "50000.00"])
        XCTAssertTrue(car[6].hasPrefix("逾期"), car[6])
        XCTAssertEqual(rows.first { $0[0].hasPrefix("西部") }?[6], "已付清")
        XCTAssertTrue(report.text.contains("逾期 (overdue) 1 笔"))
    }

    func testNoticeFromTheStoredNotice() throws {
        let report = try NoticeText.make(round: "2025", publishedOn: nil, from: source)
        try Golden.check(report.text, "notice-2025.md")
        XCTAssertTrue(report.text.contains("公示期：2025年7月28日至2025年8月1日（5个工作日）。"), report.text)
        XCTAssertFalse(report.text.contains("被否决的虚构工作站"))
        XCTAssertFalse(report.text.contains("quota exceptions"), "a public notice does not carry internal records")
        XCTAssertEqual(report.table?.rows.count, 2)
    }

    func testNoticeOverAHolidayUsesTheWorkdayCalendar() throws {
        // Published Sunday 2025-09-28, a make-up working day; National Day holiday 10-01…10-08.
        let report = try NoticeText.make(round: "2025", publishedOn: CivilDate("2025-09-28")!, from: source)
        XCTAssertTrue(report.text.contains("公示期：2025年9月28日至2025年10月10日（5个工作日）。"), report.text)
    }

    func testRevocationLetter() throws {
        let report = try RevocationNotice.make(station: "南方虚构创新创业园柳州人才飞地工作站", from: source)
        try Golden.check(report.text, "revocation.md")
        XCTAssertTrue(report.text.contains("2023年度、2024年度评估中连续2年评估不合格"), report.text)
        XCTAssertTrue(report.text.contains("（柳科发〔2025〕12号）"))
        XCTAssertTrue(report.text.hasSuffix("2025年4月30日\n"))
        XCTAssertFalse(report.text.contains("草稿"))
        XCTAssertNil(try report.csv())
    }

    func testRevocationRefusedWithoutTwoUnqualifiedYears() {
        XCTAssertThrowsError(try RevocationNotice.make(station: "华东虚构理工大学柳州汽车产业人才工作站", from: source)) {
            XCTAssertTrue("\($0)".contains("no 2 consecutive unqualified evaluation years"), "\($0)")
        }
        XCTAssertThrowsError(try RevocationNotice.make(station: "不存在", from: source)) {
            XCTAssertEqual($0 as? ReportError, .unknownStation("不存在"))
        }
    }

    func testTextTableAlignsChineseAndLatin() {
        let t = TextTable(headers: ["名称", "n"], alignments: [.left, .right], rows: [["甲乙", "1"], ["abc", "22"]])
        XCTAssertEqual(t.markdown(), [
            "| 名称 |   n |",
            "|------|----:|",
            "| 甲乙 |   1 |",
            "| abc  |  22 |",
        ])
    }
}
