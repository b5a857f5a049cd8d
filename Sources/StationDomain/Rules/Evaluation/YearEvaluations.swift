/// One station's evaluation year as the rules judge it: the talents behind the count
/// (`TalentTally`), the stored evaluation if the year was opened, the grade the count gives, the
/// recorded grade, the cap, and the years of a revocation proposal when this year is one of them.
public struct EvaluationLine: Equatable, Sendable {
    public var station: Station
    public var span: EvaluationYear
    /// The talents behind the count; empty when the line was made from counts alone
    /// (`YearEvaluations.lines(year:stations:counts:…)`): `counts` holds the numbers either way.
    public var tally: TalentTally
    public var counts: TalentTally.Counts
    public var evaluation: Evaluation?
    /// `Grading`'s grade for the count (a clerk's correction when there is one) and the recorded
    /// flags; nil when no policy governs the year.
    public var computed: Grade?
    /// The cap of the recorded grade, else of the computed one; nil without a policy.
    public var cap: Fen?
    public var revocationYears: [Int]?

    public var recorded: Grade? { evaluation?.grade }
    /// The computed count: as recorded at the decision for a decided year, else the talents
    /// counted now (`tally`).
    public var computedCount: Int {
        if let e = evaluation, e.grade != nil { return e.computedCount }
        return counts.counted
    }
    /// The count that grades: a clerk's correction when there is one, else `computedCount`.
    public var count: Int { evaluation?.correctedCount ?? computedCount }
    /// Not decided yet and holding talents with an unclassified employer: it cannot be decided.
    public var blocked: Bool { recorded == nil && counts.unclassified > 0 }
}

/// The evaluation years ending in a calendar year, judged — what `report annual YEAR` and the
/// 年度评估 screen both show, from one function so they always agree (issue 14). Stations are
/// those with an evaluation year ending in `year` (`EvaluationYears.due`: revoked and ended
/// stations leave the years after their end). Cost: O(talents + stations × their evaluations).
public enum YearEvaluations {
    /// `stationPolicy`: a station's own policy (it cuts its years and bounds its life);
    /// `yearPolicy`: the policy governing `year` (categories, thresholds, caps), nil when none does.
    public static func lines(year: Int, stations: [Station], talents: [Talent], evaluations: [Evaluation],
                             periods: [StationPeriod] = [], stationPolicy: (Station) -> Policy?,
                             yearPolicy: Policy?) -> [EvaluationLine] {
        var perStation: [Int64: [Talent]] = [:]
        for t in talents { if let s = t.stationId { perStation[s, default: []].append(t) } }
        return lines(year: year, stations: stations, evaluations: evaluations, periods: periods,
                     stationPolicy: stationPolicy, yearPolicy: yearPolicy) { s, span, own, counting in
            let tally = TalentTally.of(perStation[s.id ?? -1] ?? [], station: s, year: span, stationPolicy: own,
                                       countingPolicy: counting, periods: periods)
            return (tally, tally.counts)
        }
    }

    /// The same lines with the talents counted elsewhere: `counts` is given the station, its
    /// evaluation year, the window its talents must fall in (`TalentTally.window`, nil when the
    /// year and the station's life do not meet) and the lowest category that counts, and returns
    /// `TalentTally.of`'s counts for them (a store counts them on its index). The lines' `tally`
    /// stays empty.
    public static func lines(year: Int, stations: [Station], evaluations: [Evaluation], periods: [StationPeriod] = [],
                             stationPolicy: (Station) -> Policy?, yearPolicy: Policy?,
                             counts: (Station, ClosedRange<CivilDate>?, TalentCategory) throws -> TalentTally.Counts) rethrows -> [EvaluationLine] {
        try lines(year: year, stations: stations, evaluations: evaluations, periods: periods,
                  stationPolicy: stationPolicy, yearPolicy: yearPolicy) { s, span, own, counting in
            let window = TalentTally.window(station: s, year: span, policy: own, periods: periods)
            return (TalentTally(), try counts(s, window, counting.countedFromCategory))
        }
    }

    private static func lines(year: Int, stations: [Station], evaluations: [Evaluation], periods: [StationPeriod],
                              stationPolicy: (Station) -> Policy?, yearPolicy: Policy?,
                              tally: (Station, EvaluationYear, Policy, Policy) throws -> (TalentTally, TalentTally.Counts)) rethrows -> [EvaluationLine] {
        var evaluationsOf: [Int64: [Evaluation]] = [:]
        for e in evaluations { evaluationsOf[e.stationId, default: []].append(e) }
        var out: [EvaluationLine] = []
        for (s, span) in EvaluationYears.due(in: year, stations, periods: periods, policy: stationPolicy) {
            guard let id = s.id, let own = stationPolicy(s) else { continue }
            let counting = yearPolicy ?? own
            let (talents, counts) = try tally(s, span, own, counting)
            let mine = evaluationsOf[id] ?? []
            let evaluation = mine.first { $0.year == year }
            var line = EvaluationLine(station: s, span: span, tally: talents, counts: counts, evaluation: evaluation)
            if let p = yearPolicy {
                line.computed = Grading.grade(count: line.count, flags: evaluation?.flags ?? EvaluationFlags(), policy: p)
                line.cap = (line.recorded ?? line.computed).map { p.subsidyCap(for: $0) }
            }
            if let years = RevocationRule.proposal(evaluations: mine, station: s, policy: own, periods: periods), years.contains(year) {
                line.revocationYears = years
            }
            out.append(line)
        }
        return out
    }
}
