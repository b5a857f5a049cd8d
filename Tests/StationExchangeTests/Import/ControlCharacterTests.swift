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
        XCTAssertEqual(try messages("甲\u{85}乙"), ["含有控制字符 U+85 (contains a control character)"], "C1 control (UTF-8 C2 85)")
        XCTAssertEqual(try messages("甲\u{9F}"), ["含有控制字符 U+9F (contains a control character)"])
        XCTAssertEqual(try messages("甲\u{7F}"), ["含有控制字符 U+7F (contains a control character)"])
        XCTAssertEqual(try messages("\u{1}甲"), ["含有控制字符 U+1 (contains a control character)"])
        XCTAssertEqual(try messages("甲\n乙"), ["不能含换行 (must not contain a line break)"])
        XCTAssertEqual(try messages("甲\t乙"), ["含有控制字符 U+9 (contains a control character)"])
    }

    func testOrdinaryTextAndAllowedBreaksPass() throws {
        XCTAssertEqual(try messages("¢ é ©柳州𠀀"), [], "C2 lead bytes of printable characters are not controls")
        XCTAssertEqual(try messages("第一页\r\n第二页\t附件", multiline: true), [])
        XCTAssertFalse(RowCheck.mayHoldControls("柳州市某某物流有限公司"))
        XCTAssertTrue(RowCheck.mayHoldControls("¢"))
    }
}
