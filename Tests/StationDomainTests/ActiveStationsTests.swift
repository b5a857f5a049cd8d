import XCTest
@testable import StationDomain

/// `ActiveStations`: which stations an annual evaluation and report cover (Art. 8, 11).
final class ActiveStationsTests: XCTestCase {
    let policy = Fixture.policy

    private func period(_ s: Station) -> ManagementPeriod { ManagementPeriod(station: s, policy: policy) }

    func testActiveInYearTable() {
        func st(_ agreement: String, _ status: StationStatus = .active, ended: String? = nil) -> Station {
            var s = Fixture.station(id: 1, agreement: agreement, status: status)
            s.endedOn = ended.map { d($0) }
            return s
        }
        let cases: [(String, Station, Int, Bool)] = [
            ("agreement year counts", st("2023-12-31"), 2023, true),
            ("year before the agreement", st("2023-01-10"), 2022, false),
            ("period's last year counts (ends 2025-01-09)", st("2023-01-10"), 2025, true),
            ("year after the period's end, stored status still active", st("2023-01-10"), 2026, false),
            ("period ending 31 Dec leaves the next year out", st("2023-01-01"), 2025, false),
            ("revoked during the year: still active that year", st("2023-01-10", .revoked, ended: "2024-06-30"), 2024, true),
            ("revoked the year before", st("2023-01-10", .revoked, ended: "2024-06-30"), 2025, false),
            ("ended early in the agreement year", st("2023-03-01", .ended, ended: "2023-12-31"), 2023, true),
            ("ended before the year although the period runs on", st("2023-03-01", .ended, ended: "2023-12-31"), 2024, false),
        ]
        for (why, s, year, expected) in cases {
            XCTAssertEqual(ActiveStations.isActive(s, in: year, period: period(s)), expected, why)
        }
    }

    func testRenewalIsItsOwnStationAndTheListIsSorted() {
        let old = Fixture.station(id: 1, agreement: "2023-05-10")                // ends 2025-05-09
        let renewal = Fixture.station(id: 2, agreement: "2025-05-10", renews: 1)  // ends 2027-05-09
        let other = Fixture.station(id: 3, agreement: "2023-05-10")
        let all = [renewal, other, old]
        let cases: [(Int, [Int64])] = [(2024, [1, 3]), (2025, [1, 3, 2]), (2026, [2]), (2027, [2]), (2028, [])]
        for (year, ids) in cases {
            XCTAssertEqual(ActiveStations.inYear(year, all, period: period).map(\.id), ids, "\(year)")
        }
        // Without a policy a station's period is unknown: it is not listed.
        XCTAssertEqual(ActiveStations.inYear(2025, all, period: { $0.id == 2 ? nil : self.period($0) }).map(\.id), [1, 3])
    }
}
