/// Art. 8: a station whose period ended without renewal is terminated automatically; the clerk
/// may record the Bureau's letter (date and reference). Recording it closes the station as
/// `.ended` on its period's last day. Refused for a revoked station, one renewed by another, one
/// whose period still runs on the letter's date, a letter dated before the period ended, and a
/// letter without a reference. Pure; O(stations) for the renewal search.
public enum TerminationRule {
    public static func record(_ letter: TerminationLetter, on station: Station, among stations: [Station],
                              policy: Policy) throws -> Station {
        var reasons: [Refusal] = []
        let period = ManagementPeriod(station: station, policy: policy)
        if station.status == .revoked { reasons.append(.stationNotActive(.revoked)) }
        if let id = station.id, let renewal = stations.first(where: { $0.renewsStationId == id }) {
            reasons.append(.stationRenewed(by: renewal.name))
        }
        if letter.on < period.end { reasons.append(.terminationBeforePeriodEnd(letterOn: letter.on, periodEnd: period.end)) }
        if letter.reference.trimmingCharacters(in: " ").isEmpty { reasons.append(.terminationReferenceRequired) }
        guard reasons.isEmpty else { throw Refused(reasons) }
        var s = station
        s.status = .ended
        s.endedOn = s.endedOn.map { min($0, period.end) } ?? period.end
        s.terminationLetter = letter
        return s
    }
}
