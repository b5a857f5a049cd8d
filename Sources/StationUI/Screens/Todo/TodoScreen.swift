import StationDomain

/// 待办: the dashboard of what needs doing now (`TodoItems`): periods ending or over, subsidies overdue or
/// due soon, revocations proposed. ↑ ↓ move between the items; Enter opens the station.
/// Cost of a reload: see `TodoItems.compute`.
public struct TodoScreen: Screen {
    struct Line: Sendable {
        var text: String
        var style: Style
        var station: Station?
    }
    private var lines: [Line] = []
    /// Indices of the lines that open a station, in order.
    private var selectable: [Int] = []
    public private(set) var selected = 0
    private var top = 0
    public private(set) var items: TodoItems?

    public init(_ ctx: Context) { reload(ctx) }

    /// The text of every line (for tests).
    public var texts: [String] { lines.map(\.text) }
    public var selectedStation: Station? { selectable.isEmpty ? nil : lines[selectable[selected]].station }

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
        do {
            items = try TodoItems.compute(ctx)
        } catch {
            items = nil
            lines.append(Line(text: c.describe(error), style: .error))
        }
        if let items {
            func heading(_ s: String) { lines.append(Line(text: "", style: .normal)); lines.append(Line(text: s, style: .header)) }
            func none() { lines.append(Line(text: c.todoNothing, style: .dim)) }
            heading(c.todoPeriodsHeading(items.periodDays))
            if items.periodsEnding.isEmpty { none() }
            for (s, end) in items.periodsEnding {
                lines.append(Line(text: "  " + c.todoPeriodLine(c.stationName(s), end: end, days: ctx.today.days(to: end)), style: .normal, station: s))
            }
            heading(c.todoPeriodsOverHeading)
            if items.periodsOver.isEmpty { none() }
            for (s, outcome) in items.periodsOver {
                lines.append(Line(text: "  " + c.todoPeriodOverLine(c.stationName(s), outcome: outcome), style: .normal, station: s))
            }
            heading(c.todoSubsidiesHeading(items.dueWorkingDays))
            if items.subsidies.isEmpty { none() }
            for (s, subsidy, state) in items.subsidies {
                let name = s.map(c.stationName) ?? "#\(subsidy.stationId)"
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
                lines.append(Line(text: "  " + text, style: style, station: s))
            }
            heading(c.todoRevocationsHeading)
            if items.revocations.isEmpty { none() }
            for (s, years) in items.revocations {
                lines.append(Line(text: "  " + c.todoRevocationLine(c.stationName(s), years: years), style: .error, station: s))
            }
        } else if lines.count == 1 {
            lines.append(Line(text: c.todoNoRules, style: .error))
        }
        selectable = lines.indices.filter { lines[$0].station != nil }
        selected = keep.flatMap { id in selectable.firstIndex { lines[$0].station?.id == id } } ?? min(selected, max(0, selectable.count - 1))
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(max(0, selectable.count - 1), selected + 1)
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = max(0, selectable.count - 1)
        case .enter:
            guard let s = selectedStation else { return [] }
            return [.push(StationRecordScreen(s, ctx))]
        default: return nil
        }
        return []
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let height = area.height - 1
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
