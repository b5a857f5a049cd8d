import StationDomain

/// 待办: the dashboard of what needs doing now (`TodoItems`): stations at risk this evaluation
/// year, notices ending, periods ending or over, subsidies overdue or due soon, evaluations due,
/// revocations proposed, applications waiting, head changes, stations in name only, unclassified
/// employers. ↑ ↓ move between the items; Enter opens the record (the station on the tab that
/// concerns it, the application, the unclassified talents).
/// Cost of a reload: see `TodoItems.compute`.
public struct TodoScreen: Screen {
    /// What Enter on a line opens.
    enum Target: Sendable {
        case station(Station, StationRecordScreen.Tab)
        case application(Application)
        case unclassifiedTalents
    }
    struct Line: Sendable {
        var text: String
        var style: Style
        var target: Target?
        var station: Station? {
            if case .station(let s, _) = target { return s }
            return nil
        }
        init(text: String, style: Style, station: Station? = nil, tab: StationRecordScreen.Tab = .details) {
            self.text = text; self.style = style
            target = station.map { .station($0, tab) }
        }
        init(text: String, style: Style, target: Target?) { self.text = text; self.style = style; self.target = target }
    }
    private var lines: [Line] = []
    /// Indices of the lines that open a station, in order.
    private var selectable: [Int] = []
    public private(set) var selected = 0
    private var top = 0
    /// Lines shown on the last render (PgUp/PgDn move the selection by about a page of them).
    private var pageHeight = 10
    public private(set) var items: TodoItems?

    public init(_ ctx: Context) { reload(ctx) }

    /// The text of every line (for tests).
    public var texts: [String] { lines.map(\.text) }
    public var selectedStation: Station? { selectable.isEmpty ? nil : lines[selectable[selected]].station }
    private var selectedTarget: Target? { selectable.isEmpty ? nil : lines[selectable[selected]].target }
    /// The text of the selected line (for tests).
    public var selectedText: String? { selectable.isEmpty ? nil : lines[selectable[selected]].text }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.todo) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑↓", c.keyMove), Hint("Enter", c.keyOpen), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) + [Hint("u", ctx.catalog.keyUndo)] }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        let keep = selectedStation?.id
        lines = [Line(text: c.todoAsOf(ctx.today), style: .dim)]
        // Names marked as everywhere: a station whose period is over without a renewal too.
        let allStations = (try? ctx.store.stations()) ?? []
        func stationName(_ s: Station) -> String { ctx.stationName(s, among: allStations) }
        do {
            items = try TodoItems.compute(ctx)
        } catch {
            items = nil
            lines.append(Line(text: c.describe(error), style: .error))
        }
        if let items {
            func heading(_ s: String) { lines.append(Line(text: "", style: .normal)); lines.append(Line(text: s, style: .header)) }
            func none() { lines.append(Line(text: c.todoNothing, style: .dim)) }
            heading(c.todoAtRiskHeading)
            if items.atRisk.isEmpty { none() }
            for r in items.atRisk {
                lines.append(Line(text: "  " + c.todoAtRiskLine(stationName(r.station), r.pace, year: r.year), style: .error,
                                  station: r.station, tab: .talents))
            }
            heading(c.todoNoticesHeading(TodoItems.noticeWorkingDays))
            if items.noticesEnding.isEmpty { none() }
            for n in items.noticesEnding {
                let first = n.notice.applicationIds.first.flatMap { id in (try? ctx.store.fetch(Application.self, id: id)) ?? nil }
                lines.append(Line(text: "  " + c.todoNoticeLine(n.notice, left: n.workingDaysLeft, names: n.names), style: .normal,
                                  target: first.map { .application($0) }))
            }
            heading(c.todoPeriodsHeading(items.periodDays))
            if items.periodsEnding.isEmpty { none() }
            for (s, end) in items.periodsEnding {
                lines.append(Line(text: "  " + c.todoPeriodLine(stationName(s), end: end, days: ctx.today.days(to: end)), style: .normal, station: s))
            }
            heading(c.todoPeriodsOverHeading)
            if items.periodsOver.isEmpty { none() }
            for (s, outcome) in items.periodsOver {
                lines.append(Line(text: "  " + c.todoPeriodOverLine(stationName(s), outcome: outcome), style: .normal, station: s))
            }
            heading(c.todoSubsidiesHeading(items.dueWorkingDays))
            if items.subsidies.isEmpty { none() }
            for (s, subsidy, state) in items.subsidies {
                let name = s.map(stationName) ?? "#\(subsidy.stationId)"
                let text: String, style: Style
                switch state {
                case .overdue(let due, let late, let provisional):
                    text = c.todoOverdue(name, year: subsidy.year, due: due, late: late, provisional: provisional, amountDecided: subsidy.approved != nil)
                    style = .error
                case .dueSoon(let due, let left, let provisional):
                    text = c.todoDueSoon(name, year: subsidy.year, due: due, left: left, provisional: provisional, amountDecided: subsidy.approved != nil)
                    style = .normal
                case .unknown(let due, let year): text = c.todoUnknownDue(name, year: subsidy.year, due: due, missingYear: year); style = .dim
                }
                lines.append(Line(text: "  " + text, style: style, station: s, tab: .subsidies))
            }
            heading(c.todoRevocationsHeading)
            if items.revocations.isEmpty { none() }
            for (s, years) in items.revocations {
                lines.append(Line(text: "  " + c.todoRevocationLine(stationName(s), years: years), style: .error, station: s, tab: .evaluations))
            }
            heading(c.todoEvaluationsHeading)
            if items.evaluationsDue.isEmpty { none() }
            for (s, year) in items.evaluationsDue {
                lines.append(Line(text: "  " + c.todoEvaluationLine(stationName(s), year: year), style: .normal, station: s, tab: .evaluations))
            }
            heading(c.todoApplicationsHeading)
            if items.waiting.isEmpty { none() }
            for w in items.waiting {
                lines.append(Line(text: "  " + c.todoApplicationLine(w.application, since: w.since, days: w.days), style: .normal,
                                  target: .application(w.application)))
            }
            heading(c.todoHeadChangesHeading)
            if items.headChanges.isEmpty { none() }
            for (s, n) in items.headChanges {
                lines.append(Line(text: "  " + c.todoHeadChangesLine(stationName(s), n), style: .error, station: s, tab: .staff))
            }
            heading(c.todoInNameOnlyHeading)
            if items.inNameOnly.isEmpty { none() }
            for s in items.inNameOnly {
                lines.append(Line(text: "  " + c.todoInNameOnlyLine(s), style: .error, station: s, tab: .staff))
            }
            heading(c.todoUnclassifiedHeading)
            if items.unclassifiedTalents == 0 { none() } else {
                lines.append(Line(text: "  " + c.todoUnclassifiedLine(items.unclassifiedTalents), style: .normal, target: .unclassifiedTalents))
            }
        } else if lines.count == 1 {
            lines.append(Line(text: c.todoNoRules, style: .error))
        }
        selectable = lines.indices.filter { lines[$0].target != nil }
        selected = keep.flatMap { id in selectable.firstIndex { lines[$0].station?.id == id } } ?? min(selected, max(0, selectable.count - 1))
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(max(0, selectable.count - 1), selected + 1)
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = max(0, selectable.count - 1)
        case .pageDown, .pageUp:
            // To the item a page of lines further, stopping at the first and last items.
            guard !selectable.isEmpty else { return [] }
            let goal = selectable[selected] + (key == .pageDown ? pageHeight : -pageHeight)
            selected = key == .pageDown ? (selectable.firstIndex { $0 >= goal } ?? selectable.count - 1)
                                        : (selectable.lastIndex { $0 <= goal } ?? 0)
        case .enter:
            switch selectedTarget {
            case .station(let s, let tab)?: return [.push(StationRecordScreen(s, tab: tab, ctx))]
            case .application(let a)?: return [.push(ApplicationRecordScreen(a, ctx))]
            case .unclassifiedTalents?: return [.push(TalentsScreen(ctx, filter: ctx.catalog.unclassified))]
            case nil: return []
            }
        default: return nil
        }
        return []
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let height = area.height - 1
        pageHeight = max(1, height)
        let sel = selectable.isEmpty ? nil : selectable[selected]
        if let sel {
            if sel < top { top = max(0, sel - 2) }
            if sel >= top + height { top = sel - height + 1 }
        }
        top = max(0, min(top, max(0, lines.count - height)))
        grid.cursor = (area.top + 1, area.left + 1)
        for i in 0..<height where top + i < lines.count {
            let n = top + i, row = area.top + 1 + i
            let line = lines[n]
            if n == sel {
                grid.fill(row: row, col: area.left, count: area.width, style: .selected)
                grid.put(">", row: row, col: area.left, style: .selected)
                grid.put(line.text, row: row, col: area.left + 1, limit: area.width - 2, style: .selected)
                grid.cursor = (row, area.left)
            } else {
                grid.put(line.text, row: row, col: area.left + 1, limit: area.width - 2, style: line.style)
            }
        }
    }
}
