import StationDomain

extension Context {
    /// A station's name as every screen must show it (Art. 8, 10.4): revoked or terminated marked
    /// first — and a station whose period is over without a renewal counts as terminated although
    /// nobody has recorded it yet (期满不再续约的，自动终止). `stations`: where a renewal is looked
    /// for (O(stations)); without a policy the stored status alone decides.
    public func stationName(_ s: Station, among stations: [Station]) -> String {
        periodIsOver(s, among: stations) ? catalog.endedMark + s.name : catalog.stationName(s)
    }

    /// Whether `s` is still stored as active but its period ended on or before yesterday with no renewal.
    func periodIsOver(_ s: Station, among stations: [Station]) -> Bool {
        guard s.status == .active, let outcome = rules.outcome(of: s, among: stations, on: today) else { return false }
        if case .terminated = outcome { return true }
        return false
    }
}
