import GRDB

/// Opens and closes one journal entry inside a write transaction: picks the next sequence, hands
/// the body a writer, then stores the entry row with its hash (chained to the previous entry's).
enum JournalAppender {
    static func append<T>(_ db: Database, user: String, command: String, kind: JournalEntryKind,
                          undoes: Int64? = nil, redoes: Int64? = nil,
                          _ body: (JournalWriter) throws -> T) throws -> (result: T, entry: JournalEntry?) {
        guard !user.isEmpty else { throw StoreError.invalid(field: "user", message: "缺少用户名 (no user name given)") }
        // Cached statements: these run for every command, so no re-preparing.
        let last = try db.cachedStatement(sql: "SELECT sequence, hash FROM journal_entry ORDER BY sequence DESC LIMIT 1")
        let lastRow = try Row.fetchOne(last)
        let sequence: Int64 = (lastRow?["sequence"] ?? 0) + 1
        let previousHash: String = lastRow?["hash"] ?? ""
        let firstChange = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM journal_change")) ?? 0) + 1
        let writer = JournalWriter(db: db, user: user, command: command, sequence: sequence, firstChange: firstChange)
        let result = try body(writer)
        try writer.finish()
        guard writer.changeCount > 0 else { return (result, nil) }
        let header = JournalHasher.Header(
            previousHash: previousHash, sequence: sequence, kind: kind.rawValue, user: user,
            time: JournalClock.now(), command: command,
            summary: writer.summary.isEmpty ? command : writer.summary, undoes: undoes, redoes: redoes)
        let hash = writer.hasher.finish(header)
        let insert = try RawStatement(db, sql: """
            INSERT INTO journal_entry(sequence, user, time, command, summary, kind, undoes, redoes,
                                      first_change, change_count, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind([sequence.databaseValue, user.databaseValue, header.time.databaseValue, command.databaseValue,
                     header.summary.databaseValue, kind.rawValue.databaseValue, undoes.databaseValue, redoes.databaseValue,
                     firstChange.databaseValue, Int64(writer.changeCount).databaseValue, previousHash.databaseValue,
                     hash.databaseValue])
        try insert.run()
        let entry = JournalEntry(sequence: sequence, user: user, time: header.time, command: command,
                                 summary: header.summary, kind: kind, changes: [], changeCount: writer.changeCount,
                                 undoes: undoes, redoes: redoes, hash: hash)
        return (result, entry)
    }
}
