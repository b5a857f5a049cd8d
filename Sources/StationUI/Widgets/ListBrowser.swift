import StationDomain

/// A list of records with the list keys of every area, so each list gets them from one place:
///
/// - movement (↑ ↓ j k, PgUp PgDn by pages, Home End g G), stopping at the ends;
/// - `/` filter as you type: a row matches when one of its cells holds the query as text or
///   spells it in pinyin (`PinyinTable.matchUnits`); the first match is selected, `n` / `N` go to
///   the next / previous match (while a filter is set; else they are the screen's), the status
///   says how many match; Esc clears;
/// - `s` sort: the columns as a one-line prompt, or a small menu when they do not fit; the same
///   column again reverses; text in pinyin order (`PinyinCollation`), numbers and dates by value;
/// - Space marks or unmarks the selected row (`*` in the gutter, the count in the status);
///   `targets` / `targetIds` give an action every marked row (or the selected one) so it can
///   run them as one command; Esc with marks asks before clearing them;
/// - the selected row's cut cells in full on the detail line under the table.
///
/// Rows are the records' cells; `ids` keep the selection and the marks on the same records
/// across reloads. Costs: a column's sort keys are built once per set of rows (O(text)) and a
/// sort is O(n log n) integer compares; rows are prepared for search once (`RowSearch`,
/// O(text)); a filter keystroke is one pass over the rows — over the last result only when the
/// query just grew — with no sort; a render is O(visible rows).
public struct ListBrowser: Sendable {
    public private(set) var rows = ListRows()
    public private(set) var ids: [Int64] = []
    /// Indices into `rows` after filtering and sorting, in display order.
    public private(set) var shown: [Int] = []
    public private(set) var table: Table
    public private(set) var filter = TextField()
    public private(set) var sortColumn: Int
    public private(set) var sortReversed = false
    /// The ids of the marked rows.
    public private(set) var marked: Set<Int64> = []

    enum Mode: Equatable, Sendable {
        case browsing, filtering, sortPrompt, sortMenu(Int), confirmClearMarks
    }
    private(set) var mode: Mode = .browsing
    public var filtering: Bool { mode == .filtering }
    public var choosingSort: Bool {
        switch mode { case .sortPrompt, .sortMenu: return true; default: return false }
    }
    /// A question or menu of the list is open: every key goes to it.
    public var isAsking: Bool { mode != .browsing && mode != .filtering }

    /// The rows prepared for filtering (when `/` opens the filter); nil after new rows.
    private var search: RowSearch?
    /// Sort keys of the columns sorted by so far; emptied by new rows.
    private var keys: [Int: SortKeys] = [:]
    /// Every row index in sort order; nil after new rows or a new sort.
    private var order: [Int]?
    /// The query `shown` was filtered by, while rows and order are unchanged.
    private var shownQuery: String?
    /// The width of the last render (80 before the first): whether the sort prompt fits one line.
    private var lastWidth = 80

    public init(columns: [Table.Column], sortColumn: Int = 0, reversed: Bool = false) {
        table = Table(columns: columns)
        self.sortColumn = sortColumn
        sortReversed = reversed
    }

    // MARK: what is selected and marked

    /// The index into `rows` of the selected record, if any.
    public var selectedIndex: Int? { shown.isEmpty ? nil : shown[table.selected] }
    public var selectedId: Int64? { selectedIndex.map { ids[$0] } }
    /// The selected row's position among the rows shown (0-based).
    public var selectedPosition: Int { table.selected }

    /// The rows an action applies to, as indices into `rows` in the list's sort order: every
    /// marked row — also those a later filter hides, as the count in the status line says (mark,
    /// filter for more, mark again) — or else the selected one (none in an empty list).
    public var targets: [Int] {
        if marked.isEmpty { return selectedIndex.map { [$0] } ?? [] }
        return (order ?? shown).filter { marked.contains(ids[$0]) }
    }
    public var targetIds: [Int64] { targets.map { ids[$0] } }
    public var markedCount: Int { marked.count }

    public mutating func clearMarks() { marked = [] }

    /// Marks exactly the rows with these ids (those still in the list).
    public mutating func mark(ids wanted: some Sequence<Int64>) {
        let present = Set(ids)
        marked = Set(wanted).intersection(present)
    }

    /// The line at the top of a list: how many rows there are, how many match the filter, how
    /// many are marked; "loading" while only the first page is there.
    public func status(_ ctx: Context) -> String {
        if let total = loadingTotal { return ctx.catalog.listLoading(total) }
        return ctx.catalog.listStatus(shown: shown.count, of: rows.count, marked: marked.count)
    }

    // MARK: big lists: prepared off the main thread, a first page meanwhile

    /// Everything a list computes from its rows — widths, every column's order, the sorted
    /// order, the search keys — made by `prepare` on any thread, taken by `setPrepared` in O(1).
    public struct Prepared: Sendable {
        let rows: ListRows
        let ids: [Int64]
        let natural: [Int]
        let keys: [Int: SortKeys]
        let sortColumn: Int
        let reversed: Bool
        let order: [Int]
        let search: RowSearch
    }

    /// Prepares `rows` for a list of `columns` sorted by `sortColumn`: O(text) for the widths,
    /// the keys of every column and the search keys, O(rows) for the order. Pure: runs on any thread.
    public static func prepare(_ rows: [[String]], ids: [Int64], columns: [Table.Column], sortColumn: Int = 0,
                               reversed: Bool = false, matcher: TextMatcher, ambiguousWide: Bool) -> Prepared {
        prepare(ListRows(rows), ids: ids, columns: columns, sortColumn: sortColumn, reversed: reversed,
                matcher: matcher, ambiguousWide: ambiguousWide)
    }

    /// The same with the rows already flat (`ListRows`).
    public static func prepare(_ rows: ListRows, ids: [Int64], columns: [Table.Column], sortColumn: Int = 0,
                               reversed: Bool = false, matcher: TextMatcher, ambiguousWide: Bool) -> Prepared {
        var table: PinyinTable?
        if case .pinyin(let t) = matcher.kind { table = t }
        let values = ColumnValues.all(rows, columns: columns.count)
        var keys: [Int: SortKeys] = [:]
        for c in columns.indices { keys[c] = SortKeys(values[c], order: columns[c].order, table: table) }
        return Prepared(rows: rows, ids: ids, natural: naturalWidths(columns, values, ambiguousWide: ambiguousWide), keys: keys,
                        sortColumn: sortColumn, reversed: reversed,
                        order: keys[sortColumn]?.sortedIndices(reversed: reversed) ?? Array(rows.indices),
                        search: RowSearch(columns: values, rowCount: rows.count, matcher: matcher))
    }

    /// Takes prepared rows, keeping the selected record, its marks and the filter; a sort chosen
    /// meanwhile is applied (the keys are there).
    public mutating func setPrepared(_ p: Prepared, _ ctx: Context) {
        let keep = selectedId
        rows = p.rows; ids = p.ids; keys = p.keys; search = p.search; shownQuery = nil
        order = p.sortColumn == sortColumn && p.reversed == sortReversed ? p.order : nil
        loadingTotal = nil
        if !marked.isEmpty { marked = marked.intersection(ids) }
        table.naturalWidths = p.natural
        apply(ctx, keep: keep)
    }

    /// Shows `rows` — the first rows of the list in its sort order — while the whole list is
    /// prepared elsewhere; the status says how many there will be. Until `setPrepared`, only
    /// movement within these rows is meaningful (`loading`).
    public mutating func setFirstPage(_ rows: [[String]], ids: [Int64], total: Int, _ ctx: Context) {
        self.rows = ListRows(rows); self.ids = ids
        search = nil; keys = [:]; shownQuery = nil
        order = Array(rows.indices)
        loadingTotal = total
        table.naturalWidths = ListBrowser.naturalWidths(table.columns, ColumnValues.all(self.rows, columns: table.columns.count),
                                                        ambiguousWide: ctx.ambiguousWide)
        apply(ctx, keep: nil)
    }

    /// How many rows the list will have, while only the first page is there.
    public private(set) var loadingTotal: Int?
    public var loading: Bool { loadingTotal != nil }

    // MARK: rows

    /// Replaces the rows, keeping the selected record selected when it is still shown, and the
    /// marks of records still there.
    public mutating func setRows(_ rows: [[String]], ids: [Int64], _ ctx: Context) {
        setRows(ListRows(rows), ids: ids, ctx)
    }

    /// The same with the rows already flat (a list of 10⁵ rows builds them so: `ListRows`).
    public mutating func setRows(_ rows: ListRows, ids: [Int64], _ ctx: Context) {
        let keep = selectedId
        self.rows = rows; self.ids = ids
        search = nil; keys = [:]; order = nil; shownQuery = nil; loadingTotal = nil
        if !marked.isEmpty { marked = marked.intersection(ids) }
        // Per distinct value of each column (`ListRows` keeps them so): 10⁵ rows, a few dozen stations.
        table.naturalWidths = ListBrowser.naturalWidths(table.columns, ColumnValues.all(rows, columns: table.columns.count),
                                                        ambiguousWide: ctx.ambiguousWide)
        apply(ctx, keep: keep)
    }

    /// The widest value of each column, title included, from its distinct values.
    static func naturalWidths(_ columns: [Table.Column], _ values: [ColumnValues], ambiguousWide: Bool) -> [Int] {
        columns.indices.map { i in
            var w = DisplayWidth.of(columns[i].title, ambiguousWide: ambiguousWide)
            guard columns[i].share > 0, i < values.count else { return w }
            for cell in values[i].values where cell.utf8.count > w {
                w = max(w, DisplayWidth.quick(cell, ambiguousWide: ambiguousWide))
            }
            return w
        }
    }

    /// Selects the shown row at `position` (1-based, as `:123` says it); false when out of range.
    @discardableResult
    public mutating func jump(toRow position: Int) -> Bool {
        guard position >= 1, position <= shown.count else { return false }
        table.select(position - 1)
        return true
    }

    /// Selects the record `id`, clearing a filter that hides it; false when it is not a row.
    @discardableResult
    public mutating func reveal(id: Int64, _ ctx: Context) -> Bool {
        guard ids.contains(id) else { return false }
        if !shown.contains(where: { ids[$0] == id }) { filter = TextField(); if mode == .filtering { mode = .browsing } }
        apply(ctx, keep: id)
        return true
    }

    private mutating func sortKeys(_ column: Int, _ ctx: Context) -> SortKeys {
        if let k = keys[column] { return k }
        let table: PinyinTable?
        if case .pinyin(let t) = ctx.matcher.kind { table = t } else { table = nil }
        let k = SortKeys(ColumnValues(rows, column: column), order: self.table.columns[column].order, table: table)
        keys[column] = k
        return k
    }

    /// Recomputes `shown` from the filter and the sort. `keep`: the record to keep selected;
    /// `first`: select the first row shown (a new query: its first match).
    private mutating func apply(_ ctx: Context, keep: Int64?, first: Bool = false) {
        let query = filter.text.trimmingCharacters(in: " ")
        if order == nil {
            order = sortKeys(sortColumn, ctx).sortedIndices(reversed: sortReversed)
            shownQuery = nil
        }
        if query.isEmpty {
            shown = order!
        } else {
            if search == nil { search = RowSearch(rows: rows, matcher: ctx.matcher) }
            // A query that only grew finds a subset of what the shorter one found.
            let narrowing = shownQuery.map { !$0.isEmpty && search!.narrows(query, from: $0) } ?? false
            shown = search!.filter(query, narrowing ? shown : order!)
        }
        shownQuery = query
        let pos = first ? 0 : keep.flatMap { id in shown.firstIndex { ids[$0] == id } }
        table.setRows(rows, order: shown, select: pos ?? table.selected)
    }

    // MARK: keys

    /// Handles the list keys; nil for keys it does not use (Enter, Tab, the screen's letters).
    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let keep = selectedId
        let c = ctx.catalog
        switch mode {
        case .filtering:
            switch key {
            case .enter: mode = .browsing
            case .escape: mode = .browsing; filter = TextField(); apply(ctx, keep: keep)
            case .up, .down, .pageUp, .pageDown: _ = table.handle(key)
            default:
                guard filter.handle(key) else { return [] }
                apply(ctx, keep: keep, first: true)
            }
            return []
        case .sortPrompt:
            mode = .browsing
            if case .char(let ch) = key, let n = ch.wholeNumberValue, n >= 1, n <= table.columns.count {
                return sort(by: n - 1, ctx)
            }
            return []
        case .sortMenu(let at):
            switch key {
            case .up, .char("k"): mode = .sortMenu(max(0, at - 1))
            case .down, .char("j"): mode = .sortMenu(min(table.columns.count - 1, at + 1))
            case .home, .char("g"): mode = .sortMenu(0)
            case .end, .char("G"): mode = .sortMenu(table.columns.count - 1)
            case .enter: mode = .browsing; return sort(by: at, ctx)
            case .escape, .char("q"), .char("s"): mode = .browsing
            case .char(let ch):
                if let n = ch.wholeNumberValue, n >= 1, n <= table.columns.count { mode = .browsing; return sort(by: n - 1, ctx) }
            default: break
            }
            return []
        case .confirmClearMarks:
            switch key {
            case .char("y"), .char("Y"):
                let n = marked.count
                marked = []; mode = .browsing
                return [.message(c.marksCleared(n))]
            case .char("n"), .char("N"), .escape, .char("q"): mode = .browsing
            default: break
            }
            return []
        case .browsing: break
        }
        if table.handle(key) { return [] }
        switch key {
        case .char("/"):
            // Rows are prepared for search when the filter opens, so each letter typed after
            // is one pass without string work (10⁵ rows: see stationdesk-bench screens).
            mode = .filtering
            if search == nil { search = RowSearch(rows: rows, matcher: ctx.matcher) }
            return []
        case .char("n"), .char("N"):
            // Without a filter the key is the screen's (the app says why it does nothing otherwise).
            guard !(shownQuery ?? "").isEmpty else { return nil }
            guard !shown.isEmpty else { return [.error(c.noMatch)] }
            let forward = key == .char("n")
            let next = table.selected + (forward ? 1 : -1)
            if next < 0 || next >= shown.count {
                table.select(forward ? 0 : shown.count - 1)
                return [.message(forward ? c.searchWrappedToFirst : c.searchWrappedToLast)]
            }
            table.select(next)
            return []
        case .char("s"):
            let oneLine = DisplayWidth.of(c.sortPrompt(table.columns.map(\.title)), ambiguousWide: ctx.ambiguousWide)
            mode = oneLine <= lastWidth - 2 ? .sortPrompt : .sortMenu(sortColumn)
            return []
        case .char(" "):
            guard let id = selectedId else { return [.error(c.nothingToMark)] }
            if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
            table.select(table.selected + 1)
            return []
        case .escape where !filter.text.isEmpty:
            filter = TextField(); apply(ctx, keep: keep)
            return []
        case .escape where !marked.isEmpty:
            mode = .confirmClearMarks
            return []
        default: return nil
        }
    }

    private mutating func sort(by column: Int, _ ctx: Context) -> [Effect] {
        if sortColumn == column { sortReversed.toggle() } else { sortColumn = column; sortReversed = false }
        order = nil
        apply(ctx, keep: selectedId)
        return [.message(ctx.catalog.sortedBy(table.columns[column].title, reversed: sortReversed))]
    }

    /// The hints while filtering, choosing a sort column or asking; nil in plain list mode.
    public func modeHints(_ ctx: Context) -> [Hint]? {
        let c = ctx.catalog
        switch mode {
        case .filtering: return [Hint(c.typeText, c.keyFilterType), Hint("↑↓", c.keyMove), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)]
        case .sortPrompt: return [Hint("1-\(table.columns.count)", c.keySortChoose), Hint("Esc", c.keyCancel)]
        case .sortMenu: return [Hint("1-\(table.columns.count)", c.keySortChoose), Hint("↑↓ Enter", c.keySortChoose), Hint("Esc", c.keyCancel)]
        case .confirmClearMarks: return [Hint("y", c.yes), Hint("n Esc", c.no)]
        case .browsing: return nil
        }
    }

    /// The list keys for a screen's `?` help, in the order the help lists them.
    public static func helpKeys(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyMove), Hint("/", c.keyFilterLong), Hint("n N", c.keyNextMatch),
                Hint("s", c.keySortLong), Hint("Space", c.keyMarkLong), Hint(":", c.keyCommandLine)]
    }

    // MARK: drawing

    /// Draws the filter or sort prompt (when active), the table, the detail line (the selected
    /// row's cut cells in full) and the sort menu or question (when open); the cursor goes to the
    /// filter while typing, else to the selected row.
    public mutating func render(into grid: inout Grid, area: Area, empty: String, _ ctx: Context) {
        let c = ctx.catalog
        var tableTop = area.top
        var filterCursor: (row: Int, col: Int)?
        let oneLine = c.sortPrompt(table.columns.map(\.title))
        lastWidth = area.width
        if mode == .filtering || !filter.text.isEmpty || mode == .sortPrompt {
            let prompt = mode == .sortPrompt ? oneLine : c.filterLabel
            let used = grid.put(prompt, row: tableTop, col: area.left + 1, limit: area.width - 2, style: .label)
            if mode != .sortPrompt {
                let x = filter.render(into: &grid, row: tableTop, col: area.left + 2 + used, width: max(10, area.width - used - 4),
                                      style: mode == .filtering ? .activeField : .field, focused: mode == .filtering)
                if mode == .filtering { filterCursor = (tableTop, x) }
            }
            tableTop += 1
        }
        let detail = area.height >= 6
        let tableArea = Area(top: tableTop, left: area.left, height: area.bottom - tableTop - (detail ? 1 : 0), width: area.width)
        let marked = self.marked, ids = self.ids, shown = self.shown
        table.render(into: &grid, area: tableArea, empty: rows.isEmpty ? empty : c.noMatch,
                     isMarked: marked.isEmpty ? { _ in false } : { marked.contains(ids[shown[$0]]) })
        let rowCursor = grid.cursor
        if detail {
            let cut = table.cutCells(total: area.width, measure: grid.measure)
            if !cut.isEmpty {
                let text = cut.map { $0.title + c.labelColon + $0.text }.joined(separator: "  ")
                grid.put(text, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: .dim)
            }
        }
        if let f = filterCursor { grid.cursor = f }
        switch mode {
        case .sortMenu(let at): drawSortMenu(at, into: &grid, area: area, ctx)
        case .confirmClearMarks:
            grid.cursor = Dialog.question(c.confirmClearMarks(self.marked.count), answers: "y \(c.yes)    n \(c.no)",
                                          into: &grid, area: area)
        default: if filterCursor == nil { grid.cursor = rowCursor }
        }
    }

    private func drawSortMenu(_ at: Int, into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let items = table.columns.enumerated().map { i, col -> String in
            let current = i == sortColumn ? "  " + (sortReversed ? c.sortCurrentDescending : c.sortCurrentAscending) : ""
            return "\(i + 1)  \(col.title)\(current)"
        }
        let width = min(area.width - 4, max(grid.measure(c.sortMenuTitle) + 6, (items.map(grid.measure).max() ?? 0) + 6))
        let inner = grid.centredBox(in: area, height: items.count + 4, width: width, title: c.sortMenuTitle)
        for (i, item) in items.enumerated() where inner.top + 1 + i < inner.bottom {
            let row = inner.top + 1 + i
            let style: Style = i == at ? .selected : .normal
            grid.fill(row: row, col: inner.left + 1, count: inner.width - 2, style: style)
            grid.put((i == at ? "> " : "  ") + item, row: row, col: inner.left + 1, limit: inner.width - 2, style: style)
            if i == at { grid.cursor = (row, inner.left + 1) }
        }
    }
}
