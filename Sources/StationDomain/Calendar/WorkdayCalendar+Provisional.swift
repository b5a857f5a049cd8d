/// A working-day answer that may reach past the exception table.
public struct ProvisionalDate: Hashable, Sendable, CustomStringConvertible {
    public var date: CivilDate
    /// True when part of the count lies in a year the table does not cover: those days were
    /// counted with weekends as the only days off, until the State Council's holiday notice for
    /// the year is added to `data/calendar/cn-workday-exceptions.tsv`.
    public var provisional: Bool
    /// The first year the table lacks, when provisional.
    public var missingYear: Int?

    public init(date: CivilDate, provisional: Bool = false, missingYear: Int? = nil) {
        self.date = date; self.provisional = provisional; self.missingYear = missingYear
    }

    public var description: String { provisional ? "\(date)（暂定 provisional）" : date.description }
}

/// A count of working days that may reach past the exception table.
public struct ProvisionalCount: Hashable, Sendable {
    public var count: Int
    public var provisional: Bool
    public init(count: Int, provisional: Bool = false) { self.count = count; self.provisional = provisional }
}

/// Working days past the table, for money deadlines only (SPEC "Policy as data", issue 14): the
/// part of a count that lies after the table's last year is counted with weekends as the only
/// days off and the answer is marked provisional. For the 60 working days of Art. 11 that is the
/// earliest the due date can be once the year's holidays are known (holidays only remove working
/// days), so a payment made by then is in time — except in the rare week where a weekend make-up
/// day (调休) falls before its holiday and the due date lands between them, when the real date can
/// be one day earlier. Notices (Art. 5.3) keep the strict answers, which never guess.
/// Dates before the table still throw. O(days past the table / 7 + log days).
extension WorkdayCalendar {
    private var lastCovered: CivilDate { CivilDate(year: years.upperBound, month: 12, day: 31)! }

    /// `date(addingWorkdays:to:)`, counting past the table with weekends only (marked provisional).
    public func provisionalDate(addingWorkdays n: Int, to d: CivilDate) throws -> ProvisionalDate {
        do {
            return ProvisionalDate(date: try date(addingWorkdays: n, to: d))
        } catch WorkdayCalendarError.yearNotCovered(let year, _) where year > years.upperBound {
            let missing = years.upperBound + 1
            var remaining = n
            var from = d
            if d <= lastCovered {
                remaining -= try workdays(after: d, through: lastCovered)
                from = lastCovered
            }
            if n == 0 {
                var day = d
                while day.isWeekend { day = day.adding(days: 1) }
                return ProvisionalDate(date: day, provisional: true, missingYear: missing)
            }
            return ProvisionalDate(date: Self.weekday(remaining, after: from), provisional: true, missingYear: missing)
        }
    }

    /// `workdays(after:through:)`, counting the days past the table with weekends only.
    public func provisionalWorkdays(after from: CivilDate, through to: CivilDate) throws -> ProvisionalCount {
        if years.contains(from.year) && years.contains(to.year) {
            return ProvisionalCount(count: try workdays(after: from, through: to))
        }
        guard from.year >= years.lowerBound, to.year >= years.lowerBound else {
            throw WorkdayCalendarError.yearNotCovered(year: min(from.year, to.year), covered: years)
        }
        if to < from {
            let back = try provisionalWorkdays(after: to, through: from)
            return ProvisionalCount(count: -back.count, provisional: back.provisional)
        }
        // from ≤ to and `to` lies past the table.
        var count = 0
        var start = from
        if from <= lastCovered {
            count = try workdays(after: from, through: lastCovered)
            start = lastCovered
        }
        return ProvisionalCount(count: count + Self.weekdays(after: start, through: to), provisional: true)
    }

    /// Monday–Friday days in (a, b]. O(1).
    static func weekdays(after a: CivilDate, through b: CivilDate) -> Int {
        guard a < b else { return 0 }
        let total = a.days(to: b)
        var count = total / 7 * 5
        var day = a.adding(days: total / 7 * 7)
        while day < b {
            day = day.adding(days: 1)
            if !day.isWeekend { count += 1 }
        }
        return count
    }

    /// The `n`th Monday–Friday day after `a` (n ≥ 1). O(1).
    static func weekday(_ n: Int, after a: CivilDate) -> CivilDate {
        guard n > 0 else { return a }
        var day = a.adding(days: (n - 1) / 5 * 7)
        var left = n - (n - 1) / 5 * 5
        while left > 0 {
            day = day.adding(days: 1)
            if !day.isWeekend { left -= 1 }
        }
        return day
    }
}
