import GRDB
#if canImport(Glibc)
import Glibc
#endif

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

    /// A run being undone is no longer as its entry left it: a row of it was changed or deleted
    /// since (`deleteInsertedRun(_:rows:expecting:)`). The caller rolls back and names who changed what.
    struct RunChanged: Error {}

    /// Deletes rows `rows` (an undone run of inserts), journalling them highest id first — the
    /// reverse of their insertion — with one INSERT … SELECT and one DELETE.
    ///
    /// `expecting`: the journal_change ids of the run's inserts. Each row's image as it is now (the
    /// before image just journalled) must equal the after image the insert recorded, else
    /// `RunChanged` is thrown (after writing: the caller rolls back). Compared as bytes while the new
    /// images are read for the hash, instead of building every row's image a second time in a
    /// check beforehand — a sixth of undoing a bulk command (callgrind, issue 15).
    func deleteInsertedRun(_ spec: TableSpec, rows: ClosedRange<Int64>, expecting: ClosedRange<Int64>) throws {
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
        // The inserts' after images, highest row first as the new rows are.
        let recorded = try RawStatement(db, sql: "SELECT row_id, after FROM journal_change WHERE id BETWEEN ?1 AND ?2 ORDER BY id DESC")
        recorded.bind(expecting.lowerBound, at: 1)
        recorded.bind(expecting.upperBound, at: 2)
        defer { recorded.reset() }
        var seen: Int64 = 0
        while try read.step() {
            guard try recorded.step(), recorded.int64(0) == read.int64(0),
                  JournalWriter.sameBytes(recorded.bytes(1), read.bytes(1)) else { throw RunChanged() }
            hasher.add(table: spec.name, rowId: read.int64(0), before: read.bytes(1), after: nil)
            seen += 1
        }
        guard seen == count, expecting.count == count else { throw RunChanged() }
        position += count
    }

    /// Whether two texts read from SQLite hold the same bytes (both NULL counts as the same).
    static func sameBytes(_ a: UnsafeRawBufferPointer?, _ b: UnsafeRawBufferPointer?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        guard a.count == b.count else { return false }
        return a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
    }
}
