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
        // The hidden start is marked; the tail is shown, one cell kept for the cursor.
        XCTAssertEqual(g.rowText(0), "…州广西柳州广西柳州 ")
        XCTAssertEqual(x, 19)
        _ = f.handle(.home)
        var h = Grid(width: 20, height: 1)
        XCTAssertEqual(f.render(into: &h, row: 0, col: 0, width: 20, style: .field), 0)
        XCTAssertEqual(h.rowText(0), "广西柳州广西柳州广… ")
    }

    /// The lead's report: a long text showed only its tail, the start gone with no mark.
    func testUnfocusedLongFieldShowsTheStartMarkedWhereCut() {
        let f = TextField("柳州市智能装备制造有限责任公司（北部生态新区分公司）")   // cursor at the end
        var g = Grid(width: 20, height: 1)
        XCTAssertEqual(f.render(into: &g, row: 0, col: 0, width: 20, style: .field, focused: false), 0)
        XCTAssertEqual(g.rowText(0), "柳州市智能装备制造… ")
        // Short text: nothing cut, no mark.
        var s = Grid(width: 20, height: 1)
        TextField("柳州").render(into: &s, row: 0, col: 0, width: 20, style: .field, focused: false)
        XCTAssertFalse(s.rowText(0).contains("…"))
    }

    func testFocusedFieldMarksEachHiddenSide() {
        var f = TextField("0123456789abcdefghij")   // 20 cells in a 10-cell field
        for _ in 0..<10 { _ = f.handle(.left) }    // cursor before "a"
        var g = Grid(width: 10, height: 1)
        let x = f.render(into: &g, row: 0, col: 0, width: 10, style: .field)
        XCTAssertEqual(g.rowText(0), "…3456789a…")
        XCTAssertEqual(x, 8, "the cursor sits on a, inside the marks")
        // Every width: the cursor is visible, inside the field, and never on a mark.
        for w in 4...22 {
            for k in 0...f.characters.count {
                var t = TextField("柳州0123456789科技abcdef")
                _ = t.handle(.home)
                for _ in 0..<k { _ = t.handle(.right) }
                var grid = Grid(width: w, height: 1)
                let cx = t.render(into: &grid, row: 0, col: 0, width: w, style: .field)
                XCTAssertLessThan(cx, w, "width \(w) cursor \(k)")
                XCTAssertNotEqual(grid[0, cx].text, "…", "width \(w) cursor \(k): \(grid.rowText(0))")
                let shown = grid.rowText(0).trimmingCharacters(in: " ")
                XCTAssertTrue(shown.hasPrefix("柳") || shown.hasPrefix("…"), "width \(w) cursor \(k): \(shown)")
                XCTAssertTrue(shown.hasSuffix("f") || shown.hasSuffix("…"), "width \(w) cursor \(k): \(shown)")
            }
        }
    }

    func testFormShowsTheStartOfALongFieldThatIsNotActive() {
        var form = Form(fields: [
            FormField(id: "name", label: "名称", text: "柳州市智能装备制造有限责任公司（北部生态新区分公司）第二车间第三班组联络处"),
            FormField(id: "contact", label: "联系人", text: ""),
        ])
        _ = form.handle(.tab)   // the long field is no longer active
        var g = Grid(width: 80, height: 6)
        form.render(into: &g, area: Area(top: 0, left: 0, height: 6, width: 80), errorMark: "✗ ")
        let line = g.rowText(1)
        XCTAssertTrue(line.contains("名称     柳州市智能装备制造"), line)
        XCTAssertTrue(line.trimmingCharacters(in: " ").hasSuffix("…"), line)
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
