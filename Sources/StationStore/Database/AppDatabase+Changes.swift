import GRDB

extension AppDatabase {
    /// The tables (as `TableSpec` names: "talent", "station", …) that commands after journal
    /// sequence `token` (a `changeToken()`) touched, so a screen reloads only when what it shows
    /// changed. nil when the journal cannot say: the token is ahead of the journal (a restored
    /// backup), so everything must be treated as changed.
    /// Cost: one range scan of the newer commands' change rows (their ids are contiguous).
    public func changedTables(since token: Int64) throws -> Set<String>? {
        try read { db in
            let latest = try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM journal_entry") ?? 0
            if latest < token { return nil }
            if latest == token { return [] }
            guard let first = try Int64.fetchOne(db, sql: "SELECT min(first_change) FROM journal_entry WHERE sequence > ?",
                                                 arguments: [token]) else { return [] }
            return Set(try String.fetchAll(db, sql: "SELECT DISTINCT table_name FROM journal_change WHERE id >= ?",
                                           arguments: [first]))
        }
    }
}
