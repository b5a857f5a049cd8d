import StationDomain
import StationStore

/// Adapts the store's `AppDatabase` to what the screens use, turning a store conflict into a
/// `SaveConflict` that carries their current record (so the form can show theirs vs mine).
public final class AppDatabaseDeskStore: DeskStore {
    public let db: AppDatabase
    /// The data/ folder, for the admin's policy commands in 设置 (nil: they say it is missing).
    public let share: ShareDirectory?

    public init(_ db: AppDatabase, share: ShareDirectory? = nil) { self.db = db; self.share = share }

    public func units() throws -> [Unit] { try db.units() }
    public func partners() throws -> [Partner] { try db.partners() }
    public func user(_ login: String) throws -> User? { try db.user(login) }

    public func save(_ unit: Unit, replacing original: Unit?, by user: String) throws -> Unit {
        do { return try db.save(unit, replacing: original, by: user) } catch StoreError.conflict(let c) {
            throw SaveConflict.unit(theirs: try db.unit(id: c.rowId), mine: unit)
        } catch StoreError.duplicate(let column, _) where column.hasSuffix("credit_code") {
            // The form checks this before saving; getting here means another clerk saved the
            // same code in between, so name whose it is now (one read of the units, rare path).
            let holder = try? db.units().first { $0.creditCode == unit.creditCode && $0.id != unit.id }?.name
            throw DuplicateValue(field: "creditCode", value: unit.creditCode, holder: holder)
        }
    }

    public func save(_ partner: Partner, replacing original: Partner?, by user: String) throws -> Partner {
        do { return try db.save(partner, replacing: original, by: user) } catch StoreError.conflict(let c) {
            throw SaveConflict.partner(theirs: try db.partner(id: c.rowId), mine: partner)
        }
    }

    public func delete(_ unit: Unit, by user: String) throws { try db.delete(unit, by: user) }
    public func delete(_ partner: Partner, by user: String) throws { try db.delete(partner, by: user) }
    public func undo(by user: String) throws -> JournalLine { JournalLine(try db.undo(by: user)) }
    public func redo(by user: String) throws -> JournalLine { JournalLine(try db.redo(by: user)) }

    public func journal(limit: Int, beforeSequence: Int64?) throws -> [JournalLine] {
        try db.journal(limit: limit, beforeSequence: beforeSequence).map(JournalLine.init)
    }

    public func entry(_ sequence: Int64) throws -> JournalLine { JournalLine(try db.entry(sequence)) }

    public func history(table: String, id: Int64) throws -> [JournalLine] {
        try db.history(table: table, id: id).map(JournalLine.init)
    }

    public func changeToken() throws -> Int64 { try db.changeToken() }
    public func changedTables(since token: Int64) throws -> Set<String>? { try db.changedTables(since: token) }
}

extension JournalLine {
    init(_ e: JournalEntry) {
        self.init(sequence: e.sequence, user: e.user, time: e.time, command: e.command, summary: e.summary,
                  changes: e.changes.map { ChangeLine(table: $0.table, rowId: $0.rowId, before: $0.before, after: $0.after) },
                  undoes: e.undoes, redoes: e.redoes)
    }
}
