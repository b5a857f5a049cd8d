import GRDB
import StationDomain

private typealias C = ColumnCoding

extension Station: StoredRecord {
    public static let tableSpec = TableSpec(name: "station", columns: [
        "name", "type", "unit_id", "partner_ids", "head", "staff", "agreement_date", "status", "application_id",
        "renews_station_id", "plaque_on", "appointment_letter_on", "ended_on", "revocation_reference",
        "termination_letter_on", "termination_letter_reference"],
        addedLater: ["termination_letter_on", "termination_letter_reference"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(name), C.value(type), C.value(unitId), try C.json(partnerIds), C.value(head), try C.json(staff),
         C.value(agreementDate), C.value(status), C.value(applicationId), C.value(renewsStationId), C.value(plaqueOn),
         C.value(appointmentLetterOn), C.value(endedOn), C.value(revocationReference),
         C.value(terminationLetter?.on), terminationLetter.map { C.value($0.reference) } ?? .null]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], name: try C.string(row, "name"), type: try C.enumValue(StationType.self, row, "type"),
                  unitId: try C.int(row, "unit_id"), partnerIds: try C.fromJSON([Int64].self, row, "partner_ids"),
                  head: try C.string(row, "head"), staff: try C.fromJSON([String].self, row, "staff"),
                  agreementDate: try C.date(row, "agreement_date"),
                  status: try C.enumValue(StationStatus.self, row, "status"),
                  applicationId: row["application_id"], renewsStationId: row["renews_station_id"],
                  plaqueOn: try C.optionalDate(row, "plaque_on"),
                  appointmentLetterOn: try C.optionalDate(row, "appointment_letter_on"),
                  endedOn: try C.optionalDate(row, "ended_on"),
                  revocationReference: try C.string(row, "revocation_reference"),
                  terminationLetter: try C.optionalDate(row, "termination_letter_on").map {
                      TerminationLetter(on: $0, reference: row["termination_letter_reference"] ?? "")
                  })
    }
}

extension StaffFiling: StoredRecord {
    public static let tableSpec = TableSpec(name: "staff_filing", columns: [
        "station_id", "filed_on", "role", "old_person", "new_person", "reason", "acknowledged_on"],
        addedLater: ["acknowledged_on"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(stationId), C.value(filedOn), C.value(role), C.value(oldPerson), C.value(newPerson), C.value(reason),
         C.value(acknowledgedOn)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], stationId: try C.int(row, "station_id"), filedOn: try C.date(row, "filed_on"),
                  role: try C.enumValue(StaffRole.self, row, "role"), oldPerson: try C.string(row, "old_person"),
                  newPerson: try C.string(row, "new_person"), reason: try C.string(row, "reason"),
                  acknowledgedOn: try C.optionalDate(row, "acknowledged_on"))
    }
}

extension Activity: StoredRecord {
    public static let tableSpec = TableSpec(
        name: "activity", columns: ["station_id", "on_date", "duty", "title", "note", "place", "participants", "outcome", "evidence"],
        addedLater: ["place", "participants", "outcome", "evidence"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(stationId), C.value(on), C.value(duty), C.value(title), C.value(note),
         C.value(place), C.value(participants), C.value(outcome), C.value(evidence)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], stationId: try C.int(row, "station_id"), on: try C.date(row, "on_date"),
                  duty: Int(try C.int(row, "duty")), title: try C.string(row, "title"), note: try C.string(row, "note"),
                  place: row["place"] ?? "", participants: row["participants"] ?? "", outcome: row["outcome"] ?? "",
                  evidence: row["evidence"] ?? "")
    }
}

extension Talent: StoredRecord {
    public static let tableSpec = TableSpec(name: "talent", columns: [
        "name", "category", "employer", "employer_unit_id", "introduced_on", "station_id", "note", "id_number",
        "employer_kind"], addedLater: ["employer_kind"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(name), C.value(category), C.value(employer), C.value(employerUnitId), C.value(introducedOn),
         C.value(stationId), C.value(note), C.value(idNumber), C.value(employerKind)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], name: try C.string(row, "name"),
                  category: try C.optionalEnum(TalentCategory.self, row, "category"),
                  employer: try C.string(row, "employer"), employerUnitId: row["employer_unit_id"],
                  employerKind: try C.optionalEnum(EmployerKind.self, row, "employer_kind"),
                  introducedOn: try C.date(row, "introduced_on"), stationId: row["station_id"],
                  note: try C.string(row, "note"), idNumber: try C.string(row, "id_number"))
    }
}

extension TalentDemand: StoredRecord {
    public static let tableSpec = TableSpec(name: "talent_demand", columns: [
        "station_id", "enterprise", "need", "headcount", "field", "collected_on", "published", "published_where"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(stationId), C.value(enterprise), C.value(need), C.value(headcount), C.value(field), C.value(collectedOn),
         C.value(published), C.value(publishedWhere)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], stationId: try C.int(row, "station_id"), enterprise: try C.string(row, "enterprise"),
                  need: try C.string(row, "need"), headcount: Int(try C.int(row, "headcount")), field: try C.string(row, "field"),
                  collectedOn: try C.date(row, "collected_on"), published: try C.int(row, "published") != 0,
                  publishedWhere: try C.string(row, "published_where"))
    }
}

extension StationPeriod: StoredRecord {
    public static let tableSpec = TableSpec(name: "station_period", columns: [
        "station_id", "agreement_date", "application_id", "renewal", "appointment_letter_on"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(stationId), C.value(agreementDate), C.value(applicationId), C.value(renewal), C.value(appointmentLetterOn)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], stationId: try C.int(row, "station_id"), agreementDate: try C.date(row, "agreement_date"),
                  applicationId: row["application_id"], renewal: (row["renewal"] as Int64? ?? 0) != 0,
                  appointmentLetterOn: try C.optionalDate(row, "appointment_letter_on"))
    }
}
