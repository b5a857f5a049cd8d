/// What a change is about, and so which role may make it: the one role table (SPEC "Roles").
/// Every store command names one permission; the store checks the acting login's roles against
/// `role` inside the command's transaction. Screens ask the same table to offer only what the
/// user may do (`User.may`).
public enum Permission: String, CaseIterable, Sendable {
    // clerk 经办人 (evaluations: open a year's evaluations, correct a count with a reason;
    // spending: record the spending lines of a subsidy)
    case units, partners, applications, stations, talents, imports, assignments, evaluations, spending
    // reviewer 评审专家 (their own sheets and ties only: the command checks whose they are)
    case ownScoreSheets, ownTies
    // approver 审定
    case decisions, grades, revocations, subsidyAmounts, payments, clawbacks
    // admin
    case users, roles, policy, revert

    /// The role that grants this permission.
    public var role: Role {
        switch self {
        case .units, .partners, .applications, .stations, .talents, .imports, .assignments, .evaluations, .spending:
            return .clerk
        case .ownScoreSheets, .ownTies: return .reviewer
        case .decisions, .grades, .revocations, .subsidyAmounts, .payments, .clawbacks: return .approver
        case .users, .roles, .policy, .revert: return .admin
        }
    }
}

extension User {
    /// Whether this user's roles grant `permission`.
    public func may(_ permission: Permission) -> Bool { activeRoles.contains(permission.role) }
}

extension Set where Element == Role {
    /// Whether these roles grant `permission` (a login with no user record has no roles).
    public func grant(_ permission: Permission) -> Bool { contains(permission.role) }
}
