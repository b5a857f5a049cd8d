/// Read-only lines that scroll (a record, a chart): ↑ ↓ j k PgUp PgDn Home End g G move the
/// view. Each line has a style so headings and warnings show in mono too (they also carry words
/// or marks). Cost of a render: O(visible lines).
public struct TextPane: Sendable {
    public var lines: [(text: String, style: Style)]
    public private(set) var top = 0
    private var pageSize = 10

    public init(_ lines: [(text: String, style: Style)] = []) { self.lines = lines }

    /// Scrolls for the movement keys; false for any other key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up, .char("k"): top -= 1
        case .down, .char("j"): top += 1
        case .pageUp: top -= pageSize
        case .pageDown: top += pageSize
        case .home, .char("g"): top = 0
        case .end, .char("G"): top = lines.count   // the render clamps it to the last page
        default: return false
        }
        top = max(0, top)
        return true
    }

    /// Draws the visible lines from `area.top`, cut to the width; the cursor on the first line.
    public mutating func render(into grid: inout Grid, area: Area) {
        pageSize = max(1, area.height)
        top = max(0, min(top, max(0, lines.count - pageSize)))
        for i in 0..<pageSize where top + i < lines.count {
            let (text, style) = lines[top + i]
            grid.put(text, row: area.top + i, col: area.left + 1, limit: area.width - 2, style: style)
        }
        grid.cursor = (area.top, area.left + 1)
    }
}
