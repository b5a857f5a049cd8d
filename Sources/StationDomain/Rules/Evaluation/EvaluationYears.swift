/// How a management period is cut into evaluation years (policy field `evaluationYears`).
public enum EvaluationYearMode: String, Codable, CaseIterable, Sendable {
    /// Year 1 runs a year from the agreement date, year 2 the following year (the default).
    case management
    /// Calendar years, of which only those with at least `EvaluationYears.calendarMinimumDays`
    /// days inside the period are evaluated.
    case calendar
}

/// One evaluation year of one station: the span whose talents are counted and graded. It is
/// named by the calendar year it ends in (`year`): `Evaluation.year` and `Subsidy.year` hold that
/// number, the annual report and the 年度评估 screen of year Y show the evaluation years ending in Y.
public struct EvaluationYear: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let start: CivilDate
    public let end: CivilDate
    /// 1-based within the management period.
    public let ordinal: Int

    public init(start: CivilDate, end: CivilDate, ordinal: Int) {
        self.start = start; self.end = end; self.ordinal = ordinal
    }

    /// The calendar year it ends in: its name.
    public var year: Int { end.year }
    /// Days inside, both ends included.
    public var days: Int { start.days(to: end) + 1 }
    public func contains(_ d: CivilDate) -> Bool { start <= d && d <= end }

    public static func < (a: EvaluationYear, b: EvaluationYear) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "\(start)–\(end)" }
}

/// Art. 8 (管理期为两年), Art. 10 (年度评估) and Art. 11 (管理期内任意年度…每年一次性): which years of a
/// station are evaluated. Decision (issue 14, SPEC "Annual evaluation"): a two-year period has
/// exactly two evaluation years, so at most two grades and two subsidies — never every calendar
/// year the period touches (that gave a station signed 2023-03-15 three graded years and a
/// 2½-month tail year that could feed a revocation).
///
/// - `management` (default): year k ends where a period of k years would end (so an agreement of
///   29 February has years ending 28 February) and starts the day after year k−1 ends.
/// - `calendar`: the calendar years with at least 183 days inside the period ("wholly or mostly").
///   Two such years can have 183 days each around a full middle year when the period holds a
///   29 February (2022-07-02 … 2024-07-01: 183 + 365 + 183); the period still gets no more than
///   `managementPeriodYears` of them — those with the most days inside, the earlier on a tie.
///
/// A revoked or ended station leaves every evaluation year that had not ended by its end date
/// (`endedOn`): it is not evaluated for a year it did not finish. Pure; O(period years).
public enum EvaluationYears {
    /// "Mostly inside": more than half of a common year.
    public static let calendarMinimumDays = 183

    /// The evaluation years of `period` under `mode`, in order, at most `period`'s number of years.
    public static func of(period: ManagementPeriod, years count: Int, mode: EvaluationYearMode) -> [EvaluationYear] {
        switch mode {
        case .management:
            var out: [EvaluationYear] = []
            var start = period.start
            for k in 1...max(1, count) {
                let end = ManagementPeriod(agreementDate: period.start, years: k).end
                out.append(EvaluationYear(start: start, end: end, ordinal: k))
                start = end.adding(days: 1)
            }
            return out
        case .calendar:
            var candidates: [EvaluationYear] = []
            for y in period.start.year...period.end.year {
                let start = max(period.start, CivilDate(year: y, month: 1, day: 1)!)
                let end = min(period.end, CivilDate(year: y, month: 12, day: 31)!)
                if start.days(to: end) + 1 >= calendarMinimumDays {
                    candidates.append(EvaluationYear(start: CivilDate(year: y, month: 1, day: 1)!,
                                                     end: CivilDate(year: y, month: 12, day: 31)!, ordinal: 0))
                }
            }
            func inside(_ e: EvaluationYear) -> Int {
                max(period.start, e.start).days(to: min(period.end, e.end)) + 1
            }
            let kept = candidates.sorted { (inside($0), -$0.year) > (inside($1), -$1.year) }.prefix(max(1, count))
            return kept.sorted().enumerated().map { EvaluationYear(start: $1.start, end: $1.end, ordinal: $0 + 1) }
        }
    }

    /// The evaluation years of `station` under `policy` (the policy its agreement was made under),
    /// period by period — a renewed station keeps the years of its earlier periods (`periods`, its
    /// `StationPeriod` rows: a renewal continues the station) and an earlier period's years stop
    /// before the next period starts — without those that had not ended by the station's end date.
    public static func of(_ station: Station, policy: Policy, periods: [StationPeriod] = []) -> [EvaluationYear] {
        let starts = Set(periods.filter { $0.stationId == station.id }.map(\.agreementDate) + [station.agreementDate]).sorted()
        var out: [EvaluationYear] = []
        for (i, start) in starts.enumerated() {
            let period = ManagementPeriod(agreementDate: start, policy: policy)
            var years = of(period: period, years: policy.managementPeriodYears, mode: policy.evaluationYearMode)
            if i + 1 < starts.count { years = years.filter { $0.end < starts[i + 1] } }
            for y in years where !out.contains(where: { $0.year == y.year }) { out.append(y) }
        }
        guard let ended = station.endedOn else { return out }
        return out.filter { $0.end <= ended }
    }

    /// The station's evaluation year ending in calendar year `year`, if it has one.
    public static func ending(in year: Int, _ station: Station, policy: Policy, periods: [StationPeriod] = []) -> EvaluationYear? {
        of(station, policy: policy, periods: periods).first { $0.year == year }
    }

    /// Every station with an evaluation year ending in `year`, with that year, by agreement date
    /// then name. `policy` gives a station's policy (nil: its period is unknown, it is left out).
    /// This is the list `report annual YEAR` and the 年度评估 screen show. O(stations log stations).
    public static func due(in year: Int, _ stations: [Station], periods: [StationPeriod] = [],
                           policy: (Station) -> Policy?) -> [(station: Station, year: EvaluationYear)] {
        stations.compactMap { s in policy(s).flatMap { p in ending(in: year, s, policy: p, periods: periods).map { (s, $0) } } }
            .sorted { ($0.station.agreementDate, $0.station.name) < ($1.station.agreementDate, $1.station.name) }
    }
}
