/// A reviewer may not review an application or station of a unit or partner they declared a tie
/// to (SPEC "Default score sheets"). Cost: linear in the ties.
public enum ConflictOfInterest {
    /// Every tie of `reviewer` to `unitId` or one of `partnerIds`; allowed when there is none.
    public static func check(reviewer: String, unitId: Int64, partnerIds: [Int64], ties: [ReviewerTie]) -> Decision {
        var reasons: [Refusal] = []
        for tie in ties where tie.reviewer == reviewer {
            if let u = tie.unitId, u == unitId { reasons.append(.reviewerTiedToUnit(reviewer: reviewer, unitId: u, note: tie.note)) }
            if let p = tie.partnerId, partnerIds.contains(p) {
                reasons.append(.reviewerTiedToPartner(reviewer: reviewer, partnerId: p, note: tie.note))
            }
        }
        return Decision(reasons)
    }

    public static func check(reviewer: String, application: Application, ties: [ReviewerTie]) -> Decision {
        check(reviewer: reviewer, unitId: application.unitId, partnerIds: application.partnerIds, ties: ties)
    }

    public static func check(reviewer: String, station: Station, ties: [ReviewerTie]) -> Decision {
        check(reviewer: reviewer, unitId: station.unitId, partnerIds: station.partnerIds, ties: ties)
    }
}
