/// A person known to the store, by operating-system login name, with the roles an admin granted.
public struct User: Codable, Hashable, Sendable, Identifiable {
    public var id: String { login }
    public var login: String
    public var displayName: String
    public var roles: Set<Role>
    /// Set when an admin deactivated the account: it then acts with no role at all (users are
    /// never deleted, since the journal names them).
    public var deactivatedOn: CivilDate?

    public init(login: String, displayName: String = "", roles: Set<Role>, deactivatedOn: CivilDate? = nil) {
        self.login = login; self.displayName = displayName; self.roles = roles; self.deactivatedOn = deactivatedOn
    }

    public var isActive: Bool { deactivatedOn == nil }

    /// Whether the user holds `role` now (a deactivated account holds none).
    public func has(_ role: Role) -> Bool { isActive && roles.contains(role) }

    /// The roles in effect: none once deactivated.
    public var activeRoles: Set<Role> { isActive ? roles : [] }
}

public enum Role: String, Codable, CaseIterable, Sendable, Comparable {
    case clerk       // 经办人
    case reviewer    // 评审专家
    case approver    // 审定
    case admin

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How one person likes the program to look, kept in the store so it follows them to any
/// terminal: language, colour theme, and whether East-Asian-ambiguous characters are two cells
/// wide. nil means "not chosen" (the command line or the default decides).
public struct UserPreferences: Codable, Hashable, Sendable {
    public var login: String
    /// "zh" or "en".
    public var language: String?
    /// "default", "light" or "mono".
    public var theme: String?
    public var ambiguousWide: Bool?

    public init(login: String, language: String? = nil, theme: String? = nil, ambiguousWide: Bool? = nil) {
        self.login = login; self.language = language; self.theme = theme; self.ambiguousWide = ambiguousWide
    }
}
