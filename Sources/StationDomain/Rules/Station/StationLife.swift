/// A station's active life (Art. 8, 10.4): from its first agreement (the earliest of its
/// `StationPeriod`s, else its agreement date: a renewal continues the station) to the day it ends — the day it
/// was revoked or ended when that is recorded, else the last day of its management period (after
/// which it is either renewed by another station or terminated automatically, 期满不再续约的，
/// 自动终止). Nothing may be recorded against a station dated outside it: talents, activities,
/// staff filings, collected demand. Pure, O(1).
public struct StationLife: Hashable, Sendable {
    /// How a station's life ends.
    public enum End: String, Hashable, Sendable {
        /// The management period's last day (still running, or ended without a recorded date).
        case periodEnd
        /// Recorded as ended (terminated at the end of its period, or renewed by another station).
        case ended
        /// Revoked (Art. 10.4).
        case revoked
    }

    public let station: String
    public let start: CivilDate
    /// nil only when no policy says how long the period is and no end is recorded.
    public let end: CivilDate?
    public let endKind: End

    /// `period`: the station's (latest) management period (nil when no policy is known);
    /// `periods`: its period rows, for the first agreement of a renewed station.
    public init(_ station: Station, period: ManagementPeriod?, periods: [StationPeriod] = []) {
        self.station = station.name
        start = QuotaRule.setUpOn(station, periods: periods)
        let recordedKind: End
        switch station.status {
        case .active: recordedKind = .periodEnd
        case .ended: recordedKind = .ended
        case .revoked: recordedKind = .revoked
        }
        // Whichever comes first ends it: a revocation decided after the period ran out does not
        // lengthen the station's life.
        switch (station.endedOn, period?.end) {
        case let (recorded?, periodEnd?):
            end = min(recorded, periodEnd)
            endKind = recorded <= periodEnd ? recordedKind : .periodEnd
        case let (recorded?, nil): end = recorded; endKind = recordedKind
        case let (nil, periodEnd): end = periodEnd; endKind = recordedKind
        }
    }

    public func contains(_ date: CivilDate) -> Bool {
        start <= date && end.map { date <= $0 } != false
    }

    /// Allowed when `date` falls within the life; else refused naming the date and the life's dates.
    public func check(_ date: CivilDate, for record: DatedRecord) -> Decision {
        contains(date) ? .allowed
            : Decision([.outsideStationLife(record: record, date: date, station: station, start: start, end: end, endKind: endKind)])
    }

    /// Whether the station takes new records at all on `today` (it has not ended before it).
    public func isOver(on today: CivilDate) -> Bool { end.map { $0 < today } ?? false }
}

/// The records that carry a date a station's life must contain, for the refusal's wording.
public enum DatedRecord: String, Hashable, Sendable, CaseIterable {
    case talent, activity, staffFiling, talentDemand
}
