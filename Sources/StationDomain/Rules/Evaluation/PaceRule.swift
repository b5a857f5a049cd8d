/// The 待办 list's "at risk this evaluation year" (issue 12): the counted talents so far in the
/// evaluation year, projected at the same pace to the year's last day, fall below the
/// qualifying threshold (C: 10) or below the grade the station earned last year. The projection
/// is linear (count × days in the year ÷ days elapsed, rounded down) and is made only from the
/// 30th day of the year on (`minimumDays`): in the first weeks one talent more or less swings it
/// wildly, and every station would be listed. Pure, O(1).
public enum PaceRule {
    public static let minimumDays = 30

    public struct Pace: Hashable, Sendable {
        public var countSoFar: Int
        /// Days of the year elapsed, today included.
        public var daysElapsed: Int
        public var daysInYear: Int
        public var projected: Int
        public var projectedGrade: Grade
        /// Why it is at risk; nil when it is not.
        public var risk: Risk?
    }

    public enum Risk: Hashable, Sendable {
        /// The projection falls below the qualifying threshold.
        case belowQualifying(threshold: Int)
        /// The projection's grade is below last year's.
        case belowLastYear(Grade)
    }

    /// nil when `today` is outside the year or fewer than `minimumDays` of it have passed.
    public static func pace(countSoFar: Int, year: ClosedRange<CivilDate>, today: CivilDate, lastGrade: Grade?,
                            policy: Policy) -> Pace? {
        guard year.contains(today) else { return nil }
        let total = year.lowerBound.days(to: year.upperBound) + 1
        let elapsed = year.lowerBound.days(to: today) + 1
        guard elapsed >= minimumDays else { return nil }
        let projected = countSoFar * total / elapsed
        let grade = Grading.grade(count: projected, flags: EvaluationFlags(), policy: policy)
        var risk: Risk?
        if projected < policy.gradeThresholds.c {
            risk = .belowQualifying(threshold: policy.gradeThresholds.c)
        } else if let last = lastGrade, rank(grade) < rank(last) {
            risk = .belowLastYear(last)
        }
        return Pace(countSoFar: countSoFar, daysElapsed: elapsed, daysInYear: total, projected: projected,
                    projectedGrade: grade, risk: risk)
    }

    /// A above B above C above unqualified.
    public static func rank(_ g: Grade) -> Int {
        switch g {
        case .a: return 3
        case .b: return 2
        case .c: return 1
        case .unqualified: return 0
        }
    }
}
