/// Art. 5.4–5.5: a round's places, the plan period's cap (不超过10家 in 2021–2025), and one
/// station per unit in principle. Both limits yield only to an approver's recorded
/// `QuotaException` (人才特别集聚 or a second station for a unit, with a written reason).
public enum QuotaRule {
    /// Stations counted against the plan-period cap: those first set up in the period (a renewal
    /// continues a station and is not new, SPEC "Policy as data"), plus applications for a new
    /// station approved (`bureau_approved` or later, not yet signed) in a round of the period.
    /// Revoked and ended stations still count: the cap is on stations set up. `periods` say when a
    /// renewed station was first set up (its `agreementDate` is its latest period's).
    public static func usedInPlanPeriod(stations: [Station], applications: [Application], rounds: [Round],
                                        policy: Policy, periods: [StationPeriod] = []) -> Int {
        let period = policy.planPeriod
        let first = setUpDates(periods)
        let signed = stations.filter { s in
            s.renewsStationId == nil && period.contains(year: setUpOn(s, first: first).year)
        }.count
        let roundYears = Dictionary(uniqueKeysWithValues: rounds.compactMap { r in r.id.map { ($0, r.year) } })
        let pending = applications.filter { a in
            a.renewsStationId == nil && approvedStates.contains(a.state)
                && roundYears[a.roundId].map(period.contains(year:)) == true
        }.count
        return signed + pending
    }

    /// Approved and not yet signed: these hold a place of their round (and of the plan, when new).
    public static let approvedStates: Set<ApplicationState> = [.bureauApproved, .groupApproved, .inNotice, .objection]

    /// The earliest period start of each station that has period rows.
    static func setUpDates(_ periods: [StationPeriod]) -> [Int64: CivilDate] {
        var first: [Int64: CivilDate] = [:]
        for p in periods where first[p.stationId].map({ p.agreementDate < $0 }) ?? true { first[p.stationId] = p.agreementDate }
        return first
    }

    /// When `station` was first set up: its earliest period, else its agreement date.
    public static func setUpOn(_ station: Station, periods: [StationPeriod]) -> CivilDate {
        setUpOn(station, first: setUpDates(periods.filter { $0.stationId == station.id }))
    }

    static func setUpOn(_ station: Station, first: [Int64: CivilDate]) -> CivilDate {
        guard let id = station.id, let d = first[id] else { return station.agreementDate }
        return min(d, station.agreementDate)
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
        // A renewal continues a station: it takes a place of the round, not of the plan period.
        if application.renewsStationId == nil, let left = planPlacesLeft(year: round.year, used: usedInPlan, policy: policy), left <= 0 {
            reasons.append(.planCapReached(cap: policy.planPeriod.stationCap, period: policy.planPeriod.name))
        }
        return Decision(reasons)
    }
}
