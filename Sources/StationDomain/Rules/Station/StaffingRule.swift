/// Art. 9: one head per station, head's term = the management period, staff "不宜频繁变动".
/// The SPEC flags a station with more than `practice.headChangesAllowedPerPeriod` (1) head
/// changes filed within one management period.
public enum StaffingRule {
    /// Head-change filings dated inside the station's current management period.
    public static func headChanges(_ filings: [StaffFiling], station: Station, policy: Policy) -> [StaffFiling] {
        let period = ManagementPeriod(station: station, policy: policy)
        return filings.filter { $0.stationId == station.id && $0.role == .head && period.contains($0.filedOn) }
    }

    /// True when the station must be flagged for unstable leadership.
    public static func tooManyHeadChanges(_ filings: [StaffFiling], station: Station, policy: Policy) -> Bool {
        headChanges(filings, station: station, policy: policy).count > policy.practice.headChangesAllowedPerPeriod
    }

    /// Art. 4.2 / 10.4: a station in name only has no head or fewer than the minimum staff.
    public static func staffing(head: String, staff: [String], policy: Policy) -> Decision {
        var reasons: [Refusal] = []
        let hasHead = !head.trimmingCharacters(in: " ").isEmpty
        if !hasHead { reasons.append(.noHead) }
        let people = (hasHead ? 1 : 0) + staff.filter { !$0.trimmingCharacters(in: " ").isEmpty && $0 != head }.count
        if people < policy.minimumStaff { reasons.append(.tooFewStaff(found: people, minimum: policy.minimumStaff)) }
        return Decision(reasons)
    }
}
