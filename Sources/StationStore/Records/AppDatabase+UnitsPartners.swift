import GRDB
import StationDomain

extension AppDatabase {
    /// Every unit, by name. Cost: one indexed scan.
    public func units() throws -> [Unit] { try all(Unit.self, orderBy: "name, id") }

    /// Every partner, by name.
    public func partners() throws -> [Partner] { try all(Partner.self, orderBy: "name, id") }

    public func unit(id: Int64) throws -> Unit? { try record(Unit.self, id: id) }
    public func partner(id: Int64) throws -> Partner? { try record(Partner.self, id: id) }

    // MARK: generic helpers shared by every record's named methods

    func all<R: StoredRecord>(_ type: R.Type, orderBy: String = "id", where condition: String? = nil,
                              arguments: StatementArguments = []) throws -> [R] {
        try read { db in
            let filter = condition.map { " WHERE " + $0 } ?? ""
            return try Row.fetchAll(db, sql: R.selectSQL + filter + " ORDER BY " + orderBy, arguments: arguments).map { try R(row: $0) }
        }
    }

    func record<R: StoredRecord>(_ type: R.Type, id: Int64) throws -> R? {
        try read { db in try Row.fetchOne(db, sql: R.selectSQL + " WHERE id = ?", arguments: [id]).map { try R(row: $0) } }
    }

    func saveRecord<R: StoredRecord>(_ record: R, replacing original: R?, by user: String, noun: String, label: String) throws -> R {
        if original == nil {
            return try write(command: "\(R.tableSpec.name)-add", by: user) { writer in
                writer.summary = "新增\(noun) \(label)"
                return try writer.insert(record)
            }
        }
        return try write(command: "\(R.tableSpec.name)-edit", by: user) { writer in
            writer.summary = "修改\(noun) \(label)"
            return try writer.update(record, replacing: original)
        }
    }

    func deleteRecord<R: StoredRecord>(_ record: R, by user: String, noun: String, label: String) throws {
        try write(command: "\(R.tableSpec.name)-delete", by: user) { writer in
            writer.summary = "删除\(noun) \(label)"
            try writer.delete(record)
        }
    }
}
