import GRDB
import StationDomain

private typealias C = ColumnCoding

/// An admin's record that an expired policy continues provisionally (原政策继续执行), as stored.
/// Same fields as the domain's `ProvisionalContinuation`, plus the row id.
public struct StoredContinuation: StoredRecord, Hashable {
    public var id: Int64?
    public var policyId: String
    public var from: CivilDate
    public var until: CivilDate?
    public var reason: String
    public var recordedBy: String
    public var recordedOn: CivilDate

    public init(id: Int64? = nil, policyId: String, from: CivilDate, until: CivilDate? = nil, reason: String,
                recordedBy: String, recordedOn: CivilDate) {
        self.id = id; self.policyId = policyId; self.from = from; self.until = until; self.reason = reason
        self.recordedBy = recordedBy; self.recordedOn = recordedOn
    }

    public static let tableSpec = TableSpec(name: "provisional_continuation", columns: [
        "policy_id", "from_date", "until_date", "reason", "recorded_by", "recorded_on"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(policyId), C.value(from), C.value(until), C.value(reason), C.value(recordedBy), C.value(recordedOn)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], policyId: try C.string(row, "policy_id"), from: try C.date(row, "from_date"),
                  until: try C.optionalDate(row, "until_date"), reason: try C.string(row, "reason"),
                  recordedBy: try C.string(row, "recorded_by"), recordedOn: try C.date(row, "recorded_on"))
    }
}
