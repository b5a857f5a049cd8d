import XCTest
import StationDomain

final class DisplayWidthTests: XCTestCase {
    func testLatinChineseAndFullwidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("柳州"), 4)
        XCTAssertEqual(DisplayWidth.of("柳州ABC"), 7)
        XCTAssertEqual(DisplayWidth.of("（Ａ）"), 6)      // fullwidth parentheses and letter
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("\u{3000}"), 2)   // ideographic space
    }

    func testCombiningMarksAndControlsTakeNoCell() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)   // e + combining acute: one cluster
        XCTAssertEqual(DisplayWidth.of("\u{301}"), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2)
        XCTAssertEqual(DisplayWidth.of("\t\u{7}"), 0)
    }

    func testEmojiPerGraphemeCluster() {
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👦"), 2, "a ZWJ family is one wide glyph, not 6 cells as wcwidth says")
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("🇨🇳"), 2)
        XCTAssertEqual(DisplayWidth.of("❤️"), 2, "text heart + VS16 is an emoji picture")
        XCTAssertEqual(DisplayWidth.of("❤"), 1)
    }

    func testAmbiguousCharactersFollowTheOption() {
        for s in ["○", "—", "“", "·", "①", "…"] {
            XCTAssertEqual(DisplayWidth.of(s), 1, s)
            XCTAssertEqual(DisplayWidth.of(s, ambiguousWide: true), 2, s)
        }
        XCTAssertEqual(DisplayWidth.of("a", ambiguousWide: true), 1)
    }

    func testTruncateMarksTheCutAndNeverSplitsAWideCharacter() {
        XCTAssertEqual(DisplayWidth.truncate("柳州市科技局", to: 6), "柳州…")   // 4 + 1, no half character
        XCTAssertEqual(DisplayWidth.truncate("柳州市科技局", to: 7), "柳州市…")
        XCTAssertEqual(DisplayWidth.truncate("柳州", to: 4), "柳州")
        XCTAssertEqual(DisplayWidth.truncate("abcdef", to: 4), "abc…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.truncate("柳州市科技局", to: 6, ambiguousWide: true), ambiguousWide: true), 6)
    }

    func testPadAlignsMixedText() {
        XCTAssertEqual(DisplayWidth.pad("柳州a", to: 8), "柳州a   ")
        XCTAssertEqual(DisplayWidth.pad("12", to: 5, alignRight: true), "   12")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("广西柳州市某某某某机械有限公司", to: 11)), 11)
    }
}
