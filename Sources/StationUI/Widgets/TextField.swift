import StationDomain

/// A one-line text input edited by character (grapheme cluster), never by byte: whatever the
/// terminal's input method sends is inserted at the cursor; control characters are dropped, so
/// they never reach the store; a long paste scrolls horizontally. Cost per key: O(length).
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Insertion point, 0...characters.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text.filter { !TextField.isControl($0) })
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func set(_ text: String) { self = TextField(text) }

    static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    static func join(_ a: Character, _ b: Character) -> Character? {
        let s = String(a) + String(b)
        return s.count == 1 ? s.first : nil
    }

    /// Applies an editing key; false when the key is not an editing key (Enter, Tab, Esc...).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            guard !TextField.isControl(c) else { return true }
            // A combining mark typed on its own joins the character before it (one cluster).
            if cursor > 0, let joined = TextField.join(characters[cursor - 1], c) {
                characters[cursor - 1] = joined
            } else {
                characters.insert(c, at: cursor); cursor += 1
            }
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace, .ctrl("h"):
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .ctrl("u"): characters.removeSubrange(0..<cursor); cursor = 0
        case .ctrl("k"): characters.removeSubrange(cursor...)
        default: return false
        }
        return true
    }

    /// Draws the field in `width` cells at (`row`, `col`) and returns the column of the cursor.
    ///
    /// Unfocused, the field shows the start of the text, cut with `…` when longer. Focused, it
    /// scrolls so the cursor is visible and marks each hidden side with `…` (UX.md: a cut is
    /// always marked, never through a wide character). Cost: O(cursor) cells measured.
    @discardableResult
    public func render(into grid: inout Grid, row: Int, col: Int, width: Int, style: Style,
                       focused: Bool = true) -> Int {
        grid.fill(row: row, col: col, count: width, style: style)
        guard width > 0 else { return col }
        guard focused else {
            grid.put(text, row: row, col: col, limit: width, style: style)
            return col
        }
        let w = characters.map { grid.measure(String($0)) }
        let mark = "…", markWidth = grid.measure("…")
        let view = TextField.window(widths: w, cursor: cursor, width: width, markWidth: markWidth)
        var x = col
        if view.start > 0 { x += grid.put(mark, row: row, col: x, limit: markWidth, style: style, ellipsis: false) }
        let cursorCol = x + w[view.start..<min(cursor, view.end)].reduce(0, +)
        x += grid.put(String(characters[view.start..<view.end]), row: row, col: x, limit: col + width - x,
                      style: style, ellipsis: false)
        if view.end < characters.count {
            grid.put(mark, row: row, col: x, limit: col + width - x, style: style, ellipsis: false)
        }
        return cursorCol
    }

    /// The characters `start..<end` shown in `width` cells with the cursor visible: the
    /// leftmost start that still shows the cursor (so typing at the end keeps the cursor at the
    /// right edge), leaving room for a `…` on each side that hides text. `widths` are the
    /// characters' cell widths. Cost: O(width) per start tried; the first start tried is found
    /// by walking left from the cursor, so only a few are tried.
    static func window(widths w: [Int], cursor: Int, width: Int, markWidth: Int) -> (start: Int, end: Int) {
        func fit(_ start: Int) -> (end: Int, cursorShown: Bool) {
            var room = width - (start > 0 ? markWidth : 0)
            var end = start, used = 0
            while end < w.count, used + w[end] <= room { used += w[end]; end += 1 }
            if end < w.count {
                room -= markWidth
                while end > start, used > room { end -= 1; used -= w[end] }
            }
            let shown = cursor < end || (cursor == w.count && end == w.count && used < room)
            return (end, shown && cursor >= start)
        }
        // No start before `guess` can show the cursor: even without marks the text between
        // them and the cursor's cell would not fit.
        var guess = cursor, used = 1
        while guess > 0, used + w[guess - 1] <= width { used += w[guess - 1]; guess -= 1 }
        for start in guess...cursor {
            let f = fit(start)
            if f.cursorShown { return (start, f.end) }
        }
        return (cursor, fit(cursor).end)   // narrower than one character and the marks
    }
}
