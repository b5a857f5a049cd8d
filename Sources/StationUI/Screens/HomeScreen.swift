import StationDomain

/// The home screen: the main menu of every area. Enter or the area's digit opens it. The line
/// of 待办 counts what is due by kind (`TodoItems.counts`), worked out when the menu is drawn
/// after a change (not on every change while another screen is on top).
public struct HomeScreen: Screen {
    public private(set) var selected = 0
    /// The 待办 line; nil when it must be worked out again.
    public private(set) var todoLine: String?

    public init() {}

    public func title(_ ctx: Context) -> String { ctx.catalog.home }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑↓", c.keyMove), Hint("Enter", c.keyOpen), Hint("1-0", c.keyShortcut),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑ ↓ j k Home End g G", c.keyMove), Hint("Enter", c.keyOpen), Hint("1 … 9, 0", c.keyShortcut),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("?", c.keyHelp),
                Hint("q Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) { todoLine = nil }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let areas = DeskArea.allCases
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(areas.count - 1, selected + 1)
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = areas.count - 1
        case .enter: return [.push(HomeScreen.open(areas[selected], ctx))]
        case .char("q"): return [.quit]
        case .char(let c):
            guard let area = areas.first(where: { $0.shortcut == c }) else { return nil }
            selected = area.rawValue
            return [.push(HomeScreen.open(area, ctx))]
        default: return nil
        }
        return []
    }

    /// The first screen of an area.
    public static func open(_ area: DeskArea, _ ctx: Context) -> any Screen {
        switch area {
        case .unitsPartners: return UnitsPartnersScreen(ctx)
        case .journal: return JournalScreen(source: .all, ctx)
        case .talents: return TalentsScreen(ctx)
        case .stations: return StationsScreen(ctx)
        case .evaluations: return EvaluationsScreen(ctx)
        case .subsidies: return SubsidiesScreen(ctx)
        case .todo: return TodoScreen(ctx)
        case .applications: return ApplicationsScreen(ctx)
        default: return NotBuiltScreen(area: area)
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        if todoLine == nil {
            todoLine = ((try? TodoItems.compute(ctx)) ?? nil).map { c.todoCounts($0.counts(c)) } ?? c.areaSummary(.todo)
        }
        grid.put(c.homeHeading, row: area.top + 1, col: area.left + 2, style: .header)
        let nameWidth = DeskArea.allCases.map { grid.measure(c.areaName($0)) }.max()! + 2
        for (i, a) in DeskArea.allCases.enumerated() {
            let row = area.top + 3 + i
            guard row < area.bottom else { break }
            let mark = i == selected ? ">" : " "
            let style: Style = i == selected ? .selected : .normal
            let name = grid.pad(c.areaName(a), to: nameWidth)
            let summary = a == .todo ? (todoLine ?? c.areaSummary(a)) : a.isBuilt ? c.areaSummary(a) : c.notBuiltMark
            let line = "\(mark) \(a.shortcut)  \(name)  \(summary)"
            grid.fill(row: row, col: area.left + 2, count: min(area.width - 4, 70), style: style)
            grid.put(line, row: row, col: area.left + 2, limit: min(area.width - 4, 70), style: style)
            if i == selected { grid.cursor = (row, area.left + 2) }
        }
    }
}
