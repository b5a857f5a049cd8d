import Foundation
import GRDB
import StationDomain

/// What refers to what, so a record others refer to is never deleted and `verify` finds any
/// reference left dangling. Two kinds: foreign keys (read from the schema itself, so a new table's
/// references are known without a list to keep) and id lists stored as JSON arrays, named here —
/// checked as foreign keys would be.
enum References {
    /// An id list column: each element must be an id of `target`.
    struct ListColumn: Sendable {
        var table: String, column: String, target: String
    }

    /// Every JSON id list of the schema. A new `…_ids` column is added here.
    static let lists: [ListColumn] = [
        ListColumn(table: "station", column: "partner_ids", target: "partner"),
        ListColumn(table: "application", column: "partner_ids", target: "partner"),
        ListColumn(table: "notice", column: "application_ids", target: "application"),
    ]

    /// One foreign key: `table.column` → `target.id`.
    struct ForeignKey: Sendable { var table: String, column: String, target: String }

    /// The foreign keys of every registered table, read once per process from the schema, in
    /// `TableRegistry.names` order. One statement for all tables: a statement per table cost a
    /// command-line `undo` of a deletion 2 M instructions (issue 15).
    static func foreignKeys(_ db: Database) throws -> [ForeignKey] {
        cacheLock.lock(); defer { cacheLock.unlock() }
        if let cached { return cached }
        let order = Dictionary(uniqueKeysWithValues: TableRegistry.names.enumerated().map { ($1, $0) })
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.name, f."table", f."from" FROM sqlite_schema AS m, pragma_foreign_key_list(m.name) AS f
            WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq
            """)
        let keys = rows.compactMap { row -> (Int, ForeignKey)? in
            let table: String = row[0]
            guard let rank = order[table] else { return nil }
            return (rank, ForeignKey(table: table, column: row[2], target: row[1]))
        }
        .enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        cached = keys
        return keys
    }
    nonisolated(unsafe) private static var cached: [ForeignKey]?
    private static let cacheLock = NSLock()

    /// Whether any table may refer to `target` at all (so a bulk delete of talents, which nothing
    /// refers to, checks nothing).
    static func isReferred(_ db: Database, _ target: String) throws -> Bool {
        try foreignKeys(db).contains { $0.target == target } || lists.contains { $0.target == target }
    }

    /// The records that refer to row `id` of `target`, as the refusal names them (at most `limit`
    /// per referring column). Cost: one indexed lookup per foreign key to `target`; one scan of a
    /// few hundred stations or applications per id list.
    static func referrers(_ db: Database, target: String, ids: ClosedRange<Int64>, limit: Int = 20) throws -> [ReferringRecord] {
        var found: [ReferringRecord] = []
        for key in try foreignKeys(db) where key.target == target {
            let spec = try TableRegistry.spec(key.table)
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(nameExpression(spec)) FROM "\(key.table)" WHERE "\(key.column)" BETWEEN ? AND ? LIMIT \(limit)
                """), arguments: [ids.lowerBound, ids.upperBound])
            found += rows.map { ReferringRecord(table: key.table, id: $0[0], name: $0[1]) }
        }
        for list in lists where list.target == target {
            let spec = try TableRegistry.spec(list.table)
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(nameExpression(spec)) FROM "\(list.table)"
                WHERE EXISTS (SELECT 1 FROM json_each("\(list.table)"."\(list.column)") WHERE value BETWEEN ? AND ?) LIMIT \(limit)
                """), arguments: [ids.lowerBound, ids.upperBound])
            found += rows.map { ReferringRecord(table: list.table, id: $0[0], name: $0[1]) }
        }
        var seen = Set<String>()
        return found.filter { seen.insert("\($0.table)#\($0.id)").inserted }
    }

    /// Refuses (`Refusal.inUse`, naming the referring records) to delete rows `ids` of `spec` while
    /// any record refers to one of them. Cost: nothing for a table nothing refers to (talents).
    /// Its statements are prepared once per connection (`cachedStatement`): preparing them at
    /// every call was 40 % of an in-process undo of a partner (callgrind, issue 15).
    static func checkDeletable(_ db: Database, _ spec: TableSpec, ids: ClosedRange<Int64>) throws {
        guard try isReferred(db, spec.name) else { return }
        let referring = try referrers(db, target: spec.name, ids: ids)
        guard !referring.isEmpty else { return }
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(nameExpression(spec)) FROM \"\(spec.name)\" WHERE id BETWEEN ? AND ? LIMIT 1"),
                                   arguments: [ids.lowerBound, ids.upperBound])
        throw Refused([.inUse(table: spec.name, name: row?[1] ?? "#\(ids.lowerBound)", by: referring)])
    }

    /// Refuses (`Refusal.referenceMissing`) a row whose id lists name a record that does not exist.
    static func checkListIds(_ db: Database, _ spec: TableSpec, id: Int64) throws {
        guard lists.contains(where: { $0.table == spec.name }) else { return }
        let missing = try missingListIds(db, table: spec.name, id: id)
        if !missing.isEmpty { throw Refused(missing.map { .referenceMissing(table: $0.target, id: $0.id) }) }
    }

    /// The ids in `record`'s id lists that name no row of their target (nothing when none).
    static func missingListIds(_ db: Database, table: String, id: Int64) throws -> [(target: String, id: Int64)] {
        var missing: [(String, Int64)] = []
        for list in lists where list.table == table {
            let ids = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT j.value FROM "\(table)" r, json_each(r."\(list.column)") j
                WHERE r.id = ? AND NOT EXISTS (SELECT 1 FROM "\(list.target)" t WHERE t.id = j.value)
                """), arguments: [id])
            missing += ids.map { (list.target, $0) }
        }
        return missing
    }

    /// Every id-list element naming a missing row, for `verify` (foreign keys: `foreign_key_check`).
    static func dangling(_ db: Database, limit: Int = 20) throws -> [DanglingReference] {
        var found: [DanglingReference] = []
        for list in lists {
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, j.value FROM "\(list.table)" r, json_each(r."\(list.column)") j
                WHERE NOT EXISTS (SELECT 1 FROM "\(list.target)" t WHERE t.id = j.value) LIMIT \(limit)
                """)
            found += rows.map { DanglingReference(table: list.table, id: $0[0], column: list.column, target: list.target, missingId: $0[1]) }
        }
        return found
    }

    /// id and a readable name of a row of `spec` (its name column, else "#id").
    static func nameExpression(_ spec: TableSpec) -> String {
        let column = ["name", "proposed_name", "title", "reviewer", "login"].first { spec.columns.contains($0) }
        return "id, " + (column.map { "\"\($0)\"" } ?? "'#' || id")
    }
}

/// A record that refers to another, as a refusal or `verify` names it.
public struct DanglingReference: Hashable, Sendable {
    public var table: String
    public var id: Int64
    public var column: String
    public var target: String
    public var missingId: Int64
}
