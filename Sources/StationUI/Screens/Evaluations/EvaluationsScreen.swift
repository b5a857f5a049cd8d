import StationDomain
import StationExchange
import StationStore

/// 年度评估: one evaluation year at a time (← → change it): every station active that year with
/// its count of category-G-or-above talents, the grade the count gives, the recorded grade, and
/// "建议撤销" where two consecutive unqualified years propose revocation; under the list, the
/// year's recorded grade distribution; on the second tab (Tab) the distribution of every year on
/// one scale (`TalentCharts.gradeDistribution`, `TextChart`). Enter opens the station.
/// Cost of a reload: stations and every station's evaluations read; the talents counted by the
/// store per station (`talentTallyCounts`), none read.
public struct EvaluationsScreen: Screen {
    public enum View: Sendable { case list, chart }
    public private(set) var view: View = .list
    public private(set) var year: Int
    public private(set) var years: ClosedRange<Int>
    public private(set) var rows: [EvaluationRow] = []
    private var stations: [Station] = []
    private var evaluations: [Int64: [Evaluation]] = [:]
    private var periods: [StationPeriod] = []
    public internal(set) var list: ListBrowser
    private var chart = TextPane()
    private var loadError: String?

    public init(_ ctx: Context, year: Int? = nil) {
        let c = ctx.catalog
        let from = ctx.rules.policy(on: ctx.today)?.countedFromCategory.rawValue ?? "G"
        // Wide enough for the longest grade word ("不合格", "unqualified") so it is never cut.
        let gradeWidth = max(8, DisplayWidth.of(c.gradeText(.unqualified), ambiguousWide: ctx.ambiguousWide))
        list = ListBrowser(columns: [Table.Column(c.columnStation, min: 14, share: 4),
                                     Table.Column(c.countedColumn(from), width: 8, alignRight: true, order: .number),
                                     Table.Column(c.columnComputedGrade, width: gradeWidth),
                                     Table.Column(c.columnRecordedGrade, width: gradeWidth),
                                     Table.Column(c.columnRemark, width: 10)])
        self.year = year ?? ctx.today.year
        years = self.year...self.year
        reload(ctx)
        if year == nil, let latest = evaluations.values.flatMap({ $0 }).map(\.year).max() {
            self.year = latest
            judge(ctx)
        }
    }

    public var capturesText: Bool { list.filtering }
    public var selectedRow: EvaluationRow? { list.selectedIndex.map { rows[$0] } }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.evaluations) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if view == .list, let h = list.modeHints(ctx) { return h }
        if view == .chart { return [Hint("↑↓", c.keyScroll), Hint("Tab", c.keySwitchEvaluationView), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)] }
        var h = [Hint("← →", c.keyYear), Hint("Enter", c.keyOpen)]
        if ctx.may(.evaluations) { h.append(Hint("o", c.keyOpenYear)) }
        // s (sort) is in the help: at 80 columns the bar keeps the way back instead.
        return h + [Hint("Tab", c.keySwitchEvaluationView), Hint("/", c.keyFilter), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("← → [ ]", c.keyYear)] + ListBrowser.helpKeys(ctx) + [Hint("Enter", c.keyOpen), Hint("o", c.keyOpenYear),
                Hint("Tab", c.keySwitchEvaluationView),
                Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        do {
            stations = try ctx.store.stations()
            periods = try ctx.store.stationPeriods(station: nil)
            var all: [Int64: [Evaluation]] = [:]
            for s in stations { if let id = s.id { all[id] = try ctx.store.evaluations(station: id) } }
            evaluations = all
            loadError = nil
        } catch {
            stations = []; evaluations = [:]
            loadError = ctx.catalog.describe(error)
        }
        let first = stations.map(\.agreementDate.year).min() ?? year
        let last = max(ctx.today.year, evaluations.values.flatMap { $0 }.map(\.year).max() ?? first)
        years = min(first, year)...max(last, year)
        judge(ctx)
    }

    /// Recomputes the rows and charts of `year`.
    private mutating func judge(_ ctx: Context) {
        // The talents are counted by the store on its station index, none read (10⁵ talents).
        do {
            rows = try EvaluationRow.rows(year: year, stations: stations, evaluations: evaluations, periods: periods, rules: ctx.rules) {
                s, window, lowest in try ctx.store.talentTallyCounts(station: s.id ?? -1, within: window, from: lowest)
            }
        } catch {
            rows = []
            loadError = ctx.catalog.describe(error)
        }
        let c = ctx.catalog
        list.setRows(rows.map { r in
            [c.stationName(r.station), String(r.count), c.gradeText(r.computed), r.evaluation == nil ? c.notOpenedShort : c.gradeText(r.recorded),
             r.revocationYears != nil ? c.revocationProposed : (r.blocked ? c.unclassifiedRemark(r.counts.unclassified) : "")]
        }, ids: rows.map { $0.station.id ?? -1 }, ctx)
        chart.lines = chartLines(all: true, width: 78, ctx)
    }

    private func chartLines(all: Bool, width: Int, _ ctx: Context) -> [(text: String, style: Style)] {
        let c = ctx.catalog
        let flat = evaluations.values.flatMap { $0 }
        let range = all ? years : year...year
        let lines = TalentCharts.gradeDistribution(evaluations: flat, years: range,
                                                   chart: TextChart(width: width, ambiguousWide: ctx.ambiguousWide, words: c.chartWords))
        var out: [(text: String, style: Style)] = [(all ? c.distributionAllHeading : c.distributionHeading(year), .header)]
        out += lines.isEmpty ? [(c.noGradesRecorded, .dim)] : lines.dropFirst(all ? 0 : 1).map { ($0, .normal) }
        return out
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let stepped = YearKeys.step(&year, within: years, key, ctx.catalog) {
            if stepped.isEmpty { judge(ctx) }
            return stepped
        }
        if view == .chart {
            if chart.handle(key) { return [] }
            if key == .tab || key == .backTab { view = .list; return [] }
            return nil
        }
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .tab, .backTab: view = .chart; return []
        case .enter:
            guard let r = selectedRow else { return [] }
            return [.push(EvaluationRecordScreen(station: r.station, year: year, ctx))]
        case .char("o"):
            let c = ctx.catalog
            guard ctx.may(.evaluations) else { return [.error(c.notPermitted(.evaluations))] }
            guard let rules = JudgingRules(ctx) else { return [.error(c.rulesMissing)] }
            let y = year
            let open = run(OpenEvaluationYear(year: y, rules: rules)) {
                _, result, ctx in
                switch result {
                case .success(let opened): return [.message(ctx.catalog.yearOpened(opened.count, y))]
                case .failure(let error): return [.error(ctx.catalog.describe(error))]
                }
            }
            return [.push(ConfirmScreen(question: c.confirmOpenYear(y), onYes: [open]))]
        default: return nil
        }
    }

    public func whyNot(_ key: Key, _ ctx: Context) -> String? {
        switch key {
        case .char("a"), .char("e"), .char("d"): return ctx.catalog.evaluationsEditWhy
        case .char("t"): return ctx.catalog.noWorkflowHere
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.putTabs([c.tabEvaluationList, c.tabGradeChart], current: view == .list ? 0 : 1,
                     row: area.top, col: area.left + 1)
        let yearText = (year > years.lowerBound ? "◀ " : "  ") + c.evaluationYear(year) + (year < years.upperBound ? " ▶" : "  ")
        grid.put(yearText, row: area.top, col: area.left + area.width - grid.measure(yearText) - 1, style: .header)
        if view == .list {
            let status = list.status(ctx)
            grid.put(status, row: area.top, col: area.left + area.width - grid.measure(yearText) - grid.measure(status) - 3, style: .dim)
        }
        let body = Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width)
        if view == .chart {
            chart.render(into: &grid, area: body)
            return
        }
        var lines: [(text: String, style: Style)] = []
        if let p = ctx.rules.policy(forYear: year) { lines.append((c.gradeRuleLine(p), .dim)) } else { lines.append((c.noPolicyForYear(year), .error)) }
        for r in rows where r.revocationYears != nil && list.shown.contains(where: { rows[$0].station.id == r.station.id }) {
            lines.append((c.stationName(r.station) + "：" + c.revocationProposedYears(r.revocationYears!), .error))
        }
        lines += chartLines(all: false, width: body.width - 2, ctx)
        let filterRow = (list.filtering || !list.filter.text.isEmpty || list.choosingSort) ? 1 : 0
        // Header, rows, the prompt row when open, and the detail line.
        let tableHeight = max(6, min(list.shown.count + 2 + filterRow, body.height - lines.count - 1))
        list.render(into: &grid, area: Area(top: body.top, left: body.left, height: tableHeight, width: body.width),
                    empty: loadError ?? c.noStationActive(year), ctx)
        let cursor = grid.cursor
        var row = body.top + tableHeight + 1
        for (text, style) in lines where row < body.bottom {
            grid.put(text, row: row, col: body.left + 1, limit: body.width - 2, style: style)
            row += 1
        }
        grid.cursor = cursor
    }
}
