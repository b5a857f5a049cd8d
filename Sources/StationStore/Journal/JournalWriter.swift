import GRDB

/// The only way records change: inside `AppDatabase.write(command:by:_:)`, every insert, update
/// and delete goes through a writer, which stores the row's before/after images as one
/// `journal_change` row each (a prepared statement, so 200,000 inserts stay cheap) and feeds them
/// to the entry's hash. When the body returns, the store closes the entry; when it throws,
/// nothing of the command is kept.
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
    private var position: Int64 = 0

    init(db: Database, user: String, command: String, sequence: Int64, firstChange: Int64) {
        self.db = db; self.user = user; self.command = command; self.sequence = sequence
        self.firstChange = firstChange
    }

    /// How many records the command has touched so far.
    public var changeCount: Int { hasher.changeCount }

    // MARK: typed records

    /// Inserts the record (with its own id when it has one) and returns it with its id.
    @discardableResult
    public func insert<R: StoredRecord>(_ record: R) throws -> R {
        let spec = R.tableSpec
        let values = try record.databaseValues()
        let statement: Statement
        if let id = record.storedId {
            statement = try db.cachedStatement(sql: spec.insertWithIdSQL)
            statement.setUncheckedArguments(StatementArguments([id.databaseValue] + values))
        } else {
            statement = try db.cachedStatement(sql: spec.insertSQL)
            statement.setUncheckedArguments(StatementArguments(values))
        }
        guard let after = try String.fetchOne(statement) else {
            throw StoreError.constraint(detail: "insert into \(spec.name) returned nothing")
        }
        var stored = record
        let id = record.storedId ?? db.lastInsertedRowID
        stored.storedId = id
        try journal(table: spec.name, rowId: id, before: nil, after: after)
        return stored
    }

    /// Updates the stored row to `record`. When `original` is given (the record as the form saw it),
    /// the stored row must still equal it, else `StoreError.conflict` with theirs against mine.
    @discardableResult
    public func update<R: StoredRecord>(_ record: R, replacing original: R? = nil) throws -> R {
        let spec = R.tableSpec
        guard let id = record.storedId else {
            throw StoreError.invalid(field: "\(spec.name).id", message: "更新需要已保存的记录 (update needs a stored record)")
        }
        let current: R? = try self.record(R.self, id: id)
        if let original, current != original {
            throw try conflict(spec: spec, id: id, mine: record, theirsExists: current != nil)
        }
        guard let before = try image(spec, id: id) else { throw StoreError.notFound(table: spec.name, id: id) }
        let statement = try db.cachedStatement(sql: spec.updateSQL)
        statement.setUncheckedArguments(StatementArguments(try record.databaseValues() + [id.databaseValue]))
        guard let after = try String.fetchOne(statement) else { throw StoreError.notFound(table: spec.name, id: id) }
        if after != before { try journal(table: spec.name, rowId: id, before: before, after: after) }
        return record
    }

    /// Deletes the record; the stored row must still equal `record` (else a conflict, nothing deleted).
    public func delete<R: StoredRecord>(_ record: R) throws {
        let spec = R.tableSpec
        guard let id = record.storedId else { throw StoreError.invalid(field: "\(spec.name).id", message: "未保存的记录 (not a stored record)") }
        let current: R? = try self.record(R.self, id: id)
        if current != record {
            throw try conflict(spec: spec, id: id, mine: record, theirsExists: current != nil)
        }
        let statement = try db.cachedStatement(sql: spec.deleteSQL)
        statement.setUncheckedArguments([id])
        guard let before = try String.fetchOne(statement) else { throw StoreError.notFound(table: spec.name, id: id) }
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
        let statement = try db.cachedStatement(sql: spec.imageSQL)
        statement.setUncheckedArguments([id])
        return try String.fetchOne(statement)
    }

    /// Puts the row back to `image` (nil: the row must not exist), journalling the change.
    func restore(_ spec: TableSpec, id: Int64, to image: String?) throws {
        let current = try self.image(spec, id: id)
        if current == image { return }
        switch (current, image) {
        case (nil, let target?):
            let statement = try db.cachedStatement(sql: spec.restoreInsertSQL)
            statement.setUncheckedArguments([target])
            let after = try String.fetchOne(statement)
            try journal(table: spec.name, rowId: id, before: nil, after: after)
        case (let before?, nil):
            let statement = try db.cachedStatement(sql: spec.deleteSQL)
            statement.setUncheckedArguments([id])
            _ = try String.fetchOne(statement)
            try journal(table: spec.name, rowId: id, before: before, after: nil)
        case (let before?, let target?):
            let statement = try db.cachedStatement(sql: spec.restoreUpdateSQL)
            statement.setUncheckedArguments([target, id])
            let after = try String.fetchOne(statement)
            try journal(table: spec.name, rowId: id, before: before, after: after)
        case (nil, nil):
            return
        }
    }

    // MARK: internals

    private func journal(table: String, rowId: Int64, before: String?, after: String?) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO journal_change(id, entry, table_name, row_id, before, after) VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.setUncheckedArguments([firstChange + position, sequence, table, rowId, before, after])
        try statement.execute()
        hasher.add(table: table, rowId: rowId, before: before, after: after)
        position += 1
    }

    private func conflict<R: StoredRecord>(spec: TableSpec, id: Int64, mine: R, theirsExists: Bool) throws -> StoreError {
        let mineImage = try String.fetchOne(db, sql: "SELECT " + spec.imageExpression.replacingColumnsWithParameters(spec),
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

private extension String {
    /// `json_object('id', "id", 'name', "name")` → `json_object('id', ?, 'name', ?)`: the image a
    /// record would have, made by the same SQLite function so it compares field by field.
    func replacingColumnsWithParameters(_ spec: TableSpec) -> String {
        "json_object(" + (["id"] + spec.columns).map { "'\($0)', ?" }.joined(separator: ", ") + ")"
    }
}
