import GRDB
import StationDomain

extension AppDatabase {
    /// Performs `command` as `user`: one write transaction (role check, facts, rule, records, one
    /// journal entry) or nothing. Throws `Refused` (the login is unknown, lacks the role, or the
    /// rule said no — every reason) or a `StoreError` (conflict, disk full, busy…).
    /// Cost over the command's own work: one indexed read of the user's row.
    /// `asSetUp`: the command sets the store up (the demo's sample data) rather than records work:
    /// journalled as "setup-<name>", never an undo target (`UndoStack.isSetup`).
    @discardableResult
    public func perform<C: StoreCommand>(_ command: C, by user: String, asSetUp: Bool = false) throws -> C.Outcome {
        try transaction { db in
            let roles = try Roles.check(db, login: user, for: C.permission)
            let name = asSetUp ? UndoStack.setupPrefix + command.name : command.name
            return try JournalAppender.append(db, user: user, command: name, kind: .command) { writer in
                let tx = CommandContext(user: user, roles: roles, writer: writer)
                let outcome = try command.perform(tx)
                writer.summary = tx.subject
                return outcome
            }.result
        }
    }

    /// The roles `login` holds now (empty when the store has no such user). One indexed read.
    public func roles(of login: String) throws -> Set<Role> {
        try read { db in try Roles.of(db, login: login) ?? [] }
    }
}

/// The role check every command passes inside its transaction.
enum Roles {
    /// The login's roles in effect (none once deactivated), or nil when the store has no user of that name.
    static func of(_ db: Database, login: String) throws -> Set<Role>? {
        let statement = try db.cachedStatement(sql: UserRow.selectSQL + " WHERE login = ?")
        statement.setUncheckedArguments([login])
        return try Row.fetchOne(statement).map { try UserRow(row: $0).user.activeRoles }
    }

    /// The login's roles when they grant `permission`; else `Refused` (unknown login, or the role needed).
    static func check(_ db: Database, login: String, for permission: Permission) throws -> Set<Role> {
        guard let roles = try of(db, login: login) else { throw Refused([.notAUser(login: login)]) }
        guard roles.grant(permission) else { throw Refused([.roleRequired(permission.role)]) }
        return roles
    }
}
