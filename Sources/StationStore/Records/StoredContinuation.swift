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
    /// The plan period and cap the continuation applies (NULL columns read as the default).
    public var planPeriod: PlanPeriod

    public init(id: Int64? = nil, policyId: String, from: CivilDate, until: CivilDate? = nil, reason: String,
                recordedBy: String, recordedOn: CivilDate,
                planPeriod: PlanPeriod = ProvisionalContinuation.defaultPlanPeriod) {
        self.id = id; self.policyId = policyId; self.from = from; self.until = until; self.reason = reason
        self.recordedBy = recordedBy; self.recordedOn = recordedOn; self.planPeriod = planPeriod
    }

    /// The row for a domain continuation.
    public init(_ c: ProvisionalContinuation) {
        self.init(policyId: c.policyId, from: c.from, until: c.until, reason: c.reason, recordedBy: c.recordedBy,
                  recordedOn: c.recordedOn, planPeriod: c.planPeriod)
    }

    public static let tableSpec = TableSpec(name: "provisional_continuation", columns: [
        "policy_id", "from_date", "until_date", "reason", "recorded_by", "recorded_on",
        "plan_name", "plan_first_year", "plan_last_year", "plan_cap"],
        addedLater: ["plan_name", "plan_first_year", "plan_last_year", "plan_cap"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(policyId), C.value(from), C.value(until), C.value(reason), C.value(recordedBy), C.value(recordedOn),
         C.value(planPeriod.name), C.value(planPeriod.firstYear), C.value(planPeriod.lastYear), C.value(planPeriod.stationCap)]
    }

    public init(row: Row) throws {
        let d = ProvisionalContinuation.defaultPlanPeriod
        let first: Int64? = row["plan_first_year"], last: Int64? = row["plan_last_year"], cap: Int64? = row["plan_cap"]
        let plan = PlanPeriod(name: row["plan_name"] ?? d.name, firstYear: first.map { Int($0) } ?? d.firstYear,
                              lastYear: last.map { Int($0) } ?? d.lastYear, stationCap: cap.map { Int($0) } ?? d.stationCap)
        self.init(id: row["id"], policyId: try C.string(row, "policy_id"), from: try C.date(row, "from_date"),
                  until: try C.optionalDate(row, "until_date"), reason: try C.string(row, "reason"),
                  recordedBy: try C.string(row, "recorded_by"), recordedOn: try C.date(row, "recorded_on"), planPeriod: plan)
    }
}
