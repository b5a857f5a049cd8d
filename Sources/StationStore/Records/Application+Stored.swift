import GRDB
import StationDomain

private typealias C = ColumnCoding

extension Round: StoredRecord {
    public static let tableSpec = TableSpec(name: "round", columns: ["year", "places", "opened_on", "note"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(year), C.value(places), C.value(openedOn), C.value(note)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], year: Int(try C.int(row, "year")), places: Int(try C.int(row, "places")),
                  openedOn: try C.date(row, "opened_on"), note: try C.string(row, "note"))
    }
}

extension Application: StoredRecord {
    public static let tableSpec = TableSpec(name: "application", columns: [
        "round_id", "unit_id", "partner_ids", "type", "proposed_name", "proposed_head", "staff", "state",
        "conditions", "materials", "site_visit", "renews_station_id", "created_on"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(roundId), C.value(unitId), try C.json(partnerIds), C.value(type), C.value(proposedName),
         C.value(proposedHead), try C.json(staff), C.value(state), try C.json(conditions), try C.json(materials),
         try siteVisit.map { try C.json($0) } ?? .null, C.value(renewsStationId), C.value(createdOn)]
    }

    public init(row: Row) throws {
        let visitText: String? = row["site_visit"]
        self.init(id: row["id"], roundId: try C.int(row, "round_id"), unitId: try C.int(row, "unit_id"),
                  partnerIds: try C.fromJSON([Int64].self, row, "partner_ids"),
                  type: try C.enumValue(StationType.self, row, "type"),
                  proposedName: try C.string(row, "proposed_name"), proposedHead: try C.string(row, "proposed_head"),
                  staff: try C.fromJSON([String].self, row, "staff"),
                  state: try C.enumValue(ApplicationState.self, row, "state"),
                  conditions: try C.fromJSON([ConditionCheck].self, row, "conditions"),
                  materials: try C.fromJSON([MaterialReceipt].self, row, "materials"),
                  siteVisit: visitText == nil ? nil : try C.fromJSON(SiteVisit.self, row, "site_visit"),
                  renewsStationId: row["renews_station_id"], createdOn: try C.date(row, "created_on"))
    }
}

extension ApplicationEvent: StoredRecord {
    public static let tableSpec = TableSpec(name: "application_event", columns: [
        "application_id", "from_state", "to_state", "by_user", "on_date", "reference", "reason"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(applicationId), C.value(from), C.value(to), C.value(by), C.value(on), C.value(reference), C.value(reason)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], applicationId: try C.int(row, "application_id"),
                  from: try C.enumValue(ApplicationState.self, row, "from_state"),
                  to: try C.enumValue(ApplicationState.self, row, "to_state"),
                  by: try C.string(row, "by_user"), on: try C.date(row, "on_date"),
                  reference: try C.string(row, "reference"), reason: try C.string(row, "reason"))
    }
}

extension Notice: StoredRecord {
    public static let tableSpec = TableSpec(name: "notice", columns: [
        "round_id", "application_ids", "published_on", "first_day", "last_day"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(roundId), try C.json(applicationIds), C.value(publishedOn), C.value(firstDay), C.value(lastDay)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], roundId: try C.int(row, "round_id"),
                  applicationIds: try C.fromJSON([Int64].self, row, "application_ids"),
                  publishedOn: try C.date(row, "published_on"), firstDay: try C.date(row, "first_day"),
                  lastDay: try C.date(row, "last_day"))
    }
}

extension Objection: StoredRecord {
    public static let tableSpec = TableSpec(name: "objection", columns: [
        "application_id", "lodged_on", "text", "resolution", "resolved_on"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(applicationId), C.value(lodgedOn), C.value(text), C.value(resolution), C.value(resolvedOn)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], applicationId: try C.int(row, "application_id"), lodgedOn: try C.date(row, "lodged_on"),
                  text: try C.string(row, "text"), resolution: try C.optionalEnum(ObjectionResolution.self, row, "resolution"),
                  resolvedOn: try C.optionalDate(row, "resolved_on"))
    }
}

extension QuotaException: StoredRecord {
    public static let tableSpec = TableSpec(name: "quota_exception", columns: [
        "application_id", "kind", "reason", "by_user", "on_date"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(applicationId), C.value(kind), C.value(reason), C.value(by), C.value(on)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], applicationId: try C.int(row, "application_id"),
                  kind: try C.enumValue(QuotaExceptionKind.self, row, "kind"), reason: try C.string(row, "reason"),
                  by: try C.string(row, "by_user"), on: try C.date(row, "on_date"))
    }
}
