import StationDomain
import StationExchange

/// 人才: the talent records as a list (name, category, employer, introduced on, station; `/`
/// filter incl. pinyin, `s` sort, Enter opens the record) and, on the second tab (Tab), the
/// chart of category-G-or-above talents introduced per station per year. Cost of a reload:
/// every talent and station read (10⁵ talents ≈ 1 s in a debug build).
public struct TalentsScreen: Screen {
    public enum View: Sendable { case list, chart }
    public private(set) var view: View = .list
    public private(set) var talents: [Talent] = []
    private var stations: [Station] = []
    private var byId: [Int64: Station] = [:]
    public private(set) var list: ListBrowser
    private var chart = TextPane()
    private var chartWidth = 0
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnTalentName, width: 8), Table.Column(c.columnCategory, width: 4),
                                     Table.Column(c.columnEmployer), Table.Column(c.columnIntroducedOn, width: 10),
                                     Table.Column(c.columnStation)])
        reload(ctx)
    }

    public var capturesText: Bool { list.filtering }

    /// The selected talent record.
    public var selectedTalent: Talent? { list.selectedIndex.map { talents[$0] } }
    /// Names in display order.
    public var shownNames: [String] { list.shown.map { talents[$0].name } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.talents) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if view == .list, let h = list.modeHints(ctx) { return h }
        if view == .chart { return [Hint("↑↓", c.keyScroll), Hint("Tab", c.keySwitchTalentView), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)] }
        return [Hint("Enter", c.keyOpen), Hint("Tab", c.keySwitchTalentView), Hint("/", c.keyFilter), Hint("s", c.keySort),
                Hint("i", c.keyImport), Hint("x", c.keyExport), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyMove), Hint("Enter", c.keyOpen),
                Hint("Tab", c.keySwitchTalentView), Hint("/", c.keyFilterLong), Hint("s", c.keySortLong),
                Hint("i", c.keyImportLong), Hint("x", c.keyExportLong),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        do {
            talents = try ctx.store.talents()
            stations = try ctx.store.stations()
            loadError = nil
        } catch {
            talents = []; stations = []
            loadError = ctx.catalog.describe(error)
        }
        byId = Dictionary(stations.compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        let c = ctx.catalog
        let rows = talents.map { t -> [String] in
            [t.name, t.category?.rawValue ?? c.noCategory, t.employer, t.introducedOn.description,
             t.stationId.flatMap { byId[$0] }.map(c.stationName) ?? c.noStation]
        }
        list.setRows(rows, ids: talents.map { $0.id ?? -1 }, ctx)
        chartWidth = 0   // redrawn at the next render
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if view == .chart {
            if chart.handle(key) { return [] }
            if key == .tab || key == .backTab { view = .list; return [] }
            return nil
        }
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .tab, .backTab: view = .chart; return []
        case .char("i"), .char("x"): return exchange(key, ctx)
        case .enter:
            guard let t = selectedTalent else { return [] }
            return [.push(TalentRecordScreen(t, station: t.stationId.flatMap { byId[$0] }, ctx))]
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        var col = area.left + 1
        for (v, label) in [(View.list, c.tabTalentList), (.chart, c.tabTalentChart)] {
            let text = v == view ? "[\(label)]" : " \(label) "
            col += grid.put(text, row: area.top, col: col, style: v == view ? .header : .dim) + 1
        }
        let count = c.countShown(list.shown.count, of: talents.count)
        grid.put(count, row: area.top, col: area.left + area.width - grid.measure(count) - 1, style: .dim)
        let body = Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width)
        switch view {
        case .list:
            list.render(into: &grid, area: body, empty: loadError ?? c.talentsEmpty, ctx)
        case .chart:
            if chartWidth != body.width {
                chart.lines = TalentsChart.lines(talents: talents, stations: stations, width: body.width - 2, ctx)
                chartWidth = body.width
            }
            chart.render(into: &grid, area: Area(top: body.top + 1, left: body.left, height: body.height - 1, width: body.width))
        }
    }
}
