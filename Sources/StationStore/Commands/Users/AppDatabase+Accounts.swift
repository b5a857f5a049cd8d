import GRDB
import StationDomain

/// An admin adds a user or changes one's name and roles (settings screen; the command line keeps
/// `AppDatabase.save(_:replacing:by:)`). With `original` (as the form saw it) a change by someone
/// else since is a conflict. Taking the admin role from the last active admin is refused.
public struct SaveUser: StoreCommand {
    public static let permission = Permission.users
    public var name: String { original == nil ? "user-add" : "user-edit" }
    public var user: User
    public var original: User?

    public init(_ user: User, replacing original: User?) { self.user = user; self.original = original }

    public func perform(_ tx: CommandContext) throws -> User {
        let user = try self.user.checkedText()
        tx.subject = user.login
        let stored = try UserRow.fetch(tx.db, login: user.login)
        guard let original else {
            if stored != nil { throw StoreError.duplicate(table: "app_user", detail: user.login) }
            return try tx.insert(UserRow(storedId: nil, user: user)).user
        }
        guard let stored else {
            throw StoreError.conflict(RecordConflict(table: "app_user", rowId: 0, fields: [], deleted: true, lastChange: nil))
        }
        if stored.user.has(.admin), !user.roles.contains(.admin), try Accounts.isLastAdmin(tx.db, user.login) {
            throw Refused([.lastAdmin(login: user.login)])
        }
        return try tx.update(UserRow(storedId: stored.storedId, user: user),
                             replacing: UserRow(storedId: stored.storedId, user: original)).user
    }
}

/// An admin deactivates (`on` a date) or reactivates (`on` nil) a user: a deactivated account
/// keeps its record and holds no role. Nobody deactivates themself, and the last active admin
/// stays active.
public struct SetUserActive: StoreCommand {
    public static let permission = Permission.users
    public var name: String { date == nil ? "user-reactivate" : "user-deactivate" }
    public var login: String
    public var date: CivilDate?

    public init(_ login: String, deactivatedOn date: CivilDate?) { self.login = login; self.date = date }

    public func perform(_ tx: CommandContext) throws -> User {
        guard let stored = try UserRow.fetch(tx.db, login: login) else { throw Refused([.notAUser(login: login)]) }
        if date != nil {
            if login == tx.user { throw Refused([.cannotDeactivateSelf]) }
            if stored.user.has(.admin), try Accounts.isLastAdmin(tx.db, login) { throw Refused([.lastAdmin(login: login)]) }
        }
        var changed = stored
        changed.deactivatedOn = date
        tx.subject = login
        return try tx.update(changed, replacing: stored).user
    }
}

enum Accounts {
    /// Whether no active admin but `login` remains.
    static func isLastAdmin(_ db: Database, _ login: String) throws -> Bool {
        try Row.fetchAll(db, sql: UserRow.selectSQL).map { try UserRow(row: $0) }
            .filter { $0.login != login && $0.user.has(.admin) }.isEmpty
    }
}

/// Each user's preferences, and an admin's `--as` session. Neither changes the program's records:
/// they are written in their own small transaction (identity checked inside it) and journalled,
/// but are not workflow commands (no role grants or withholds them).
extension AppDatabase {
    /// `login`'s preferences (all nil when never chosen).
    public func preferences(_ login: String) throws -> UserPreferences {
        try read { db in try PreferenceRow.fetch(db, login: login)?.preferences ?? UserPreferences(login: login) }
    }

    /// Anyone known to the store keeps their own preferences (one journal entry, their own undo step).
    @discardableResult
    public func savePreferences(_ preferences: UserPreferences, by login: String) throws -> UserPreferences {
        try write(command: "preferences", by: login) { writer in
            guard preferences.login == login else { throw Refused([.notYourPreferences]) }
            guard try UserRow.fetch(writer.db, login: login) != nil else { throw Refused([.notAUser(login: login)]) }
            writer.summary = [preferences.language, preferences.theme, preferences.ambiguousWide.map { $0 ? "wide" : "narrow" }]
                .compactMap { $0 }.joined(separator: " ")
            if let stored = try PreferenceRow.fetch(writer.db, login: login) {
                return try writer.update(PreferenceRow(storedId: stored.storedId, preferences: preferences), replacing: stored).preferences
            }
            return try writer.insert(PreferenceRow(storedId: nil, preferences: preferences)).preferences
        }
    }

    /// An admin opens the program as `login` to see what they see: refused unless `admin` is an
    /// active admin and `login` a known user; journalled as "admin X acting as LOGIN" (subject
    /// `X → LOGIN`; a set-up entry, never undone). The session then acts with `login`'s roles.
    public func startActing(as login: String, admin: String) throws {
        try write(command: "act-as", by: admin) { writer in
            guard try Roles.of(writer.db, login: admin)?.contains(.admin) == true else { throw Refused([.adminOnly]) }
            guard try UserRow.fetch(writer.db, login: login) != nil else { throw Refused([.notAUser(login: login)]) }
            writer.summary = "\(admin) → \(login)"
            try writer.insert(ActingSessionRow(storedId: nil, admin: admin, login: login, startedAt: JournalClock.now()))
        }
    }
}
