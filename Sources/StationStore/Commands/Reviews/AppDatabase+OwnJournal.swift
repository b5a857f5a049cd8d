import GRDB
import StationDomain

extension AppDatabase {
    /// The newest `limit` entries made by `user`, newest first: the journal a reviewer sees (their
    /// own changes only). Cost: one range of the `journal_entry_user` index.
    public func journal(of user: String, limit: Int, changeLimit: Int = 50) throws -> [JournalEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: JournalRows.select + " WHERE user = ? ORDER BY sequence DESC LIMIT ?",
                                        arguments: [user, limit])
            return try rows.map { try JournalRows.entry(db, $0, changeLimit: changeLimit) }
        }
    }
}

extension AppDatabase {
    /// The roles that read the whole programme: the journal of everyone, exports, reports,
    /// backups, anchors and `verify`. A reviewer reads only their own sheets and changes.
    public static let staffRoles: Set<Role> = [.clerk, .approver, .admin]

    /// Refuses `login` unless they hold a clerk, approver or admin role now (`Refused`:
    /// `.notAUser` for an unknown login, `.staffOnly` for a reviewer or a deactivated account).
    /// Every command-line read of the whole programme asks this first. Cost: one indexed read.
    public func requireStaff(_ login: String) throws {
        try read { db in
            guard let held = try Roles.of(db, login: login) else { throw Refused([.notAUser(login: login)]) }
            guard !held.isDisjoint(with: Self.staffRoles) else { throw Refused([.staffOnly(login: login)]) }
        }
    }

    /// The journal as `viewer` may read it, newest first: everyone's for a clerk, approver or
    /// admin; their own changes only for anyone else (a reviewer's own journal).
    public func journal(readBy viewer: String, limit: Int, changeLimit: Int = 50) throws -> [JournalEntry] {
        let roles = try self.roles(of: viewer)
        if roles.isDisjoint(with: Self.staffRoles) { return try journal(of: viewer, limit: limit, changeLimit: changeLimit) }
        return try journal(limit: limit, changeLimit: changeLimit)
    }
}
