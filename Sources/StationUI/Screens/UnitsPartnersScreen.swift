import StationDomain
import StationStore

/// One row of a list of any `RecordKind`: the record itself (as `Any`, opened again by the kind)
/// with what the list needs to filter, sort and keep the selection.
public struct ListedRecord {
    public let id: Int64?
    public let name: String
    let value: Any
}

/// 单位与共建方: two lists (units, partners; Tab switches) with aligned columns, filter-as-you-type
/// (`/`), sort by a chosen column (`s`, the same column again reverses), and the record keys
/// Enter, a, e, d, h (a, e, d offered to a clerk only). Reloading keeps the selected record
/// selected. Each tab is a `RecordKind` (`UnitRecords`, `PartnerRecords`): what a list shows of a
/// record and how it is changed lives there.
public struct UnitsPartnersScreen: Screen {
    /// The tabs, in order.
    public static let tabs: [any RecordKind.Type] = [UnitRecords.self, PartnerRecords.self]
    /// The tab shown (an index into `tabs`).
    public private(set) var tab = 0
    public var kind: any RecordKind.Type { UnitsPartnersScreen.tabs[tab] }
    private var records: [ListedRecord] = []
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

    public init(_ ctx: Context, tab: Int = 0) {
        self.tab = tab
        table = Table(columns: UnitsPartnersScreen.tabs[tab].columns(ctx.catalog))
        reload(ctx)
    }

    /// The store table of the tab shown ("unit", "partner").
    public var tableName: String { kind.table }

    public var capturesText: Bool { filtering }

    /// The record under the selection, if any.
    public var selectedRecord: ListedRecord? {
        shown.isEmpty ? nil : records[shown[table.selected]]
    }

    /// Names in display order (for tests and the journal of what is shown).
    public var shownNames: [String] { shown.map { records[$0].name } }
    /// The records in display order (filtered, sorted): what `x` exports.
    public var shownRecords: [ListedRecord] { shown.map { records[$0] } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.unitsPartners) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if filtering { return [Hint(c.typeText, c.keyFilterType), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)] }
        if choosingSort { return [Hint("1-\(table.columns.count)", c.keySortChoose), Hint("Esc", c.keyCancel)] }
        let change = ctx.may(kind.permission) ? [Hint("a e d", c.keyAddEditDelete)] : []
        let importing = ctx.may(.imports) ? [Hint("i", c.keyImport)] : []
        return [Hint("Enter", c.keyOpen), Hint("Tab", c.keySwitchShort), Hint("/", c.keyFilter), Hint("s", c.keySort)]
            + change + importing + [Hint("x", c.keyExport), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let change = ctx.may(kind.permission) ? [Hint("a", c.keyAdd), Hint("e", c.keyEdit), Hint("d", c.keyDelete)] : []
        let importing = ctx.may(.imports) ? [Hint("i", c.keyImportLong)] : []
        return [Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyMove), Hint("Enter", c.keyOpen),
                Hint("Tab ← →", c.keySwitchList), Hint("/", c.keyFilterLong), Hint("s", c.keySortLong)]
            + change + [Hint("h", c.keyHistory)] + importing + [Hint("x", c.keyExportLong),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        let keep = selectedRecord?.id
        do {
            (records, cells) = try UnitsPartnersScreen.load(kind, ctx)
            loadError = nil
        } catch {
            (records, cells) = ([], [])
            loadError = ctx.catalog.describe(error)
        }
        apply(ctx, keep: keep)
    }

    private static func load<K: RecordKind>(_ kind: K.Type, _ ctx: Context) throws -> ([ListedRecord], [[String]]) {
        let all = try K.all(ctx.store)
        return (all.map { ListedRecord(id: $0.storedId, name: K.name(of: $0), value: $0) }, all.map { K.cells($0, ctx.catalog) })
    }

    public var shownTables: Set<String>? { [kind.table] }

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
        guard table == kind.table, records.contains(where: { $0.id == id }) else { return }
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
        case .tab, .right:
            self = UnitsPartnersScreen(ctx, tab: (tab + 1) % UnitsPartnersScreen.tabs.count)
            return []
        case .backTab, .left:
            self = UnitsPartnersScreen(ctx, tab: (tab + UnitsPartnersScreen.tabs.count - 1) % UnitsPartnersScreen.tabs.count)
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
        case .char("a"):
            return recordKey(kind, nil, key, ctx)
        case .enter, .char("e"), .char("d"), .char("h"):
            guard let r = selectedRecord else { return [] }
            return recordKey(kind, r, key, ctx)
        case .char("i"), .char("x"): return exchange(key, ctx)
        default:
            return nil
        }
    }

    /// The keys about one record (or `a`, about a new one), with the kind opened.
    private func recordKey<K: RecordKind>(_ kind: K.Type, _ item: ListedRecord?, _ key: Key, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        if [.char("a"), .char("e"), .char("d")].contains(key), !ctx.may(K.permission) {
            return [.error(c.notPermitted(K.permission))]
        }
        if key == .char("a") { return [.push(RecordFormScreen<K>(new: ctx))] }
        guard let item, let record = item.value as? K.Record else { return [] }
        switch key {
        case .enter: return [.push(RecordScreen<K>(record))]
        case .char("e"): return [.push(RecordFormScreen<K>(editing: record, ctx))]
        case .char("h"):
            guard let id = item.id else { return [] }
            return [.push(JournalScreen(source: .history(table: K.table, id: id, name: item.name), ctx))]
        default:
            return [.push(ConfirmScreen(question: c.confirmDelete(item.name), onYes: [
                run(K.delete(record)) { _, result, ctx in
                    if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                    return [.message(ctx.catalog.deleted(item.name))]
                },
            ]))]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.putTabs(UnitsPartnersScreen.tabs.map { $0.title(c) }, current: tab, row: area.top, col: area.left + 1)
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
