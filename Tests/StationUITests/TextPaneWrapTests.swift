import XCTest
import StationDomain
@testable import StationUI

/// `TextPane.wrap`: a record line longer than the screen wraps; Chinese between any two
/// characters (a closing mark never starts a line), a Latin word or a date never in its middle.
final class TextPaneWrapTests: XCTestCase {
    func wrap(_ text: String, _ width: Int, hang: Int = 0) -> [String] {
        TextPane.wrap(text, width: width, hang: hang) { DisplayWidth.of($0) }
    }

    func testALatinWordMovesWholeToTheNextLine() {
        let line = "Evaluation year: 2025-11-12 to 2026-11-11 (ending in 2026, year 1 of the period)"
        XCTAssertEqual(wrap(line, 78), ["Evaluation year: 2025-11-12 to 2026-11-11 (ending in 2026, year 1 of the", "period)"])
        XCTAssertEqual(wrap("Count: 16 computed (talents of category G+ brought to Liuzhou enterprises)", 41, hang: 7),
                       ["Count: 16 computed (talents of category", "       G+ brought to Liuzhou enterprises)"])
        XCTAssertEqual(wrap("截至 2026-12-02 共 3 笔", 10), ["截至", "2026-12-02", "共 3 笔"], "a date is a word too")
    }

    func testChineseBreaksBetweenCharactersAndAnOverlongWordIsCut() {
        XCTAssertEqual(wrap("一二三四五六七八九十", 8), ["一二三四", "五六七八", "九十"])
        XCTAssertEqual(wrap("一二三，四", 6), ["一二", "三，四"], "a comma never starts a line")
        XCTAssertEqual(wrap("ab abcdefghijkl", 8), ["ab abcde", "fghijkl"], "a word over half the width is cut where it must be")
    }
}
