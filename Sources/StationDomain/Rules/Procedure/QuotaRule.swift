/// Art. 5.4–5.5: a round's places, the plan period's cap (不超过10家 in 2021–2025), and one
/// station per unit in principle. Both limits yield only to an approver's recorded
/// `QuotaException` (人才特别集聚 or a second station for a unit, with a written reason).
public enum QuotaRule {
    /// Stations counted against the plan-period cap: those whose agreement falls in the period,
    /// plus applications approved (`bureau_approved` or later, not yet signed) in a round of the
    /// period. Revoked and ended stations still count: the cap is on stations set up.
    public static func usedInPlanPeriod(stations: [Station], applications: [Application], rounds: [Round],
                                        policy: Policy) -> Int {
        let period = policy.planPeriod
        let signed = stations.filter { period.contains(year: $0.agreementDate.year) }.count
        let roundYears = Dictionary(uniqueKeysWithValues: rounds.compactMap { r in r.id.map { ($0, r.year) } })
        let pending = applications.filter { a in
            [.bureauApproved, .groupApproved, .inNotice, .objection].contains(a.state)
                && roundYears[a.roundId].map(period.contains(year:)) == true
        }.count
        return signed + pending
    }

    /// Places left in the plan period for a round of `year`; nil when the year lies outside the
    /// policy's plan period (no cap of this policy applies to it).
    public static func planPlacesLeft(year: Int, used: Int, policy: Policy) -> Int? {
        guard policy.planPeriod.contains(year: year) else { return nil }
        return max(0, policy.planPeriod.stationCap - used)
    }

    /// How many applications of `round` a shortlist may hold: min(round places, plan places left).
    public static func capacity(round: Round, used: Int, policy: Policy) -> Int {
        min(round.places, planPlacesLeft(year: round.year, used: used, policy: policy) ?? round.places)
    }

    /// One unit, one station: refused when the unit already has an active station (other than the
    /// one this application renews), unless a `secondStationForUnit` exception is recorded.
    public static func oneStationPerUnit(_ application: Application, stations: [Station],
                                         exceptions: [QuotaException], policy: Policy) -> Decision {
        if exceptions.contains(where: { $0.kind == .secondStationForUnit && $0.applicationId == application.id && !$0.reason.isEmpty }) {
            return .allowed
        }
        let others = stations.filter {
            $0.unitId == application.unitId && $0.status == .active && $0.id != application.renewsStationId
        }
        guard others.count >= policy.stationsPerUnit else { return .allowed }
        return Decision(others.map { .unitAlreadyHasStation(station: $0.name) })
    }

    /// Approval (`bureau_approved`) within the round's places and the plan cap, unless a
    /// `beyondPlanCap` exception is recorded. `approvedInRound` and `usedInPlan` exclude this one.
    public static func approval(_ application: Application, round: Round, approvedInRound: Int, usedInPlan: Int,
                                exceptions: [QuotaException], policy: Policy) -> Decision {
        if exceptions.contains(where: { $0.kind == .beyondPlanCap && $0.applicationId == application.id && !$0.reason.isEmpty }) {
            return .allowed
        }
        var reasons: [Refusal] = []
        if approvedInRound >= round.places { reasons.append(.roundFull(places: round.places)) }
        if let left = planPlacesLeft(year: round.year, used: usedInPlan, policy: policy), left <= 0 {
            reasons.append(.planCapReached(cap: policy.planPeriod.stationCap, period: policy.planPeriod.name))
        }
        return Decision(reasons)
    }
}
