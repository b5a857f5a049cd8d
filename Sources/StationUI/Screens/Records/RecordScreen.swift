import StationDomain
import StationStore

/// One record of a `RecordKind`, field by field; `e` edits, `d` deletes (asking, naming it), `h`
/// shows its history. Follows changes made elsewhere; says so when the record no longer exists.
/// Edit and delete are offered only to a user whose roles grant `K.permission`.
public struct RecordScreen<K: RecordKind>: Screen {
    public private(set) var record: K.Record
    public private(set) var gone = false

    public init(_ record: K.Record) { self.record = record }

    public func title(_ ctx: Context) -> String { K.name(of: record) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let change = ctx.may(K.permission) ? [Hint("e", c.keyEdit), Hint("d", c.keyDelete)] : []
        return change + [Hint("h", c.keyHistory), Hint("u", c.keyUndo),
                         Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        hints(ctx) + [Hint("Ctrl-R", ctx.catalog.keyRedo), Hint("Ctrl-Q", ctx.catalog.keyQuit)]
    }

    public var shownTables: Set<String>? { [K.table] }

    public mutating func reload(_ ctx: Context) {
        guard let id = record.storedId, let now = try? ctx.store.fetch(K.Record.self, id: id) else {
            gone = true
            return
        }
        record = now
        gone = false
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        guard !gone else { return nil }
        switch key {
        case .char("e"), .char("d"):
            guard ctx.may(K.permission) else { return [.error(ctx.catalog.notPermitted(K.permission))] }
            if key == .char("e") { return [.push(RecordFormScreen<K>(editing: record, ctx))] }
            let name = K.name(of: record)
            return [.push(ConfirmScreen(question: ctx.catalog.confirmDelete(name), onYes: [
                run(K.delete(record)) { _, result, ctx in
                    if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                    return [.pop, .message(ctx.catalog.deleted(name))]
                },
            ]))]
        case .char("h"):
            guard let id = record.storedId else { return [] }
            return [.push(JournalScreen(source: .history(table: K.table, id: id, name: K.name(of: record)), ctx))]
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let heading = K.title(c) + (gone ? "  " + c.recordGone : "")
        grid.put(heading, row: area.top + 1, col: area.left + 2, limit: area.width - 4, style: gone ? .error : .header)
        let details = K.details(record, c)
        let labelWidth = (details.map { grid.measure($0.0) }.max() ?? 0) + 2
        // A long value wraps under itself rather than being cut: the record shows it whole.
        var row = area.top + 3
        for (label, value) in details where row < area.bottom {
            grid.put(grid.pad(label, to: labelWidth), row: row, col: area.left + 2, style: .label)
            for part in TextPane.wrap(value, width: area.width - labelWidth - 5, hang: 0, measure: grid.measure) where row < area.bottom {
                grid.put(part, row: row, col: area.left + 2 + labelWidth + 1, limit: area.width - labelWidth - 5)
                row += 1
            }
        }
        grid.cursor = (area.top + 3, area.left + 2 + labelWidth + 1)
    }
}
