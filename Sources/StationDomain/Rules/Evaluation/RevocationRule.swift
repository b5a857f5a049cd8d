/// Art. 10.4: 连续两年评估不合格的，撤销设站资格. Evaluation years of one station that are
/// unqualified in a run of consecutive years (an evaluation year is named by the calendar year it
/// ends in, so a station's evaluation years have consecutive names); a year with no decided
/// evaluation breaks the run. O(n log n) in the evaluations.
public enum RevocationRule {
    /// The years of the most recent run of `policy.revocationConsecutiveUnqualifiedYears` (2)
    /// consecutive unqualified years, or nil when there is none (no revocation to propose).
    /// Only evaluations with a recorded grade count; an undecided year is a missing year.
    public static func proposal(evaluations: [Evaluation], policy: Policy) -> [Int]? {
        let needed = policy.revocationConsecutiveUnqualifiedYears
        let graded = Dictionary(evaluations.compactMap { e in e.grade.map { (e.year, $0) } },
                                uniquingKeysWith: { first, _ in first })
        var best: [Int]?
        var run: [Int] = []
        for year in graded.keys.sorted() {
            if graded[year] == .unqualified {
                if let last = run.last, last != year - 1 { run = [] }
                run.append(year)
                if run.count >= needed { best = Array(run.suffix(needed)) }
            } else {
                run = []
            }
        }
        return best
    }

    /// The proposal for `station`: as `proposal(evaluations:policy:)`, over its evaluation years
    /// only (`EvaluationYears`, under `policy`, the station's own): a stored evaluation of any other
    /// year — a calendar tail year graded before issue 14 — neither proposes nor breaks a run.
    /// Nil for a station that is not active (revoked already, or ended).
    public static func proposal(evaluations: [Evaluation], station: Station, policy: Policy,
                                periods: [StationPeriod] = []) -> [Int]? {
        guard station.status == .active else { return nil }
        return unqualifiedRun(evaluations: evaluations, station: station, policy: policy, periods: periods)
    }

    /// The run of consecutive unqualified evaluation years of `station`, whatever its status (the
    /// years a revocation letter cites). Nil when there is none.
    public static func unqualifiedRun(evaluations: [Evaluation], station: Station, policy: Policy,
                                      periods: [StationPeriod] = []) -> [Int]? {
        let years = Set(EvaluationYears.of(station, policy: policy, periods: periods).map(\.year))
        return proposal(evaluations: evaluations.filter { $0.stationId == station.id && years.contains($0.year) }, policy: policy)
    }

    /// Every reason the approver may not record the Bureau's revocation of `station` on `date`
    /// (Art. 10.4 撤销的人才工作站经市科技局审议决定): it must be active, have the consecutive
    /// unqualified evaluation years, the date must not precede the last of their decisions, and
    /// the decision needs its reference.
    public static func checkRevocation(_ station: Station, evaluations: [Evaluation], policy: Policy,
                                       on date: CivilDate, reference: String, periods: [StationPeriod] = []) -> Decision {
        var reasons: [Refusal] = []
        if station.status != .active { reasons.append(.stationNotActive(station.status)) }
        if let years = proposal(evaluations: evaluations, station: station, policy: policy, periods: periods) {
            let last = evaluations.filter { $0.stationId == station.id && years.contains($0.year) }.compactMap(\.decidedOn).max()
            if let last, date < last { reasons.append(.dateBeforeDecision(date: date, decidedOn: last)) }
        } else if station.status == .active {
            reasons.append(.noRevocationProposal(needed: policy.revocationConsecutiveUnqualifiedYears))
        }
        if reference.trimmingCharacters(in: " ").isEmpty { reasons.append(.decisionReferenceRequired) }
        return Decision(reasons)
    }

    /// The station after the approver records the Bureau's revocation decision (Art. 10.4).
    public static func revoke(_ station: Station, on date: CivilDate, reference: String) -> Station {
        var s = station
        s.status = .revoked
        s.endedOn = date
        s.revocationReference = reference.trimmingCharacters(in: " ")
        return s
    }
}
