import GRDB
import StationDomain

/// Accounts beyond add and roles (`AppDatabase+Users.swift`): an admin deactivates or
/// reactivates a user; everyone keeps their own preferences; an admin opens a session as
/// another user (`--as`), journalled.
extension AppDatabase {
    /// An admin deactivates (`on` a date) or reactivates (`on` nil) `login`. The last active
    /// admin cannot be deactivated, nor can an admin deactivate themself.
    @discardableResult
    public func setActive(_ login: String, deactivatedOn date: CivilDate?, by admin: String) throws -> User {
        try write(command: date == nil ? "user-reactivate" : "user-deactivate", by: admin) { writer in
            try Self.requireAny(writer.db, admin, [.admin], action: "管理用户 (manage users; admin only)")
            guard let stored = try UserRow.fetch(writer.db, login: login) else { throw StoreError.notFound(table: "app_user", id: 0) }
            var changed = stored
            changed.deactivatedOn = date
            if date != nil {
                if login == admin {
                    throw StoreError.invalid(field: "login", message: "不能停用自己的账号 (you cannot deactivate your own account)")
                }
                let others = try Row.fetchAll(writer.db, sql: UserRow.selectSQL).map { try UserRow(row: $0) }
                    .filter { $0.login != login && $0.user.has(.admin) }
                if stored.user.has(.admin) && others.isEmpty {
                    throw StoreError.invalid(field: "roles", message:
                        "\(login) 是最后一位管理员，不能停用 (\(login) is the last admin and cannot be deactivated)")
                }
            }
            writer.summary = date == nil ? "恢复用户 (reactivate user) \(login)" : "停用用户 (deactivate user) \(login)"
            return try writer.update(changed, replacing: stored).user
        }
    }

    /// `login`'s preferences (all nil when never chosen).
    public func preferences(_ login: String) throws -> UserPreferences {
        try read { db in try PreferenceRow.fetch(db, login: login)?.preferences ?? UserPreferences(login: login) }
    }

    /// Anyone keeps their own preferences (one command, their own undo step).
    @discardableResult
    public func savePreferences(_ preferences: UserPreferences, by login: String) throws -> UserPreferences {
        try write(command: "preferences", by: login) { writer in
            guard preferences.login == login else {
                throw StoreError.notPermitted(user: login, action: "修改他人的偏好设置 (change someone else's preferences)")
            }
            guard try UserRow.fetch(writer.db, login: login) != nil else {
                throw StoreError.notPermitted(user: login, action: "保存偏好设置 (save preferences; known users only)")
            }
            writer.summary = "偏好设置 (preferences)：\(preferences.language ?? "-") \(preferences.theme ?? "-") \(preferences.ambiguousWide.map { $0 ? "wide" : "narrow" } ?? "-")"
            if let stored = try PreferenceRow.fetch(writer.db, login: login) {
                return try writer.update(PreferenceRow(storedId: stored.storedId, preferences: preferences), replacing: stored).preferences
            }
            return try writer.insert(PreferenceRow(storedId: nil, preferences: preferences)).preferences
        }
    }

    /// An admin opens the program as `login` to see what they see: refused unless `admin` is an
    /// active admin and `login` a known user; journalled as "admin X acting as LOGIN" (a setup
    /// entry: never undone). The session then acts with `login`'s roles.
    public func startActing(as login: String, admin: String) throws {
        try write(command: "act-as", by: admin) { writer in
            guard try UserRow.fetch(writer.db, login: admin)?.user.has(.admin) == true else {
                throw StoreError.notPermitted(user: admin, action: "以他人身份打开 --as (open the program as another user; admins only)")
            }
            guard try UserRow.fetch(writer.db, login: login) != nil else {
                throw StoreError.invalid(field: "login", message: "没有用户 \(login) (no user \(login))")
            }
            writer.summary = "管理员 \(admin) 以 \(login) 的身份操作 (admin \(admin) acting as \(login))"
            try writer.insert(ActingSessionRow(storedId: nil, admin: admin, login: login, startedAt: JournalClock.now()))
        }
    }
}
