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

    /// The enterprise talents of category G or above a station brought in between two dates,
    /// counted here without the domain's `TalentTally`, to check it.
    func enterpriseTalents(_ prefix: String, from: String, through: String) -> Int {
        let station = source.stations.first { $0.name.hasPrefix(prefix) }!
        return source.talents.filter {
            $0.stationId == station.id && $0.employerKind == .enterprise && $0.category != nil
                && CivilDate(from)! <= $0.introducedOn && $0.introducedOn <= CivilDate(through)!
        }.count
    }

    func testAnnual2024ListsTheEvaluationYearsEndingIn2024() throws {
        let report = try AnnualReport.make(year: 2024, from: source)
        try Golden.check(report.text, "annual-2024.md")
        let rows = try XCTUnwrap(report.table?.rows)
        // 华东 signed 2023-03-15: its first evaluation year is 2023-03-15 … 2024-03-14, decided with 22 counted.
        let car = try XCTUnwrap(rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(car, ["华东虚构理工大学柳州汽车产业人才工作站", "university", "2023-03-15", "2024-03-14", "22", "22",
                             car[6], "B", "B", "2024-04-20", "80000.00"])
        // 慕尼黑 (2023-04-12) is not decided: its count is the enterprise talents of its year, now.
        let vocational = try XCTUnwrap(rows.first { $0[0].hasPrefix("慕尼黑") })
        let count = enterpriseTalents("慕尼黑", from: "2023-04-12", through: "2024-04-11")
        XCTAssertGreaterThan(count, 0)
        XCTAssertEqual(Array(vocational[2...5]), ["2023-04-12", "2024-04-11", String(count), String(count)])
        XCTAssertEqual(vocational[8], "", "not decided")
        let park = try XCTUnwrap(rows.first { $0[0].hasPrefix("南方") })
        XCTAssertEqual(park[0], "南方虚构创新创业园柳州人才飞地工作站（已撤销）")
        XCTAssertEqual(Array(park[2...3]), ["2023-02-01", "2024-01-31"])
        XCTAssertEqual(Array(park[8...10]), ["unqualified", "2024-03-20", "0.00"])
        XCTAssertNil(rows.first { $0[0].hasPrefix("粤港澳") }, "signed 2024-01-10: its first year ends in 2025")
        XCTAssertNil(rows.first { $0[0].hasPrefix("北方") }, "a station agreed in 2025 is not in 2024")
        XCTAssertTrue(report.text.contains("## 名额例外（第五条第四项）"), "every quota exception is listed")
        XCTAssertTrue(report.text.contains("评估年度：按管理期计"), report.text)
        XCTAssertTrue(report.text.hasSuffix("出具单位：柳州市科学技术局\n出具日期：2026年11月26日\n"), report.text)
        XCTAssertFalse(report.text.contains("(annual"), "one language")
    }

    func testAnnualShowsACorrectionBesideTheComputedCount() throws {
        let report = try AnnualReport.make(year: 2025, from: source)
        let car = try XCTUnwrap(report.table?.rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(Array(car[2...5]), ["2024-03-15", "2025-03-14", "33", "31"], "counted 33 (corrected) beside 31 computed")
        XCTAssertTrue(report.text.contains("华东虚构理工大学柳州汽车产业人才工作站：计算 31 名，更正为 33 名；理由：补录两名外地分公司转入人才（虚构）"),
                      report.text)
        let park = try XCTUnwrap(report.table?.rows.first { $0[0].hasPrefix("南方") })
        XCTAssertEqual(park[8], "unqualified", "revoked 2025-04-30, after its second year ended 2025-01-31")
    }

    func testAnnualReportAndItsUnclassifiedTalents() throws {
        var unclassified = source
        let station = source.stations.first { $0.name.hasPrefix("慕尼黑") }!
        let i = try XCTUnwrap(unclassified.talents.firstIndex {
            $0.stationId == station.id && $0.employerKind == .enterprise && $0.introducedOn >= CivilDate("2023-04-12")!
                && $0.introducedOn <= CivilDate("2024-04-11")! && $0.category != nil })
        unclassified.talents[i].employerKind = nil
        let before = try XCTUnwrap(try AnnualReport.make(year: 2024, from: source).table?.rows.first { $0[0].hasPrefix("慕尼黑") })
        let report = try AnnualReport.make(year: 2024, from: unclassified)
        let row = try XCTUnwrap(report.table?.rows.first { $0[0].hasPrefix("慕尼黑") })
        XCTAssertEqual(Int(row[6]), Int(before[6])! + 1)
        XCTAssertEqual(Int(row[5]), Int(before[5])! - 1)
        let line = try XCTUnwrap(report.text.split(separator: "\n").first { $0.hasPrefix("- 慕尼黑虚构应用技术大学柳州职教人才工作站（已终止）：") })
        XCTAssertTrue(line.contains(unclassified.talents[i].name), String(line))
        XCTAssertTrue(report.text.contains("尚不能评定（有用人单位未分类的人才）："))
    }

    func testAnnualInEnglishOnly() throws {
        let report = try AnnualReport.make(year: 2024, from: source, language: .en)
        try Golden.check(report.text, "annual-2024-en.md")
        for word in ["依据", "等级", "合计", "出具", "不合格", "名额例外", "管理期"] {
            XCTAssertFalse(report.text.contains(word), "\(word) in the English report")
        }
        XCTAssertTrue(report.text.contains("Issued by: Liuzhou Municipal Bureau of Science and Technology\nDate: 2026-11-26\n"), report.text)
    }

    func testAnnualCSVHasPlainNumbers() throws {
        let data = try XCTUnwrap(try AnnualReport.make(year: 2025, from: source).csv())
        let table = try CSVTable.parse(data: data, fileName: "a.csv")
        XCTAssertEqual(table.header, ["station", "type", "year_start", "year_end", "count", "computed_count", "unclassified",
                                      "computed_grade", "recorded_grade", "decided_on", "cap_yuan"])
        XCTAssertFalse(table.records.isEmpty)
        XCTAssertTrue(table.records.allSatisfy { Double($0.fields[10]) != nil && Int($0.fields[4]) != nil })
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
        XCTAssertTrue(report.text.contains("## 名额例外（第五条第四项）"), report.text)
        XCTAssertTrue(report.text.contains("| 长三角虚构科技人才服务协会柳州医疗人才工作站 | 同一单位第二个工作站 |"), report.text)
        XCTAssertFalse(report.text.contains("station roster") || report.text.contains("as of"), "one language:\n\(report.text)")
    }

    /// `--lang en`: the roster's own words are English; only the records' names stay as stored.
    func testRosterInEnglish() throws {
        let report = RosterReport.make(from: source, language: .en)
        XCTAssertTrue(report.text.hasPrefix("# Station roster\n\nAs of 2026-"), report.text)
        XCTAssertTrue(report.text.contains("| Station ") && report.text.contains("| Status "), report.text)
        let car = try XCTUnwrap(report.table?.rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(car[6], "ended with its period (2025-03-14, not renewed)")
        XCTAssertTrue(report.text.contains("## Quota exceptions (Art. 5.4)"), report.text)
        // Every cell but the names (station, unit, partners, head) holds no Chinese.
        for row in report.table?.rows ?? [] {
            for cell in [row[1], row[5], row[6]] {
                XCTAssertFalse(cell.unicodeScalars.contains { $0.value >= 0x3000 }, cell)
            }
        }
    }

    func testRosterFlagsAPeriodEndingWithinNinetyDays() throws {
        var earlier = source
        earlier.today = CivilDate("2026-03-01")!     // 粤港澳 ended 2026-01-09; 长三角 ends 2026-05-19, 79 days on
        let rows = try XCTUnwrap(RosterReport.make(from: earlier).table?.rows)
        XCTAssertEqual(rows.first { $0[0].hasPrefix("长三角") }?[6], "运行中（管理期将于2026-05-19届满，79天后）")
        XCTAssertEqual(rows.first { $0[0].hasPrefix("北方") }?[6], "运行中")
    }

    func testSubsidies2024WithPaidSpentReturnedAndBalance() throws {
        let report = try SubsidyReport.make(year: 2024, from: source)
        try Golden.check(report.text, "subsidies-2024.md")
        let rows = try XCTUnwrap(report.table?.rows)
        XCTAssertEqual(report.table?.headers, ["station", "grade", "cap_yuan", "approved_yuan", "paid_yuan", "spent_yuan", "returned_yuan",
                                               "balance_yuan", "due_on", "due_provisional", "state"])
        let car = try XCTUnwrap(rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(Array(car[1...10]), ["B", "80000.00", "80000.00", "40000.00", "0.00", "0.00", "40000.00", "2024-07-16", "", "overdue"])
        let joint = try XCTUnwrap(rows.first { $0[0].hasPrefix("西部") })
        XCTAssertEqual(Array(joint[3...7]), ["75000.00", "75000.00", "45000.00", "3000.00", "27000.00"])
        XCTAssertEqual(joint[10], "returned")
        XCTAssertTrue(report.text.contains("| 西部虚构材料科学研究院·北方虚构交通大学柳州新材料联合人才工作站 | 其他"), report.text)
        XCTAssertTrue(report.text.contains("人才公寓租金（虚构）"))
        XCTAssertTrue(report.text.contains("## 责令退回（第十三条）"))
        XCTAssertTrue(report.text.contains("租金不属于建设补助用途（虚构）"))
        XCTAssertTrue(report.text.contains("逾期 1 笔；已拨付 ¥115,000.00，已支出 ¥45,000.00，已退回 ¥3,000.00，结余 ¥67,000.00"), report.text)
        XCTAssertTrue(report.text.hasSuffix("出具单位：柳州市科学技术局\n出具日期：2026年11月26日\n"))
    }

    func testSubsidyWithoutAmountIsDueAndADueDatePastTheTableIsProvisional() throws {
        let report = try SubsidyReport.make(year: 2025, from: source)
        try Golden.check(report.text, "subsidies-2025.md")
        let rows = try XCTUnwrap(report.table?.rows)
        // No amount yet is 待核定, never "nothing to pay": due 60 working days after 2025-03-18, overdue now.
        let car = try XCTUnwrap(rows.first { $0[0].hasPrefix("华东") })
        XCTAssertEqual(Array(car[3...4]), ["", "0.00"])
        XCTAssertEqual(Array(car[8...10]), ["2025-06-16", "", "overdue"])
        XCTAssertTrue(report.text.contains(" 待核定 |"), report.text)
        // Decided 2026-11-20: the 60th working day lies in 2027, which the table lacks.
        let joint = try XCTUnwrap(rows.first { $0[0].hasPrefix("西部") })
        XCTAssertEqual(Array(joint[8...10]), ["2027-02-12", "yes", "awaitingPayment"])
        XCTAssertTrue(report.text.contains("2027-02-12（暂定）"), report.text)
        XCTAssertTrue(report.text.contains("注：标“暂定”的日期落在2027年"), report.text)
        let en = try SubsidyReport.make(year: 2025, from: source, language: .en)
        XCTAssertTrue(en.text.contains("2027-02-12 (provisional)"), en.text)
        XCTAssertTrue(en.text.contains(" to be decided |"), en.text)
        for word in ["待核定", "暂定", "逾期", "出具", "截至"] { XCTAssertFalse(en.text.contains(word), word) }
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

    func testRevocationLetterAndAnnouncement() throws {
        let report = try RevocationNotice.make(station: "南方虚构创新创业园柳州人才飞地工作站", from: source)
        try Golden.check(report.text, "revocation.md")
        XCTAssertTrue(report.text.contains("在2024年度（2023年2月1日至2024年1月31日）、2025年度（2024年2月1日至2025年1月31日）评估中连续2年评估不合格"),
                      report.text)
        XCTAssertTrue(report.text.contains("# 关于撤销“南方虚构创新创业园柳州人才飞地工作站”设站资格的函"), "函告建设方")
        XCTAssertTrue(report.text.contains("# 关于撤销“南方虚构创新创业园柳州人才飞地工作站”设站资格的公告"), "发文公布")
        XCTAssertTrue(report.text.contains("特此函告。") && report.text.contains("特此公告。"))
        XCTAssertTrue(report.text.contains("（柳科发〔2025〕12号）"))
        XCTAssertEqual(report.text.components(separatedBy: "柳州市科学技术局\n2025年4月30日").count, 3, "both signed and dated")
        XCTAssertFalse(report.text.contains("草稿"))
        XCTAssertNil(try report.csv())
        let en = try RevocationNotice.make(station: "南方虚构创新创业园柳州人才飞地工作站", from: source, language: .en)
        try Golden.check(en.text, "revocation-en.md")
        XCTAssertTrue(en.text.contains("Liuzhou Municipal Bureau of Science and Technology\n2025-04-30"), en.text)
        for word in ["特此", "函", "公告", "年度", "柳州市科学技术局"] { XCTAssertFalse(en.text.contains(word), word) }
    }

    func testRevocationRefusedWithoutTwoUnqualifiedYears() {
        XCTAssertThrowsError(try RevocationNotice.make(station: "华东虚构理工大学柳州汽车产业人才工作站", from: source)) {
            XCTAssertTrue("\($0)".contains("没有连续2个评估年度不合格的记录"), "\($0)")
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
