import XCTest
@testable import StationUI

final class GridTests: XCTestCase {
    /// Issue 10, point 7: text the program did not write never drives the terminal; its control,
    /// zero-width and bidirectional characters show as escapes.
    func testControlAndBidiCharactersShowAsEscapes() {
        var g = Grid(width: 40, height: 1)
        g.put("Bob\u{1B}]0;T\u{07}张\u{202E}三", row: 0, col: 0)
        XCTAssertTrue(g.rowText(0).hasPrefix("Bob\\x1B]0;T\\x07张\\u202E三 "), g.rowText(0))
        XCTAssertFalse(g.rowText(0).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    func testWideCharacterTakesTwoCells() {
        var g = Grid(width: 6, height: 1)
        XCTAssertEqual(g.put("柳a州", row: 0, col: 0), 5)
        XCTAssertEqual(g[0, 0].text, "柳")
        XCTAssertTrue(g[0, 1].isContinuation)
        XCTAssertEqual(g[0, 2].text, "a")
        XCTAssertEqual(g.rowText(0), "柳a州 ")
    }

    func testWideCharacterThatDoesNotFitLeavesABlank() {
        var g = Grid(width: 5, height: 1)
        g.put("柳州市", row: 0, col: 0, ellipsis: false)
        XCTAssertEqual(g.rowText(0), "柳州 ")
        XCTAssertFalse(g[0, 4].isContinuation)
        var h = Grid(width: 10, height: 1)
        h.put("柳州市", row: 0, col: 0, limit: 3, ellipsis: false)
        XCTAssertEqual(h.rowText(0), "柳" + String(repeating: " ", count: 8))
        var e = Grid(width: 10, height: 1)
        e.put("柳州市", row: 0, col: 0, limit: 5)
        XCTAssertEqual(e.rowText(0), "柳州…" + String(repeating: " ", count: 5), "a cut is marked")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = Grid(width: 6, height: 1)
        g.put("柳州", row: 0, col: 0)
        g.put("x", row: 0, col: 1)      // the right half of 柳
        XCTAssertEqual(g.rowText(0), " x州  ")
        g.put("y", row: 0, col: 2)      // the left half of 州
        XCTAssertEqual(g.rowText(0), " xy   ")
        for x in 0..<6 { XCTAssertFalse(g[0, x].isContinuation) }
    }

    func testAmbiguousWideGridMeasuresMarksAsTwo() {
        var g = Grid(width: 6, height: 1, ambiguousWide: true)
        XCTAssertEqual(g.put("a·b", row: 0, col: 0), 4)
        XCTAssertTrue(g[0, 2].isContinuation)
    }

    func testTextTrimsTrailingSpaces() {
        var g = Grid(width: 4, height: 2)
        g.put("ab", row: 1, col: 0)
        XCTAssertEqual(g.text, "\nab")
    }
}
