import GRDB
import StationDomain

/// A reviewer declares a tie of their own (whatever `reviewer` the value names) to one unit or one
/// partner, with a note; an assignment that conflicts is then refused.
public struct DeclareTie: StoreCommand {
    public static let permission = Permission.ownTies
    public var name: String { "tie-declare" }
    public var tie: ReviewerTie

    public init(_ tie: ReviewerTie) { self.tie = tie }

    public func perform(_ tx: CommandContext) throws -> ReviewerTie {
        guard (tie.unitId == nil) != (tie.partnerId == nil) else { throw Refused([.tieNeedsUnitOrPartner]) }
        var mine = tie
        mine.id = nil
        mine.reviewer = tx.user
        mine.note = tie.note.trimmingCharacters(in: .whitespaces)
        if let u = tie.unitId {
            guard let unit = try tx.record(Unit.self, id: u) else { throw StoreError.notFound(table: "unit", id: u) }
            tx.subject = unit.name
        } else if let p = tie.partnerId {
            guard let partner = try tx.record(Partner.self, id: p) else { throw StoreError.notFound(table: "partner", id: p) }
            tx.subject = partner.name
        }
        return try tx.insert(mine)
    }
}

/// A reviewer removes one of their own ties.
public struct RemoveTie: StoreCommand {
    public static let permission = Permission.ownTies
    public var name: String { "tie-remove" }
    public var tieId: Int64

    public init(_ tieId: Int64) { self.tieId = tieId }

    public func perform(_ tx: CommandContext) throws {
        guard let tie = try tx.record(ReviewerTie.self, id: tieId) else { throw StoreError.notFound(table: "reviewer_tie", id: tieId) }
        guard tie.reviewer == tx.user else { throw Refused([.tieNotYours]) }
        if let u = tie.unitId { tx.subject = try tx.record(Unit.self, id: u)?.name ?? "#\(u)" }
        if let p = tie.partnerId { tx.subject = try tx.record(Partner.self, id: p)?.name ?? "#\(p)" }
        try tx.delete(tie)
    }
}
