/// What becomes of a station when its period ends (Art. 8): renewed by a later station that names
/// it, or terminated automatically (期满不再续约的，自动终止).
public enum PeriodOutcome: Hashable, Sendable {
    /// The period still runs on the date asked.
    case running(ends: CivilDate)
    /// A renewal station (its `renewsStationId` names this one) has signed its agreement.
    case renewed(byStationId: Int64?, ends: CivilDate)
    /// Ended without renewal: the station ends the day its period ends.
    case terminated(on: CivilDate)
    /// Revoked or already ended: nothing to do.
    case closed(StationStatus)

    /// Decides the outcome for `station` on `today`, given every station (to find renewals).
    public static func of(_ station: Station, on today: CivilDate, among stations: [Station], policy: Policy) -> PeriodOutcome {
        guard station.status == .active else { return .closed(station.status) }
        let period = ManagementPeriod(station: station, policy: policy)
        if today <= period.end { return .running(ends: period.end) }
        if let id = station.id,
           let renewal = stations.first(where: { $0.renewsStationId == id && $0.agreementDate <= today }) {
            return .renewed(byStationId: renewal.id, ends: period.end)
        }
        return .terminated(on: period.end)
    }

    /// The station as it must be stored after the outcome: `.ended` with `endedOn` for a renewal or
    /// a termination; unchanged otherwise.
    public func applied(to station: Station) -> Station {
        var s = station
        switch self {
        case .renewed(_, let end), .terminated(let end): s.status = .ended; s.endedOn = end
        case .running, .closed: break
        }
        return s
    }
}
