import GRDB
import StationDomain

private typealias C = ColumnCoding

/// A user's preferences as stored (`user_preference`, one row per login that chose any).
struct PreferenceRow: StoredRecord {
    var storedId: Int64?
    var preferences: UserPreferences

    static let tableSpec = TableSpec(name: "user_preference", columns: ["login", "language", "theme", "ambiguous_wide"])

    func databaseValues() throws -> [DatabaseValue] {
        [C.value(preferences.login), preferences.language?.databaseValue ?? .null, preferences.theme?.databaseValue ?? .null,
         preferences.ambiguousWide.map { C.value($0) } ?? .null]
    }

    init(storedId: Int64?, preferences: UserPreferences) { self.storedId = storedId; self.preferences = preferences }

    init(row: Row) throws {
        storedId = row["id"]
        let wide: Int64? = row["ambiguous_wide"]
        preferences = UserPreferences(login: try C.string(row, "login"), language: row["language"], theme: row["theme"],
                                      ambiguousWide: wide.map { $0 != 0 })
    }

    static func fetch(_ db: Database, login: String) throws -> PreferenceRow? {
        try Row.fetchOne(db, sql: selectSQL + " WHERE login = ?", arguments: [login]).map { try PreferenceRow(row: $0) }
    }
}

/// One `--as` session: admin `admin` opened the program as `login` at `startedAt` (UTC, as the journal's times).
struct ActingSessionRow: StoredRecord {
    var storedId: Int64?
    var admin: String
    var login: String
    var startedAt: String

    static let tableSpec = TableSpec(name: "acting_session", columns: ["admin", "login", "started_at"])

    func databaseValues() throws -> [DatabaseValue] { [C.value(admin), C.value(login), C.value(startedAt)] }

    init(storedId: Int64?, admin: String, login: String, startedAt: String) {
        self.storedId = storedId; self.admin = admin; self.login = login; self.startedAt = startedAt
    }

    init(row: Row) throws {
        storedId = row["id"]
        admin = try C.string(row, "admin"); login = try C.string(row, "login"); startedAt = try C.string(row, "started_at")
    }
}
