import StationDomain

/// 单位与共建方: two lists (units, partners; Tab switches) with aligned columns, filter-as-you-type
/// (`/`), sort by a chosen column (`s`, the same column again reverses), and the record keys
/// Enter, a, e, d, h. Reloading keeps the selected record selected.
public struct UnitsPartnersScreen: Screen {
    public private(set) var kind: DeskRecord.Kind = .unit
    private var records: [DeskRecord] = []
    /// The list cells of every record, made once per load (not per filter keystroke).
    private var cells: [[String]] = []
    /// Indices into `records` after filtering and sorting, in display order.
    private var shown: [Int] = []
    private var table: Table
    public private(set) var filter = TextField()
    public private(set) var filtering = false
    public private(set) var choosingSort = false
    public private(set) var sortColumn = 0
    public private(set) var sortReversed = false
    private var loadError: String?

    public init(_ ctx: Context, kind: DeskRecord.Kind = .unit) {
        self.kind = kind
        table = Table(columns: DeskRecord.columns(kind, ctx.catalog))
        reload(ctx)
    }

    public var capturesText: Bool { filtering }

    /// The record under the selection, if any.
    public var selectedRecord: DeskRecord? {
        shown.isEmpty ? nil : records[shown[table.selected]]
    }

    /// Names in display order (for tests and the journal of what is shown).
    public var shownNames: [String] { shown.map { records[$0].name } }
    /// The records in display order (filtered, sorted): what `x` exports.
    public var shownRecords: [DeskRecord] { shown.map { records[$0] } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.unitsPartners) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if filtering { return [Hint(c.typeText, c.keyFilterType), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)] }
        if choosingSort { return [Hint("1-\(table.columns.count)", c.keySortChoose), Hint("Esc", c.keyCancel)] }
        return [Hint("Enter", c.keyOpen), Hint("Tab", c.keySwitchShort), Hint("/", c.keyFilter), Hint("s", c.keySort),
                Hint("a e d", c.keyAddEditDelete), Hint("i", c.keyImport), Hint("x", c.keyExport), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyMove), Hint("Enter", c.keyOpen),
                Hint("Tab ← →", c.keySwitchList), Hint("/", c.keyFilterLong), Hint("s", c.keySortLong),
                Hint("a", c.keyAdd), Hint("e", c.keyEdit), Hint("d", c.keyDelete), Hint("h", c.keyHistory),
                Hint("i", c.keyImportLong), Hint("x", c.keyExportLong),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        let keep = selectedRecord?.id
        do {
            records = try DeskRecord.all(kind, ctx.store)
            loadError = nil
        } catch {
            records = []
            loadError = ctx.catalog.describe(error)
        }
        cells = records.map { $0.cells(ctx.catalog) }
        apply(ctx, keep: keep)
    }

    /// Recomputes `shown` from the filter and sort, selecting the record `keep` when still shown.
    private mutating func apply(_ ctx: Context, keep: Int64?) {
        let query = filter.text.trimmingCharacters(in: " ")
        let cells = self.cells
        var indices = records.indices.filter { i in
            query.isEmpty || cells[i].contains { ctx.matcher.matches(query, $0) }
        }
        let col = sortColumn
        indices.sort { a, b in
            let x = cells[a][col], y = cells[b][col]
            if x != y { return sortReversed ? x > y : x < y }
            return a < b
        }
        shown = indices
        let pos = keep.flatMap { id in shown.firstIndex { records[$0].id == id } }
        table.setRows(shown.map { cells[$0] }, select: pos ?? table.selected)
    }

    /// Selects a record just saved by the form; a filter that hides it is cleared, so the
    /// record the user just saved is always in view.
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {
        guard table == DeskRecord.table(kind), records.contains(where: { $0.id == id }) else { return }
        if !shown.contains(where: { records[$0].id == id }) { filter = TextField() }
        apply(ctx, keep: id)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let keep = selectedRecord?.id
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
                apply(ctx, keep: keep)
                return [.message(ctx.catalog.sortedBy(table.columns[n - 1].title, reversed: sortReversed))]
            }
            return []
        }
        if table.handle(key) { return [] }
        switch key {
        case .tab, .backTab, .left, .right:
            self = UnitsPartnersScreen(ctx, kind: kind == .unit ? .partner : .unit)
            return []
        case .char("/"):
            filtering = true
            return []
        case .escape where !filter.text.isEmpty:
            filter = TextField(); apply(ctx, keep: keep)
            return []
        case .char("s"):
            choosingSort = true
            return []
        case .enter:
            guard let r = selectedRecord else { return [] }
            return [.push(RecordScreen(r))]
        case .char("a"):
            return [.push(RecordFormScreen(new: kind, ctx))]
        case .char("e"):
            guard let r = selectedRecord else { return [] }
            return [.push(RecordFormScreen(editing: r, ctx))]
        case .char("d"):
            guard let r = selectedRecord else { return [] }
            return [.push(ConfirmScreen(question: ctx.catalog.confirmDelete(r.name), onYes: [.run(r.deleteCommand)]))]
        case .char("i"), .char("x"): return exchange(key, ctx)
        case .char("h"):
            guard let r = selectedRecord, let id = r.id else { return [] }
            return [.push(JournalScreen(source: .history(table: r.table, id: id, name: r.name), ctx))]
        default:
            return nil
        }
    }

    public mutating func finished(_ command: StoreCommand, _ result: Result<StoreOutcome, Error>, _ ctx: Context) -> [Effect] {
        switch (command, result) {
        case (.deleteUnit(let u), .success): return [.message(ctx.catalog.deleted(u.name))]
        case (.deletePartner(let p), .success): return [.message(ctx.catalog.deleted(p.name))]
        case (_, .failure(let e)): return [.error(ctx.catalog.describe(e))]
        default: return []
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let kinds = DeskRecord.Kind.allCases
        grid.putTabs(kinds.map { $0 == .unit ? c.tabUnits : c.tabPartners },
                     current: kinds.firstIndex(of: kind) ?? 0, row: area.top, col: area.left + 1)
        let count = c.countShown(shown.count, of: records.count)
        grid.put(count, row: area.top, col: area.left + area.width - grid.measure(count) - 1, style: .dim)
        var tableTop = area.top + 1
        if filtering || !filter.text.isEmpty || choosingSort {
            let prompt = choosingSort
                ? c.sortPrompt(table.columns.map(\.title))
                : c.filterLabel
            let used = grid.put(prompt, row: tableTop, col: area.left + 1, limit: area.width - 2, style: .label)
            if !choosingSort {
                let x = filter.render(into: &grid, row: tableTop, col: area.left + 2 + used, width: max(10, area.width - used - 4),
                                      style: filtering ? .activeField : .field, focused: filtering)
                if filtering { grid.cursor = (tableTop, x) }
            }
            tableTop += 1
        }
        let cursorBefore = grid.cursor
        table.render(into: &grid, area: Area(top: tableTop, left: area.left, height: area.bottom - tableTop, width: area.width),
                     empty: loadError ?? (records.isEmpty ? c.emptyList : c.noMatch))
        if filtering { grid.cursor = cursorBefore }
    }
}
