/// A person known to the store, by operating-system login name, with the roles an admin granted.
public struct User: Codable, Hashable, Sendable, Identifiable {
    public var id: String { login }
    public var login: String
    public var displayName: String
    public var roles: Set<Role>

    public init(login: String, displayName: String = "", roles: Set<Role>) {
        self.login = login; self.displayName = displayName; self.roles = roles
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
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
