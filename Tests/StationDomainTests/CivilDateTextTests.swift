import XCTest
@testable import StationDomain

/// `CivilDate`'s text both ways, written digit by digit (issue 15): the same text the padded
/// interpolation gave, for every day of years 1–9999 sampled and around the edges.
final class CivilDateTextTests: XCTestCase {
    /// The former formatting, kept here as the reference.
    private func padded(_ d: CivilDate) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
    }

    func testDescriptionMatchesPaddedFormAndParsesBack() throws {
        let first = try XCTUnwrap(CivilDate(year: 1, month: 1, day: 1)).dayNumber
        let last = try XCTUnwrap(CivilDate(year: 9999, month: 12, day: 31)).dayNumber
        var n = first
        var checked = 0
        while n <= last {
            let d = CivilDate(dayNumber: n)
            XCTAssertEqual(d.description, padded(d))
            XCTAssertEqual(CivilDate(d.description), d)
            checked += 1
            // Every day of 1999–2101, else every 97th day (all months and years' digits reached).
            n += (d.year >= 1999 && d.year <= 2101) ? 1 : 97
        }
        XCTAssertGreaterThan(checked, 50_000)
        XCTAssertEqual(CivilDate(year: 7, month: 3, day: 9)?.description, "0007-03-09")
        XCTAssertEqual(CivilDate(year: 2026, month: 12, day: 1)?.description, "2026-12-01")
    }

    func testParseRefusesOtherShapes() {
        for text in ["2024-3-05", "2024/03/05", "2024-03-5 ", "20240305", "２０２４-03-05", "2024-02-30", "2024-13-01",
                     "0000-01-01", "abcd-ef-gh", "", "2024-03-05x", "年年年年-03-05"] {
            XCTAssertNil(CivilDate(text), text)
        }
        XCTAssertEqual(CivilDate("2024-02-29"), CivilDate(year: 2024, month: 2, day: 29))
    }
}
