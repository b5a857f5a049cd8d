import GRDB
import StationDomain

extension AppDatabase {
    /// Every talent's id and name as UTF-8 bytes (valid only during the call), in id order,
    /// without making a `String` or a GRDB row per talent: a list sorted by name picks its first
    /// page from these before reading the rest (`TalentsScreen`). Also returns the count.
    /// Cost: one scan of the table through the SQLite C API (200,000 rows: tens of ms, release).
    @discardableResult
    public func scanTalentNames(_ body: (Int64, UnsafeRawBufferPointer) -> Void) throws -> Int {
        try read { db in
            let statement = try RawStatement(db, sql: "SELECT id, name FROM talent ORDER BY id")
            defer { statement.reset() }
            var n = 0
            let empty = UnsafeRawBufferPointer(start: nil, count: 0)
            while try statement.step() {
                body(statement.int64(0), statement.bytes(1) ?? empty)
                n += 1
            }
            return n
        }
    }

    /// The list rows of the talents `ids` (in id order; ids that are gone are left out).
    /// Cost: one indexed lookup per id.
    public func talentListRows(ids: [Int64]) throws -> [TalentListRow] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            var out: [TalentListRow] = []
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT id, name, category, employer, introduced_on, station_id, employer_kind FROM talent WHERE id IN (\(marks)) ORDER BY id
                    """, arguments: StatementArguments(part))
                while let row = try rows.next() { out.append(try TalentListRow(listRow: row)) }
            }
            return out
        }
    }
}

extension TalentListRow {
    /// From a row of (id, name, category, employer, introduced_on, station_id, employer_kind); a
    /// category, date or employer kind that does not decode throws `StoreError.invalid` naming the talent.
    init(listRow row: Row) throws {
        let id: Int64 = row[0]
        let categoryText: String? = row[2]
        var category: TalentCategory?
        if let text = categoryText {
            guard let c = TalentCategory(rawValue: text) else {
                throw StoreError.invalid(field: "talent #\(id) category", message: "不是人才类别 (not a talent category): \(text)")
            }
            category = c
        }
        let dateText: String = row[4]
        guard let date = CivilDate(dateText) else {
            throw StoreError.invalid(field: "talent #\(id) introduced_on", message: "不是日期 YYYY-MM-DD (not a date): \(dateText)")
        }
        let kindText: String? = row[6]
        var employerKind: EmployerKind?
        if let text = kindText {
            guard let k = EmployerKind(rawValue: text) else {
                throw StoreError.invalid(field: "talent #\(id) employer_kind", message: "不是单位性质 (not an employer kind): \(text)")
            }
            employerKind = k
        }
        self.init(id: id, name: row[1], category: category, employer: row[3], introducedOn: date, stationId: row[5],
                  employerKind: employerKind)
    }
}
