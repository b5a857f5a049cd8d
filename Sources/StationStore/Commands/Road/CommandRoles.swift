import GRDB
import StationDomain

/// Which roles may undo or redo a journal entry: those its command needs now (SPEC "Roles").
/// A command's role is checked when it runs (`Roles.check`); its undo and redo are checked the
/// same way, by the login's roles at the moment of the undo — a clerk moved to the reviewer role,
/// or an admin who gave up the admin role, no longer undoes what only that role may do.
/// The journal keeps each entry's command name, so the names map back to the one role table.
/// `RoleTableTests` checks every store command's name against its `permission`.
public enum CommandRoles {
    /// The permission a journalled command needs, or nil when the name is no known command.
    public static func permission(forCommand name: String) -> Permission? {
        if let p = byName[name] { return p }
        if name.hasPrefix("import-") { return .imports }
        if name.hasPrefix("application-"),
           let step = ApplicationStep(rawValue: name.dropFirst("application-".count).replacingOccurrences(of: "-", with: "_")) {
            return step.permission
        }
        return nil
    }

    /// The roles any one of which may undo or redo an entry of `command` now; nil: any user
    /// (their own preferences). A name no command bears needs a clerk, approver or admin.
    static func rolesToInvert(command: String) -> Set<Role>? {
        if anyUser.contains(command) { return nil }
        if let p = permission(forCommand: command) { return [p.role] }
        return [.clerk, .approver, .admin]
    }

    /// Refuses `user` the undo or redo of entry `sequence` unless their roles now allow the
    /// command it finally inverts (following undo/redo links; a revert is an admin's).
    /// Cost: one indexed read per link, one for the roles.
    static func checkInvert(_ db: Database, entry sequence: Int64, by user: String) throws {
        // A login with no user record never gets this far in the program (the terminal program and
        // every subcommand refuse it at the door); the store's own low-level callers are not checked.
        guard let held = try Roles.of(db, login: user) else { return }
        var next: Int64? = sequence
        var needed: Set<Role>? = [.clerk, .approver, .admin]
        for _ in 0..<64 {
            guard let s = next, let row = try Row.fetchOne(db, sql: "SELECT command, kind, undoes, redoes FROM journal_entry WHERE sequence = ?",
                                                          arguments: [s]) else { break }
            let kind: String = row["kind"]
            if kind == JournalEntryKind.revert.rawValue { needed = [Permission.revert.role]; break }
            if kind == JournalEntryKind.command.rawValue { needed = rolesToInvert(command: row["command"]); break }
            next = row["undoes"] ?? row["redoes"]
        }
        guard let needed else { return }
        guard held.isDisjoint(with: needed) else { return }
        throw Refused([.roleRequired(needed.sorted().first ?? .clerk)])
    }

    /// Changes a user may make to what is theirs whatever their roles.
    static let anyUser: Set<String> = ["preferences"]

    /// Store commands and the journalled writes outside them, by journal name.
    static let byName: [String: Permission] = [
        "unit-add": .units, "unit-edit": .units, "unit-delete": .units,
        "partner-add": .partners, "partner-edit": .partners, "partner-delete": .partners,
        "round-open": .decisions, "application-add": .applications, "application-edit": .applications,
        "shortlist-confirm": .applications, "reviewers-assign": .assignments, "site-visit": .applications,
        "quota-exception": .decisions,
        "station-filing": .stations, "station-filing-acknowledge": .stations, "activity-add": .stations,
        "activity-edit": .stations, "activity-delete": .stations, "demand-add": .stations, "demand-edit": .stations,
        "demand-delete": .stations, "station-termination-letter": .stations, "station-edit": .stations,
        "talent-add": .talents, "talent-edit": .talents, "talent-delete": .talents, "talent-recredit": .talents,
        "talent-employer-kind": .talents,
        "evaluation-open-year": .evaluations, "evaluation-correct-count": .evaluations, "evaluation-decide": .grades,
        "station-revoke": .revocations,
        "subsidy-amount": .subsidyAmounts, "subsidy-payment": .payments, "subsidy-spending": .spending, "subsidy-return": .clawbacks,
        "sheet-draft": .ownScoreSheets, "sheet-submit": .ownScoreSheets, "sheet-reopen": .assignments,
        "sheet-withdraw": .assignments, "sheet-assign": .assignments, "tie-declare": .ownTies, "tie-remove": .ownTies,
        "user-add": .users, "user-edit": .users, "user-deactivate": .users, "user-reactivate": .users,
        "policy-load": .policy, "policy-continue": .policy,
    ]
}
