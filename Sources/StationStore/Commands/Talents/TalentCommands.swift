import Foundation
import GRDB
import StationDomain

// 人才 kept at the terminal (issue 12): add, edit, delete; re-credit marked talents to another
// station and set their employer kind, each as one command (one journal entry, one undo step).

/// Adds (`original == nil`) or edits a talent. The employer is linked to the unit bearing its name
/// (if any); the kind is as the clerk chose (nil: unclassified). Credited to a station, its date
/// must fall within the station's life (`TalentRules`). `policy`: the station's (period length).
public struct SaveTalent: StoreCommand {
    public static let permission = Permission.talents
    public var talent: Talent
    public var original: Talent?
    public var policy: Policy?

    public init(_ talent: Talent, replacing original: Talent?, policy: Policy?) {
        self.talent = talent; self.original = original; self.policy = policy
    }
    public var name: String { original == nil ? "talent-add" : "talent-edit" }

    public func perform(_ tx: CommandContext) throws -> Talent {
        var t = talent
        t.name = t.name.trimmingCharacters(in: .whitespaces)
        t.employer = t.employer.trimmingCharacters(in: .whitespaces)
        t.idNumber = t.idNumber.trimmingCharacters(in: .whitespaces)
        tx.subject = t.name
        let life = try t.stationId.map { try tx.life(of: try tx.station($0), policy: policy) }
        try tx.require(TalentRules.check(t, life: life))
        t.employerUnitId = try tx.records(StationDomain.Unit.self, where: "name = ?", [t.employer]).first?.id
        if original == nil { return try tx.insert(t) }
        return try tx.update(t, replacing: original)
    }
}

public struct DeleteTalent: StoreCommand {
    public static let permission = Permission.talents
    public var talent: Talent
    public init(_ talent: Talent) { self.talent = talent }
    public var name: String { "talent-delete" }

    public func perform(_ tx: CommandContext) throws {
        tx.subject = talent.name
        try tx.delete(talent)
    }
}

/// Credits the talents `ids` to station `stationId` (改记): every one's date must fall within that
/// station's life, else nothing is written and each one outside is named (`RecreditRule`).
/// Outcome: how many changed.
public struct RecreditTalents: StoreCommand {
    public static let permission = Permission.talents
    public var ids: [Int64]
    public var stationId: Int64
    public var policy: Policy?

    public init(_ ids: [Int64], to station: Int64, policy: Policy?) { self.ids = ids; stationId = station; self.policy = policy }
    public var name: String { "talent-recredit" }

    public func perform(_ tx: CommandContext) throws -> Int {
        let station = try tx.station(stationId)
        tx.subject = station.name
        let talents = try tx.talents(ids)
        try tx.require(RecreditRule.check(talents, to: try tx.life(of: station, policy: policy)))
        var changed = 0
        for t in talents where t.stationId != stationId {
            var moved = t
            moved.stationId = stationId
            try tx.update(moved, replacing: t)
            changed += 1
        }
        return changed
    }
}

/// Sets the employer kind of the talents `ids` (nil: back to unclassified). Outcome: how many changed.
public struct SetEmployerKind: StoreCommand {
    public static let permission = Permission.talents
    public var ids: [Int64]
    public var kind: EmployerKind?

    public init(_ ids: [Int64], to kind: EmployerKind?) { self.ids = ids; self.kind = kind }
    public var name: String { "talent-employer-kind" }

    public func perform(_ tx: CommandContext) throws -> Int {
        tx.subject = kind?.rawValue ?? ""
        var changed = 0
        for t in try tx.talents(ids) where t.employerKind != kind {
            var classified = t
            classified.employerKind = kind
            try tx.update(classified, replacing: t)
            changed += 1
        }
        return changed
    }
}

extension CommandContext {
    /// The talents `ids` as stored now, in the order given; an id no longer stored is a conflict
    /// (someone deleted it since the list was read).
    func talents(_ ids: [Int64]) throws -> [Talent] {
        try ids.map { id in
            guard let t = try record(Talent.self, id: id) else {
                throw StoreError.conflict(RecordConflict(table: Talent.tableSpec.name, rowId: id, fields: [], deleted: true, lastChange: nil))
            }
            return t
        }
    }
}
