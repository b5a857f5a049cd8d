/// Which stations were active in a calendar year — the stations an annual evaluation covers and
/// `report annual` lists (Art. 8, 11): the management period reaches into the year, and the
/// station had not ended (period over, revoked) before the year began. A renewal is its own
/// station with its own period, so the renewed station drops out after its period's last year
/// whatever its stored status says. Pure; O(stations log stations).
public enum ActiveStations {
    /// Whether `station`, whose management period is `period`, was active in `year`.
    public static func isActive(_ station: Station, in year: Int, period: ManagementPeriod) -> Bool {
        if let ended = station.endedOn, ended.year < year { return false }
        return period.overlaps(year: year)
    }

    /// The stations active in `year`, by agreement date then name. `period` gives a station's
    /// management period (nil when no policy says how long it is: the station is left out).
    public static func inYear(_ year: Int, _ stations: [Station],
                              period: (Station) -> ManagementPeriod?) -> [Station] {
        stations.filter { s in period(s).map { isActive(s, in: year, period: $0) } ?? false }
            .sorted { ($0.agreementDate, $0.name) < ($1.agreementDate, $1.name) }
    }
}
