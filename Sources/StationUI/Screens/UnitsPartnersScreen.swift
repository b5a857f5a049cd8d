import StationDomain

/// 单位与共建方: two lists (units, partners; Tab switches), each a `ListBrowser` — aligned
/// columns, `/` filter, `s` sort, Space marks, `:` — and the record keys Enter, a, e, d, h.
/// `d` with marked rows deletes them all as one command (one undo step), after asking.
/// Reloading keeps the selected record selected.
public struct UnitsPartnersScreen: Screen {
    public private(set) var kind: DeskRecord.Kind = .unit
    private var records: [DeskRecord] = []
    public internal(set) var list: ListBrowser
    private var loadError: String?

    public init(_ ctx: Context, kind: DeskRecord.Kind = .unit) {
        self.kind = kind
        list = ListBrowser(columns: DeskRecord.columns(kind, ctx.catalog))
        reload(ctx)
    }

    public var capturesText: Bool { list.filtering }

    /// The record under the selection, if any.
    public var selectedRecord: DeskRecord? { list.selectedIndex.map { records[$0] } }

    /// Names in display order (for tests and the journal of what is shown).
    public var shownNames: [String] { list.shown.map { records[$0].name } }
    /// The records in display order (filtered, sorted): what `x` exports.
    public var shownRecords: [DeskRecord] { list.shown.map { records[$0] } }
    /// The records an action applies to: the marked ones, or else the selected one.
    public var targetRecords: [DeskRecord] { list.targets.map { records[$0] } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.unitsPartners) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("Enter", c.keyOpen), Hint("Tab", c.keySwitchShort), Hint("/", c.keyFilter), Hint("s", c.keySort),
                Hint("Space", c.keyMark), Hint("a e d", c.keyAddEditDelete), Hint("x", c.keyExport), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return ListBrowser.helpKeys(ctx) + [Hint("Enter", c.keyOpen),
                Hint("Tab ← →", c.keySwitchList),
                Hint("a", c.keyAdd), Hint("e", c.keyEdit), Hint("d", c.keyDeleteMarked), Hint("h", c.keyHistory),
                Hint("i", c.keyImportLong), Hint("x", c.keyExportLong),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        do {
            records = try DeskRecord.all(kind, ctx.store)
            loadError = nil
        } catch {
            records = []
            loadError = ctx.catalog.describe(error)
        }
        list.setRows(records.map { $0.cells(ctx.catalog) }, ids: records.map { $0.id ?? -1 }, ctx)
    }

    /// Selects a record just saved by the form; a filter that hides it is cleared, so the
    /// record the user just saved is always in view.
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {
        guard table == DeskRecord.table(kind) else { return }
        list.reveal(id: id, ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = list.handle(key, ctx) { return effects }
        let c = ctx.catalog
        switch key {
        case .tab, .backTab, .left, .right:
            self = UnitsPartnersScreen(ctx, kind: kind == .unit ? .partner : .unit)
            return []
        case .enter:
            guard let r = selectedRecord else { return [] }
            return [.push(RecordScreen(r))]
        case .char("a"):
            return [.push(RecordFormScreen(new: kind, ctx))]
        case .char("e"):
            guard let r = selectedRecord else { return [.error(c.nothingSelected)] }
            return [.push(RecordFormScreen(editing: r, ctx))]
        case .char("d"):
            let targets = targetRecords
            guard let first = targets.first else { return [.error(c.nothingSelected)] }
            if targets.count == 1 {
                return [.push(ConfirmScreen(question: c.confirmDelete(first.name), onYes: [.run(first.deleteCommand)]))]
            }
            return [.push(ConfirmScreen(question: c.confirmDeleteMany(targets.count, first: first.name),
                                        onYes: [.run(.deleteRecords(targets))]))]
        case .char("i"), .char("x"): return exchange(key, ctx)
        case .char("h"):
            guard let r = selectedRecord, let id = r.id else { return [.error(c.nothingSelected)] }
            return [.push(JournalScreen(source: .history(table: r.table, id: id, name: r.name), ctx))]
        default:
            return nil
        }
    }

    public mutating func finished(_ command: StoreCommand, _ result: Result<StoreOutcome, Error>, _ ctx: Context) -> [Effect] {
        switch (command, result) {
        case (.deleteUnit(let u), .success): return [.message(ctx.catalog.deleted(u.name))]
        case (.deletePartner(let p), .success): return [.message(ctx.catalog.deleted(p.name))]
        case (.deleteRecords(let all), .success):
            list.clearMarks()
            return [.message(ctx.catalog.deletedMany(all.count))]
        case (_, .failure(let e)): return [.error(ctx.catalog.describe(e))]
        default: return []
        }
    }

    public func whyNot(_ key: Key, _ ctx: Context) -> String? {
        key == .char("t") ? ctx.catalog.noWorkflowHere : nil
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let kinds = DeskRecord.Kind.allCases
        grid.putTabs(kinds.map { $0 == .unit ? c.tabUnits : c.tabPartners },
                     current: kinds.firstIndex(of: kind) ?? 0, row: area.top, col: area.left + 1)
        let status = list.status(ctx)
        grid.put(status, row: area.top, col: area.left + area.width - grid.measure(status) - 1, style: .dim)
        list.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width),
                    empty: loadError ?? c.emptyList, ctx)
    }
}
