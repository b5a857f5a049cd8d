import GRDB
import StationDomain

/// A `User` as stored: `app_user` needs an integer id for the journal; roles are a sorted
/// comma-separated list so the row image is stable.
struct UserRow: StoredRecord {
    var storedId: Int64?
    var login: String
    var displayName: String
    var roles: Set<Role>
    var deactivatedOn: CivilDate?

    static let tableSpec = TableSpec(name: "app_user", columns: ["login", "display_name", "roles", "deactivated_on"],
                                     addedLater: ["deactivated_on"])

    init(storedId: Int64?, user: User) {
        self.storedId = storedId; login = user.login; displayName = user.displayName; roles = user.roles
        deactivatedOn = user.deactivatedOn
    }

    var user: User { User(login: login, displayName: displayName, roles: roles, deactivatedOn: deactivatedOn) }

    func databaseValues() throws -> [DatabaseValue] {
        [login.databaseValue, displayName.databaseValue, roles.sorted().map(\.rawValue).joined(separator: ",").databaseValue,
         ColumnCoding.value(deactivatedOn)]
    }

    init(row: Row) throws {
        storedId = row["id"]
        login = try ColumnCoding.string(row, "login")
        displayName = try ColumnCoding.string(row, "display_name")
        let text = try ColumnCoding.string(row, "roles")
        var set = Set<Role>()
        for part in text.split(separator: ",") {
            guard let role = Role(rawValue: String(part)) else {
                throw StoreError.invalid(field: "roles", message: "未知角色 (unknown role): \(part)")
            }
            set.insert(role)
        }
        roles = set
        deactivatedOn = try ColumnCoding.optionalDate(row, "deactivated_on")
    }

    static func fetch(_ db: Database, login: String) throws -> UserRow? {
        try Row.fetchOne(db, sql: selectSQL + " WHERE login = ?", arguments: [login]).map { try UserRow(row: $0) }
    }
}

extension UserRow: TextChecked {
    func checkedText() throws -> UserRow {
        UserRow(storedId: storedId, user: try user.checkedText())
    }
}
