import GRDB

/// Runs of inserts: the bulk case, journalled and undone set-wise inside SQLite.
extension JournalWriter {
    /// Rows inserted one after another into one table, not yet journalled.
    struct InsertRun {
        var spec: TableSpec
        var firstRow: Int64
        var lastRow: Int64
        var firstChangeId: Int64
    }

    /// Journals the pending run, if any: one INSERT … SELECT json_object(…) writes its change
    /// rows, which are then hashed in id order straight from SQLite's buffers.
    func flushRun() throws {
        guard let r = run else { return }
        run = nil
        let count = r.lastRow - r.firstRow + 1
        let insert = try RawStatement(db, sql: r.spec.journalInsertRunSQL)
        insert.bind(r.firstChangeId, at: 1)
        insert.bind(r.firstRow, at: 2)
        insert.bind(sequence, at: 3)
        insert.bind(r.spec.name, at: 4)
        insert.bind(r.lastRow, at: 5)
        try insert.run()
        let read = try RawStatement(db, sql: "SELECT row_id, after FROM journal_change WHERE id BETWEEN ?1 AND ?2 ORDER BY id")
        read.bind(r.firstChangeId, at: 1)
        read.bind(r.firstChangeId + count - 1, at: 2)
        defer { read.reset() }
        var seen: Int64 = 0
        while try read.step() {
            hasher.add(table: r.spec.name, rowId: read.int64(0), before: nil, after: read.bytes(1))
            seen += 1
        }
        guard seen == count else {
            throw StoreError.damaged(path: "", detail: "journal run of \(r.spec.name) wrote \(seen) of \(count) rows")
        }
    }

    /// Deletes rows `rows` (an undone run of inserts, checked unchanged by the caller), journalling
    /// them highest id first — the reverse of their insertion — with one INSERT … SELECT and one DELETE.
    func deleteInsertedRun(_ spec: TableSpec, rows: ClosedRange<Int64>) throws {
        try flushRun()
        try References.checkDeletable(db, spec, ids: rows)
        let first = firstChange + position
        let count = rows.upperBound - rows.lowerBound + 1
        if position + count >= JournalWriter.bulkFrom { try bulkCache() }
        let journalRows = try RawStatement(db, sql: "INSERT INTO journal_change(id, entry, table_name, row_id, before, after) "
            + "SELECT ?1 + (?5 - id), ?3, ?4, id, \(spec.imageExpression), NULL FROM \"\(spec.name)\" WHERE id BETWEEN ?2 AND ?5 ORDER BY id DESC")
        journalRows.bind(first, at: 1)
        journalRows.bind(rows.lowerBound, at: 2)
        journalRows.bind(sequence, at: 3)
        journalRows.bind(spec.name, at: 4)
        journalRows.bind(rows.upperBound, at: 5)
        try journalRows.run()
        let delete = try RawStatement(db, sql: "DELETE FROM \"\(spec.name)\" WHERE id BETWEEN ?1 AND ?2")
        delete.bind(rows.lowerBound, at: 1)
        delete.bind(rows.upperBound, at: 2)
        try delete.run()
        let read = try RawStatement(db, sql: "SELECT row_id, before FROM journal_change WHERE id BETWEEN ?1 AND ?2 ORDER BY id")
        read.bind(first, at: 1)
        read.bind(first + count - 1, at: 2)
        defer { read.reset() }
        var seen: Int64 = 0
        while try read.step() {
            hasher.add(table: spec.name, rowId: read.int64(0), before: read.bytes(1), after: nil)
            seen += 1
        }
        guard seen == count else {
            throw StoreError.damaged(path: "", detail: "undo of a run of \(spec.name) journalled \(seen) of \(count) rows")
        }
        position += count
    }
}
