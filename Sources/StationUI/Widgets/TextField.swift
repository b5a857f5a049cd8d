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

    /// Draws the field in `width` cells at (`row`, `col`), scrolled so the cursor is visible,
    /// and returns the column of the cursor.
    @discardableResult
    public func render(into grid: inout Grid, row: Int, col: Int, width: Int, style: Style) -> Int {
        grid.fill(row: row, col: col, count: width, style: style)
        guard width > 0 else { return col }
        // Start from the cursor and walk left while the text still fits, keeping one cell for it.
        var start = cursor
        var used = 1
        while start > 0 {
            let w = grid.measure(String(characters[start - 1]))
            if used + w > width { break }
            used += w; start -= 1
        }
        let visible = String(characters[start...])
        grid.put(visible, row: row, col: col, limit: width, style: style, ellipsis: false)
        return col + grid.measure(String(characters[start..<cursor]))
    }
}
