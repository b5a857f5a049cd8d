import GRDB
import StationDomain

private typealias C = ColumnCoding

/// A policy file an admin loaded into the store (the JSON text as loaded, so a decision can always
/// be re-judged by the exact rules in force on its date). `StationDomain.Policy.decode` reads `content`.
public struct StoredPolicyVersion: StoredRecord, Hashable {
    public var id: Int64?
    public var policyId: String
    public var version: Int
    public var validFrom: CivilDate
    public var validUntil: CivilDate
    public var content: String
    public var loadedBy: String
    public var loadedOn: CivilDate

    public init(id: Int64? = nil, policyId: String, version: Int, validFrom: CivilDate, validUntil: CivilDate,
                content: String, loadedBy: String, loadedOn: CivilDate) {
        self.id = id; self.policyId = policyId; self.version = version; self.validFrom = validFrom
        self.validUntil = validUntil; self.content = content; self.loadedBy = loadedBy; self.loadedOn = loadedOn
    }

    public static let tableSpec = TableSpec(name: "policy_version", columns: [
        "policy_id", "version", "valid_from", "valid_until", "content", "loaded_by", "loaded_on"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(policyId), C.value(version), C.value(validFrom), C.value(validUntil), C.value(content),
         C.value(loadedBy), C.value(loadedOn)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], policyId: try C.string(row, "policy_id"), version: Int(try C.int(row, "version")),
                  validFrom: try C.date(row, "valid_from"), validUntil: try C.date(row, "valid_until"),
                  content: try C.string(row, "content"), loadedBy: try C.string(row, "loaded_by"),
                  loadedOn: try C.date(row, "loaded_on"))
    }
}
