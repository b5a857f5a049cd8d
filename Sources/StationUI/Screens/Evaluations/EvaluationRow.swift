import StationDomain

/// One station's evaluation year ending in the shown year, as the rules judge it — the same
/// `YearEvaluations` line `report annual` prints, so the screen and the report always agree:
/// the talents behind the count, the grade the count gives, the recorded grade, and the years of
/// a revocation proposal when this year is one of them.
public typealias EvaluationRow = EvaluationLine

extension EvaluationLine {
    /// Every evaluation year ending in `year`, judged. Grades need the year's own policy; a year
    /// after the Measures expired gets no grade (`computed` nil) but its talents are still counted
    /// by the latest known definition. Cost: O(talents + stations × evaluations).
    public static func rows(year: Int, stations: [Station], talents: [Talent], evaluations: [Int64: [Evaluation]],
                            periods: [StationPeriod] = [], rules: DeskRules) -> [EvaluationLine] {
        var lines = YearEvaluations.lines(year: year, stations: stations, talents: talents,
                                          evaluations: evaluations.values.flatMap { $0 }, periods: periods,
                                          stationPolicy: rules.policy(forStation:),
                                          yearPolicy: rules.policy(forYear: year))
        if rules.policy(forYear: year) == nil, let counting = rules.countingPolicy(forYear: year) {
            lines = YearEvaluations.lines(year: year, stations: stations, talents: talents,
                                          evaluations: evaluations.values.flatMap { $0 }, periods: periods,
                                          stationPolicy: rules.policy(forStation:), yearPolicy: counting)
                .map { var l = $0; l.computed = nil; l.cap = nil; return l }
        }
        return lines
    }

    /// The same with the talents counted by `counts` (the screen asks the store:
    /// `talentTallyCounts`, no talent read). Cost: O(stations × evaluations) plus the counting.
    public static func rows(year: Int, stations: [Station], evaluations: [Int64: [Evaluation]], periods: [StationPeriod] = [],
                            rules: DeskRules,
                            counts: (Station, ClosedRange<CivilDate>?, TalentCategory) throws -> TalentTally.Counts) rethrows -> [EvaluationLine] {
        let all = evaluations.values.flatMap { $0 }
        if let p = rules.policy(forYear: year) {
            return try YearEvaluations.lines(year: year, stations: stations, evaluations: all, periods: periods,
                                             stationPolicy: rules.policy(forStation:), yearPolicy: p, counts: counts)
        }
        // A year after the Measures expired gets no grade (`computed` nil) but its talents are
        // still counted by the latest known definition.
        let counting = rules.countingPolicy(forYear: year)
        return try YearEvaluations.lines(year: year, stations: stations, evaluations: all, periods: periods,
                                         stationPolicy: rules.policy(forStation:), yearPolicy: counting, counts: counts)
            .map { var l = $0; if counting != nil { l.computed = nil; l.cap = nil }; return l }
    }
}
