import StationDomain
import XCTest
@testable import StationExchange

final class PartnerImportTests: XCTestCase {
    func testCleanFile() throws {
        let text = "name,kind,city,contact\n北方虚构大学,university,哈尔滨,\n虚构人才服务中心,人才服务机构,北京,\"张,主任\"\n"
        XCTAssertEqual(try Sample.check(text, as: .partners).get(), .partners([
            Partner(name: "北方虚构大学", kind: .university, city: "哈尔滨"),
            Partner(name: "虚构人才服务中心", kind: .talentService, city: "北京", contact: "张,主任"),
        ]))
    }

    func testEveryBadRow() throws {
        let text = "name,kind,city,contact\n"
            + "\(Sample.university.name),university,上海,\n"    // 2 existing
            + "虚构园区甲,park,柳州市,\n"                         // 3 Liuzhou
            + "虚构园区乙,factory,广州,\n"                         // 4 kind
            + "虚构园区丙,park,,\n"                                // 5 empty city
            + "虚构园区丁,park,Liuzhou,\n"                         // 6 Liuzhou in English
            + "虚构园区丙,park,广州,\n"                            // 7 same name as line 5
        let issues = try Sample.issues(text, as: .partners)
        XCTAssertEqual(issues.map { "\($0.line) \($0.column)" }, ["2 name", "3 city", "4 kind", "5 city", "6 city", "7 name"])
        XCTAssertEqual(issues[1].description, "in.csv:3: city: 共建方须在柳州市以外（第二条）")
        XCTAssertEqual(issues[3].description, "in.csv:5: city: 不能为空")
        XCTAssertTrue(issues[5].message.contains("与第5行重复"))
    }
}
