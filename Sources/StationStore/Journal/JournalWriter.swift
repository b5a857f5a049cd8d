import GRDB
import StationDomain

/// The only way records change: inside `AppDatabase.write(command:by:_:)`, every insert, update
/// and delete goes through a writer, which stores the row's before/after images as one
/// `journal_change` row each and feeds them to the entry's hash. When the body returns, the store
/// closes the entry; when it throws, nothing of the command is kept.
///
/// Cost: inserts are the bulk case (an import of 200,000 talents). Consecutive inserts into one
/// table with consecutive ids form a run; the run's journal rows are written by one
/// INSERT … SELECT json_object(…) inside SQLite when the run ends, and hashed straight from
/// SQLite's buffers — per row, one prepared INSERT through the C API. Updates, deletes and
/// restores cost one image read, one write and one journal row each.
public final class JournalWriter {
    let db: Database
    public let user: String
    public let command: String
    let sequence: Int64
    /// The id of this entry's first journal_change row; the rest follow contiguously.
    let firstChange: Int64
    /// One line saying what the command did, shown in `stationdesk log`; set by the body.
    public var summary: String = ""
    var hasher = JournalHasher()
    var position: Int64 = 0
    var run: InsertRun?
    private var lastInsert: RawStatement?

    init(db: Database, user: String, command: String, sequence: Int64, firstChange: Int64) {
        self.db = db; self.user = user; self.command = command; self.sequence = sequence
        self.firstChange = firstChange
    }

    /// How many records the command has touched so far.
    public var changeCount: Int { Int(position) }

    // MARK: typed records

    /// Inserts the record (with its own id when it has one) and returns it with its id.
    @discardableResult
    public func insert<R: StoredRecord>(_ record: R) throws -> R {
        let spec = R.tableSpec
        let record = try JournalWriter.checkedText(record)
        let values = try record.databaseValues()
        if !(record is TextChecked) { try JournalWriter.checkText(values, spec) }
        let statement: RawStatement
        if let id = record.storedId {
            statement = try insertStatement(spec.insertWithIdSQL)
            statement.bind(id, at: 1)
            statement.bind(values, startingAt: 2)
        } else {
            statement = try insertStatement(spec.insertSQL)
            statement.bind(values)
        }
        try statement.run()
        let id = record.storedId ?? statement.lastInsertedRowID
        // Id lists (a station's partners) are checked as foreign keys would be.
        try References.checkListIds(db, spec, id: id)
        var stored = record
        stored.storedId = id
        if var current = run, current.spec.name == spec.name, current.lastRow + 1 == id {
            current.lastRow = id
            run = current
        } else {
            try flushRun()
            run = InsertRun(spec: spec, firstRow: id, lastRow: id, firstChangeId: firstChange + position)
        }
        position += 1
        return stored
    }

    /// Updates the stored row to `record`. When `original` is given (the record as the form saw it),
    /// the stored row must still equal it, else `StoreError.conflict` with theirs against mine.
    @discardableResult
    public func update<R: StoredRecord>(_ record: R, replacing original: R? = nil) throws -> R {
        try flushRun()
        let spec = R.tableSpec
        guard let id = record.storedId else {
            throw StoreError.invalid(field: "\(spec.name).id", message: "更新需要已保存的记录 (update needs a stored record)")
        }
        let record = try JournalWriter.checkedText(record)
        let values = try record.databaseValues()
        if !(record is TextChecked) { try JournalWriter.checkText(values, spec) }
        if let original {
            let current: R? = try self.record(R.self, id: id)
            if current != original { throw try conflict(spec: spec, id: id, mine: record, theirsExists: current != nil) }
        }
        guard let before = try image(spec, id: id) else { throw StoreError.notFound(table: spec.name, id: id) }
        let statement = try RawStatement(db, sql: spec.updateSQL)
        statement.bind(values)
        statement.bind(id, at: Int32(spec.columns.count + 1))
        let after = try stepImage(statement)
        guard let after else { throw StoreError.notFound(table: spec.name, id: id) }
        try References.checkListIds(db, spec, id: id)
        if after != before { try journal(table: spec.name, rowId: id, before: before, after: after) }
        return record
    }

    /// Deletes the record; the stored row must still equal `record` (else a conflict, nothing deleted).
    public func delete<R: StoredRecord>(_ record: R) throws {
        try flushRun()
        let spec = R.tableSpec
        guard let id = record.storedId else { throw StoreError.invalid(field: "\(spec.name).id", message: "未保存的记录 (not a stored record)") }
        let current: R? = try self.record(R.self, id: id)
        if current != record {
            throw try conflict(spec: spec, id: id, mine: record, theirsExists: current != nil)
        }
        try References.checkDeletable(db, spec, ids: id...id)
        let statement = try RawStatement(db, sql: spec.deleteSQL)
        statement.bind(id, at: 1)
        guard let before = try stepImage(statement) else { throw StoreError.notFound(table: spec.name, id: id) }
        try journal(table: spec.name, rowId: id, before: before, after: nil)
    }

    /// Reads one record inside the command's transaction.
    public func record<R: StoredRecord>(_ type: R.Type, id: Int64) throws -> R? {
        let statement = try db.cachedStatement(sql: R.selectSQL + " WHERE id = ?")
        statement.setUncheckedArguments([id])
        return try Row.fetchOne(statement).map { try R(row: $0) }
    }

    /// Reads every record of a type inside the command's transaction, in id order.
    public func records<R: StoredRecord>(_ type: R.Type) throws -> [R] {
        try Row.fetchAll(db, sql: R.selectSQL + " ORDER BY id").map { try R(row: $0) }
    }

    // MARK: row images (used by undo, redo and revert)

    /// The current image of a row, or nil when there is no such row.
    func image(_ spec: TableSpec, id: Int64) throws -> String? {
        let statement = try RawStatement(db, sql: spec.imageSQL)
        statement.bind(id, at: 1)
        return try stepImage(statement)
    }

    /// Puts the row back to `image` (nil: the row must not exist), journalling the change.
    func restore(_ spec: TableSpec, id: Int64, to image: String?) throws {
        try flushRun()
        let current = try self.image(spec, id: id)
        if current == image { return }
        switch (current, image) {
        case (nil, let target?):
            let statement = try RawStatement(db, sql: spec.restoreInsertSQL)
            statement.bind(target, at: 1)
            let after = try stepImage(statement)
            try journal(table: spec.name, rowId: id, before: nil, after: after)
        case (let before?, nil):
            try References.checkDeletable(db, spec, ids: id...id)
            let statement = try RawStatement(db, sql: spec.deleteSQL)
            statement.bind(id, at: 1)
            _ = try stepImage(statement)
            try journal(table: spec.name, rowId: id, before: before, after: nil)
        case (let before?, let target?):
            let statement = try RawStatement(db, sql: spec.restoreUpdateSQL)
            statement.bind(target, at: 1)
            statement.bind(id, at: 2)
            let after = try stepImage(statement)
            try journal(table: spec.name, rowId: id, before: before, after: after)
        case (nil, nil):
            return
        }
    }

    /// Journals any pending run of inserts; the store calls it before closing the entry.
    func finish() throws { try flushRun() }

    // MARK: text rules (StationDomain's TextRules, the same the forms and the import use)

    /// The record with its text checked and NFC-normalised, when its type says which fields hold
    /// what (`TextChecked`); else the record as it is (its text values are scanned by `checkText`).
    static func checkedText<R: StoredRecord>(_ record: R) throws -> R {
        guard let checkable = record as? TextChecked else { return record }
        return try (checkable.checkedText() as? R) ?? record
    }

    /// For records without their own rules: no text value may hold a control character (but tab
    /// and line breaks) or a zero-width or bidirectional control. Cost: a byte scan per value.
    static func checkText(_ values: [DatabaseValue], _ spec: TableSpec) throws {
        for (i, value) in values.enumerated() {
            guard case .string(let text) = value.storage, let reason = TextRules.problem(in: text, as: .note) else { continue }
            throw TextProblem(field: i < spec.columns.count ? spec.columns[i] : spec.name, reason: reason)
        }
    }

    // MARK: internals

    /// The INSERT statement last used, kept for the next row of a bulk insert: every parameter is
    /// bound again for each row, so neither GRDB's statement-cache lookup (hashing the SQL text)
    /// nor `sqlite3_clear_bindings` is needed per row (callgrind: ~2.5 % of a talent import).
    private func insertStatement(_ sql: String) throws -> RawStatement {
        if let last = lastInsert, last.sql == sql { return last }
        let statement = try RawStatement(db, sql: sql)
        lastInsert = statement
        return statement
    }

    /// Steps a statement whose single column is a row image (a RETURNING or a SELECT) and resets it.
    private func stepImage(_ statement: RawStatement) throws -> String? {
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        let image = statement.text(0)
        while try statement.step() {}
        return image
    }

    private func journal(table: String, rowId: Int64, before: String?, after: String?) throws {
        try flushRun()
        let statement = try RawStatement(db, sql: """
            INSERT INTO journal_change(id, entry, table_name, row_id, before, after) VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.bind(firstChange + position, at: 1)
        statement.bind(sequence, at: 2)
        statement.bind(table, at: 3)
        statement.bind(rowId, at: 4)
        statement.bind(before, at: 5)
        statement.bind(after, at: 6)
        try statement.run()
        hasher.add(table: table, rowId: rowId, before: before, after: after)
        position += 1
    }

    private func conflict<R: StoredRecord>(spec: TableSpec, id: Int64, mine: R, theirsExists: Bool) throws -> StoreError {
        let mineExpression = "json_object(" + (["id"] + spec.columns).map { "'\($0)', ?" }.joined(separator: ", ") + ")"
        let mineImage = try String.fetchOne(db, sql: "SELECT " + mineExpression,
                                            arguments: StatementArguments([id.databaseValue] + (try mine.databaseValues())))
        let theirsImage = try image(spec, id: id)
        let mineFields = try JournalImages.fields(db, mineImage)
        let theirsFields = try JournalImages.fields(db, theirsImage)
        var diffs: [RecordConflict.Field] = []
        for (name, value) in mineFields where name != "id" {
            let theirs = theirsFields.first { $0.0 == name }?.1 ?? nil
            if theirs != value || theirsImage == nil {
                diffs.append(RecordConflict.Field(name: name, theirs: theirsImage == nil ? nil : theirs, mine: value))
            }
        }
        let last = try JournalImages.lastChange(db, table: spec.name, rowId: id)
        return .conflict(RecordConflict(table: spec.name, rowId: id, fields: diffs, deleted: !theirsExists, lastChange: last))
    }
}
