import StationDomain

/// 工作站: every station with its type, unit, head, agreement date, the end of its management
/// period (`ManagementPeriod`) and its status as a word — the status in fact (`PeriodOutcome`:
/// 期满终止 once the period is over without renewal, whatever is stored); a revoked station's name carries the
/// 〔已撤销〕 mark. `/` filter (pinyin too), `s` sort, Enter opens the record.
/// Cost of a reload: the stations and units read.
public struct StationsScreen: Screen {
    public private(set) var stations: [Station] = []
    public internal(set) var list: ListBrowser
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnStation, min: 14, share: 4), Table.Column(c.columnType, width: 4),
                                     Table.Column(c.columnUnit, min: 10, share: 2), Table.Column(c.columnHead, min: 8, share: 1, order: .personName),
                                     Table.Column(c.columnAgreement, width: 10, order: .date), Table.Column(c.columnPeriodEnd, width: 10, order: .date),
                                     Table.Column(c.columnStatus, width: c.statusColumnWidth)])
        reload(ctx)
    }

    public var capturesText: Bool { list.filtering }
    public var shownTables: Set<String>? { ["station", "unit"] }
    public var selectedStation: Station? { list.selectedIndex.map { stations[$0] } }
    public var shownNames: [String] { list.shown.map { stations[$0].name } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.stations) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("Enter", c.keyOpen), Hint("/", c.keyFilter), Hint("s", c.keySort), Hint("Space", c.keyMark),
                Hint("h", c.keyHistory), Hint("x", c.keyExport), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return ListBrowser.helpKeys(ctx) + [Hint("Enter", c.keyOpen), Hint("h", c.keyHistory),
                Hint("i", c.keyImportLong), Hint("x", c.keyExportLong),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo),
                Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        var units: [Int64: String] = [:]
        do {
            stations = try ctx.store.stations()
            for u in try ctx.store.units() { if let id = u.id { units[id] = u.name } }
            loadError = nil
        } catch {
            stations = []
            loadError = c.describe(error)
        }
        let rows = stations.map { s -> [String] in
            [ctx.stationName(s, among: stations), c.stationTypeShort(s.type), units[s.unitId] ?? c.unknownUnit, s.head,
             s.agreementDate.description, ctx.rules.period(of: s)?.end.description ?? "—",
             c.stationStatus(s, outcome: ctx.rules.outcome(of: s, among: stations, on: ctx.today), short: true)]
        }
        list.setRows(rows, ids: stations.map { $0.id ?? -1 }, ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .enter:
            guard let s = selectedStation else { return [] }
            return [.push(StationRecordScreen(s, ctx))]
        case .char("i"), .char("x"): return exchange(key, ctx)
        case .char("h"):
            guard let s = selectedStation, let id = s.id else { return [.error(ctx.catalog.nothingSelected)] }
            return [.push(JournalScreen(source: .history(table: "station", id: id, name: s.name), ctx))]
        default: return nil
        }
    }

    public func whyNot(_ key: Key, _ ctx: Context) -> String? {
        switch key {
        case .char("a"): return ctx.catalog.stationsAddWhy
        case .char("e"), .char("d"): return ctx.catalog.stationsEditWhy
        case .char("t"): return ctx.catalog.noWorkflowHere
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        list.render(into: &grid, area: area, title: c.areaName(.stations), empty: loadError ?? c.stationsEmpty, ctx)
    }
}
