/// The rules a talent record must meet when a clerk adds or edits it (SPEC "Records", issue 12):
/// a name and an employer; and when it is credited to a station, a date within that station's
/// active life (`StationLife`: on or after the agreement, not after a revocation, termination or
/// the period's end), refused with the dates named. Pure, O(1).
public enum TalentRules {
    /// `life`: the life of the station the talent is credited to (nil: credited to none).
    public static func check(_ talent: Talent, life: StationLife?) -> Decision {
        var reasons: [Refusal] = []
        if talent.name.trimmingCharacters(in: " ").isEmpty { reasons.append(.fieldRequired(field: "name")) }
        if talent.employer.trimmingCharacters(in: " ").isEmpty { reasons.append(.fieldRequired(field: "employer")) }
        var d = Decision(reasons)
        if let life { d = d + life.check(talent.introducedOn, for: .talent) }
        return d
    }
}

/// The rules a collected talent demand (需求征集) must meet: an enterprise, a need, at least one
/// person, a place when it was published, and a date within the station's life.
public enum DemandRules {
    public static func check(_ demand: TalentDemand, life: StationLife) -> Decision {
        var reasons: [Refusal] = []
        if demand.enterprise.trimmingCharacters(in: " ").isEmpty { reasons.append(.fieldRequired(field: "enterprise")) }
        if demand.need.trimmingCharacters(in: " ").isEmpty { reasons.append(.fieldRequired(field: "need")) }
        if demand.headcount < 1 { reasons.append(.headcountInvalid(demand.headcount)) }
        if demand.published && demand.publishedWhere.trimmingCharacters(in: " ").isEmpty {
            reasons.append(.fieldRequired(field: "published_where"))
        }
        return Decision(reasons) + life.check(demand.collectedOn, for: .talentDemand)
    }
}
