import XCTest
@testable import StationDomain

/// SPEC "Records": 统一社会信用代码 per GB 32100-2015 (length, character set, check character).
final class CreditCodeTests: XCTestCase {
    /// Real-shaped prefixes: registration authority + kind, 6-digit Liuzhou-area division code
    /// (4502xx), 9-character organisation code; completed with their check character.
    let prefixes = ["91450200198230687", "12450200MB0D12345", "91450211MA5KXY21Q", "52450200MJ1234567"]

    func testValidCodesBuiltWithCompleting() throws {
        for prefix in prefixes {
            let full = try XCTUnwrap(CreditCode.completing(prefix), prefix)
            XCTAssertEqual(full.count, 18)
            XCTAssertEqual(try CreditCode(full).text, full)
            XCTAssertEqual(try CreditCode(" " + full.lowercased() + " ").text, full, "spaces and lower case accepted")
        }
    }

    func testKnownCheckCharacter() throws {
        // The example code often quoted with GB 32100-2015; its check character, computed independently, is 3.
        let full = try XCTUnwrap(CreditCode.completing("91350100M000100Y4"))
        XCTAssertEqual(full, "91350100M000100Y43")
    }

    func testInvalidCodesSayWhy() throws {
        let good = try XCTUnwrap(CreditCode.completing(prefixes[0]))
        var wrongCheck = Array(good)
        wrongCheck[17] = wrongCheck[17] == "0" ? "1" : "0"
        let cases: [(String, CreditCode.Problem)] = [
            (String(good.dropLast()), .length(17)),
            (good + "1", .length(19)),
            ("", .length(0)),
            (String(good.prefix(5)) + "I" + String(good.dropFirst(6)), .character(position: 6, found: "I")),
            (String(good.prefix(9)) + "O" + String(good.dropFirst(10)), .character(position: 10, found: "O")),
            (String(good.prefix(2)) + "张" + String(good.dropFirst(3)), .character(position: 3, found: "张")),
            (String(wrongCheck), .checkCharacter(expected: good.last!, found: wrongCheck[17])),
        ]
        for (text, problem) in cases {
            XCTAssertThrowsError(try CreditCode(text), text) { error in
                XCTAssertEqual(error as? CreditCode.Problem, problem, text)
                XCTAssertFalse("\(error)".isEmpty)
            }
        }
        XCTAssertNil(CreditCode.completing("123"))
        XCTAssertNil(CreditCode.completing("9145020019823068Z"), "Z is not in the alphabet")
    }
}
