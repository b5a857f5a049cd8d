import StationDomain

/// The home screen: the main menu — every area for clerks, approvers and admins; for a reviewer
/// only what is theirs (`DeskAccess`). Enter or the item's key opens it; the digit of an area
/// that is not theirs says so in plain words. The line of 待办 counts what is due by kind
/// (`TodoItems.counts`), worked out when the menu is drawn after a change.
public struct HomeScreen: Screen {
    public private(set) var selected = 0
    /// The 待办 line; nil when it must be worked out again.
    public private(set) var todoLine: String?

    public init() {}

    public func title(_ ctx: Context) -> String { ctx.catalog.home }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let keys = DeskAccess.isStaff(ctx.roles) ? "1-0" : DeskAccess.menu(ctx.roles).map { String($0.shortcut) }.joined()
        return [Hint("↑↓", c.keyMove), Hint("Enter", c.keyOpen), Hint(keys, c.keyShortcut),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let keys = DeskAccess.isStaff(ctx.roles) ? "1 … 9, 0" : DeskAccess.menu(ctx.roles).map { String($0.shortcut) }.joined(separator: " ")
        return [Hint("↑ ↓ j k Home End g G", c.keyMove), Hint("Enter", c.keyOpen), Hint(keys, c.keyShortcut),
                Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("?", c.keyHelp),
                Hint("q Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) { todoLine = nil }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let items = DeskAccess.menu(ctx.roles)
        selected = min(selected, items.count - 1)
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(items.count - 1, selected + 1)
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = items.count - 1
        case .enter: return HomeScreen.open(items[selected], ctx)
        case .char("q"): return [.quit]
        case .char(let ch):
            if let i = items.firstIndex(where: { $0.shortcut == ch }) {
                selected = i
                return HomeScreen.open(items[i], ctx)
            }
            // A digit of an area this user's menu does not hold: say so rather than do nothing.
            if let area = DeskArea.allCases.first(where: { $0.shortcut == ch }) {
                return [.error(ctx.catalog.areaRefused(area, roles: ctx.roles))]
            }
            return nil
        default: return nil
        }
        return []
    }

    static func open(_ item: DeskAccess.Item, _ ctx: Context) -> [Effect] {
        switch item {
        case .area(let a):
            guard DeskAccess.allows(a, ctx.roles) else { return [.error(ctx.catalog.areaRefused(a, roles: ctx.roles))] }
            return [.push(HomeScreen.open(a, ctx))]
        case .ties: return [.push(MyScoresScreen(ctx, tab: .ties))]
        case .help: return [.push(HelpScreen(of: ctx.catalog.home, keys: HomeScreen().help(ctx)))]
        }
    }

    /// The first screen of an area (for a user whose roles allow it: `DeskAccess.allows`).
    public static func open(_ area: DeskArea, _ ctx: Context) -> any Screen {
        switch area {
        case .unitsPartners: return UnitsPartnersScreen(ctx)
        case .journal: return JournalScreen(source: DeskAccess.isStaff(ctx.roles) ? .all : .mine, ctx)
        case .talents: return TalentsScreen(ctx)
        case .stations: return StationsScreen(ctx)
        case .evaluations: return EvaluationsScreen(ctx)
        case .subsidies: return SubsidiesScreen(ctx)
        case .todo: return TodoScreen(ctx)
        case .applications: return ApplicationsScreen(ctx)
        case .myScores:
            if ctx.roles.contains(.reviewer) { return MyScoresScreen(ctx, tab: .sheets) }
            return ReviewSubjectsScreen(ctx)
        case .settings: return SettingsScreen(ctx)
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let items = DeskAccess.menu(ctx.roles)
        selected = min(selected, items.count - 1)
        if todoLine == nil && DeskAccess.isStaff(ctx.roles) {
            todoLine = ((try? TodoItems.compute(ctx)) ?? nil).map { c.todoCounts($0.counts(c)) } ?? c.areaSummary(.todo)
        }
        grid.put(c.homeHeading, row: area.top + 1, col: area.left + 2, style: .header)
        let names = items.map { c.menuName($0, roles: ctx.roles) }
        let nameWidth = names.map { grid.measure($0) }.max()! + 2
        for (i, item) in items.enumerated() {
            let row = area.top + 3 + i
            guard row < area.bottom else { break }
            let mark = i == selected ? ">" : " "
            let style: Style = i == selected ? .selected : .normal
            let name = grid.pad(names[i], to: nameWidth)
            let summary = item == .area(.todo) ? (todoLine ?? c.areaSummary(.todo)) : c.menuSummary(item, roles: ctx.roles)
            let line = "\(mark) \(item.shortcut)  \(name)  \(summary)"
            grid.fill(row: row, col: area.left + 2, count: min(area.width - 4, 70), style: style)
            grid.put(line, row: row, col: area.left + 2, limit: min(area.width - 4, 70), style: style)
            if i == selected { grid.cursor = (row, area.left + 2) }
        }
        if items.count < DeskArea.allCases.count, area.top + 4 + items.count < area.bottom {
            grid.put(c.menuLimited(roles: ctx.roles), row: area.top + 4 + items.count, col: area.left + 2,
                     limit: area.width - 4, style: .dim)
        }
    }
}
