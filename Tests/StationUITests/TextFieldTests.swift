import XCTest
@testable import StationUI

final class TextFieldTests: XCTestCase {
    func testEditsByCharacterNotByte() {
        var f = TextField()
        for c in "柳州科技" { XCTAssertTrue(f.handle(.char(c))) }
        XCTAssertTrue(f.handle(.left))
        XCTAssertTrue(f.handle(.backspace))      // removes 科 whole, not a byte of it
        XCTAssertEqual(f.text, "柳州技")
        XCTAssertTrue(f.handle(.char("市")))
        XCTAssertEqual(f.text, "柳州市技")
        _ = f.handle(.home); _ = f.handle(.delete)
        XCTAssertEqual(f.text, "州市技")
    }

    func testControlCharactersAreNeverStored() {
        var f = TextField("a\u{7}b\tc")
        XCTAssertEqual(f.text, "abc")
        _ = f.handle(.char("\u{1B}"))
        _ = f.handle(.char("\r\n"))
        XCTAssertEqual(f.text, "abc")
    }

    func testCombiningMarkJoinsThePreviousCharacter() {
        var f = TextField()
        _ = f.handle(.char("e")); _ = f.handle(.char("\u{301}"))
        XCTAssertEqual(f.characters.count, 1)
        XCTAssertEqual(f.text, "e\u{301}")
    }

    func testLongPasteScrollsSoTheCursorStaysVisible() {
        var f = TextField()
        let pasted = String(repeating: "广西柳州", count: 30)   // 240 cells
        for c in pasted { _ = f.handle(.char(c)) }
        XCTAssertEqual(f.characters.count, 120)
        var g = Grid(width: 20, height: 1)
        let x = f.render(into: &g, row: 0, col: 0, width: 20, style: .field)
        XCTAssertLessThan(x, 20)
        let shown = g.rowText(0).trimmingCharacters(in: " ")
        XCTAssertTrue(shown.hasSuffix("广西柳州"), shown)   // the tail is shown, one cell kept for the cursor
        XCTAssertEqual(shown.count, 9)
        XCTAssertEqual(x, 18)
        _ = f.handle(.home)
        var h = Grid(width: 20, height: 1)
        XCTAssertEqual(f.render(into: &h, row: 0, col: 0, width: 20, style: .field), 0)
        XCTAssertTrue(h.rowText(0).hasPrefix("广西柳州"))
    }

    func testKillToStartAndEnd() {
        var f = TextField("柳州市科技局")
        for _ in 0..<3 { _ = f.handle(.left) }
        _ = f.handle(.ctrl("k"))
        XCTAssertEqual(f.text, "柳州市")
        _ = f.handle(.left)
        _ = f.handle(.ctrl("u"))
        XCTAssertEqual(f.text, "市")
    }
}
