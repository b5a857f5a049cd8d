import GRDB
import StationDomain

/// A reviewer's declared ties (回避声明) to units and partners: declared and removed by the
/// reviewer themself, read by them, and by clerks and admins (read-only) for assignments.
extension AppDatabase {
    /// `viewer`'s own ties, or — for a clerk, approver or admin — everyone's when `of` is nil.
    public func ties(of reviewer: String?, viewer: String) throws -> [ReviewerTie] {
        try read { db in
            if reviewer != viewer {
                try Self.requireAny(db, viewer, [.clerk, .approver, .admin], action: "查看他人的回避声明 (see others' ties; clerks, approvers and admins)")
            }
            guard let reviewer else { return try Row.fetchAll(db, sql: ReviewerTie.selectSQL + " ORDER BY reviewer, id").map(ReviewerTie.init) }
            return try ReviewerTie.fetchAll(db, where: "reviewer = ?", [reviewer])
        }
    }

    /// A reviewer declares a tie of their own to one unit or one partner, with a note.
    @discardableResult
    public func declareTie(_ tie: ReviewerTie, by login: String) throws -> ReviewerTie {
        try write(command: "tie-declare", by: login) { writer in
            try Self.requireAny(writer.db, login, [.reviewer], action: "声明回避 (declare ties; reviewers only)")
            guard (tie.unitId == nil) != (tie.partnerId == nil) else { throw ReviewError.tieNeedsUnitOrPartner }
            var mine = tie
            mine.id = nil
            mine.reviewer = login
            mine.note = tie.note.trimmingCharacters(in: .whitespaces)
            let name: String
            if let u = tie.unitId {
                guard let unit = try writer.record(Unit.self, id: u) else { throw StoreError.notFound(table: "unit", id: u) }
                name = unit.name
            } else {
                let p = tie.partnerId!
                guard let partner = try writer.record(Partner.self, id: p) else { throw StoreError.notFound(table: "partner", id: p) }
                name = partner.name
            }
            writer.summary = "声明回避 (declare tie)：\(login) — \(name)"
            return try writer.insert(mine)
        }
    }

    /// A reviewer removes one of their own ties.
    public func removeTie(_ id: Int64, by login: String) throws {
        try write(command: "tie-remove", by: login) { writer in
            try Self.requireAny(writer.db, login, [.reviewer], action: "删除回避声明 (remove ties; reviewers only)")
            guard let tie = try writer.record(ReviewerTie.self, id: id) else { throw StoreError.notFound(table: "reviewer_tie", id: id) }
            guard tie.reviewer == login else { throw ReviewError.notYourTie }
            writer.summary = "删除回避声明 (remove tie) #\(id)：\(login)"
            try writer.delete(tie)
        }
    }
}
