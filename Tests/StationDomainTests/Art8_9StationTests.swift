import XCTest
@testable import StationDomain

/// Art. 7 duties, Art. 8 management period and its end, Art. 9 head and staff.
final class Art8_9StationTests: XCTestCase {
    let policy = Fixture.policy

    func testArt8_managementPeriodEndsTheDayBefore() {
        let cases: [(String, String)] = [
            ("2024-01-15", "2026-01-14"),
            ("2024-02-29", "2026-02-28"),   // leap-day agreement: 29 Feb → 28 Feb
            ("2022-03-01", "2024-02-29"),   // ends on a leap day
            ("2023-03-01", "2025-02-28"),
            ("2024-03-01", "2026-02-28"),
            ("2023-01-01", "2024-12-31"),
            ("2023-12-31", "2025-12-30"),
        ]
        for (agreement, end) in cases {
            let p = ManagementPeriod(agreementDate: d(agreement), policy: policy)
            XCTAssertEqual(p.start, d(agreement))
            XCTAssertEqual(p.end, d(end), agreement)
            XCTAssertTrue(p.contains(p.end))
            XCTAssertFalse(p.contains(p.end.adding(days: 1)))
        }
        // A leap-day agreement four years on keeps 29 Feb → ends 28 Feb of the leap year.
        XCTAssertEqual(ManagementPeriod(agreementDate: d("2024-02-29"), years: 4).end, d("2028-02-28"))
    }

    func testArt8_endingWithinNDays() {
        let p = ManagementPeriod(agreementDate: d("2024-03-01"), policy: policy)   // ends 2026-02-28
        let cases: [(String, Int, Bool)] = [
            ("2025-11-30", 90, true),    // exactly 90 days before: 以内 includes
            ("2025-11-29", 90, false),   // 91 days before
            ("2026-02-28", 90, true),    // the last day
            ("2026-03-01", 90, false),   // already ended
            ("2026-02-27", 0, false),
            ("2026-02-28", 0, true),
        ]
        for (today, days, expected) in cases {
            XCTAssertEqual(p.endsWithin(days: days, of: d(today)), expected, "\(today) within \(days)")
        }
        let stations = [Fixture.station(id: 1, agreement: "2024-03-01"), Fixture.station(id: 2, agreement: "2025-03-01"),
                        Fixture.station(id: 3, agreement: "2024-02-15", status: .revoked)]
        XCTAssertEqual(ManagementPeriod.endingSoon(stations, within: policy.practice.periodEndingWithinDays,
                                                   of: d("2026-01-10"), policy: policy).map(\.id), [1])
    }

    func testArt8_renewalOrAutomaticTermination() {
        let old = Fixture.station(id: 1, agreement: "2023-05-10")          // ends 2025-05-09
        let renewal = Fixture.station(id: 2, agreement: "2025-05-10", renews: 1)
        let cases: [(String, [Station], PeriodOutcome)] = [
            ("2025-05-09", [old], .running(ends: d("2025-05-09"))),
            ("2025-05-10", [old], .terminated(on: d("2025-05-09"))),
            ("2025-05-10", [old, renewal], .renewed(byStationId: 2, ends: d("2025-05-09"))),
        ]
        for (today, all, expected) in cases {
            XCTAssertEqual(PeriodOutcome.of(old, on: d(today), among: all, policy: policy), expected, today)
        }
        let ended = PeriodOutcome.terminated(on: d("2025-05-09")).applied(to: old)
        XCTAssertEqual(ended.status, .ended)
        XCTAssertEqual(ended.endedOn, d("2025-05-09"))
        XCTAssertEqual(PeriodOutcome.of(ended, on: d("2026-01-01"), among: [], policy: policy), .closed(.ended))
        XCTAssertEqual(PeriodOutcome.running(ends: d("2025-05-09")).applied(to: old), old)
    }

    func testArt9_moreThanOneHeadChangeInAPeriodIsFlagged() {
        let s = Fixture.station(id: 1, agreement: "2024-01-01")
        func head(_ date: String) -> StaffFiling {
            StaffFiling(stationId: 1, filedOn: d(date), role: .head, oldPerson: "甲", newPerson: "乙", reason: "调动")
        }
        let staffChange = StaffFiling(stationId: 1, filedOn: d("2024-06-01"), role: .staff, oldPerson: "丙", newPerson: "丁", reason: "x")
        let otherStation = StaffFiling(stationId: 2, filedOn: d("2024-06-01"), role: .head, oldPerson: "a", newPerson: "b", reason: "x")
        let cases: [([StaffFiling], Bool)] = [
            ([head("2024-03-01")], false),
            ([head("2024-03-01"), staffChange, otherStation], false),
            ([head("2024-03-01"), head("2025-12-31")], true),
            ([head("2024-03-01"), head("2026-01-01")], false),   // the second falls after the period
        ]
        for (filings, flagged) in cases {
            XCTAssertEqual(StaffingRule.tooManyHeadChanges(filings, station: s, policy: policy), flagged, "\(filings.map(\.filedOn))")
        }
    }

    func testArt4_2_Art9_headAndAtLeastTwoStaff() {
        let cases: [(String, [String], [Refusal])] = [
            ("张三", ["李四"], []),
            ("张三", [], [.tooFewStaff(found: 1, minimum: 2)]),
            ("张三", ["张三"], [.tooFewStaff(found: 1, minimum: 2)]),   // the head is not counted twice
            ("", ["李四", "王五"], [.noHead]),
            ("", [], [.noHead, .tooFewStaff(found: 0, minimum: 2)]),
        ]
        for (head, staff, expected) in cases {
            XCTAssertEqual(StaffingRule.staffing(head: head, staff: staff, policy: policy).reasons, expected, "\(head) \(staff)")
        }
    }

    func testArt7_dutiesPerType() {
        XCTAssertEqual(StationDuties.titles(for: .university).count, 6)
        XCTAssertEqual(StationDuties.titles(for: .organization).count, 5)
        let uni = Fixture.station(id: 1, agreement: "2024-01-01")
        var org = uni; org.type = .organization
        let a6 = Activity(stationId: 1, on: d("2024-05-01"), duty: 6, title: "交办")
        XCTAssertTrue(StationDuties.check(a6, station: uni).isAllowed)
        XCTAssertEqual(StationDuties.check(a6, station: org).reasons, [.dutyUnknown(duty: 6, type: .organization)])
        XCTAssertFalse(StationDuties.check(Activity(stationId: 1, on: d("2024-05-01"), duty: 0, title: "x"), station: uni).isAllowed)
    }
}

/// SPEC "Records" and Art. 10.4: what a name or an ID number looks like on screen.
final class ShownTextTests: XCTestCase {
    func testArt10_4_revokedNameIsMarked() {
        let cases: [(StationStatus, String)] = [(.active, "站1"), (.revoked, "站1（已撤销 revoked）"), (.ended, "站1（已终止 ended）")]
        for (status, shown) in cases {
            XCTAssertEqual(StationNaming.shown(Fixture.station(id: 1, agreement: "2024-01-01", status: status)), shown)
        }
    }

    func testIDNumbersShowFirstSixAndLastFour() {
        let cases: [(String, String)] = [
            ("450203199001011234", "450203********1234"),
            ("45020319900101123X", "450203********123X"),
            ("AB1234567", "*****4567"),
            ("1234", "****"),
            ("", ""),
        ]
        for (id, shown) in cases { XCTAssertEqual(IDNumberMask.masked(id), shown, id) }
    }
}
