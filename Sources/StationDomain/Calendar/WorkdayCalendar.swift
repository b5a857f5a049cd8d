/// Mainland China working days: Monday–Friday, minus listed holidays, plus listed weekend
/// make-up days (调休), for the years the exception table covers — and nothing outside them.
///
/// Built once from `data/calendar/cn-workday-exceptions.tsv` (tab-separated `date kind …`,
/// kind `off` or `on`; `#` lines are comments). The constructor precomputes a prefix count of
/// working days over the covered years (≈ 8,400 days for 2004–2026, a few tens of KiB), so
/// `isWorkday` and `workdays(after:through:)` are O(1) and `date(addingWorkdays:to:)` is
/// O(log days). A date in a year the table does not cover throws `WorkdayCalendarError.yearNotCovered`
/// naming that year: the calendar never guesses (SPEC "Public notice").
public struct WorkdayCalendar: Sendable {
    /// The first and last year the table speaks for.
    public let years: ClosedRange<Int>
    private let firstDay: Int
    /// `prefix[i]` = working days among the first `i` covered days; count = days + 1.
    private let prefix: [Int32]

    /// Parses the exception table. The covered years come from the header line
    /// `# … YYYY-01-01 .. YYYY-12-31.` when present, else from the first and last listed dates.
    /// Throws `WorkdayCalendarError.malformed` naming the line for any row it cannot read.
    public init(tsv: String) throws {
        var exceptions: [Int: Bool] = [:]   // day number → is a working day
        var declared: ClosedRange<Int>?
        var listedYears: ClosedRange<Int>?
        var lineNumber = 0
        // Split by bytes (a line's holiday names are Chinese): by `Character` the 562 lines took
        // 23 M instructions, on every start of the terminal program (its 待办 line), callgrind.
        for rawBytes in tsv.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = rawBytes.last == UInt8(ascii: "\r") ? rawBytes.dropLast() : rawBytes
            if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            let line = Substring(bytes)
            if bytes.first == UInt8(ascii: "#") {
                if declared == nil { declared = WorkdayCalendar.declaredYears(in: line) }
                continue
            }
            let fields = bytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Substring.init)
            if fields.first == "date" { continue }   // the column header
            guard fields.count >= 2 else {
                throw WorkdayCalendarError.malformed(line: lineNumber, problem: "需要“日期<TAB>类型” (expected 'date<TAB>kind')")
            }
            guard let date = CivilDate(String(fields[0])) else {
                throw WorkdayCalendarError.malformed(line: lineNumber, problem: "日期“\(fields[0])”无效 (not a date YYYY-MM-DD)")
            }
            let isWork: Bool
            switch fields[1] {
            case "on": isWork = true
            case "off": isWork = false
            default:
                throw WorkdayCalendarError.malformed(line: lineNumber, problem: "类型“\(fields[1])”应为 on 或 off (kind must be on or off)")
            }
            if exceptions.updateValue(isWork, forKey: date.dayNumber) != nil {
                throw WorkdayCalendarError.malformed(line: lineNumber, problem: "日期 \(date) 重复 (date listed twice)")
            }
            listedYears = listedYears.map { min($0.lowerBound, date.year)...max($0.upperBound, date.year) }
                ?? date.year...date.year
        }
        guard let years = declared ?? listedYears else {
            throw WorkdayCalendarError.malformed(line: lineNumber, problem: "表中没有任何日期 (the table lists no dates)")
        }
        if let listed = listedYears, !(years.contains(listed.lowerBound) && years.contains(listed.upperBound)) {
            throw WorkdayCalendarError.malformed(line: 1,
                problem: "表头声明\(years.lowerBound)–\(years.upperBound)年，但列出了\(listed.lowerBound)–\(listed.upperBound)年的日期 (dates outside the declared years)")
        }
        self.years = years
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)!.dayNumber
        var prefix = [Int32](repeating: 0, count: last - first + 2)
        for n in first...last {
            let date = CivilDate(dayNumber: n)
            let work = exceptions[n] ?? !date.isWeekend
            prefix[n - first + 1] = prefix[n - first] + (work ? 1 : 0)
        }
        self.firstDay = first
        self.prefix = prefix
    }

    /// Reads `YYYY-MM-DD .. YYYY-MM-DD` from a comment line, if it has one.
    private static func declaredYears(in line: Substring) -> ClosedRange<Int>? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        guard let dots = words.firstIndex(of: ".."), dots > words.startIndex, dots + 1 < words.endIndex else { return nil }
        var end = words[dots + 1]
        while end.last == "." { end = end.dropLast() }
        guard let a = CivilDate(String(words[dots - 1])), let b = CivilDate(String(end)), a.year <= b.year else { return nil }
        return a.year...b.year
    }

    private func index(_ d: CivilDate) throws -> Int {
        guard years.contains(d.year) else { throw WorkdayCalendarError.yearNotCovered(year: d.year, covered: years) }
        return d.dayNumber - firstDay
    }

    /// Whether `d` is a working day. O(1).
    public func isWorkday(_ d: CivilDate) throws -> Bool {
        let i = try index(d)
        return prefix[i + 1] > prefix[i]
    }

    /// The number of working days after `from` up to and including `through` (`from` itself not
    /// counted, Civil Code Art. 201). Negative when `through` is before `from` (the count of
    /// working days after `through` up to and including `from`, negated). O(1).
    public func workdays(after from: CivilDate, through: CivilDate) throws -> Int {
        let a = try index(from), b = try index(through)
        return Int(prefix[b + 1] - prefix[a + 1])
    }

    /// The `n`th working day after `d` (`d` itself not counted). For `n == 0`: `d` when it is a
    /// working day, else the next working day. Throws for `n < 0` and when the answer would lie
    /// past the table (naming the first uncovered year). O(log days).
    ///
    /// Law: for n ≥ 1, `workdays(after: d, through: date(addingWorkdays: n, to: d)) == n`.
    public func date(addingWorkdays n: Int, to d: CivilDate) throws -> CivilDate {
        guard n >= 0 else { throw WorkdayCalendarError.negativeCount(n) }
        let i = try index(d)
        // Want the smallest day j with prefix[j+1] == target and day j a working day.
        let target = n == 0 ? prefix[i] + 1 : prefix[i + 1] + Int32(n)
        guard let last = prefix.last, target <= last else {
            throw WorkdayCalendarError.yearNotCovered(year: years.upperBound + 1, covered: years)
        }
        var lo = i, hi = prefix.count - 2   // search j in lo...hi for the first prefix[j+1] >= target
        while lo < hi {
            let mid = (lo + hi) / 2
            if prefix[mid + 1] >= target { hi = mid } else { lo = mid + 1 }
        }
        return CivilDate(dayNumber: firstDay + lo)
    }

    /// The first working day on or after `d`.
    public func firstWorkday(onOrAfter d: CivilDate) throws -> CivilDate {
        try date(addingWorkdays: 0, to: d)
    }
}

/// Why the working-day calendar cannot answer, in words a person can act on.
public enum WorkdayCalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The date's year is outside the table: the calendar does not guess.
    case yearNotCovered(year: Int, covered: ClosedRange<Int>)
    /// A line of the exception table cannot be read (1-based line number).
    case malformed(line: Int, problem: String)
    case negativeCount(Int)

    public var description: String {
        switch self {
        case let .yearNotCovered(year, covered):
            return "\(year)年不在工作日表内（表覆盖\(covered.lowerBound)–\(covered.upperBound)年），无法判断 "
                + "(year \(year) is outside the working-day table, which covers \(covered.lowerBound)–\(covered.upperBound); "
                + "add that year's holiday notice to data/calendar/cn-workday-exceptions.tsv)"
        case let .malformed(line, problem):
            return "第\(line)行：\(problem) (line \(line))"
        case let .negativeCount(n):
            return "工作日数不能为负：\(n) (the number of working days must be 0 or more, found \(n))"
        }
    }
}
