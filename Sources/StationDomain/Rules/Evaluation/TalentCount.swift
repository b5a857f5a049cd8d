/// Art. 10.3: the count is computed from talent records credited to the station, not typed in.
public enum TalentCount {
    /// Talents credited to `stationId`, introduced in `year`, of category `policy.countedFromCategory`
    /// or above (A…G); a talent with no category does not count. O(talents).
    public static func count(_ talents: [Talent], stationId: Int64, year: Int, policy: Policy) -> Int {
        talents.filter { t in
            t.stationId == stationId && t.introducedOn.year == year
                && t.category.map { $0 <= policy.countedFromCategory } == true
        }.count
    }
}
