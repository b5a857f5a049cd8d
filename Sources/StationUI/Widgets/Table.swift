/// A list of rows in aligned columns (aligned by display width: a Chinese character takes two
/// cells), a header, a selected row shown reversed and marked with `>` (so it does not depend
/// on colour), and scrolling that keeps the selection visible. Cost of a render: O(visible rows).
public struct Table: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var title: String
        /// Fixed width in cells; nil shares the remaining width with the other flexible columns.
        public var width: Int?
        public var alignRight: Bool
        public init(_ title: String, width: Int? = nil, alignRight: Bool = false) {
            self.title = title; self.width = width; self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []
    public private(set) var selected = 0
    public private(set) var top = 0
    /// Rows shown on the last render (for PgUp/PgDn).
    public var pageSize = 10

    public init(columns: [Column]) { self.columns = columns }

    public mutating func setRows(_ rows: [[String]], select: Int? = nil) {
        self.rows = rows
        selected = max(0, min(select ?? selected, rows.count - 1))
    }

    public mutating func select(_ index: Int) { selected = max(0, min(index, rows.count - 1)) }

    /// Moves the selection for ↑ ↓ j k PgUp PgDn Home End g G; false for any other key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up, .char("k"): select(selected - 1)
        case .down, .char("j"): select(selected + 1)
        case .pageUp: select(selected - pageSize)
        case .pageDown: select(selected + pageSize)
        case .home, .char("g"): select(0)
        case .end, .char("G"): select(rows.count - 1)
        default: return false
        }
        return true
    }

    /// Column widths for a total width: fixed ones as given, flexible ones share the rest.
    public func widths(total: Int) -> [Int] {
        let gaps = 2 + 2 * max(0, columns.count - 1)
        let fixed = columns.compactMap(\.width).reduce(0, +)
        let flexCount = columns.filter { $0.width == nil }.count
        let rest = max(0, total - gaps - fixed)
        var flexLeft = rest
        var out: [Int] = []
        var flexSeen = 0
        for c in columns {
            if let w = c.width { out.append(w); continue }
            flexSeen += 1
            let w = flexSeen == flexCount ? flexLeft : rest / flexCount
            out.append(w); flexLeft -= w
        }
        return out
    }

    /// Draws header and rows into `area`; puts the cursor on the selected row.
    public mutating func render(into grid: inout Grid, area: Area, empty: String) {
        let widths = self.widths(total: area.width)
        func line(_ cells: [String], row: Int, style: Style, mark: String) {
            grid.fill(row: row, col: area.left, count: area.width, style: style)
            var col = area.left
            grid.put(mark, row: row, col: col, limit: 2, style: style)
            col += 2
            for (i, text) in cells.enumerated() where i < widths.count {
                grid.put(grid.pad(text, to: widths[i], alignRight: columns[i].alignRight), row: row, col: col, style: style)
                col += widths[i] + 2
            }
        }
        line(columns.map(\.title), row: area.top, style: .header, mark: "")
        let visible = max(1, area.height - 1)
        pageSize = visible
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, rows.count - visible)))
        if rows.isEmpty {
            grid.put(empty, row: area.top + 1, col: area.left + 2, limit: area.width - 2, style: .dim)
            grid.cursor = (area.top + 1, area.left)
            return
        }
        for i in 0..<visible where top + i < rows.count {
            let r = top + i
            line(rows[r], row: area.top + 1 + i, style: r == selected ? .selected : .normal, mark: r == selected ? ">" : "")
            if r == selected { grid.cursor = (area.top + 1 + i, area.left) }
        }
    }
}
