import GRDB

extension AppDatabase {
    /// The newest `limit` entries made by `user`, newest first: the journal a reviewer sees (their
    /// own changes only). Cost: one range of the `journal_entry_user` index.
    public func journal(of user: String, limit: Int, changeLimit: Int = 50) throws -> [JournalEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: JournalRows.select + " WHERE user = ? ORDER BY sequence DESC LIMIT ?",
                                        arguments: [user, limit])
            return try rows.map { try JournalRows.entry(db, $0, changeLimit: changeLimit) }
        }
    }
}
