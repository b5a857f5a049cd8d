import XCTest
@testable import StationDomain

/// `TextRules.isPlain` lets `clean` skip its two scalar passes: it may only say yes where they
/// would find nothing to refuse and nothing to normalise.
final class TextRulesPlainTests: XCTestCase {
    func testPlainTextIsAllowedAndAlreadyNFC() {
        let alphabet: [String] = ["a", "Z", " ", "中", "柳", "，", "（", "）", "—", "·", "é", "e\u{301}", "\u{200B}", "\u{200D}",
                                  "\u{202E}", "\u{2028}", "\t", "\n", "\r", "\u{7F}", "\u{85}", "\u{A0}", "\u{FEFF}", "😀",
                                  "\u{3000}", "ア", "\u{F900}", "Å", "Ω", "\u{2060}", "\u{2066}", "\u{1B}", "１", "€",
                                  "\u{4DC0}", "\u{4DB5}", "\u{5000}", "\u{9FFF}", "\u{A000}", "鿕"]
        var state: UInt64 = 10
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var plain = 0
        for _ in 0..<50_000 {
            let text = (0..<next(8)).map { _ in alphabet[next(alphabet.count)] }.joined()
            guard TextRules.isPlain(text) else { continue }
            plain += 1
            XCTAssertNil(TextRules.problem(in: text, as: .line), text.debugDescription)
            XCTAssertNil(TextRules.problem(in: text, as: .note), text.debugDescription)
            XCTAssertEqual(Array(TextRules.nfc(text).utf8), Array(text.utf8), text.debugDescription)
        }
        XCTAssertGreaterThan(plain, 1_000, "the random texts include plain ones")
        XCTAssertTrue(TextRules.isPlain("柳州市虚构汽车零部件制造有限公司（虚构）, Ltd."))
        XCTAssertFalse(TextRules.isPlain("e\u{301}"), "a combining accent may compose")
        XCTAssertFalse(TextRules.isPlain("a\u{200B}b"))
        XCTAssertFalse(TextRules.isPlain("a\nb"))
        XCTAssertTrue(TextRules.isPlain("\u{5000}\u{9FFF}王伟"), "U+5000–U+9FFF are skipped by their lead byte")
        XCTAssertFalse(TextRules.isPlain("\u{4DC0}"), "a hexagram (U+4DC0) is not in the NFC-stable ranges")
    }

    func testCleanGivesTheSameAnswersThroughEitherPath() throws {
        XCTAssertEqual(try TextRules.clean("张三", field: "name", as: .line), "张三")
        XCTAssertEqual(try TextRules.clean("Cafe\u{301}", field: "name", as: .line), "Café")
        XCTAssertThrowsError(try TextRules.clean(String(repeating: "柳", count: 201), field: "name", as: .line)) { error in
            XCTAssertEqual((error as? TextProblem)?.reason, .tooLong(limit: 200, found: 201))
        }
        XCTAssertThrowsError(try TextRules.clean("a b", field: "login", as: .login))
    }
}
