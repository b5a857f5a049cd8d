import StationDomain

/// One unit or partner, field by field; `e` edits, `d` deletes (asking, naming it), `h` shows
/// its history. Follows changes made elsewhere; says so when the record no longer exists.
public struct RecordScreen: Screen {
    public private(set) var record: DeskRecord
    public private(set) var gone = false

    public init(_ record: DeskRecord) { self.record = record }

    public func title(_ ctx: Context) -> String { record.name }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("e", c.keyEdit), Hint("d", c.keyDelete), Hint("h", c.keyHistory), Hint("u", c.keyUndo),
                Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        hints(ctx) + [Hint("Ctrl-R", ctx.catalog.keyRedo), Hint("Ctrl-Q", ctx.catalog.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        guard let id = record.id, let all = try? DeskRecord.all(record.kind, ctx.store) else { return }
        if let now = all.first(where: { $0.id == id }) { record = now; gone = false } else { gone = true }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        guard !gone else { return nil }
        switch key {
        case .char("e"): return [.push(RecordFormScreen(editing: record, ctx))]
        case .char("d"):
            return [.push(ConfirmScreen(question: ctx.catalog.confirmDelete(record.name), onYes: [.run(record.deleteCommand)]))]
        case .char("h"):
            guard let id = record.id else { return [] }
            return [.push(JournalScreen(source: .history(table: record.table, id: id, name: record.name), ctx))]
        default: return nil
        }
    }

    public mutating func finished(_ command: StoreCommand, _ result: Result<StoreOutcome, Error>, _ ctx: Context) -> [Effect] {
        switch (command, result) {
        case (.deleteUnit, .success), (.deletePartner, .success):
            return [.pop, .message(ctx.catalog.deleted(record.name))]
        case (_, .failure(let e)): return [.error(ctx.catalog.describe(e))]
        default: return []
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let heading = (record.kind == .unit ? c.tabUnits : c.tabPartners) + (gone ? "  " + c.recordGone : "")
        grid.put(heading, row: area.top + 1, col: area.left + 2, limit: area.width - 4, style: gone ? .error : .header)
        let details = record.details(c)
        let labelWidth = (details.map { grid.measure($0.0) }.max() ?? 0) + 2
        for (i, (label, value)) in details.enumerated() where area.top + 3 + i < area.bottom {
            let row = area.top + 3 + i
            grid.put(grid.pad(label, to: labelWidth), row: row, col: area.left + 2, style: .label)
            grid.put(value, row: row, col: area.left + 2 + labelWidth + 1, limit: area.width - labelWidth - 5)
        }
        grid.cursor = (area.top + 3, area.left + 2 + labelWidth + 1)
    }
}
