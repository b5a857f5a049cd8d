import GRDB
import StationDomain

private typealias C = ColumnCoding

extension Subsidy: StoredRecord {
    public static let tableSpec = TableSpec(name: "subsidy", columns: [
        "station_id", "year", "grade", "cap", "approved", "decided_on", "due_on"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(stationId), C.value(year), C.value(grade), C.value(cap.value), C.value(approved?.value),
         C.value(decidedOn), C.value(dueOn)]
    }

    public init(row: Row) throws {
        let approved: Int64? = row["approved"]
        self.init(id: row["id"], stationId: try C.int(row, "station_id"), year: Int(try C.int(row, "year")),
                  grade: try C.enumValue(Grade.self, row, "grade"), cap: Fen(try C.int(row, "cap")),
                  approved: approved.map(Fen.init), decidedOn: try C.optionalDate(row, "decided_on"),
                  dueOn: try C.optionalDate(row, "due_on"))
    }
}

extension Payment: StoredRecord {
    public static let tableSpec = TableSpec(name: "payment", columns: ["subsidy_id", "paid_on", "amount", "reference"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(subsidyId), C.value(paidOn), C.value(amount.value), C.value(reference)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], subsidyId: try C.int(row, "subsidy_id"), paidOn: try C.date(row, "paid_on"),
                  amount: Fen(try C.int(row, "amount")), reference: try C.string(row, "reference"))
    }
}

extension SpendingLine: StoredRecord {
    public static let tableSpec = TableSpec(name: "spending_line", columns: ["subsidy_id", "on_date", "use", "amount", "note"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(subsidyId), C.value(on), C.value(use), C.value(amount.value), C.value(note)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], subsidyId: try C.int(row, "subsidy_id"), on: try C.date(row, "on_date"),
                  use: try C.enumValue(FundUse.self, row, "use"), amount: Fen(try C.int(row, "amount")),
                  note: try C.string(row, "note"))
    }
}

extension Clawback: StoredRecord {
    public static let tableSpec = TableSpec(name: "clawback", columns: ["subsidy_id", "ordered_on", "amount", "reason"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(subsidyId), C.value(orderedOn), C.value(amount.value), C.value(reason)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], subsidyId: try C.int(row, "subsidy_id"), orderedOn: try C.date(row, "ordered_on"),
                  amount: Fen(try C.int(row, "amount")), reason: try C.string(row, "reason"))
    }
}
