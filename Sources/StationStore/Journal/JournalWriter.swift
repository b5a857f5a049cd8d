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
    private var lastTable: BulkTable?
    /// The text of the row being inserted, which the INSERT's parameters point into.
    private let bindBuffer = BindBuffer()

    init(db: Database, user: String, command: String, sequence: Int64, firstChange: Int64) {
        self.db = db; self.user = user; self.command = command; self.sequence = sequence
        self.firstChange = firstChange
    }

    /// A command that threw ends without `finish()`: its INSERT must not keep pointing into `bindBuffer`.
    deinit {
        lastInsert?.clearBindings()
        readCache()
    }

    /// How many records the command has touched so far.
    public var changeCount: Int { Int(position) }

    // MARK: typed records

    /// Inserts the record (with its own id when it has one) and returns it with its id.
    ///
    /// Cost, beside SQLite's insert: the text rules over the record's text, its values bound from
    /// one buffer the writer keeps (`BindBuffer`), and — for a row continuing the current run of
    /// plain inserts into the same table — nothing else: the statement and the table's facts are
    /// those of the previous row.
    @discardableResult
    public func insert<R: StoredRecord>(_ record: R) throws -> R {
        var record = record
        let ownRules = try record.checkOwnText()
        let values = try record.databaseValues()
        let table = bulkTable(R.self)
        if !ownRules { try JournalWriter.checkText(values, table.spec) }
        let statement: RawStatement
        if let id = record.storedId {
            statement = try insertStatement(table.spec.insertWithIdSQL)
            statement.bind(id, at: 1)
            statement.bindBorrowing(values, startingAt: 2, from: bindBuffer)
        } else {
            statement = try insertStatement(table.spec.insertSQL)
            statement.bindBorrowing(values, from: bindBuffer)
        }
        try statement.run()
        let id = record.storedId ?? statement.lastInsertedRowID
        // Id lists (a station's partners) are checked as foreign keys would be.
        if table.hasIdLists { try References.checkListIds(db, table.spec, id: id) }
        record.storedId = id
        if let last = run?.lastRow, run?.spec === table.spec, last + 1 == id {
            run?.lastRow = id
        } else {
            try flushRun()
            run = InsertRun(spec: table.spec, firstRow: id, lastRow: id, firstChangeId: firstChange + position)
        }
        position += 1
        if position == JournalWriter.bulkFrom { try bulkCache() }
        return record
    }

    /// From this many changes on, a command is a bulk one and gets the larger page cache.
    static let bulkFrom: Int64 = 1024
    /// Whether `bulkCache()` raised the page cache (lowered again by `finish()` or when the writer goes).
    private var cacheRaised = false

    /// Raises the connection's page cache to `AppDatabase.bulkCacheSize` for the rest of the command.
    func bulkCache() throws {
        guard !cacheRaised else { return }
        try db.execute(sql: "PRAGMA cache_size = \(AppDatabase.bulkCacheSize)")
        cacheRaised = true
    }

    /// Back to the reading cache (`AppDatabase.readCacheSize`); the pages the command changed stay
    /// until they are written at commit.
    private func readCache() {
        guard cacheRaised else { return }
        cacheRaised = false
        try? db.execute(sql: "PRAGMA cache_size = \(AppDatabase.readCacheSize)")
    }

    /// The table of the record type last inserted, with what an insert needs to know of it.
    final class BulkTable {
        let type: ObjectIdentifier
        let spec: TableSpec
        let hasIdLists: Bool
        init(type: ObjectIdentifier, spec: TableSpec) {
            self.type = type; self.spec = spec
            hasIdLists = References.lists.contains { $0.table == spec.name }
        }
    }

    private func bulkTable<R: StoredRecord>(_ type: R.Type) -> BulkTable {
        if let last = lastTable, last.type == ObjectIdentifier(type) { return last }
        let table = BulkTable(type: ObjectIdentifier(type), spec: R.tableSpec)
        lastTable = table
        return table
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
        var record = record
        let ownRules = try record.checkOwnText()
        let values = try record.databaseValues()
        if !ownRules { try JournalWriter.checkText(values, spec) }
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
    func finish() throws {
        lastInsert?.clearBindings()
        lastInsert = nil
        try flushRun()
        readCache()
    }

    // MARK: text rules (StationDomain's TextRules, the same the forms and the import use)

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
    /// Its text parameters point into `bindBuffer` (SQLITE_STATIC): they are cleared when another
    /// statement takes its place and when the command ends, so that no later use of the cached
    /// statement can read them.
    private func insertStatement(_ sql: String) throws -> RawStatement {
        if let last = lastInsert, last.sql == sql { return last }
        lastInsert?.clearBindings()
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
