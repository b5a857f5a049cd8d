import Foundation
import GRDB
import StationDomain

// A station's record through its two years (issue 12; Art. 7–9): head and staff filings,
// activities, collected demand, the termination letter, and corrections of its own fields.
// Each is one command (one journal entry, one undo step) judged inside the transaction.
// `policy` is the policy the station's agreement was made under (it fixes the period's length);
// nil when none is loaded: the life then ends only at a recorded end.

extension CommandContext {
    /// The station `id` as stored now, or `Refused(.stationUnknown)`.
    func station(_ id: Int64) throws -> Station {
        guard let s = try record(Station.self, id: id) else { throw Refused([.stationUnknown(id: id)]) }
        return s
    }

    /// The station's active life: its first agreement (period rows) to its recorded end or period end.
    func life(of station: Station, policy: Policy?) throws -> StationLife {
        let periods = try station.id.map { try records(StationPeriod.self, where: "station_id = ?", [$0]) } ?? []
        return StationLife(station, period: policy.map { ManagementPeriod(station: station, policy: $0) }, periods: periods)
    }
}

/// 备案 (Art. 9): a head or staff change, filed with its date, old → new person, reason and (when
/// known) the Bureau's acknowledgement. Changes the station's head or staff list as it records the
/// filing. Refused outside the station's life and by `StaffingRule.apply`. Outcome: the filing.
public struct FileStaffChange: StoreCommand {
    public static let permission = Permission.stations
    public var filing: StaffFiling
    public var policy: Policy?

    public init(_ filing: StaffFiling, policy: Policy?) { self.filing = filing; self.policy = policy }
    public var name: String { "station-filing" }

    public func perform(_ tx: CommandContext) throws -> StaffFiling {
        let station = try tx.station(filing.stationId)
        tx.subject = station.name
        var decision = try tx.life(of: station, policy: policy).check(filing.filedOn, for: .staffFiling)
        var changed = station
        do { changed = try StaffingRule.apply(filing, to: station) } catch let refused as Refused {
            decision = decision + Decision(refused.reasons)
        }
        try tx.require(decision)
        // The filing first: its own field is the one a text refusal names (新人员, not 站长).
        let stored = try tx.insert(filing)
        try tx.update(changed, replacing: station)
        return stored
    }
}

/// Records (or clears) the Bureau's acknowledgement date of a filing already made.
public struct AcknowledgeFiling: StoreCommand {
    public static let permission = Permission.stations
    public var filing: StaffFiling
    public var acknowledgedOn: CivilDate?

    public init(_ filing: StaffFiling, on date: CivilDate?) { self.filing = filing; acknowledgedOn = date }
    public var name: String { "station-filing-acknowledge" }

    public func perform(_ tx: CommandContext) throws -> StaffFiling {
        tx.subject = try tx.station(filing.stationId).name
        if let ack = acknowledgedOn, ack < filing.filedOn {
            throw Refused([.acknowledgedBeforeFiling(acknowledgedOn: ack, filedOn: filing.filedOn)])
        }
        var changed = filing
        changed.acknowledgedOn = acknowledgedOn
        return try tx.update(changed, replacing: filing)
    }
}

/// An activity (Art. 7) added (`original == nil`) or edited: a duty of the station's type, a
/// title, a date within the station's life. Outcome: the activity as stored.
public struct SaveActivity: StoreCommand {
    public static let permission = Permission.stations
    public var activity: Activity
    public var original: Activity?
    public var policy: Policy?

    public init(_ activity: Activity, replacing original: Activity?, policy: Policy?) {
        self.activity = activity; self.original = original; self.policy = policy
    }
    public var name: String { original == nil ? "activity-add" : "activity-edit" }

    public func perform(_ tx: CommandContext) throws -> Activity {
        let station = try tx.station(activity.stationId)
        tx.subject = activity.title
        try tx.require(StationDuties.checkNew(activity, station: station, life: try tx.life(of: station, policy: policy)))
        if original == nil { return try tx.insert(activity) }
        return try tx.update(activity, replacing: original)
    }
}

public struct DeleteActivity: StoreCommand {
    public static let permission = Permission.stations
    public var activity: Activity
    public init(_ activity: Activity) { self.activity = activity }
    public var name: String { "activity-delete" }

    public func perform(_ tx: CommandContext) throws {
        tx.subject = activity.title
        try tx.delete(activity)
    }
}

/// 需求征集: demand collected from a Liuzhou enterprise, added or edited (`DemandRules`).
public struct SaveTalentDemand: StoreCommand {
    public static let permission = Permission.stations
    public var demand: TalentDemand
    public var original: TalentDemand?
    public var policy: Policy?

    public init(_ demand: TalentDemand, replacing original: TalentDemand?, policy: Policy?) {
        self.demand = demand; self.original = original; self.policy = policy
    }
    public var name: String { original == nil ? "demand-add" : "demand-edit" }

    public func perform(_ tx: CommandContext) throws -> TalentDemand {
        let station = try tx.station(demand.stationId)
        tx.subject = demand.enterprise
        try tx.require(DemandRules.check(demand, life: try tx.life(of: station, policy: policy)))
        if original == nil { return try tx.insert(demand) }
        return try tx.update(demand, replacing: original)
    }
}

public struct DeleteTalentDemand: StoreCommand {
    public static let permission = Permission.stations
    public var demand: TalentDemand
    public init(_ demand: TalentDemand) { self.demand = demand }
    public var name: String { "demand-delete" }

    public func perform(_ tx: CommandContext) throws {
        tx.subject = demand.enterprise
        try tx.delete(demand)
    }
}

/// Art. 8: records the Bureau's letter on a station whose period ended without renewal
/// (`TerminationRule`); the station is then `.ended` on its period's last day.
public struct RecordTerminationLetter: StoreCommand {
    public static let permission = Permission.stations
    public var stationId: Int64
    public var letter: TerminationLetter
    public var policy: Policy

    public init(station: Int64, _ letter: TerminationLetter, policy: Policy) {
        stationId = station; self.letter = letter; self.policy = policy
    }
    public var name: String { "station-termination-letter" }

    public func perform(_ tx: CommandContext) throws -> Station {
        let station = try tx.station(stationId)
        tx.subject = station.name
        let ended = try TerminationRule.record(letter, on: station, among: try tx.records(Station.self), policy: policy)
        return try tx.update(ended, replacing: station)
    }
}

/// Corrects a station's own fields (name, unit, partners, agreement date) with a reason the
/// journal keeps beside the name (`StationEditRule`). Head and staff change only by filings,
/// status only by the procedure, so those fields are taken from the stored record.
public struct EditStation: StoreCommand {
    public static let permission = Permission.stations
    public var station: Station
    public var original: Station
    public var reason: String
    public var policy: Policy?

    public init(_ station: Station, replacing original: Station, reason: String, policy: Policy?) {
        self.station = station; self.original = original; self.reason = reason; self.policy = policy
    }
    public var name: String { "station-edit" }

    public func perform(_ tx: CommandContext) throws -> Station {
        guard let id = original.id else { throw Refused([.stationUnknown(id: 0)]) }
        let stored = try tx.station(id)
        var edited = stored
        edited.name = station.name.trimmingCharacters(in: .whitespaces)
        edited.unitId = station.unitId
        edited.partnerIds = station.partnerIds
        edited.agreementDate = station.agreementDate
        let partners = try tx.records(Partner.self).filter { edited.partnerIds.contains($0.id ?? -1) }
        var dated: [(record: DatedRecord, date: CivilDate)] = []
        dated += try tx.records(Talent.self, where: "station_id = ?", [id]).map { (.talent, $0.introducedOn) }
        dated += try tx.records(Activity.self, where: "station_id = ?", [id]).map { (.activity, $0.on) }
        dated += try tx.records(StaffFiling.self, where: "station_id = ?", [id]).map { (.staffFiling, $0.filedOn) }
        dated += try tx.records(TalentDemand.self, where: "station_id = ?", [id]).map { (.talentDemand, $0.collectedOn) }
        let reason = self.reason.trimmingCharacters(in: .whitespaces)
        tx.subject = reason.isEmpty ? edited.name : "\(edited.name) — \(reason)"
        try tx.require(StationEditRule.check(edited, reason: reason, others: try tx.records(Station.self), partners: partners,
                                             dated: dated, life: try tx.life(of: edited, policy: policy)))
        return try tx.update(edited, replacing: original)
    }
}
