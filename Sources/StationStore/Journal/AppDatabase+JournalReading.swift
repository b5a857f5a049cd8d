import GRDB

extension AppDatabase {
    /// The newest `limit` entries (before `beforeSequence` when given), newest first, each with at
    /// most `changeLimit` of its changes (`changeCount` tells the full number; `entry(_:)` gives all).
    public func journal(limit: Int, beforeSequence: Int64? = nil, changeLimit: Int = 50) throws -> [JournalEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: JournalRows.select + " WHERE sequence < ? ORDER BY sequence DESC LIMIT ?",
                                        arguments: [beforeSequence ?? Int64.max, limit])
            return try rows.map { try JournalRows.entry(db, $0, changeLimit: changeLimit) }
        }
    }

    /// One entry with all its changes.
    public func entry(_ sequence: Int64) throws -> JournalEntry {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: JournalRows.select + " WHERE sequence = ?", arguments: [sequence]) else {
                throw StoreError.noSuchEntry(sequence)
            }
            return try JournalRows.entry(db, row, changeLimit: Int.max)
        }
    }

    /// Every entry that touched record `id` of `table`, newest first, each with only that record's changes.
    public func history(table: String, id: Int64) throws -> [JournalEntry] {
        try read { db in
            let changes = try Row.fetchAll(db, sql: """
                SELECT entry, table_name, row_id, before, after FROM journal_change
                WHERE table_name = ? AND row_id = ? ORDER BY entry DESC, id DESC
                """, arguments: [table, id])
            var result: [JournalEntry] = []
            for change in changes {
                let seq: Int64 = change["entry"]
                let rc = RecordChange(table: change["table_name"], rowId: change["row_id"], before: change["before"], after: change["after"])
                if result.last?.sequence == seq {
                    result[result.count - 1].changes.insert(rc, at: 0)
                    continue
                }
                guard let row = try Row.fetchOne(db, sql: JournalRows.select + " WHERE sequence = ?", arguments: [seq]) else { continue }
                var e = try JournalRows.entry(db, row, changeLimit: 0)
                e.changes = [rc]
                result.append(e)
            }
            return result
        }
    }

    /// How many entries the journal holds.
    public func journalCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM journal_entry") ?? 0 }
    }
}

enum JournalRows {
    static let select = """
        SELECT sequence, user, time, command, summary, kind, undoes, redoes, first_change, change_count, hash FROM journal_entry
        """

    static func entry(_ db: Database, _ row: Row, changeLimit: Int) throws -> JournalEntry {
        let first: Int64 = row["first_change"], count: Int64 = row["change_count"]
        var changes: [RecordChange] = []
        if changeLimit > 0 {
            changes = try Row.fetchAll(db, sql: """
                SELECT table_name, row_id, before, after FROM journal_change WHERE id >= ? AND id < ? ORDER BY id
                """, arguments: [first, first + min(count, Int64(changeLimit))]).map {
                RecordChange(table: $0["table_name"], rowId: $0["row_id"], before: $0["before"], after: $0["after"])
            }
        }
        let kindText: String = row["kind"]
        return JournalEntry(sequence: row["sequence"], user: row["user"], time: row["time"], command: row["command"],
                            summary: row["summary"], kind: JournalEntryKind(rawValue: kindText) ?? .command,
                            changes: changes, changeCount: Int(count), undoes: row["undoes"], redoes: row["redoes"],
                            hash: row["hash"])
    }
}
