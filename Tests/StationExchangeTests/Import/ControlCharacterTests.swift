import XCTest
@testable import StationExchange

/// Control characters in a field are refused (line breaks only where a note allows them); the
/// byte pre-check that skips the scalar walk must never hide one.
final class ControlCharacterTests: XCTestCase {
    func messages(_ value: String, multiline: Bool = false) throws -> [String] {
        let map = try ColumnMap(kind: .partners, header: ["name", "kind", "city", "contact"], file: "p.csv")
        var row = RowCheck(file: "p.csv", line: 2, map: map, fields: [value, "university", "北京", ""])
        _ = row.text("name", multiline: multiline)
        return row.issues.map(\.message)
    }

    func testEveryKindOfControlCharacterIsFound() throws {
        XCTAssertEqual(try messages("甲\u{85}乙"), ["含有控制字符 U+0085，不能保存"], "C1 control (UTF-8 C2 85)")
        XCTAssertEqual(try messages("甲\u{9F}"), ["含有控制字符 U+009F，不能保存"])
        XCTAssertEqual(try messages("甲\u{7F}"), ["含有控制字符 U+007F，不能保存"])
        XCTAssertEqual(try messages("\u{1}甲"), ["含有控制字符 U+0001，不能保存"])
        XCTAssertEqual(try messages("甲\n乙"), ["不能含换行"])
        XCTAssertEqual(try messages("甲\t乙"), ["含有控制字符 U+0009，不能保存"])
    }

    func testInvisibleCharactersAreRefusedNamingTheColumn() throws {
        let map = try ColumnMap(kind: .partners, header: ["name", "kind", "city", "contact"], file: "p.csv")
        var row = RowCheck(file: "p.csv", line: 2, map: map, fields: ["北京大学", "university", "北\u{202E}京", ""])
        _ = row.text("city")
        XCTAssertEqual(row.issues.map(\.column), ["city"])
        XCTAssertTrue(row.issues[0].message.contains("U+202E"), row.issues[0].message)
    }

    func testOrdinaryTextAndAllowedBreaksPass() throws {
        XCTAssertEqual(try messages("¢ é ©柳州𠀀"), [], "C2 lead bytes of printable characters are not controls")
        XCTAssertEqual(try messages("第一页\r\n第二页\t附件", multiline: true), [])
    }
}
