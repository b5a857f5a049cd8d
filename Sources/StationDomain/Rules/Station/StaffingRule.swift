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

extension StaffingRule {
    /// Applies a filing (备案) to the station's head and staff (Art. 9). Refused, with every reason:
    /// no reason given; nobody named, or the same person on both sides; for a head, an old person
    /// who is not the station's head now; for staff, an old person who is not on the staff, or a new
    /// one who already is (or is the head); an acknowledgement dated before the filing.
    /// The filing's date against the station's life is `StationLife`'s check.
    public static func apply(_ filing: StaffFiling, to station: Station) throws -> Station {
        var reasons: [Refusal] = []
        func clean(_ s: String) -> String { s.trimmingCharacters(in: " ") }
        let old = clean(filing.oldPerson), new = clean(filing.newPerson)
        if clean(filing.reason).isEmpty { reasons.append(.filingReasonRequired) }
        if old.isEmpty && new.isEmpty { reasons.append(.filingNamesNobody) } else if old == new {
            reasons.append(.filingSamePerson(old))
        }
        if let ack = filing.acknowledgedOn, ack < filing.filedOn {
            reasons.append(.acknowledgedBeforeFiling(acknowledgedOn: ack, filedOn: filing.filedOn))
        }
        var s = station
        let staff = station.staff.map(clean)
        switch filing.role {
        case .head:
            if old != clean(station.head) { reasons.append(.filingNotCurrentHead(named: old, head: clean(station.head))) }
            s.head = new
            // A staff member who becomes head leaves the staff list (the head is counted once).
            if !new.isEmpty { s.staff.removeAll { clean($0) == new } }
        case .staff:
            if !old.isEmpty && !staff.contains(old) { reasons.append(.filingNotOnStaff(old)) }
            if !new.isEmpty && new != old && (staff.contains(new) || new == clean(station.head)) {
                reasons.append(.filingAlreadyOnStaff(new))
            }
            if !old.isEmpty, let i = s.staff.firstIndex(where: { clean($0) == old }) {
                if new.isEmpty { s.staff.remove(at: i) } else { s.staff[i] = new }
            } else if !new.isEmpty {
                s.staff.append(new)
            }
        }
        guard reasons.isEmpty else { throw Refused(reasons) }
        return s
    }

    /// The staffing flags of a station (Art. 9, 10.4): head changes filed in its period, whether
    /// that is more than the policy allows, and whether it is in name only (有名无实: no head, or
    /// fewer than the minimum staff counting the head).
    public static func flags(_ station: Station, filings: [StaffFiling], policy: Policy) -> StaffingFlags {
        let changes = headChanges(filings, station: station, policy: policy).count
        return StaffingFlags(headChanges: changes, tooManyHeadChanges: changes > policy.practice.headChangesAllowedPerPeriod,
                             inNameOnly: !staffing(head: station.head, staff: station.staff, policy: policy).isAllowed)
    }
}

/// What `StaffingRule.flags` finds; the annual evaluation reads `inNameOnly` (Art. 10.4).
public struct StaffingFlags: Hashable, Sendable {
    public var headChanges: Int
    public var tooManyHeadChanges: Bool
    public var inNameOnly: Bool

    public init(headChanges: Int, tooManyHeadChanges: Bool, inNameOnly: Bool) {
        self.headChanges = headChanges; self.tooManyHeadChanges = tooManyHeadChanges; self.inNameOnly = inNameOnly
    }
}
