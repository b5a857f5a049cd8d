import XCTest
@testable import StationDomain

/// Laws that hold for every input, checked over many generated cases (deterministic seed).
final class PropertyTests: XCTestCase {
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
    }

    /// Art. 8: the period is two calendar years less a day, whatever the start (leap days included).
    func testArt8_periodLaws() {
        var day = d("2019-01-01")
        while day <= d("2026-12-31") {
            let p = ManagementPeriod(agreementDate: day, years: 2)
            let nextStart = p.end.adding(days: 1)
            if day.month == 2 && day.day == 29 {
                XCTAssertEqual(nextStart, CivilDate(year: day.year + 2, month: 3, day: 1))
            } else {
                XCTAssertEqual(nextStart, CivilDate(year: day.year + 2, month: day.month, day: day.day), "\(day)")
            }
            XCTAssertTrue((729...731).contains(day.days(to: p.end)), "\(day)")
            day = day.adding(days: 1)
        }
    }

    /// Art. 5.2: the shortlist partitions the ranked applications, never exceeds the capacity with
    /// its clear places, and together with the ties always reaches it when there are enough.
    func testArt5_2_shortlistLaws() {
        var g = Generator(state: 7)
        for _ in 0..<2000 {
            let n = g.next(12)
            let entries = (0..<n).map { Shortlist.Entry(applicationId: Int64($0), score: Points(60 + g.next(6), over: 1 + g.next(2))) }
            let capacity = g.next(8)
            let s = Shortlist(scores: entries, capacity: capacity)
            let all = (s.selected + s.tied + s.outside).map(\.applicationId).sorted()
            XCTAssertEqual(all, entries.map(\.applicationId).sorted())
            XCTAssertLessThanOrEqual(s.selected.count, capacity)
            XCTAssertEqual(s.selected.count + s.tied.count >= min(capacity, n), true)
            if !s.tied.isEmpty {
                XCTAssertGreaterThan(s.selected.count + s.tied.count, capacity, "ties only when they exceed the places")
                XCTAssertEqual(Set(s.tied.map(\.score)).count, 1)
            }
            if let lowestIn = (s.selected + s.tied).map(\.score).min(), let highestOut = s.outside.map(\.score).max() {
                XCTAssertGreaterThan(lowestIn, highestOut)
            }
        }
    }

    /// Review: the aggregate lies between the lowest and highest totals; with ≥ 5 sheets it ignores
    /// the extremes (raising the highest sheet does not move it).
    func testReview_aggregationLaws() {
        var g = Generator(state: 11)
        let policy = Fixture.policy
        for _ in 0..<500 {
            let n = 1 + g.next(9)
            let sheets = (0..<n).map { i in
                ScoreSheet(subject: .evaluation, subjectId: 1, reviewer: "r\(i)", formId: "evaluation-university", formVersion: 1,
                           scores: ["results_transferred": Score(g.next(26)), "talent_projects": Score(g.next(26)),
                                    "graduates": Score(g.next(21)), "other_cooperation": Score(g.next(21)),
                                    "operation": Score(g.next(11))], submittedOn: d("2024-12-01"))
            }
            let agg = ScoreAggregation(sheets: sheets, policy: policy)
            let totals = agg.sheets.map(\.total)
            XCTAssertLessThanOrEqual(totals.min()!, agg.aggregate!)
            XCTAssertGreaterThanOrEqual(totals.max()!, agg.aggregate!)
            XCTAssertEqual(agg.spread, totals.max()! - totals.min()!)
            if n >= 5 {
                var raised = sheets
                let top = agg.sheets[0].sheet.reviewer
                let i = raised.firstIndex { $0.reviewer == top }!
                raised[i].scores = ["results_transferred": 25, "talent_projects": 25, "graduates": 20, "other_cooperation": 20, "operation": 10]
                XCTAssertEqual(ScoreAggregation(sheets: raised, policy: policy).aggregate, agg.aggregate)
            }
        }
    }
}
