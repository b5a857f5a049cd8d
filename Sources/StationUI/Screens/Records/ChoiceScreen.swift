import StationDomain

/// A boxed list drawn over the screen below it, to choose one thing for an action (the station
/// marked talents are re-credited to, the employer kind they get). ↑ ↓ move, `/` filters
/// (pinyin too), Enter chooses — the dialog closes and `onChoose` gives the effects (usually a
/// store command run by the screen that asked) — Esc closes it doing nothing.
public struct ChoiceScreen: Screen {
    public let heading: String
    public internal(set) var list: ListBrowser
    let onChoose: (Int64, Context) -> [Effect]

    public init(heading: String, columns: [Table.Column], rows: [[String]], ids: [Int64], _ ctx: Context,
                onChoose: @escaping (Int64, Context) -> [Effect]) {
        self.heading = heading
        self.onChoose = onChoose
        list = ListBrowser(columns: columns, sortColumn: 0)
        list.setRows(rows, ids: ids, ctx)
    }

    public var isOverlay: Bool { true }
    public var capturesText: Bool { list.filtering }
    public func title(_ ctx: Context) -> String { heading }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("↑↓", c.keyMove), Hint("/", c.keyFilter), Hint("Enter", c.keyChoose), Hint("Esc", c.keyCancel)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .enter:
            guard let id = list.selectedId else { return [] }
            return [.pop] + onChoose(id, ctx)
        case .escape, .char("q"): return [.pop]
        default: return []   // a dialog swallows every other key
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let width = min(area.width - 4, 72)
        let height = min(area.height - 2, max(6, list.rows.count + 5))
        let left = area.left + (area.width - width) / 2
        let top = area.top + max(1, (area.height - height) / 2)
        grid.put("+" + String(repeating: "-", count: width - 2) + "+", row: top, col: left, style: .frame)
        for r in 1..<(height - 1) {
            grid.put("|", row: top + r, col: left, style: .frame)
            grid.fill(row: top + r, col: left + 1, count: width - 2, style: .normal)
            grid.put("|", row: top + r, col: left + width - 1, style: .frame)
        }
        grid.put("+" + String(repeating: "-", count: width - 2) + "+", row: top + height - 1, col: left, style: .frame)
        grid.put(heading, row: top + 1, col: left + 2, limit: width - 4, style: .header)
        list.render(into: &grid, area: Area(top: top + 2, left: left + 1, height: height - 3, width: width - 2),
                    empty: ctx.catalog.noMatch, ctx)
    }
}
