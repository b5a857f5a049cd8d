import StationDomain
import StationStore

/// One row of a list of any `RecordKind`: the record itself (as `Any`, opened again by the kind)
/// with what the list needs to keep the selection.
public struct ListedRecord {
    public let id: Int64?
    public let name: String
    let value: Any
}

/// 单位与共建方: two lists (units, partners; Tab switches), each a `ListBrowser` — aligned
/// columns, `/` filter, `s` sort, Space marks, `:` — and the record keys Enter, a, e, d, h (a,
/// e, d offered to a clerk only). `d` with marked rows deletes them all as one command (`Batch`,
/// one undo step) after asking. Reloading keeps the selected record selected. Each tab is a
/// `RecordKind` (`UnitRecords`, `PartnerRecords`): what a list shows of a record and how it is
/// changed lives there.
public struct UnitsPartnersScreen: Screen {
    /// The tabs, in order.
    public static let tabs: [any RecordKind.Type] = [UnitRecords.self, PartnerRecords.self]
    /// The tab shown (an index into `tabs`).
    public private(set) var tab = 0
    public var kind: any RecordKind.Type { UnitsPartnersScreen.tabs[tab] }
    private var records: [ListedRecord] = []
    public internal(set) var list: ListBrowser
    private var loadError: String?

    public init(_ ctx: Context, tab: Int = 0) {
        self.tab = tab
        list = ListBrowser(columns: UnitsPartnersScreen.tabs[tab].columns(ctx.catalog))
        reload(ctx)
    }

    /// The store table of the tab shown ("unit", "partner").
    public var tableName: String { kind.table }

    public var capturesText: Bool { list.filtering }

    /// The record under the selection, if any.
    public var selectedRecord: ListedRecord? { list.selectedIndex.map { records[$0] } }

    /// Names in display order (for tests and the journal of what is shown).
    public var shownNames: [String] { list.shown.map { records[$0].name } }
    /// The records in display order (filtered, sorted): what `x` exports.
    public var shownRecords: [ListedRecord] { list.shown.map { records[$0] } }
    /// The records an action applies to: the marked ones, or else the selected one.
    public var targetRecords: [ListedRecord] { list.targets.map { records[$0] } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.unitsPartners) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        let change = ctx.may(kind.permission) ? [Hint("a e d", c.keyAddEditDelete)] : []
        return [Hint("Enter", c.keyOpen), Hint("Tab", c.keySwitchShort), Hint("/", c.keyFilter), Hint("s", c.keySort),
                Hint("Space", c.keyMark)] + change + [Hint("x", c.keyExport), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let change = ctx.may(kind.permission) ? [Hint("a", c.keyAdd), Hint("e", c.keyEdit), Hint("d", c.keyDeleteMarked)] : []
        let importing = ctx.may(.imports) ? [Hint("i", c.keyImportLong)] : []
        return ListBrowser.helpKeys(ctx) + [Hint("Enter", c.keyOpen), Hint("Tab ← →", c.keySwitchList)]
            + change + [Hint("h", c.keyHistory)] + importing + [Hint("x", c.keyExportLong),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        var cells: [[String]] = []
        do {
            (records, cells) = try UnitsPartnersScreen.load(kind, ctx)
            loadError = nil
        } catch {
            records = []
            loadError = ctx.catalog.describe(error)
        }
        list.setRows(cells, ids: records.map { $0.id ?? -1 }, ctx)
    }

    private static func load<K: RecordKind>(_ kind: K.Type, _ ctx: Context) throws -> ([ListedRecord], [[String]]) {
        let all = try K.all(ctx.store)
        return (all.map { ListedRecord(id: $0.storedId, name: K.name(of: $0), value: $0) }, all.map { K.cells($0, ctx.catalog) })
    }

    public var shownTables: Set<String>? { [kind.table] }

    /// Selects a record just saved by the form; a filter that hides it is cleared, so the
    /// record the user just saved is always in view.
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {
        guard table == kind.table else { return }
        list.reveal(id: id, ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .tab, .right:
            self = UnitsPartnersScreen(ctx, tab: (tab + 1) % UnitsPartnersScreen.tabs.count)
            return []
        case .backTab, .left:
            self = UnitsPartnersScreen(ctx, tab: (tab + UnitsPartnersScreen.tabs.count - 1) % UnitsPartnersScreen.tabs.count)
            return []
        case .char("a"):
            return recordKey(kind, nil, key, ctx)
        case .enter, .char("e"), .char("d"), .char("h"):
            guard let r = selectedRecord else { return [.error(ctx.catalog.nothingSelected)] }
            return recordKey(kind, r, key, ctx)
        case .char("i"), .char("x"): return exchange(key, ctx)
        default:
            return nil
        }
    }

    /// The keys about one record (or `a`, about a new one; `d`, about every marked one), with
    /// the kind opened.
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
            let targets = targetRecords
            if targets.count > 1 {
                let all = targets.compactMap { $0.value as? K.Record }
                return [.push(ConfirmScreen(question: c.confirmDeleteMany(all.count, first: targets[0].name), onYes: [
                    run(Batch(all.map(K.delete))) { me, result, ctx in
                        if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                        me.list.clearMarks()
                        return [.message(ctx.catalog.deletedMany(all.count))]
                    },
                ]))]
            }
            let one = targets.first ?? item
            guard let target = one.value as? K.Record else { return [] }
            return [.push(ConfirmScreen(question: c.confirmDelete(one.name), onYes: [
                run(K.delete(target)) { me, result, ctx in
                    if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                    me.list.clearMarks()
                    return [.message(ctx.catalog.deleted(one.name))]
                },
            ]))]
        }
    }

    public func whyNot(_ key: Key, _ ctx: Context) -> String? {
        key == .char("t") ? ctx.catalog.noWorkflowHere : nil
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.putTabs(UnitsPartnersScreen.tabs.map { $0.title(c) }, current: tab, row: area.top, col: area.left + 1)
        let status = list.status(ctx)
        grid.put(status, row: area.top, col: area.left + area.width - grid.measure(status) - 1, style: .dim)
        list.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width),
                    empty: loadError ?? c.emptyList, ctx)
    }
}
