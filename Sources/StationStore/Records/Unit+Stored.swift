import GRDB
import StationDomain

extension Unit: StoredRecord {
    public static let tableSpec = TableSpec(name: "unit", columns: ["name", "credit_code", "kind", "address", "contact", "location_note"],
                                            addedLater: ["location_note"])

    public var storedId: Int64? {
        get { id }
        set { id = newValue }
    }

    public func databaseValues() throws -> [DatabaseValue] {
        [name.databaseValue, creditCode.databaseValue, kind.rawValue.databaseValue, address.databaseValue, contact.databaseValue,
         // NULL, not "", when there is no note: the row's image stays as before the column existed.
         locationNote.isEmpty ? .null : locationNote.databaseValue]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], name: try ColumnCoding.string(row, "name"),
                  creditCode: try ColumnCoding.string(row, "credit_code"),
                  kind: try ColumnCoding.enumValue(UnitKind.self, row, "kind"),
                  address: try ColumnCoding.string(row, "address"), contact: try ColumnCoding.string(row, "contact"),
                  locationNote: row["location_note"] ?? "")
    }
}

extension Partner: StoredRecord {
    public static let tableSpec = TableSpec(name: "partner", columns: ["name", "kind", "city", "contact"])

    public var storedId: Int64? {
        get { id }
        set { id = newValue }
    }

    public func databaseValues() throws -> [DatabaseValue] {
        [name.databaseValue, kind.rawValue.databaseValue, city.databaseValue, contact.databaseValue]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], name: try ColumnCoding.string(row, "name"),
                  kind: try ColumnCoding.enumValue(PartnerKind.self, row, "kind"),
                  city: try ColumnCoding.string(row, "city"), contact: try ColumnCoding.string(row, "contact"))
    }
}
