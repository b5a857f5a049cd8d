import StationDomain
import StationStore

/// 回避声明（全部）: every reviewer's declared ties, read only (clerks assign with them in mind;
/// the store refuses a conflicting assignment on its own). Reviewers change their own in 我的评分.
public struct AllTiesScreen: Screen {
    public private(set) var ties: [ReviewerTie] = []
    private var names = TieNames()
    private var table: Table
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        table = Table(columns: [Table.Column(c.columnReviewer, width: 12), Table.Column(c.columnTiedTo),
                                Table.Column(c.columnTieKind, width: 8), Table.Column(c.columnTieNote, width: 20)])
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["reviewer_tie", "unit", "partner"] }
    public func title(_ ctx: Context) -> String { ctx.catalog.settingsName(.ties) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑↓", c.keyMove), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        do {
            ties = try ctx.store.ties(of: nil, viewer: ctx.user)
            names = TieNames(units: try ctx.store.units(), partners: try ctx.store.partners())
            loadError = nil
        } catch {
            ties = []
            loadError = c.describe(error)
        }
        table.setRows(ties.map { [$0.reviewer, names.name(of: $0, c), c.tieKind(unit: $0.unitId != nil), $0.note] })
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? { table.handle(key) ? [] : nil }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.settingsName(.ties), row: area.top, col: area.left + 1, style: .header)
        table.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 2, width: area.width),
                     empty: loadError ?? c.noTiesAnyone)
        grid.put(c.allTiesExplained, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: .dim)
    }
}
