import StationStore
import Foundation
import StationDomain

/// One journal entry: who, when, what, and for each touched record every field that changed as
/// before → after (added records show → value, deleted ones value → ∅). ↑ ↓ scroll.
public struct JournalEntryScreen: Screen {
    public let entry: JournalEntry
    /// When opened from a record's history: only that record's change is shown.
    public let only: (table: String, id: Int64)?
    /// The entry's lines, made when first drawn (they need the records' names).
    public private(set) var pane: TextPane?
    /// Names of the records the entry refers to by id, read once when first drawn.
    private var names: RecordNames?

    public init(_ entry: JournalEntry, only: (table: String, id: Int64)? = nil) { self.entry = entry; self.only = only }

    public func title(_ ctx: Context) -> String { "#\(entry.sequence)" }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if pane?.searching == true { return [Hint(c.typeText, c.keySearchText), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)] }
        return [Hint("↑↓", c.keyScroll), Hint("PgUp PgDn", c.keyPage), Hint("/", c.keySearchText), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }

    public var capturesText: Bool { pane?.searching == true }

    public func help(_ ctx: Context) -> [Hint] {
        [Hint("↑ ↓ j k PgUp PgDn Home End g G", ctx.catalog.keyScroll), Hint("/ n N", ctx.catalog.keySearchTextLong)]
            + hints(ctx).dropFirst(3)
    }

    /// The text lines of the entry, before scrolling.
    public func lines(_ ctx: Context) -> [String] {
        let c = ctx.catalog
        let names = self.names ?? RecordNames(ctx.store, ctx.catalog)
        var out = [c.entryHeader(sequence: entry.sequence, user: entry.user, time: entry.time),
                   c.entryWhat(c.journalWhat(entry), command: entry.command), ""]
        for change in entry.changes where only == nil || (change.table == only!.table && change.rowId == only!.id) {
            out.append("\(c.journalTable(change.table)) #\(change.rowId)"
                       + (change.before == nil ? "  " + c.changeAdded : change.after == nil ? "  " + c.changeDeleted : ""))
            let before = JournalEntryScreen.fields(change.before), after = JournalEntryScreen.fields(change.after)
            // The name first (it says which record this is), then the other fields by key.
            let keys = Set(before.keys).union(after.keys).sorted { ($0 != "name" ? 1 : 0, $0) < ($1 != "name" ? 1 : 0, $1) }
            for key in keys where before[key] != after[key] {
                let shown = { (v: String) in c.journalValue(table: change.table, key: key, v, name: names.name) }
                out.append("  \(c.journalField(key)): \(before[key].map(shown) ?? "∅") → \(after[key].map(shown) ?? "∅")")
            }
        }
        return out
    }

    /// A record's JSON as field → shown value, without the row id and empty fields ([:] for nil
    /// or unreadable JSON).
    static func fields(_ json: String?) -> [String: String] {
        guard let json, let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (k, v) in object where k != "id" {
            if v is NSNull { continue }
            let text = "\(v)"
            // An empty field or list reads as absent: "∅ → x".
            if !text.isEmpty && text != "[]" { out[k] = text }
        }
        return out
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if pane == nil { makePane(ctx) }
        if let effects = pane!.handleSearch(key, ctx) { return effects }
        return pane!.handle(key) ? [] : nil
    }

    public mutating func reload(_ ctx: Context) {
        names = nil
        if pane != nil { makePane(ctx) }
    }

    private mutating func makePane(_ ctx: Context) {
        if names == nil { names = RecordNames(ctx.store, ctx.catalog) }
        let all = lines(ctx)
        var new = TextPane(all.enumerated().map { ($0.element, $0.offset == 0 ? Style.header : .normal) },
                           // A field's before → after continues under its value, past "  label: ".
                           hangs: all.map { line in
                               guard line.hasPrefix("  "), let colon = line.firstIndex(of: ":") else { return 0 }
                               return min(24, DisplayWidth.of(String(line[..<colon]), ambiguousWide: ctx.ambiguousWide) + 2)
                           })
        if let old = pane { new.scroll(to: old.top) }
        pane = new
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        if pane == nil { makePane(ctx) }
        pane!.render(into: &grid, area: Area(top: area.top + 1, left: area.left + 1, height: area.height - 1, width: area.width - 2))
    }
}
