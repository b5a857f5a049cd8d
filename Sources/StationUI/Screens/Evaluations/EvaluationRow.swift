import StationDomain

/// One station in one evaluation year, as the rules judge it: the count of talents of the
/// policy's category or above credited to it that year (`TalentCount`), the grade that count
/// gives (`Grading`, with the recorded flags), the recorded grade if any, and the years of a
/// revocation proposal (`RevocationRule`) when this year is one of them and the station is not
/// revoked already (its name then carries the mark instead).
public struct EvaluationRow: Equatable, Sendable {
    public var station: Station
    public var count: Int
    public var computed: Grade?
    public var recorded: Grade?
    public var revocationYears: [Int]?

    /// Every station active in `year` (`DeskRules.stationsActive`), judged. Cost:
    /// O(talents + stations × evaluations).
    public static func rows(year: Int, stations: [Station], talents: [Talent], evaluations: [Int64: [Evaluation]],
                            rules: DeskRules) -> [EvaluationRow] {
        // Grades need the year's own policy; a year after the Measures expired gets no grade
        // (`computed` nil) but its talents are still counted by the latest known definition.
        let policy = rules.policy(forYear: year)
        let counting = rules.countingPolicy(forYear: year)
        var perStation: [Int64: [Talent]] = [:]
        for t in talents { if let s = t.stationId { perStation[s, default: []].append(t) } }
        return rules.stationsActive(in: year, stations).map { s in
            let id = s.id ?? -1
            let own = evaluations[id] ?? []
            let evaluation = own.first { $0.year == year }
            let count = counting.map { TalentCount.count(perStation[id] ?? [], stationId: id, year: year, policy: $0) } ?? 0
            let computed = policy.map { Grading.grade(count: count, flags: evaluation?.flags ?? EvaluationFlags(), policy: $0) }
            var proposal: [Int]?
            if s.status != .revoked, let p = counting, let years = RevocationRule.proposal(evaluations: own, policy: p), years.contains(year) {
                proposal = years
            }
            return EvaluationRow(station: s, count: count, computed: computed, recorded: evaluation?.grade,
                                 revocationYears: proposal)
        }
    }
}
