import GRDB

/// The shape of one stored table as the journal sees it: its name and columns (besides `id`), and
/// the SQL the journal runs on it, built once. Row images are made by SQLite's own `json_object`
/// over the stored columns, so the image of a row is the same text whether it was produced by an
/// insert, an update or a plain read — which is what the undo conflict check compares.
public struct TableSpec: Sendable {
    public let name: String
    /// Column names besides `id`, in the order `StoredRecord.databaseValues()` gives values.
    public let columns: [String]

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
        "json_object(" + Self.list(["id"] + columns) { "'\($0)', \(alias).\"\($0)\"" } + ")"
    }

    public init(name: String, columns: [String]) {
        self.name = name
        self.columns = columns
        let all = ["id"] + columns
        imageExpression = "json_object(" + Self.list(all) { "'\($0)', \"\($0)\"" } + ")"
        let quoted = Self.list(columns) { "\"\($0)\"" }
        let marks = Self.list(columns) { _ in "?" }
        insertSQL = "INSERT INTO \"\(name)\"(\(quoted)) VALUES (\(marks))"
        insertWithIdSQL = "INSERT INTO \"\(name)\"(id, \(quoted)) VALUES (?, \(marks))"
        journalInsertRunSQL = "INSERT INTO journal_change(id, entry, table_name, row_id, before, after) "
            + "SELECT ?1 + (id - ?2), ?3, ?4, id, NULL, \(imageExpression) FROM \"\(name)\" WHERE id BETWEEN ?2 AND ?5 ORDER BY id"
        updateSQL = "UPDATE \"\(name)\" SET " + Self.list(columns) { "\"\($0)\" = ?" }
            + " WHERE id = ? RETURNING \(imageExpression)"
        deleteSQL = "DELETE FROM \"\(name)\" WHERE id = ? RETURNING \(imageExpression)"
        imageSQL = "SELECT \(imageExpression) FROM \"\(name)\" WHERE id = ?"
        restoreInsertSQL = "INSERT INTO \"\(name)\"(id, \(quoted)) SELECT "
            + Self.list(all) { "json_extract(?1, '$.\($0)')" } + " RETURNING \(imageExpression)"
        restoreUpdateSQL = "UPDATE \"\(name)\" SET " + Self.list(columns) { "\"\($0)\" = json_extract(?1, '$.\($0)')" }
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
}

extension StoredRecord {
    static var selectSQL: String {
        "SELECT id, " + TableSpec.list(tableSpec.columns) { "\"\($0)\"" } + " FROM \"\(tableSpec.name)\""
    }
}
