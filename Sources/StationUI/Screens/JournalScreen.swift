import StationStore
/// The journal: every change, newest first — number, when, who, what. With a `.history`
/// source it shows only the entries that touched one record (`h` on a record). Enter shows an
/// entry's before → after. Loads the newest 1000 entries; cost O(entries shown).
public struct JournalScreen: Screen {
    public enum Source: Equatable, Sendable {
        case all
        /// Only the entries the user made (a reviewer's journal).
        case mine
        case history(table: String, id: Int64, name: String)
    }

    public let source: Source
    public private(set) var entries: [JournalEntry] = []
    public internal(set) var list: ListBrowser
    private var loadError: String?

    public init(source: Source, _ ctx: Context) {
        self.source = source
        let c = ctx.catalog
        // Newest first: the number column, descending.
        list = ListBrowser(columns: [Table.Column(c.columnSequence, width: 6, alignRight: true, order: .number),
                                     Table.Column(c.columnTime, width: 16),
                                     Table.Column(c.columnUser, min: 8, share: 1), Table.Column(c.columnWhat, min: 20, share: 4)],
                           sortColumn: 0, reversed: true)
        reload(ctx)
    }

    public var capturesText: Bool { list.filtering }
    public var selectedEntry: JournalEntry? { list.selectedIndex.map { entries[$0] } }

    public func title(_ ctx: Context) -> String {
        switch source {
        case .all: return ctx.catalog.areaName(.journal)
        case .mine: return ctx.catalog.journalMine
        case .history(_, _, let name): return ctx.catalog.historyOf(name)
        }
    }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("↑↓", c.keyMove), Hint("Enter", c.keyDetails), Hint("/", c.keyFilter), Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo),
                Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return ListBrowser.helpKeys(ctx) + [Hint("Enter", c.keyDetails), Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo),
                                            Hint("Esc q", c.keyBack), Hint("Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        do {
            switch source {
            case .all: entries = try ctx.store.journal(limit: 1000, beforeSequence: nil)
            case .mine: entries = try ctx.store.journal(of: ctx.user, limit: 1000)
            case .history(let t, let id, _): entries = try ctx.store.history(table: t, id: id).sorted { $0.sequence > $1.sequence }
            }
            loadError = nil
        } catch {
            entries = []
            loadError = ctx.catalog.describe(error)
        }
        let c = ctx.catalog
        let rows = entries.map { ["\($0.sequence)", JournalScreen.shortTime($0.time), $0.user, c.journalWhat($0)] }
        list.setRows(rows, ids: entries.map(\.sequence), ctx)
    }

    /// "2026-11-26T22:41:53+08:00" → "2026-11-26 22:41".
    static func shortTime(_ t: String) -> String {
        String(t.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = list.handle(key, ctx) { return effects }
        if key == .enter, let line = selectedEntry {
            var only: (table: String, id: Int64)?
            if case .history(let t, let id, _) = source { only = (t, id) }
            return [.push(JournalEntryScreen((try? ctx.store.entry(line.sequence)) ?? line, only: only))]
        }
        return nil
    }

    public func whyNot(_ key: Key, _ ctx: Context) -> String? {
        switch key {
        case .char("a"), .char("e"), .char("d"): return ctx.catalog.journalEditWhy
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        list.render(into: &grid, area: area, title: title(ctx), empty: loadError ?? ctx.catalog.journalEmpty, ctx)
    }
}

extension String {
    func replacingOccurrences(of a: Character, with b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
