import XCTest
@testable import StationDomain

/// SPEC "Public notice" / "Money": working days follow the mainland calendar with 调休.
final class WorkdayCalendarTests: XCTestCase {
    let cal = TestData.calendar

    func testTableCoversDeclaredYears() {
        XCTAssertEqual(cal.years, 2004...2026)
    }

    func testIsWorkday_springFestivalAndNationalDay() throws {
        let table: [(String, Bool, String)] = [
            ("2024-02-04", true, "Sunday make-up day before Spring Festival 2024"),
            ("2024-02-09", true, "Friday, eve, a working day in 2024"),
            ("2024-02-10", false, "Saturday, holiday on a weekend (not listed)"),
            ("2024-02-12", false, "Monday, Spring Festival holiday"),
            ("2024-02-16", false, "Friday, Spring Festival holiday"),
            ("2024-02-18", true, "Sunday make-up day after Spring Festival 2024"),
            ("2024-02-19", true, "ordinary Monday"),
            ("2025-01-26", true, "Sunday make-up day 2025"),
            ("2025-02-04", false, "Tuesday, Spring Festival 2025"),
            ("2025-02-08", true, "Saturday make-up day 2025"),
            ("2023-10-07", true, "Saturday make-up day after National Day 2023"),
            ("2023-10-08", true, "Sunday make-up day after National Day 2023"),
            ("2025-09-28", true, "Sunday make-up day before National Day 2025"),
            ("2025-10-08", false, "Wednesday, National Day 2025"),
            ("2025-10-11", true, "Saturday make-up day 2025"),
            ("2025-10-12", false, "ordinary Sunday"),
            ("2026-11-26", true, "ordinary Thursday"),
        ]
        for (date, expected, why) in table {
            XCTAssertEqual(try cal.isWorkday(d(date)), expected, "\(date): \(why)")
        }
    }

    func testAddWorkdays_table() throws {
        let table: [(String, Int, String)] = [
            ("2024-02-08", 0, "2024-02-08"),   // a working day: itself
            ("2024-02-10", 0, "2024-02-18"),   // holiday Saturday: next working day is the make-up Sunday
            ("2024-02-08", 1, "2024-02-09"),
            ("2024-02-09", 1, "2024-02-18"),   // across the holiday to the make-up Sunday
            ("2024-02-09", 2, "2024-02-19"),
            ("2023-09-28", 1, "2023-10-07"),   // Mid-autumn + National Day 2023, make-up Saturday
            ("2023-09-28", 2, "2023-10-08"),   // make-up Sunday
            ("2023-09-28", 3, "2023-10-09"),
            ("2025-09-26", 1, "2025-09-28"),   // Friday → make-up Sunday
            ("2025-09-30", 1, "2025-10-09"),
            ("2025-09-30", 3, "2025-10-11"),   // make-up Saturday
            ("2025-12-31", 5, "2026-01-08"),   // across a year end: 01-01, 01-02 off, Sunday 01-04 made up
        ]
        for (from, n, expected) in table {
            XCTAssertEqual(try cal.date(addingWorkdays: n, to: d(from)), d(expected), "\(from) + \(n)")
        }
    }

    func testWorkdaysBetween_table() throws {
        let table: [(String, String, Int)] = [
            ("2024-09-30", "2024-10-12", 5),   // 10-08…10-11 and the make-up Saturday 10-12
            ("2024-02-09", "2024-02-17", 0),   // the whole Spring Festival holiday
            ("2024-02-09", "2024-02-18", 1),
            ("2024-02-19", "2024-02-19", 0),   // FROM itself never counts
            ("2024-02-19", "2024-02-20", 1),
            ("2024-02-20", "2024-02-19", -1),  // reversed: negated
        ]
        for (from, to, expected) in table {
            XCTAssertEqual(try cal.workdays(after: d(from), through: d(to)), expected, "\(from) → \(to)")
        }
    }

    /// Law: workdays(after: D, through: add(D, N)) == N for N ≥ 1, and add(D, 0) is the first
    /// working day on or after D; checked against a day-by-day count for every day of 2023–2025.
    func testProperty_addThenCountIsIdentity() throws {
        var day = d("2023-01-01")
        while day <= d("2025-12-31") {
            for n in [1, 2, 5, 10, 60] {
                let end = try cal.date(addingWorkdays: n, to: day)
                XCTAssertEqual(try cal.workdays(after: day, through: end), n, "\(day) + \(n) = \(end)")
                XCTAssertTrue(try cal.isWorkday(end))
                // Naive count for the same span agrees.
                var naive = 0, x = day.adding(days: 1)
                while x <= end { if try cal.isWorkday(x) { naive += 1 }; x = x.adding(days: 1) }
                XCTAssertEqual(naive, n)
            }
            let zero = try cal.date(addingWorkdays: 0, to: day)
            XCTAssertTrue(try cal.isWorkday(zero))
            XCTAssertEqual(try cal.workdays(after: day, through: zero), try cal.isWorkday(day) ? 0 : 1)
            day = day.adding(days: 1)
        }
    }

    func testOutOfTableYear_isAnErrorNamingTheYear() {
        for (date, year) in [("2027-01-04", 2027), ("2003-12-31", 2003)] {
            XCTAssertThrowsError(try cal.isWorkday(d(date))) { error in
                XCTAssertEqual(error as? WorkdayCalendarError, .yearNotCovered(year: year, covered: 2004...2026))
                XCTAssertTrue("\(error)".contains("\(year)"), "message names the year: \(error)")
            }
        }
        XCTAssertThrowsError(try cal.date(addingWorkdays: 5, to: d("2026-12-29"))) { error in
            XCTAssertEqual(error as? WorkdayCalendarError, .yearNotCovered(year: 2027, covered: 2004...2026))
        }
        XCTAssertThrowsError(try cal.workdays(after: d("2026-12-01"), through: d("2027-01-10")))
        XCTAssertThrowsError(try cal.date(addingWorkdays: -1, to: d("2024-01-02")))
    }

    func testMalformedTable_namesTheLine() {
        let cases: [(String, Int)] = [
            ("# x\ndate\tkind\n2024-02-30\toff\n", 3),
            ("date\tkind\n2024-02-04\tmaybe\n", 2),
            ("2024-02-04\ton\n2024-02-04\toff\n", 2),
            ("2024-02-04\n", 1),
        ]
        for (text, line) in cases {
            XCTAssertThrowsError(try WorkdayCalendar(tsv: text)) { error in
                guard case .malformed(let l, _)? = error as? WorkdayCalendarError else { return XCTFail("\(error)") }
                XCTAssertEqual(l, line, text)
            }
        }
    }

    func testYearsFromListedDatesWhenNoHeader() throws {
        let c = try WorkdayCalendar(tsv: "2024-02-04\ton\n2024-02-12\toff\n")
        XCTAssertEqual(c.years, 2024...2024)
        XCTAssertTrue(try c.isWorkday(d("2024-02-04")))
        XCTAssertFalse(try c.isWorkday(d("2024-02-12")))
        XCTAssertThrowsError(try c.isWorkday(d("2025-01-02")))
    }
}
