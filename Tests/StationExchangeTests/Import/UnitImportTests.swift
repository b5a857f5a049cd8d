import StationDomain
import XCTest
@testable import StationExchange

final class UnitImportTests: XCTestCase {
    func testCleanFileWithColumnsInAnyOrderAndChineseKinds() throws {
        let c3 = Sample.code(3), c4 = Sample.code(4)
        let text = "kind,uscc,name,contact,address\r\n"
            + "enterprise,\(c3),柳州市虚构新能源科技股份有限公司,刘工 0772-555 0101,柳州市虚构路1号\r\n"
            + "事业单位,\(c4.lowercased()),柳州市虚构医学研究所,,\r\n"
        let records = try Sample.check(text, as: .units).get()
        XCTAssertEqual(records, .units([
            StationDomain.Unit(name: "柳州市虚构新能源科技股份有限公司", creditCode: c3, kind: .enterprise,
                               address: "柳州市虚构路1号", contact: "刘工 0772-555 0101"),
            StationDomain.Unit(name: "柳州市虚构医学研究所", creditCode: c4, kind: .institution),
        ]))
    }

    func testOptionalColumnsMayBeLeftOut() throws {
        let records = try Sample.check("name,uscc,kind\n某虚构公司,\(Sample.code(5)),enterprise\n", as: .units).get()
        XCTAssertEqual(records.count, 1)
    }

    func testEveryBadRowIsReportedWithLineAndColumn() throws {
        let good = Sample.code(6)
        var badCheck = Array(Sample.code(7)); badCheck[17] = badCheck[17] == "0" ? "1" : "0"
        let text = "name,uscc,kind,address,contact\n"
            + "好的单位,\(good),enterprise,,\n"                                   // 2 ok
            + "校验码错的单位,\(String(badCheck)),enterprise,,\n"                  // 3 check character
            + "太短的单位,91450200123,enterprise,,\n"                              // 4 length
            + "有I的单位,91450200I00000001X,enterprise,,\n"                        // 5 forbidden letter
            + "类别错的单位,\(Sample.code(8)),company,,\n"                          // 6 kind
            + ",\(Sample.code(9)),enterprise,,\n"                                   // 7 empty name
            + "\(Sample.unitA.name),\(Sample.code(10)),enterprise,,\n"              // 8 existing name
            + "代码已占用的单位,\(Sample.unitB.creditCode),institution,,\n"          // 9 existing code
            + "好的单位,\(good),enterprise,,\n"                                     // 10 same name and code as line 2
            + "\"换行\n的单位\",\(Sample.code(11)),enterprise,,\n"                  // 11-12 line break in name
            + "少一列,\(Sample.code(12)),enterprise,\n"                             // 13 field count
        let issues = try Sample.issues(text, as: .units)
        XCTAssertEqual(issues.map { "\($0.line) \($0.column)" }, [
            "3 uscc", "4 uscc", "5 uscc", "6 kind", "7 name", "8 name", "9 uscc", "10 name", "10 uscc", "11 name", "13 ",
        ])
        let expectedCheck = Sample.code(7).last!
        XCTAssertEqual(issues[0].description,
                       "in.csv:3: uscc: 校验码应为\(expectedCheck)，实为\(badCheck[17])")
        XCTAssertTrue(issues[1].description.contains("应为18位，实为11位"), issues[1].description)
        XCTAssertTrue(issues[2].description.contains("第9位“I”"), issues[2].description)
        XCTAssertEqual(issues[3].description,
                       "in.csv:6: kind: “company”不是可用的值，应为 enterprise, institution")
        XCTAssertTrue(issues[6].description.contains(Sample.unitB.name), issues[6].description)
        XCTAssertTrue(issues[7].description.contains("与第2行重复"), issues[7].description)
        XCTAssertTrue(issues[9].description.contains("不能含换行"), issues[9].description)
        XCTAssertEqual(issues[10].description, "in.csv:13: 本行有4列，表头有5列")
    }

    func testHeaderProblemsAreNamedAllAtOnce() throws {
        let result = try Sample.check("name,credit_code,kind,kind\n", as: .units)
        guard case .failure(.header(let file, let problems)) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(file, "in.csv")
        XCTAssertEqual(problems.count, 3)
        XCTAssertTrue(problems[0].zh.contains("未知的列“credit_code”"), problems[0].zh)
        XCTAssertTrue(problems[1].zh.contains("“kind”出现了两次"), problems[1].zh)
        XCTAssertTrue(problems[2].en.contains("missing required columns: uscc"), problems[2].en)
        XCTAssertFalse(problems[2].en.contains("缺少"), "one language at a time")
    }

    func testTabSeparatedFileIsNamedAsSuch() throws {
        let result = try Sample.check("name\tuscc\tkind\n甲\t\(Sample.code(1))\tenterprise\n", as: .units)
        guard case .failure(.header(_, let problems)) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].en.contains("not a comma-separated file"), problems[0].en)
    }

    func testControlCharactersAreRefused() throws {
        let issues = try Sample.issues("name,uscc,kind\n坏\u{7}字符,\(Sample.code(13)),enterprise\n", as: .units)
        XCTAssertEqual(issues.map(\.column), ["name"])
        XCTAssertTrue(issues[0].message.contains("U+0007"), issues[0].message)
    }
}
