import GRDB
import StationDomain

extension AppDatabase {
    /// Every unit, by name. Cost: one indexed scan.
    public func units() throws -> [Unit] { try all(Unit.self, orderBy: "name, id") }

    /// Every partner, by name.
    public func partners() throws -> [Partner] { try all(Partner.self, orderBy: "name, id") }

    public func unit(id: Int64) throws -> Unit? { try record(Unit.self, id: id) }
    public func partner(id: Int64) throws -> Partner? { try record(Partner.self, id: id) }

    /// Inserts (`original == nil`) or updates a unit as one command. The credit code must pass the
    /// GB 32100-2015 check. An update whose stored row no longer equals `original` throws
    /// `StoreError.conflict` and writes nothing.
    @discardableResult
    public func save(_ unit: Unit, replacing original: Unit?, by user: String) throws -> Unit {
        var unit = unit
        do { unit.creditCode = try CreditCode(unit.creditCode).text } catch let problem as CreditCode.Problem {
            throw StoreError.invalid(field: "统一社会信用代码 (credit code)", message: problem.description)
        }
        guard !unit.name.isEmpty else { throw StoreError.invalid(field: "名称 (name)", message: "不能为空 (required)") }
        return try saveRecord(unit, replacing: original, by: user, noun: "单位 (unit)", label: unit.name)
    }

    public func delete(_ unit: Unit, by user: String) throws {
        try deleteRecord(unit, by: user, noun: "单位 (unit)", label: unit.name)
    }

    @discardableResult
    public func save(_ partner: Partner, replacing original: Partner?, by user: String) throws -> Partner {
        guard !partner.name.isEmpty else { throw StoreError.invalid(field: "名称 (name)", message: "不能为空 (required)") }
        return try saveRecord(partner, replacing: original, by: user, noun: "共建方 (partner)", label: partner.name)
    }

    public func delete(_ partner: Partner, by user: String) throws {
        try deleteRecord(partner, by: user, noun: "共建方 (partner)", label: partner.name)
    }

    /// Deletes several units and partners as one command: one journal entry, one undo step
    /// (a list's marked rows). A record changed or deleted by someone else since it was read
    /// refuses the whole command (`StoreError.conflict`), and nothing is deleted.
    public func delete(units: [Unit], partners: [Partner], by user: String) throws {
        let names = units.map(\.name) + partners.map(\.name)
        try write(command: "records-delete", by: user) { writer in
            let shown = names.prefix(3).joined(separator: "、") + (names.count > 3 ? "…" : "")
            writer.summary = "删除 \(names.count) 条记录 (delete \(names.count) records)：\(shown)"
            for u in units { try writer.delete(u) }
            for p in partners { try writer.delete(p) }
        }
    }

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
