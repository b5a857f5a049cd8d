import StationDomain
import StationExchange
import StationStore

/// 人才: the talent records as a list (name, category, employer, employer kind — 未分类 until a
/// clerk classifies it, so `/未分类` lists those —, introduced on, station; `/` filter incl.
/// pinyin, `s` sort, Enter opens the record; a clerk adds, edits, deletes with `a e d`, and
/// re-credits (`r`) or classifies (`c`) the marked rows — or the selected one — as one command,
/// one undo step) and, on the second tab (Tab), the chart of category-G-or-above talents
/// introduced per station per year. Cost of a reload:
/// every talent's list columns (`talentListRows`, the lean read) and every station read, the
/// rows built, sorted and prepared for search; the full record is read only when opened or
/// exported. A big list (`backgroundFrom` talents and more, 20,000 by default) shows its first page at once —
/// picked by the names' sort keys from one scan (`firstPage`) — and prepares the rest on another
/// thread (`Background`); a key that needs the whole list waits for it.
public struct TalentsScreen: Screen {
    public enum View: Sendable { case list, chart }
    public private(set) var view: View = .list
    /// What the screen keeps of each talent besides the list's cells and ids (name and employer
    /// are cells 0 and 2): 12 bytes a talent rather than a `TalentListRow` beside its row (issue 15:
    /// the 200,000-talent list in ≤ 64 MiB). In the order of `list.rows`.
    struct Facts: Sendable {
        /// Where the station's id is in `stationIds`, or -1 for none.
        var station: Int32
        var day: Int32
        var category: TalentCategory?
        var kind: EmployerKind?
    }
    private var facts: [Facts] = []
    /// The distinct station ids the talents name (a few hundred), for `Facts.station`.
    private var stationIds: [Int64] = []

    /// Every talent as a list row, in the order of `list.rows` (made from the cells and facts when asked).
    public var talents: [TalentListRow] { facts.indices.map(talent(at:)) }

    private func talent(at i: Int) -> TalentListRow {
        let f = facts[i]
        return TalentListRow(id: list.ids[i], name: list.rows.cell(i, 0), category: f.category, employer: list.rows.cell(i, 2),
                             introducedOn: CivilDate(dayNumber: Int(f.day)), stationId: f.station < 0 ? nil : stationIds[Int(f.station)],
                             employerKind: f.kind)
    }
    private var stations: [Station] = []
    private var byId: [Int64: Station] = [:]
    public internal(set) var list: ListBrowser
    private var chart = TextPane()
    private var chartWidth = 0
    private var loadError: String?
    /// The whole list being read and prepared on another thread, while the first page shows.
    private var pending: Background<Loaded>?

    /// A list at least this long is prepared on another thread.
    public let backgroundFrom: Int
    /// Rows of the first page shown while it is.
    static let firstPageRows = 200

    /// The talents read and the list prepared from them (or why they could not be read).
    struct Loaded: Sendable {
        var facts: [Facts] = []
        var stationIds: [Int64] = []
        var prepared: ListBrowser.Prepared?
        var error: String?
    }

    /// The list's cells, ids and facts, made one talent at a time (never every talent as a record
    /// and a row of cells at once). Dates and station names repeat across 10⁵ rows: each is
    /// formatted once.
    struct Builder {
        let names: [Int64: String]
        let kinds: [String]
        let noCategory: String, noStation: String
        var dates: [CivilDate: String] = [:]
        var rows = ListRows(), ids: [Int64] = [], facts: [Facts] = [], stationIds: [Int64] = []
        var slot: [Int64: Int32] = [:]

        init(names: [Int64: String], _ c: Catalog) {
            self.names = names
            kinds = [c.employerKind(.enterprise), c.employerKind(.institution), c.employerKind(.other), c.employerKind(nil)]
            noCategory = c.noCategory; noStation = c.noStation
        }

        mutating func reserve(_ n: Int) {
            rows.reserve(rows: n, cells: 6 * n); ids.reserveCapacity(n); facts.reserveCapacity(n)
        }

        mutating func add(_ t: TalentListRow) {
            let date: String
            if let known = dates[t.introducedOn] { date = known } else { date = t.introducedOn.description; dates[t.introducedOn] = date }
            let kind: String
            switch t.employerKind {
            case .enterprise?: kind = kinds[0]
            case .institution?: kind = kinds[1]
            case .other?: kind = kinds[2]
            case nil: kind = kinds[3]
            }
            rows.append([t.name, t.category?.rawValue ?? noCategory, t.employer, kind, date,
                         t.stationId.flatMap { names[$0] } ?? noStation])
            ids.append(t.id)
            var station: Int32 = -1
            if let id = t.stationId {
                if let known = slot[id] { station = known } else {
                    station = Int32(stationIds.count); slot[id] = station; stationIds.append(id)
                }
            }
            facts.append(Facts(station: station, day: Int32(t.introducedOn.dayNumber), category: t.category, kind: t.employerKind))
        }
    }

    public init(_ ctx: Context, backgroundFrom: Int = 20_000) {
        self.backgroundFrom = backgroundFrom
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnTalentName, min: 8, share: 4, order: .personName),
                                     Table.Column(c.columnCategory, width: 4),
                                     Table.Column(c.columnEmployer, min: 12, share: 2), Table.Column(c.columnEmployerKind, width: 8),
                                     Table.Column(c.columnIntroducedOn, width: 10, order: .date),
                                     Table.Column(c.columnStation, min: 10, share: 2)])
        reload(ctx)
    }

    /// The list already filtered by `filter` (typed as `/` would: the 待办 line of unclassified
    /// employers opens it with 未分类).
    public init(_ ctx: Context, filter: String) {
        self.init(ctx)
        waitUntilLoaded(ctx)
        _ = list.handle(.char("/"), ctx)
        for ch in filter { _ = list.handle(.char(ch), ctx) }
        _ = list.handle(.enter, ctx)
    }

    public var capturesText: Bool { list.filtering }
    public var shownTables: Set<String>? { ["talent", "station"] }

    /// The selected talent's list row.
    public var selectedTalent: TalentListRow? { list.selectedIndex.map(talent(at:)) }

    /// The full records of the talents shown, in display order (what an export writes). Cost:
    /// one read of every talent record.
    func shownTalents(_ ctx: Context) throws -> [Talent] {
        var byId: [Int64: Talent] = [:]
        for t in try ctx.store.talents() { if let id = t.id { byId[id] = t } }
        return list.shown.compactMap { byId[list.ids[$0]] }
    }
    /// Names in display order.
    public var shownNames: [String] { list.shown.map { list.rows.cell($0, 0) } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.talents) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if view == .list, let h = list.modeHints(ctx) { return h }
        if view == .chart { return [Hint("↑↓", c.keyScroll), Hint("Tab", c.keySwitchTalentView), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)] }
        if ctx.may(.talents) {
            return [Hint("Enter", c.keyOpen), Hint("/", c.keyFilter), Hint("Space", c.keyMark), Hint("a e d", c.keyAddEditDelete),
                    Hint("r", c.keyRecredit), Hint("c", c.keyEmployerKind), Hint("x", c.keyExport), Hint("?", c.keyHelp)]
        }
        return [Hint("Enter", c.keyOpen), Hint("Tab", c.keySwitchTalentView), Hint("/", c.keyFilter), Hint("s", c.keySort),
                Hint("Space", c.keyMark), Hint("h", c.keyHistory), Hint("x", c.keyExport), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return ListBrowser.helpKeys(ctx) + [Hint("Enter", c.keyOpen),
                Hint("Tab", c.keySwitchTalentView), Hint("h", c.keyHistory),
                Hint("i", c.keyImportLong), Hint("x", c.keyExportLong),
                Hint("a e d", c.keyAddEditDelete), Hint("r", c.keyRecreditLong), Hint("c", c.keyEmployerKindLong),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    /// How many times the screen read the store (for tests of when the app reloads it).
    public private(set) var loads = 0

    public mutating func reload(_ ctx: Context) {
        loads += 1
        do {
            stations = try ctx.store.stations()
            loadError = nil
        } catch {
            stations = []
            loadError = ctx.catalog.describe(error)
        }
        byId = Dictionary(stations.compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        let all = stations
        let names = byId.mapValues { ctx.stationName($0, among: all) }
        let total = (try? ctx.store.talentCount()) ?? 0
        let db = ctx.store, catalog = ctx.catalog, columns = list.table.columns, matcher = ctx.matcher
        let wide = ctx.ambiguousWide, column = list.sortColumn, reversed = list.sortReversed
        let load: @Sendable () -> Loaded = {
            do {
                var b = Builder(names: names, catalog)
                try db.forEachTalentListRow(expecting: { b.reserve($0) }) { b.add($0) }
                b.rows.finish()
                let (facts, stationIds) = (b.facts, b.stationIds)
                let prepared = ListBrowser.prepare(b.rows, ids: b.ids, columns: columns, sortColumn: column, reversed: reversed,
                                                   matcher: matcher, ambiguousWide: wide)
                return Loaded(facts: facts, stationIds: stationIds, prepared: prepared)
            } catch {
                return Loaded(error: catalog.describe(error))
            }
        }
        chartWidth = 0   // redrawn at the next render
        guard total >= backgroundFrom, loadError == nil else {
            take(load(), ctx)
            return
        }
        // The first page now, when the list has none yet and is sorted by name (the default).
        if list.rows.isEmpty, column == 0, !reversed, let page = try? TalentsScreen.firstPage(ctx, rows: TalentsScreen.firstPageRows) {
            var b = Builder(names: names, catalog)
            page.forEach { b.add($0) }
            facts = b.facts; stationIds = b.stationIds
            list.setFirstPage(b.rows.map { $0 }, ids: b.ids, total: total, ctx)
        }
        pending = Background(load)
    }

    /// Takes what the loader made.
    private mutating func take(_ loaded: Loaded, _ ctx: Context) {
        pending = nil
        facts = loaded.facts; stationIds = loaded.stationIds
        if let e = loaded.error { loadError = e }
        if let p = loaded.prepared { list.setPrepared(p, ctx) } else { list.setRows([], ids: [], ctx) }
        chartWidth = 0
    }

    /// Waits for the whole list when it is still being prepared (a key needs every row).
    public mutating func waitUntilLoaded(_ ctx: Context) {
        if let p = pending { take(p.wait(), ctx) }
    }

    /// The first `rows` talents in the list's default order (by name as a person's name, ties by
    /// id), without reading every row: one scan of ids and names gives each name's first eight
    /// key bytes (`PinyinCollation.prefix`); the rows whose prefix is at most the `rows`-th
    /// smallest are read and sorted by their whole keys. Exact: a row among the first `rows`
    /// cannot have a larger prefix. Cost: one scan, a selection, a few hundred rows read.
    static func firstPage(_ ctx: Context, rows n: Int) throws -> [TalentListRow] {
        var table: PinyinTable?
        if case .pinyin(let t) = ctx.matcher.kind { table = t }
        var prefixes: [UInt64] = [], ids: [Int64] = []
        let total = try ctx.store.scanTalentNames { id, name in
            prefixes.append(PinyinCollation.prefix(utf8: name, table: table, personName: true))
            ids.append(id)
        }
        var cutoff = UInt64.max
        if total > n {
            var copy = prefixes
            cutoff = TalentsScreen.select(&copy, n - 1)
        }
        let candidates = ids.indices.filter { prefixes[$0] <= cutoff }.map { ids[$0] }
        let found = try ctx.store.talentListRows(ids: candidates)
        let keys = found.map { PinyinCollation.key($0.name, table: table, personName: true) }
        let order = found.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a].lexicographicallyPrecedes(keys[b]) : found[a].id < found[b].id
        }
        return order.prefix(n).map { found[$0] }
    }

    /// The `k`-th smallest value (0-based) of `values`, which it reorders (quickselect, O(n) expected).
    static func select(_ values: inout [UInt64], _ k: Int) -> UInt64 {
        var lo = 0, hi = values.count - 1
        var rng = SystemRandomNumberGenerator()
        while lo < hi {
            values.swapAt(lo + Int(rng.next() % UInt64(hi - lo + 1)), hi)
            let pivot = values[hi]
            var store = lo
            for i in lo..<hi where values[i] < pivot { values.swapAt(i, store); store += 1 }
            values.swapAt(store, hi)
            if k == store { return values[k] }
            if k < store { hi = store - 1 } else { lo = store + 1 }
        }
        return values[k]
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let p = pending {
            if let done = p.ready {
                take(done, ctx)
            } else if ![.up, .down, .char("j"), .char("k"), .enter, .escape, .char("q"), .char("?")].contains(key) {
                // Everything else (paging on, filter, sort, marks, the chart, export) needs every row.
                waitUntilLoaded(ctx)
            }
        }
        if view == .chart {
            if chart.handle(key) { return [] }
            if key == .tab || key == .backTab { view = .list; return [] }
            return nil
        }
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .tab, .backTab: view = .chart; return []
        case .char("i"), .char("x"): return exchange(key, ctx)
        case .char("a"), .char("e"), .char("d"), .char("r"), .char("c"): return change(key, ctx)
        case .char("h"):
            guard let row = selectedTalent else { return [.error(ctx.catalog.nothingSelected)] }
            return [.push(JournalScreen(source: .history(table: "talent", id: row.id, name: row.name), ctx))]
        case .enter:
            guard let row = selectedTalent else { return [] }
            guard let t = (try? ctx.store.talent(id: row.id)) ?? nil else {
                return [.error(ctx.catalog.talentGone)]
            }
            return [.push(TalentRecordScreen(t, station: t.stationId.flatMap { byId[$0] }, ctx))]
        default: return nil
        }
    }

    public func whyNot(_ key: Key, _ ctx: Context) -> String? {
        switch key {
        case .char("t"): return ctx.catalog.noWorkflowHere
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        if let done = pending?.ready { take(done, ctx) }
        let c = ctx.catalog
        grid.putTabs([c.tabTalentList, c.tabTalentChart], current: view == .list ? 0 : 1,
                     row: area.top, col: area.left + 1)
        let count = list.status(ctx)
        grid.put(count, row: area.top, col: area.left + area.width - grid.measure(count) - 1, style: .dim)
        let body = Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width)
        switch view {
        case .list:
            list.render(into: &grid, area: body, empty: loadError ?? c.talentsEmpty, ctx)
        case .chart:
            if chartWidth != body.width {
                chart.lines = TalentsChart.lines(talents: talents.map(\.talent), stations: stations, width: body.width - 2, ctx)
                chartWidth = body.width
            }
            chart.render(into: &grid, area: Area(top: body.top + 1, left: body.left, height: body.height - 1, width: body.width))
        }
    }
}

extension TalentsScreen {
    /// Selects a talent just added or edited in the form above (clearing a filter that hides it).
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {
        if table == "talent" { list.reveal(id: id, ctx) }
    }

    /// The talents an action applies to: the marked rows shown, else the selected one.
    var targetIds: [Int64] { list.targetIds }

    /// `a e d` one talent; `r` re-credits and `c` classifies the targets as one command.
    mutating func change(_ key: Key, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        guard ctx.may(.talents) else { return [.error(c.notPermitted(.talents))] }
        if key == .char("a") { return [.push(TalentForms.talent(nil, station: nil, ctx))] }
        let ids = targetIds
        guard let first = ids.first else { return [.error(c.nothingSelected)] }
        if key == .char("e") && ids.count > 1 { return [.error(c.oneAtATime(key, marked: ids.count))] }
        if key == .char("d") && ids.count > 1 {
            // Every marked talent, one command: one journal entry, one undo step.
            let all = ids.compactMap { (try? ctx.store.talent(id: $0)) ?? nil }
            guard let one = all.first else { return [.error(c.talentGone)] }
            return [.push(ConfirmScreen(question: c.confirmDeleteMany(all.count, first: one.name), onYes: [
                run(Batch(all.map(DeleteTalent.init))) { me, result, ctx in
                    if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                    me.list.clearMarks()
                    return [.message(ctx.catalog.deletedMany(all.count))]
                },
            ]))]
        }
        switch key {
        case .char("e"):
            guard let t = (try? ctx.store.talent(id: first)) ?? nil else { return [.error(c.talentGone)] }
            return [.push(TalentForms.talent(t, station: nil, ctx))]
        case .char("d"):
            guard let t = (try? ctx.store.talent(id: first)) ?? nil else { return [.error(c.talentGone)] }
            return [.push(ConfirmScreen(question: c.confirmDelete(t.name), onYes: [run(DeleteTalent(t)) { _, result, ctx in
                StationRecordScreen.deletedMessage(result, t.name, ctx)
            }]))]
        case .char("r"):
            let choices = stations.filter { $0.status == .active }
            let me = self
            return [.push(ChoiceScreen(heading: c.recreditHeading(ids.count),
                                       columns: [Table.Column(c.columnStation), Table.Column(c.columnAgreement, width: 10)],
                                       rows: choices.map { [ctx.stationName($0, among: stations), $0.agreementDate.description] },
                                       ids: choices.map { $0.id ?? -1 }, ctx) { stationId, ctx in
                let station = choices.first { $0.id == stationId }
                return [me.run(RecreditTalents(ids, to: stationId, policy: station.flatMap(ctx.rules.policy(forStation:)))) { me, result, ctx in
                    switch result {
                    case .success(let n):
                        me.list.clearMarks()   // the next action starts afresh
                        return [.message(ctx.catalog.recredited(n, to: station?.name ?? ""))]
                    case .failure(let e): return [.error(ctx.catalog.describe(e))]
                    }
                }]
            })]
        case .char("c"):
            let kinds: [EmployerKind?] = [.enterprise, .institution, .other, nil]
            let me = self
            return [.push(ChoiceScreen(heading: c.employerKindHeading(ids.count),
                                       columns: [Table.Column("", width: 2, order: .number), Table.Column(c.fieldEmployerKind)],
                                       rows: kinds.enumerated().map { [String($0.offset + 1), c.employerKind($0.element)] },
                                       ids: Array(0..<Int64(kinds.count)), ctx) { index, ctx in
                let kind = kinds[Int(index)]
                return [me.run(SetEmployerKind(ids, to: kind)) { me, result, ctx in
                    switch result {
                    case .success(let n):
                        me.list.clearMarks()
                        return [.message(ctx.catalog.classified(n, ctx.catalog.employerKind(kind)))]
                    case .failure(let e): return [.error(ctx.catalog.describe(e))]
                    }
                }]
            })]
        default: return []
        }
    }
}
