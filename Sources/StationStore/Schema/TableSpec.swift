import GRDB
import StationDomain

/// The shape of one stored table as the journal sees it: its name and columns (besides `id`), and
/// the SQL the journal runs on it, built once. Row images are made by SQLite's own `json_object`
/// over the stored columns, so the image of a row is the same text whether it was produced by an
/// insert, an update or a plain read — which is what the undo conflict check compares.
///
/// Columns a later migration added are named in `addedLater`: the image leaves such a column
/// out while it is NULL, so a row stored before the migration still has the image its journal
/// entry recorded (`verify` and undo compare images as text; a new `"col":null` key would make
/// every older row look edited outside the program). Put them last in `columns`.
/// A class: each row of a bulk insert refers to its table's spec, and copying a struct of a dozen
/// strings retained and released each of them per row.
public final class TableSpec: Sendable {
    public let name: String
    /// Column names besides `id`, in the order `StoredRecord.databaseValues()` gives values.
    public let columns: [String]
    /// Columns added by a migration after the table was created (nullable; left out of the image while NULL).
    public let addedLater: [String]

    let imageExpression: String
    let insertSQL: String
    let insertWithIdSQL: String
    /// Journals a run of rows just inserted with contiguous ids ?2…?5 as changes ?1… of entry ?3.
    let journalInsertRunSQL: String
    let updateSQL: String
    let deleteSQL: String
    let imageSQL: String
    let restoreInsertSQL: String
    let restoreUpdateSQL: String

    /// The image expression over the columns of table alias `alias` (for joins).
    func imageExpression(alias: String) -> String {
        TableSpec.image(columns: ["id"] + columns, addedLater: addedLater) { "\(alias).\"\($0)\"" }
    }

    /// `json_object` over every column; a column added later is left out while NULL — by a CASE
    /// for one such column (no JSON re-parse: the talent table's bulk path), else by `json_remove`.
    static func image(columns all: [String], addedLater: [String], value: (String) -> String) -> String {
        let full = "json_object(" + list(all) { "'\($0)', \(value($0))" } + ")"
        guard !addedLater.isEmpty else { return full }
        if addedLater.count == 1, let column = addedLater.first {
            let without = "json_object(" + list(all.filter { $0 != column }) { "'\($0)', \(value($0))" } + ")"
            return "CASE WHEN \(value(column)) IS NULL THEN \(without) ELSE \(full) END"
        }
        return "json_remove(\(full), " + list(addedLater) { "CASE WHEN \(value($0)) IS NULL THEN '$.\($0)' ELSE '$.\"\"' END" } + ")"
    }

    public init(name: String, columns: [String], addedLater: [String] = []) {
        precondition(addedLater.allSatisfy(columns.contains), "addedLater names a column not in columns")
        self.name = name
        self.columns = columns
        self.addedLater = addedLater
        let all = ["id"] + columns
        imageExpression = TableSpec.image(columns: all, addedLater: addedLater) { "\"\($0)\"" }
        let quoted = TableSpec.list(columns) { "\"\($0)\"" }
        let marks = TableSpec.list(columns) { _ in "?" }
        insertSQL = "INSERT INTO \"\(name)\"(\(quoted)) VALUES (\(marks))"
        insertWithIdSQL = "INSERT INTO \"\(name)\"(id, \(quoted)) VALUES (?, \(marks))"
        journalInsertRunSQL = "INSERT INTO journal_change(id, entry, table_name, row_id, before, after) "
            + "SELECT ?1 + (id - ?2), ?3, ?4, id, NULL, \(imageExpression) FROM \"\(name)\" WHERE id BETWEEN ?2 AND ?5 ORDER BY id"
        updateSQL = "UPDATE \"\(name)\" SET " + TableSpec.list(columns) { "\"\($0)\" = ?" }
            + " WHERE id = ? RETURNING \(imageExpression)"
        deleteSQL = "DELETE FROM \"\(name)\" WHERE id = ? RETURNING \(imageExpression)"
        imageSQL = "SELECT \(imageExpression) FROM \"\(name)\" WHERE id = ?"
        restoreInsertSQL = "INSERT INTO \"\(name)\"(id, \(quoted)) SELECT "
            + TableSpec.list(all) { "json_extract(?1, '$.\($0)')" } + " RETURNING \(imageExpression)"
        restoreUpdateSQL = "UPDATE \"\(name)\" SET " + TableSpec.list(columns) { "\"\($0)\" = json_extract(?1, '$.\($0)')" }
            + " WHERE id = ?2 RETURNING \(imageExpression)"
    }

    /// `items.map(item).joined(separator: ", ")` by appending into one string: the generic
    /// `joined` and its intermediate arrays made building every table's SQL cost 2.9 M
    /// instructions — a fifth of a command-line `undo` (callgrind, issue 15).
    static func list(_ items: [String], _ item: (String) -> String) -> String {
        var out = ""
        out.reserveCapacity(items.count * 24)
        for (i, x) in items.enumerated() {
            if i > 0 { out += ", " }
            out += item(x)
        }
        return out
    }
}

/// A record kept in one table of the store, written only through `JournalWriter`.
/// Conformances map each field to one column by hand (no reflection: a bulk import of
/// 200,000 talents spends its time in SQLite, not in encoders).
public protocol StoredRecord: Sendable, Equatable {
    static var tableSpec: TableSpec { get }
    /// nil until inserted.
    var storedId: Int64? { get set }
    /// One value per `tableSpec.columns`, in order.
    func databaseValues() throws -> [DatabaseValue]
    /// Decodes a row holding `id` and every column.
    init(row: Row) throws
    /// Checks and NFC-normalises the record's text by its own rules when it has them
    /// (`TextChecked`): true; false when it has none (the writer then scans its text values).
    /// Given by the extensions below, not by each record type.
    mutating func checkOwnText() throws -> Bool
}

extension StoredRecord {
    /// For a type whose `TextChecked` conformance the constrained version below could not see.
    public mutating func checkOwnText() throws -> Bool {
        guard let checkable = self as? TextChecked else { return false }
        self = try (checkable.checkedText() as? Self) ?? self
        return true
    }
}

extension StoredRecord where Self: TextChecked {
    /// Without casting to the protocol and back: a cast and an existential box per row were 4 % of a
    /// bulk insert (callgrind, issue 15).
    public mutating func checkOwnText() throws -> Bool {
        self = try checkedText()
        return true
    }
}

extension StoredRecord {
    static var selectSQL: String {
        "SELECT id, " + TableSpec.list(tableSpec.columns) { "\"\($0)\"" } + " FROM \"\(tableSpec.name)\""
    }
}
