import StationDomain
import StationStore

/// Which parts of the program a user's roles open (SPEC "People who use it"): clerks, approvers
/// and admins work in every area; a reviewer's menu holds only what is theirs — their score
/// sheets, their ties, the journal of their own changes, their settings and help; a login with
/// no role sees help and settings. The store refuses every write on its own; this only keeps
/// menus honest and says plainly why an area is not there.
public enum DeskAccess {
    static let staff: Set<Role> = [.clerk, .approver, .admin]

    public static func isStaff(_ roles: Set<Role>) -> Bool { !roles.isDisjoint(with: staff) }

    /// Whether a holder of `roles` may open `area`.
    public static func allows(_ area: DeskArea, _ roles: Set<Role>) -> Bool {
        switch area {
        case .journal, .settings: return true
        case .myScores: return isStaff(roles) || roles.contains(.reviewer)
        default: return isStaff(roles)
        }
    }

    /// One line of the home menu.
    public enum Item: Equatable, Sendable {
        case area(DeskArea)
        /// The reviewer's own ties (回避声明), opened on the ties tab of 我的评分.
        case ties
        case help

        /// The key that opens it from the home screen.
        public var shortcut: Character {
            switch self {
            case .area(let a): return a.shortcut
            case .ties: return "t"
            case .help: return "?"
            }
        }
    }

    /// The home menu for `roles`: every area for staff (as it always was); for anyone else
    /// only what is theirs, each keeping its area's digit.
    public static func menu(_ roles: Set<Role>) -> [Item] {
        if isStaff(roles) { return DeskArea.allCases.map { .area($0) } }
        var items: [Item] = []
        if roles.contains(.reviewer) { items += [.area(.myScores), .ties] }
        return items + [.area(.journal), .area(.settings), .help]
    }
}
