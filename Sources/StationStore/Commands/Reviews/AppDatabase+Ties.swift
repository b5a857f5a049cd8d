import GRDB
import StationDomain

/// A reviewer's declared ties (回避声明) to units and partners: read by the reviewer, and by clerks,
/// approvers and admins (read only) for assignments. Declared and removed by TieCommands.
extension AppDatabase {
    /// `viewer`'s own ties, or — for a clerk, approver or admin — everyone's when `of` is nil.
    public func ties(of reviewer: String?, viewer: String) throws -> [ReviewerTie] {
        try read { db in
            if reviewer != viewer {
                try Self.requireAny(db, viewer, [.clerk, .approver, .admin])
            }
            guard let reviewer else { return try Row.fetchAll(db, sql: ReviewerTie.selectSQL + " ORDER BY reviewer, id").map(ReviewerTie.init) }
            return try ReviewerTie.fetchAll(db, where: "reviewer = ?", [reviewer])
        }
    }
}
