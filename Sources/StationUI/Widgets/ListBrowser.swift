import StationDomain

/// A list of records with the list keys of every area: movement, `/` filter-as-you-type over
/// every column (the context's matcher, so pinyin works), `s` then a column number to sort (the
/// same column again reverses). Rows are the records' cells; `ids` keep the selection on the
/// same record across reloads. Costs: new rows are sorted once (O(n log n)) and prepared for
/// search when `/` opens the filter (`RowSearch`, O(text)); a filter keystroke is one pass over the rows in sorted order —
/// over the last result only when the query just grew — with no sort.
public struct ListBrowser: Sendable {
    public private(set) var rows: [[String]] = []
    public private(set) var ids: [Int64] = []
    /// Indices into `rows` after filtering and sorting, in display order.
    public private(set) var shown: [Int] = []
    public private(set) var table: Table
    public private(set) var filter = TextField()
    public private(set) var filtering = false
    public private(set) var choosingSort = false
    public private(set) var sortColumn: Int
    public private(set) var sortReversed = false
    /// The rows prepared for filtering (when `/` opens the filter); nil after new rows.
    private var search: RowSearch?
    /// Every row index in sort order; nil after new rows or a new sort.
    private var order: [Int]?
    /// The query `shown` was filtered by, while rows and order are unchanged.
    private var shownQuery: String?

    public init(columns: [Table.Column], sortColumn: Int = 0) {
        table = Table(columns: columns)
        self.sortColumn = sortColumn
    }

    /// The index into `rows` of the selected record, if any.
    public var selectedIndex: Int? { shown.isEmpty ? nil : shown[table.selected] }
    public var selectedId: Int64? { selectedIndex.map { ids[$0] } }

    /// Replaces the rows, keeping the selected record selected when it is still shown.
    public mutating func setRows(_ rows: [[String]], ids: [Int64], _ ctx: Context) {
        let keep = selectedId
        self.rows = rows; self.ids = ids
        search = nil; order = nil; shownQuery = nil
        apply(ctx, keep: keep)
    }

    private mutating func apply(_ ctx: Context, keep: Int64?) {
        let query = filter.text.trimmingCharacters(in: " ")
        let all = rows
        if order == nil {
            let col = sortColumn, reversed = sortReversed
            order = all.indices.sorted { a, b in
                // By code point through UTF-8 (the order String's < gives for NFC text, without its
                // per-comparison normalisation: 10⁵ Chinese names sort several times faster).
                let c = ListBrowser.compareUTF8(all[a][col], all[b][col])
                if c != 0 { return reversed ? c > 0 : c < 0 }
                return a < b
            }
            shownQuery = nil
        }
        if query.isEmpty {
            shown = order!
        } else {
            if search == nil { search = RowSearch(rows: all, matcher: ctx.matcher) }
            // A query that only grew finds a subset of what the shorter one found.
            let narrowing = shownQuery.map { !$0.isEmpty && search!.narrows(query, from: $0) } ?? false
            shown = search!.filter(query, narrowing ? shown : order!)
        }
        shownQuery = query
        let pos = keep.flatMap { id in shown.firstIndex { ids[$0] == id } }
        table.setRows(shown.map { all[$0] }, select: pos ?? table.selected)
    }

    /// Three-way comparison of the UTF-8 bytes (code point order), on the strings' contiguous
    /// storage when they have it: a plain byte loop, no iterator per byte.
    static func compareUTF8(_ x: String, _ y: String) -> Int {
        let fast = x.utf8.withContiguousStorageIfAvailable { bx in
            y.utf8.withContiguousStorageIfAvailable { by -> Int in
                let n = min(bx.count, by.count)
                var i = 0
                while i < n {
                    if bx[i] != by[i] { return bx[i] < by[i] ? -1 : 1 }
                    i += 1
                }
                return bx.count == by.count ? 0 : (bx.count < by.count ? -1 : 1)
            }
        }
        if let result = fast ?? nil { return result }
        if x.utf8.elementsEqual(y.utf8) { return 0 }
        return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
    }

    /// Handles the list keys; nil for keys it does not use (Enter, Tab, letters of the screen).
    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let keep = selectedId
        if filtering {
            switch key {
            case .enter: filtering = false
            case .escape: filtering = false; filter = TextField(); apply(ctx, keep: keep)
            case .up, .down, .pageUp, .pageDown: _ = table.handle(key)
            default:
                guard filter.handle(key) else { return [] }
                apply(ctx, keep: keep)
            }
            return []
        }
        if choosingSort {
            choosingSort = false
            if case .char(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= table.columns.count {
                if sortColumn == n - 1 { sortReversed.toggle() } else { sortColumn = n - 1; sortReversed = false }
                order = nil
                apply(ctx, keep: keep)
                return [.message(ctx.catalog.sortedBy(table.columns[n - 1].title, reversed: sortReversed))]
            }
            return []
        }
        if table.handle(key) { return [] }
        switch key {
        case .char("/"):
            // Rows are prepared for search when the filter opens, so each letter typed after
            // is one pass without string work (10⁵ rows: see stationdesk-bench screens).
            filtering = true
            if search == nil { search = RowSearch(rows: rows, matcher: ctx.matcher) }
            return []
        case .char("s"): choosingSort = true; return []
        case .escape where !filter.text.isEmpty:
            filter = TextField(); apply(ctx, keep: keep)
            return []
        default: return nil
        }
    }

    /// The hints while filtering or choosing a sort column; nil in plain list mode.
    public func modeHints(_ ctx: Context) -> [Hint]? {
        let c = ctx.catalog
        if filtering { return [Hint(c.typeText, c.keyFilterType), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)] }
        if choosingSort { return [Hint("1-\(table.columns.count)", c.keySortChoose), Hint("Esc", c.keyCancel)] }
        return nil
    }

    /// Draws the filter or sort prompt (when active) and the table; the cursor goes to the
    /// filter while typing, else to the selected row.
    public mutating func render(into grid: inout Grid, area: Area, empty: String, _ ctx: Context) {
        let c = ctx.catalog
        var tableTop = area.top
        var filterCursor: (row: Int, col: Int)?
        if filtering || !filter.text.isEmpty || choosingSort {
            let prompt = choosingSort ? c.sortPrompt(table.columns.map(\.title)) : c.filterLabel
            let used = grid.put(prompt, row: tableTop, col: area.left + 1, limit: area.width - 2, style: .label)
            if !choosingSort {
                let x = filter.render(into: &grid, row: tableTop, col: area.left + 2 + used, width: max(10, area.width - used - 4),
                                      style: filtering ? .activeField : .field, focused: filtering)
                if filtering { filterCursor = (tableTop, x) }
            }
            tableTop += 1
        }
        table.render(into: &grid, area: Area(top: tableTop, left: area.left, height: area.bottom - tableTop, width: area.width),
                     empty: rows.isEmpty ? empty : c.noMatch)
        if let f = filterCursor { grid.cursor = f }
    }
}
