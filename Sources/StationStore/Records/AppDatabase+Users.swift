import GRDB
import StationDomain

extension AppDatabase {
    public func user(_ login: String) throws -> User? {
        try read { db in try UserRow.fetch(db, login: login)?.user }
    }

    /// Every user, by login.
    public func users() throws -> [User] {
        try read { db in try Row.fetchAll(db, sql: UserRow.selectSQL + " ORDER BY login").map { try UserRow(row: $0).user } }
    }

    /// First run: when the store has no users yet, `login` becomes admin, clerk and approver.
    /// Does nothing (and writes nothing) when any user exists.
    public func ensureFirstAdmin(_ login: String) throws {
        try transaction { db in try AppDatabase.insertFirstAdmin(db, login: login) }
    }

    /// Inside a write transaction: `login` becomes the first admin when there are no users.
    static func insertFirstAdmin(_ db: Database, login: String) throws {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM app_user") == 0 else { return }
        _ = try JournalAppender.append(db, user: login, command: "first-admin", kind: .command) { writer in
            writer.summary = "首位管理员 (first admin): \(login)"
            try writer.insert(UserRow(storedId: nil, user: User(login: login, roles: [.admin, .clerk, .approver])))
        }
    }

    /// How many users the store has.
    public func userCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM app_user") ?? 0 }
    }

    /// The login's user record, or `StoreAccessError.unknownUser`: a login the store does not
    /// know may not use it at all, not even to read (the command line and the terminal program
    /// ask this first).
    @discardableResult
    public func requireUser(_ login: String) throws -> User {
        guard let user = try user(login) else { throw StoreAccessError.unknownUser(login: login, path: path) }
        return user
    }

    /// An admin adds a user or changes one's name and roles. With `original` (as the form saw it),
    /// a change by someone else since is a conflict. Roles may be emptied; users are never deleted
    /// (the journal names them). Removing the admin role from the last admin is refused
    /// (`StoreError.invalid(field: "roles", …)`).
    @discardableResult
    public func save(_ user: User, replacing original: User?, by admin: String) throws -> User {
        let user = try user.checkedText()   // TextRules: no control, invisible or space characters; NFC
        return try write(command: original == nil ? "user-add" : "user-edit", by: admin) { writer in
            guard try Roles.of(writer.db, login: admin)?.grant(.users) == true else {   // the one role table
                throw StoreError.notPermitted(user: admin, action: "管理用户 (manage users; admin only)")
            }
            writer.summary = "用户 (user) \(user.login): \(user.roles.sorted().map(\.rawValue).joined(separator: ","))"
            let stored = try UserRow.fetch(writer.db, login: user.login)
            if let original {
                guard let stored else {
                    throw StoreError.conflict(RecordConflict(table: "app_user", rowId: 0, fields: [], deleted: true, lastChange: nil))
                }
                // The store must always keep one admin, or nobody could manage users again.
                if stored.roles.contains(.admin), !user.roles.contains(.admin) {
                    let admins = try Row.fetchAll(writer.db, sql: UserRow.selectSQL)
                        .map { try UserRow(row: $0) }.filter { $0.user.has(.admin) && $0.login != user.login }
                    if admins.isEmpty {
                        throw StoreError.invalid(field: "roles", message:
                            "\(user.login) 是最后一位管理员，不能去掉 admin 角色 (\(user.login) is the last admin; the admin role cannot be removed)")
                    }
                }
                let mine = UserRow(storedId: stored.storedId, user: user)
                try writer.update(mine, replacing: UserRow(storedId: stored.storedId, user: original))
            } else {
                if stored != nil { throw StoreError.duplicate(table: "app_user", detail: "登录名已存在 (login exists): \(user.login)") }
                try writer.insert(UserRow(storedId: nil, user: user))
            }
            return user
        }
    }
}
