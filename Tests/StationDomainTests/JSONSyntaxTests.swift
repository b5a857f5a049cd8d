import XCTest
@testable import StationDomain

/// A hand-edited policy file's typo is reported with its line and column.
final class JSONSyntaxTests: XCTestCase {
    func testFirstErrorLineAndColumn() {
        let cases: [(String, Int, Int, String)] = [
            ("{\"id\": ", 1, 8, "unexpected end"),
            ("{\n  \"id\": 1,\n  \"name\": x\n}", 3, 11, "expected a value"),
            ("{\n  \"标题\": \"柳州\" \"x\": 1\n}", 2, 14, "expected “,”或“}”"),
            ("[1, 2,, 3]", 1, 7, "expected a value"),
            ("{\"a\": 01}", 1, 8, "leading zero"),
            ("{\"a\": \"line\nbreak\"}", 1, 12, "control character"),
            ("{a: 1}", 1, 2, "quoted field name"),
            ("{} x", 1, 4, "unexpected text"),
        ]
        for (text, line, column, words) in cases {
            let f = JSONSyntax.firstError(in: text)
            XCTAssertEqual(f?.line, line, text)
            XCTAssertEqual(f?.column, column, text)
            XCTAssertTrue(f?.message.contains(words) ?? false, "\(text): \(f?.message ?? "nil")")
        }
        XCTAssertNil(JSONSyntax.firstError(in: TestData.policyJSON))
        XCTAssertNil(JSONSyntax.firstError(in: "{\"a\": [1, -2.5e3, true, false, null, \"\\u00e9\\n\"]}"))
    }

    func testPolicyDecodeNamesFileLineAndColumn() {
        let broken = TestData.policyJSON.replacingOccurrences(of: "\"stationsPerUnit\": 1,", with: "\"stationsPerUnit\": 1,,")
        XCTAssertThrowsError(try Policy.decode(json: broken, file: "p.json")) { error in
            let line = TestData.policyJSON.components(separatedBy: "\n").firstIndex { $0.contains("stationsPerUnit") }! + 1
            XCTAssertEqual((error as? PolicyError)?.problems.first?.file, "p.json:\(line):24", "\(error)")
        }
    }
}
