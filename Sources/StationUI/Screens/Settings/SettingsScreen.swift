import StationDomain
import StationStore

/// 设置: everyone's own preferences (language, theme, ambiguous width, kept in the store);
/// for admins the users and their roles, the policy versions with `policy load` / `policy
/// continue`, the working-day table's years, and verify and backup; clerks and approvers read
/// everyone's ties, the policy and the calendar. A section not open to the user says why.
public struct SettingsScreen: Screen {
    public enum Section: Int, CaseIterable, Sendable {
        case preferences, users, ties, policy, calendar, maintenance

        /// Whether a holder of `roles` may open it.
        public func allows(_ roles: Set<Role>) -> Bool {
            switch self {
            case .preferences: return true
            case .users, .maintenance: return roles.contains(.admin)
            case .ties, .policy, .calendar: return DeskAccess.isStaff(roles)
            }
        }
    }

    public private(set) var selected = 0

    public init(_ ctx: Context) {}

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.settings) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑↓", c.keyMove), Hint("Enter", c.keyOpen), Hint("1-6", c.keyShortcut), Hint("Esc q", c.keyBack),
                Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let all = Section.allCases
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(all.count - 1, selected + 1)
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = all.count - 1
        case .enter: return SettingsScreen.open(all[selected], ctx)
        case .char(let ch):
            guard let n = ch.wholeNumberValue, n >= 1, n <= all.count else { return nil }
            selected = n - 1
            return SettingsScreen.open(all[n - 1], ctx)
        default: return nil
        }
        return []
    }

    public static func open(_ section: Section, _ ctx: Context) -> [Effect] {
        guard section.allows(ctx.roles) else { return [.error(ctx.catalog.settingsRefused(section))] }
        switch section {
        case .preferences: return [.push(PreferencesScreen(ctx))]
        case .users: return [.push(UsersScreen(ctx))]
        case .ties: return [.push(AllTiesScreen(ctx))]
        case .policy: return [.push(PolicyScreen(ctx))]
        case .calendar: return [.push(CalendarScreen())]
        case .maintenance: return [.push(MaintenanceScreen())]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.areaName(.settings), row: area.top + 1, col: area.left + 2, style: .header)
        let names = Section.allCases.map { c.settingsName($0) }
        let nameWidth = names.map { grid.measure($0) }.max()! + 2
        for (i, s) in Section.allCases.enumerated() {
            let row = area.top + 3 + i
            let open = s.allows(ctx.roles)
            let style: Style = i == selected ? .selected : (open ? .normal : .dim)
            let line = "\(i == selected ? ">" : " ") \(i + 1)  \(grid.pad(names[i], to: nameWidth))  \(open ? c.settingsSummary(s) : c.settingsClosed(s))"
            grid.fill(row: row, col: area.left + 2, count: min(area.width - 4, 74), style: style)
            grid.put(line, row: row, col: area.left + 2, limit: min(area.width - 4, 74), style: style)
            if i == selected { grid.cursor = (row, area.left + 2) }
        }
    }
}
