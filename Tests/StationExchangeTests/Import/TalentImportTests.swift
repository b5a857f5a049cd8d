import StationDomain
import XCTest
@testable import StationExchange

final class TalentImportTests: XCTestCase {
    let header = "name,category,employer,introduced_on,station,note\n"

    func testCleanFileLinksEmployerUnitAndStation() throws {
        let text = header
            + "欧阳娜娜娜,A类,\(Sample.unitA.name),2024-06-01,\(Sample.station.name),\"院士团队\n成员\"\n"
            + "李四,无,柳州市某某餐饮店,2024/7/1,,\n"
            + "王五,g,柳州市某某餐饮店,2024年7月2日,\(Sample.station.name),\n"
        XCTAssertEqual(try Sample.check(text, as: .talents).get(), .talents([
            // No employer_kind column: an employer that is a unit takes the unit's kind; others stay unclassified.
            Talent(name: "欧阳娜娜娜", category: .a, employer: Sample.unitA.name, employerUnitId: 1, employerKind: .enterprise,
                   introducedOn: CivilDate("2024-06-01")!, stationId: 20, note: "院士团队\n成员"),
            Talent(name: "李四", category: nil, employer: "柳州市某某餐饮店", introducedOn: CivilDate("2024-07-01")!, stationId: nil),
            Talent(name: "王五", category: .g, employer: "柳州市某某餐饮店", introducedOn: CivilDate("2024-07-02")!, stationId: 20),
        ]))
    }

    func testEveryBadRow() throws {
        let s = Sample.station.name, t = Sample.talent
        let text = header
            + "甲,H,某店,2024-06-01,\(s),\n"                                            // 2 category
            + "乙,A,,2024-06-01,\(s),\n"                                                // 3 employer
            + "丙,A,某店,2024-06-31,\(s),\n"                                            // 4 no such day
            + "丁,A,某店,June 1,\(s),\n"                                                // 5 not a date
            + "戊,A,某店,2024-06-01,不存在的工作站,\n"                                   // 6 unknown station
            + "己,A,某店,2020-01-01,\(s),\n"                                            // 7 before the agreement
            + "\(t.name),E,\(t.employer),\(t.introducedOn),\(s),\n"                     // 8 stored duplicate
            + "庚,B,某店,2024-06-01,\(s),\n"                                            // 9 ok
            + "庚,C,某店,2024-06-01,\(s),\n"                                            // 10 duplicates line 9
            + ",A,某店,2024-06-01,\(s),\n"                                              // 11 empty name
        let issues = try Sample.issues(text, as: .talents)
        XCTAssertEqual(issues.map { "\($0.line) \($0.column)" }, [
            "2 category", "3 employer", "4 introduced_on", "5 introduced_on", "6 station", "7 introduced_on",
            "8 name", "10 name", "11 name",
        ])
        XCTAssertEqual(issues[4].description, "in.csv:6: station: 未知的工作站“不存在的工作站”")
        XCTAssertTrue(issues[5].message.contains("2023-04-01"), issues[5].message)
        XCTAssertTrue(issues[6].words.en.contains("duplicates a stored talent record"), issues[6].message)
        XCTAssertEqual(issues[7].description, "in.csv:10: name: 与第9行重复")
    }

    func testEmployerKindColumnIsTakenAsWritten() throws {
        let text = "name,category,employer,employer_kind,introduced_on,station\n"
            + "甲,A,\(Sample.unitB.name),,2024-06-01,\n"           // empty: unclassified, even for a unit
            + "乙,A,\(Sample.unitB.name),enterprise,2024-06-01,\n" // as written, even against the unit's kind
            + "丙,A,某医院,事业单位,2024-06-01,\n"
            + "丁,A,某局,其他,2024-06-01,\n"
            + "戊,A,某厂,Enterprise,2024-06-01,\n"
        guard case .talents(let talents) = try Sample.check(text, as: .talents).get() else { return XCTFail() }
        XCTAssertEqual(talents.map(\.employerKind), [nil, .enterprise, .institution, .other, .enterprise])
        XCTAssertEqual(talents.map(\.employerUnitId), [2, 2, nil, nil, nil])
        let bad = try Sample.issues("name,category,employer,employer_kind,introduced_on,station\n甲,A,某厂,company,2024-06-01,\n", as: .talents)
        XCTAssertEqual(bad.map { "\($0.line) \($0.column)" }, ["2 employer_kind"])
        XCTAssertTrue(bad[0].message.contains("enterprise, institution, other"), bad[0].message)
    }

    func testATalentAfterItsStationsRecordedEndIsRefusedWithTheDates() throws {
        var revoked = Sample.station
        revoked.status = .revoked
        revoked.endedOn = CivilDate("2025-04-30")!
        let context = ImportContext(units: [Sample.unitA], stations: [revoked])
        let issues = try Sample.issues(header + "甲,A,某店,2025-04-30,\(revoked.name),\n乙,A,某店,2025-05-01,\(revoked.name),\n",
                                       as: .talents, context: context)
        XCTAssertEqual(issues.map { "\($0.line) \($0.column)" }, ["3 introduced_on"])
        for date in ["2025-05-01", "2023-04-01", "2025-04-30"] { XCTAssertTrue(issues[0].message.contains(date), issues[0].message) }
    }

    func testUnclosedQuoteIsHinted() throws {
        let issues = try Sample.issues(header + "甲,A,\"某店,2024-06-01,\(Sample.station.name),\n乙,A,某店,2024-06-01,,\n", as: .talents)
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues[0].line, 2)
        XCTAssertTrue(issues[0].words.en.contains("perhaps a quote is not closed"), issues[0].message)
    }

    func testCancelledCheckThrowsCancelled() throws {
        let table = try CSVTable.parse(text: header + "甲,A,某店,2024-06-01,,\n", fileName: "c.csv")
        let control = ImportControl()
        control.cancel()
        XCTAssertThrowsError(try RowValidation.check(table, as: .talents, against: Sample.context, control: control)) {
            guard case ImportFailure.cancelled = $0 else { return XCTFail("\($0)") }
        }
    }
}
