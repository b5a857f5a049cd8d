import StationDomain

/// A list of rows in aligned columns (aligned by display width: a Chinese character takes two
/// cells), a header, a gutter with the selection mark `>` and the row mark `*` (so neither
/// depends on colour), the selected row shown reversed, and scrolling that keeps the selection
/// visible. PgUp/PgDn scroll the view by a page and move the selection with it; both stop at the
/// ends. Cost of a render: O(visible rows).
public struct Table: Equatable, Sendable {
    /// How a column's values are ordered when the list is sorted by it.
    public enum Order: Equatable, Sendable {
        /// Pinyin order for Chinese (`PinyinCollation`), letters ignoring case, digit runs by value.
        case text
        /// As `text`, with the first character read as a surname (曾 zeng, 单 shan).
        case personName
        /// By numeric value (`1,200`, `¥3.50`, `-2`); cells that are not numbers last.
        case number
        /// By date (YYYY-MM-DD); cells that are not dates last.
        case date
    }

    public struct Column: Equatable, Sendable {
        public var title: String
        /// Never narrower than this (at 80 columns every list stays readable).
        public var minWidth: Int
        /// Never wider than this (nil: as wide as its longest value).
        public var maxWidth: Int?
        /// Share of the spare width: a column whose values are cut gets spare cells in proportion
        /// to its share (names have the largest). 0: always `minWidth`.
        public var share: Int
        public var alignRight: Bool
        public var order: Order

        /// A fixed `width`, or (nil) a flexible column of minimum 6 and share 1.
        public init(_ title: String, width: Int? = nil, alignRight: Bool = false, order: Order = .text) {
            self.title = title; self.alignRight = alignRight; self.order = order
            minWidth = width ?? 6; maxWidth = width; share = width == nil ? 1 : 0
        }

        /// A flexible column: at least `min` cells, then its `share` of the spare width up to `max`.
        public init(_ title: String, min: Int, share: Int = 1, max: Int? = nil, alignRight: Bool = false, order: Order = .text) {
            self.title = title; self.minWidth = min; self.share = share; self.maxWidth = max
            self.alignRight = alignRight; self.order = order
        }

        /// The fixed width, or nil for a flexible column.
        public var width: Int? { share == 0 ? minWidth : nil }
    }

    public var columns: [Column]
    /// Every row's cells; `order` picks and orders the ones shown (a filter and a sort change
    /// only `order`, never copy the cells).
    public private(set) var source = ListRows()
    public private(set) var order: [Int] = []
    public private(set) var selected = 0
    public private(set) var top = 0
    /// Rows shown on the last render (for PgUp/PgDn).
    public private(set) var pageSize = 10
    /// The widest value of each column (title included), when known: a column gets spare width
    /// only while its values are cut. nil: every flexible column takes its share.
    public var naturalWidths: [Int]?
    /// Cells of the gutter before the first column: selection mark, row mark, space.
    public static let gutter = 3

    public init(columns: [Column]) { self.columns = columns }

    /// The rows shown, in display order.
    public var count: Int { order.count }
    /// The cells of the shown row `r`.
    public func row(_ r: Int) -> [String] { source[order[r]] }

    /// Shows `source[order[0]], source[order[1]], …`, selecting position `select` (the current one
    /// when nil). O(1): both arrays are shared, not copied.
    public mutating func setRows(_ source: ListRows, order: [Int], select: Int? = nil) {
        self.source = source; self.order = order
        self.select(select ?? selected)
    }

    /// The same from rows as arrays.
    public mutating func setRows(_ source: [[String]], order: [Int], select: Int? = nil) {
        setRows(ListRows(source), order: order, select: select)
    }

    /// Shows `rows` in their own order.
    public mutating func setRows(_ rows: [[String]], select: Int? = nil) {
        setRows(rows, order: Array(rows.indices), select: select)
    }

    public mutating func select(_ index: Int) { selected = max(0, min(index, order.count - 1)) }

    /// Moves the selection for ↑ ↓ j k PgUp PgDn Home End g G; false for any other key.
    public mutating func handle(_ key: Key) -> Bool {
        let page = max(1, pageSize)
        switch key {
        case .up, .char("k"): select(selected - 1)
        case .down, .char("j"): select(selected + 1)
        case .pageUp:
            top = max(0, top - page)
            select(selected - page)
        case .pageDown:
            top = max(0, min(top + page, order.count - page))
            select(selected + page)
        case .home, .char("g"): select(0); top = 0
        case .end, .char("G"): select(order.count - 1)
        default: return false
        }
        return true
    }

    /// Column widths for a total width. Every column first gets its minimum (a fixed one its
    /// width); the spare cells then go, in proportion to the shares, to the flexible columns
    /// whose values are still cut (`naturalWidths`), each up to its widest value or `maxWidth`;
    /// what is left after every value fits stays blank at the right. When even the minimums do
    /// not fit, the widest flexible columns give way first (never below 2 cells). Cost: O(columns²).
    public func widths(total: Int) -> [Int] {
        let n = columns.count
        guard n > 0 else { return [] }
        let room = total - Table.gutter - 2 * (n - 1) - 1
        var w = columns.map(\.minWidth)
        var spare = room - w.reduce(0, +)
        while spare < 0 {
            guard let i = w.indices.filter({ columns[$0].share > 0 && w[$0] > 2 }).max(by: { w[$0] < w[$1] })
                    ?? w.indices.filter({ w[$0] > 2 }).max(by: { w[$0] < w[$1] }) else { break }
            w[i] -= 1; spare += 1
        }
        func want(_ i: Int) -> Int {
            let c = columns[i]
            guard c.share > 0 else { return 0 }
            var goal = naturalWidths.map { i < $0.count ? $0[i] : Int.max } ?? Int.max
            if let m = c.maxWidth { goal = min(goal, m) }
            return max(0, goal - w[i])
        }
        while spare > 0 {
            let open = (0..<n).filter { want($0) > 0 }
            guard !open.isEmpty else { break }
            let shares = open.reduce(0) { $0 + columns[$1].share }
            var given = 0
            for i in open {
                let g = min(want(i), spare * columns[i].share / shares)
                w[i] += g; given += g
            }
            if given == 0 {
                // Fewer spare cells than columns asking: one each, largest share (names) first.
                for i in open.sorted(by: { (columns[$0].share, -$0) > (columns[$1].share, -$1) }) where spare - given > 0 {
                    w[i] += 1; given += 1
                }
            }
            spare -= given
        }
        return w
    }

    /// The columns of the selected row whose text does not fit its column at `total` width, as
    /// (title, full text): what the list's detail line shows. Cost: O(columns).
    public func cutCells(total: Int, measure: (String) -> Int) -> [(title: String, text: String)] {
        guard selected < order.count else { return [] }
        let widths = self.widths(total: total)
        let row = self.row(selected)
        return row.indices.compactMap { i in
            i < widths.count && measure(row[i]) > widths[i] ? (columns[i].title, row[i]) : nil
        }
    }

    /// Draws header and rows into `area`; puts the cursor on the selected row. `isMarked(r)` says
    /// whether the shown row `r` carries a mark (`*` in the gutter).
    public mutating func render(into grid: inout Grid, area: Area, empty: String, isMarked: (Int) -> Bool = { _ in false }) {
        let widths = self.widths(total: area.width)
        func line(_ cells: [String], row: Int, style: Style, gutter: String) {
            grid.fill(row: row, col: area.left, count: area.width, style: style)
            grid.put(gutter, row: row, col: area.left, limit: Table.gutter, style: style)
            var col = area.left + Table.gutter
            for (i, text) in cells.enumerated() where i < widths.count {
                grid.put(grid.pad(text, to: widths[i], alignRight: columns[i].alignRight), row: row, col: col,
                         limit: area.left + area.width - col, style: style)
                col += widths[i] + 2
            }
        }
        line(columns.map(\.title), row: area.top, style: .header, gutter: "")
        let visible = max(1, area.height - 1)
        pageSize = visible
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, order.count - visible)))
        if order.isEmpty {
            grid.put(empty, row: area.top + 1, col: area.left + 2, limit: area.width - 2, style: .dim)
            grid.cursor = (area.top + 1, area.left)
            return
        }
        for i in 0..<visible where top + i < order.count {
            let r = top + i
            let gutter = (r == selected ? ">" : " ") + (isMarked(r) ? "*" : "")
            line(row(r), row: area.top + 1 + i, style: r == selected ? .selected : .normal, gutter: gutter)
            if r == selected { grid.cursor = (area.top + 1 + i, area.left) }
        }
    }
}
