import StationDomain
import StationStore

/// 回避声明（全部）: every reviewer's declared ties, read only (clerks assign with them in mind;
/// the store refuses a conflicting assignment on its own). Reviewers change their own in 我的评分.
/// The list keys of every list work (`/` pinyin filter, `s` sort, Space marks, `:123`).
public struct AllTiesScreen: Screen {
    public private(set) var ties: [ReviewerTie] = []
    private var names = TieNames()
    public internal(set) var list: ListBrowser
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnReviewer, width: 12), Table.Column(c.columnTiedTo),
                                Table.Column(c.columnTieKind, width: 8), Table.Column(c.columnTieNote, min: 12, share: 2)])
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["reviewer_tie", "unit", "partner"] }
    public var capturesText: Bool { list.filtering }
    public func title(_ ctx: Context) -> String { ctx.catalog.settingsName(.ties) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("↑↓", c.keyMove), Hint("/", c.keyFilter), Hint("s", c.keySort), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp),
                Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { ListBrowser.helpKeys(ctx) + hints(ctx) }

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
        list.setRows(ties.map { [$0.reviewer, names.name(of: $0, c), c.tieKind(unit: $0.unitId != nil), $0.note] },
                     ids: ties.enumerated().map { $0.element.id ?? -1 - Int64($0.offset) }, ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? { list.handle(key, ctx) }

    /// Read only: the ties are each reviewer's own (declared in 我的评分).
    public func whyNot(_ key: Key, _ ctx: Context) -> String? {
        switch key {
        case .char("a"), .char("e"), .char("d"): return ctx.catalog.allTiesExplained
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        list.render(into: &grid, area: area, title: c.settingsName(.ties), empty: loadError ?? c.noTiesAnyone,
                    footer: c.allTiesExplained, ctx)
    }
}
