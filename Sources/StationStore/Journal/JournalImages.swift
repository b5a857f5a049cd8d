import GRDB

/// Reading row images back: their fields in column order, and who last changed a record.
enum JournalImages {
    /// The fields of a JSON row image, in order, as display text (nil for NULL).
    static func fields(_ db: Database, _ image: String?) throws -> [(String, String?)] {
        guard let image else { return [] }
        return try Row.fetchAll(db, sql: "SELECT key, value FROM json_each(?)", arguments: [image]).map { row in
            let value: DatabaseValue = row["value"]
            let text: String?
            switch value.storage {
            case .null: text = nil
            case .int64(let i): text = String(i)
            case .double(let d): text = String(d)
            case .string(let s): text = s
            case .blob: text = "<blob>"
            }
            return (row["key"], text)
        }
    }

    /// The newest journalled change of a record (after `sequence` when given).
    static func lastChange(_ db: Database, table: String, rowId: Int64, after sequence: Int64 = 0) throws -> LaterChange? {
        try Row.fetchOne(db, sql: """
            SELECT e.sequence, e.user, e.time, e.command FROM journal_change c
            JOIN journal_entry e ON e.sequence = c.entry
            WHERE c.table_name = ? AND c.row_id = ? AND c.entry > ?
            ORDER BY c.entry DESC LIMIT 1
            """, arguments: [table, rowId, sequence]).map {
            LaterChange(sequence: $0["sequence"], user: $0["user"], time: $0["time"], command: $0["command"],
                        table: table, rowId: rowId)
        }
    }
}
