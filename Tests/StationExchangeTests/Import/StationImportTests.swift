import StationDomain
import XCTest
@testable import StationExchange

final class StationImportTests: XCTestCase {
    let header = "name,type,unit_uscc,partners,head,agreement_date,status\n"

    func testCleanFileResolvesUnitAndPartners() throws {
        let text = header
            + "虚构联合工作站,university,\(Sample.unitB.creditCode),\(Sample.university.name)；\(Sample.institute.name),吴二,2022/6/30,ended\n"
            + "南方虚构园工作站,organization,\(Sample.unitA.creditCode),\(Sample.park.name),郑三,2024-01-15,active\n"
        XCTAssertEqual(try Sample.check(text, as: .stations).get(), .stations([
            Station(name: "虚构联合工作站", type: .university, unitId: 2, partnerIds: [10, 11], head: "吴二",
                    agreementDate: CivilDate("2022-06-30")!, status: .ended),
            Station(name: "南方虚构园工作站", type: .organization, unitId: 1, partnerIds: [12], head: "郑三",
                    agreementDate: CivilDate("2024-01-15")!, status: .active),
        ]))
    }

    func testStaffAndEndDate() throws {
        let head = "name,type,unit_uscc,partners,head,staff,agreement_date,status,ended_on\n"
        let u = Sample.unitA.creditCode, uni = Sample.university.name
        let good = head + "站甲,university,\(u),\(uni),吴二,张三；李四; ,2022-06-30,revoked,2024-04-30\n"
        guard case .stations(let stations) = try Sample.check(good, as: .stations).get() else { return XCTFail() }
        XCTAssertEqual(stations.first?.staff, ["张三", "李四"])
        XCTAssertEqual(stations.first?.endedOn, CivilDate("2024-04-30"))
        let bad = head
            + "站乙,university,\(u),\(uni),吴二,吴二,2022-06-30,active,\n"          // 2 the head again
            + "站丙,university,\(u),\(uni),吴二,张三;张三,2022-06-30,active,\n"      // 3 twice
            + "站丁,university,\(u),\(uni),吴二,,2022-06-30,active,2023-01-01\n"     // 4 active with an end
            + "站戊,university,\(u),\(uni),吴二,,2022-06-30,ended,2022-06-29\n"      // 5 end before agreement
        let issues = try Sample.issues(bad, as: .stations)
        XCTAssertEqual(issues.map { "\($0.line) \($0.column)" }, ["2 staff", "3 staff", "4 ended_on", "5 ended_on"])
    }

    func testEveryBadRow() throws {
        let unknownCode = Sample.code(99)
        var badCheck = Array(Sample.unitA.creditCode); badCheck[17] = badCheck[17] == "0" ? "1" : "0"
        let u = Sample.unitA.creditCode, uni = Sample.university.name, park = Sample.park.name
        let text = header
            + "\(Sample.station.name),university,\(u),\(uni),甲,2024-01-01,active\n"  // 2 existing name
            + "站乙,school,\(u),\(uni),乙,2024-01-01,active\n"                         // 3 type
            + "站丙,university,\(unknownCode),\(uni),丙,2024-01-01,active\n"           // 4 unknown unit
            + "站丁,university,\(String(badCheck)),\(uni),丁,2024-01-01,active\n"      // 5 bad check character
            + "站戊,university,\(u),不存在的大学,戊,2024-01-01,active\n"               // 6 unknown partner
            + "站己,university,\(u),\(park),己,2024-01-01,active\n"                    // 7 park makes organization
            + "站庚,university,\(u),\(uni);\(uni),庚,2024-01-01,active\n"             // 8 partner twice
            + "站辛,university,\(u),\(uni),,2023-02-29,active\n"                       // 9 no head, no such day
            + "站壬,university,\(u),\(uni),壬,2024-01-01,closed\n"                     // 10 status
            + "站癸,university,\(u),;,癸,2024-01-01,active\n"                          // 11 no partner
            + "站壬,university,\(u),\(uni),壬,2024-01-01,active\n"                     // 12 same name as line 10
        let issues = try Sample.issues(text, as: .stations)
        XCTAssertEqual(issues.map { "\($0.line) \($0.column)" }, [
            "2 name", "3 type", "4 unit_uscc", "5 unit_uscc", "6 partners", "7 partners", "8 partners",
            "9 head", "9 agreement_date", "10 status", "11 partners", "12 name",
        ])
        XCTAssertTrue(issues[2].words.en.contains("no unit has code \(unknownCode)"), issues[2].message)
        XCTAssertTrue(issues[3].message.contains("校验码应为"), issues[3].message)
        XCTAssertEqual(issues[4].description, "in.csv:6: partners: 未知的共建方“不存在的大学”，请先导入共建方")
        XCTAssertEqual(issues[5].description, "in.csv:7: partners: 共建方“\(park)”是园区，只能共建社会组织机构类工作站，不是高校院所类（第二条、第七条）")
        XCTAssertEqual(issues[8].description, "in.csv:9: agreement_date: 日期“2023-02-29”不存在")
    }
}
