import XCTest
import StationDomain
import StationUI

final class ChinaClockTests: XCTestCase {
    func testChinaDayChangesAtSixteenHundredUTC() {
        // 2025-12-31T15:59:59Z is 23:59:59 in China; one second later it is 2026-01-01 there.
        let lastSecond = 1_767_196_799
        XCTAssertEqual(ChinaClock.date(unixSeconds: lastSecond), CivilDate("2025-12-31"))
        XCTAssertEqual(ChinaClock.date(unixSeconds: lastSecond + 1), CivilDate("2026-01-01"))
        XCTAssertEqual(ChinaClock.date(unixSeconds: 0), CivilDate("1970-01-01"))
        XCTAssertEqual(ChinaClock.date(unixSeconds: -8 * 3600 - 1), CivilDate("1969-12-31"))
    }
}
