import XCTest
@testable import StationDomain

/// SPEC "Policy as data": each decision is judged by the policy in force on its date.
final class PolicyBookTests: XCTestCase {
    let measures = TestData.policy

    func successor(from: String, until: String, id: String = "successor") -> Policy {
        var p = measures
        p.id = id; p.validFrom = d(from); p.validUntil = d(until); p.title = "继任办法"
        return p
    }

    func testArt14_inForceUntil2025_12_31_thenExpired() throws {
        let book = try PolicyBook(policies: [("m.json", measures)])
        XCTAssertEqual(book.inForce(on: d("2025-12-31"))?.id, measures.id)
        XCTAssertNil(book.inForce(on: d("2026-01-01")))
        XCTAssertEqual(book.standing(on: d("2026-11-26")), .expired(measures))
        XCTAssertTrue("\(book.standing(on: d("2026-11-26")))".contains("expired 2025-12-31"))
        XCTAssertThrowsError(try book.judging(on: d("2026-11-26"))) { error in
            XCTAssertTrue("\(error)".contains("no policy in force on 2026-11-26"), "\(error)")
        }
        XCTAssertEqual(book.standing(on: d("2022-12-31")), .notYetInForce(measures))
        XCTAssertEqual(book.standing(on: d("2026-11-26")).titleBarText, "policy expired 2025-12-31")
    }

    func testProvisionalContinuation_fillsTheGapUntilASuccessor() throws {
        let c = ProvisionalContinuation(policyId: measures.id, from: d("2026-01-01"),
                                        reason: "市科技局通知：新办法出台前原政策继续执行",
                                        recordedBy: "admin", recordedOn: d("2026-01-05"))
        let book = try PolicyBook(policies: [("m.json", measures), ("s.json", successor(from: "2026-12-01", until: "2030-12-31"))],
                                  continuations: [c])
        XCTAssertEqual(book.standing(on: d("2026-11-26")), .continued(c.applied(to: measures), c))
        XCTAssertTrue("\(book.standing(on: d("2026-11-26")))".contains("expired 2025-12-31, continued provisionally"))
        XCTAssertEqual(try book.judging(on: d("2026-11-26")).id, measures.id)
        XCTAssertEqual(book.inForce(on: d("2026-12-01"))?.id, "successor", "a successor wins over the continuation")
        XCTAssertEqual(book.standing(on: d("2026-11-26")).titleBarText, "expired 2025-12-31, continued provisionally")
        XCTAssertEqual(book.standing(on: d("2026-12-01")).titleBarText, "")
    }

    func testOverlappingValidityBetweenVersions_isRefusedNamingBothFiles() {
        XCTAssertThrowsError(try PolicyBook(policies: [("m.json", measures),
                                                       ("s.json", successor(from: "2025-12-31", until: "2027-12-31"))])) { error in
            let problem = (error as? PolicyError)?.problems.first
            XCTAssertEqual(problem?.file, "s.json")
            XCTAssertEqual(problem?.field, "validFrom")
            XCTAssertTrue(problem?.message.contains("m.json") ?? false)
        }
        XCTAssertNoThrow(try PolicyBook(policies: [("m.json", measures), ("s.json", successor(from: "2026-01-01", until: "2027-12-31"))]))
    }

    func testDuplicateIdAndBadContinuations() {
        XCTAssertThrowsError(try PolicyBook(policies: [("m.json", measures),
                                                       ("s.json", successor(from: "2026-01-01", until: "2027-12-31", id: measures.id))]))
        let cases: [(ProvisionalContinuation, String)] = [
            (ProvisionalContinuation(policyId: "nope", from: d("2026-01-01"), reason: "r", recordedBy: "a", recordedOn: d("2026-01-01")), "continuations[0].policyId"),
            (ProvisionalContinuation(policyId: measures.id, from: d("2025-12-01"), reason: "r", recordedBy: "a", recordedOn: d("2026-01-01")), "continuations[0].from"),
            (ProvisionalContinuation(policyId: measures.id, from: d("2026-01-01"), reason: " ", recordedBy: "a", recordedOn: d("2026-01-01")), "continuations[0].reason"),
            (ProvisionalContinuation(policyId: measures.id, from: d("2026-01-01"), until: d("2025-12-31"), reason: "r", recordedBy: "a", recordedOn: d("2026-01-01")), "continuations[0].until"),
        ]
        for (c, field) in cases {
            XCTAssertThrowsError(try PolicyBook(policies: [("m.json", measures)], continuations: [c])) { error in
                XCTAssertEqual((error as? PolicyError)?.problems.map(\.field).contains(field), true, "\(field): \(error)")
            }
        }
    }

    /// SPEC "Policy as data": a continuation states the plan period and cap it continues with
    /// (default 十五五 2026–2030, cap 10); decisions it covers are judged with them, the expired
    /// policy's own dates keep its own period.
    func testContinuationAppliesItsPlanPeriodAndCap() throws {
        let plain = ProvisionalContinuation(policyId: measures.id, from: d("2026-01-01"), reason: "继续执行",
                                            recordedBy: "admin", recordedOn: d("2026-01-05"))
        XCTAssertEqual(plain.planPeriod, PlanPeriod(name: "十五五", firstYear: 2026, lastYear: 2030, stationCap: 10))
        var book = try PolicyBook(policies: [("m.json", measures)], continuations: [plain])
        XCTAssertEqual(book.inForce(on: d("2026-03-01"))?.planPeriod, plain.planPeriod)
        XCTAssertEqual(book.inForce(on: d("2025-03-01"))?.planPeriod.name, "十四五")
        XCTAssertEqual(book.inForce(on: d("2026-03-01"))?.noticeWorkingDays, measures.noticeWorkingDays, "the rest continues unchanged")

        let six = PlanPeriod(name: "十五五", firstYear: 2026, lastYear: 2030, stationCap: 6)
        let custom = ProvisionalContinuation(policyId: measures.id, from: d("2026-01-01"), reason: "继续执行",
                                             recordedBy: "admin", recordedOn: d("2026-01-05"), planPeriod: six)
        book = try PolicyBook(policies: [("m.json", measures)], continuations: [custom])
        XCTAssertEqual(try book.judging(on: d("2026-03-01")).planPeriod.stationCap, 6)

        let bad: [(PlanPeriod, String)] = [
            (PlanPeriod(name: "十六五", firstYear: 2031, lastYear: 2035, stationCap: 10), "continuations[0].planPeriod"),
            (PlanPeriod(name: "十五五", firstYear: 2030, lastYear: 2026, stationCap: 10), "continuations[0].planPeriod"),
            (PlanPeriod(name: "十五五", firstYear: 2026, lastYear: 2030, stationCap: -1), "continuations[0].planPeriod.stationCap"),
            (PlanPeriod(name: " ", firstYear: 2026, lastYear: 2030, stationCap: 10), "continuations[0].planPeriod.name"),
        ]
        for (plan, field) in bad {
            let c = ProvisionalContinuation(policyId: measures.id, from: d("2026-01-01"), reason: "r", recordedBy: "a",
                                            recordedOn: d("2026-01-01"), planPeriod: plan)
            XCTAssertThrowsError(try PolicyBook(policies: [("m.json", measures)], continuations: [c])) { error in
                XCTAssertEqual((error as? PolicyError)?.problems.map(\.field), [field], "\(plan)")
            }
        }
    }

    func testContinuationJSONWithoutPlanPeriodTakesTheDefault() throws {
        let old = #"{"policyId":"m","from":"2026-01-01","reason":"r","recordedBy":"a","recordedOn":"2026-01-02"}"#
        let decoded = try JSONDecoder().decode(ProvisionalContinuation.self, from: Data(old.utf8))
        XCTAssertEqual(decoded.planPeriod, ProvisionalContinuation.defaultPlanPeriod)
        let with = #"{"policyId":"m","from":"2026-01-01","reason":"r","recordedBy":"a","recordedOn":"2026-01-02","#
            + #""planPeriod":{"name":"十五五","firstYear":2026,"lastYear":2030,"stationCap":8}}"#
        XCTAssertEqual(try JSONDecoder().decode(ProvisionalContinuation.self, from: Data(with.utf8)).planPeriod.stationCap, 8)
        let roundTrip = try JSONDecoder().decode(ProvisionalContinuation.self, from: try JSONEncoder().encode(decoded))
        XCTAssertEqual(roundTrip, decoded)
    }

    func testContinuationWithEndDate() throws {
        let c = ProvisionalContinuation(policyId: measures.id, from: d("2026-01-01"), until: d("2026-06-30"),
                                        reason: "过渡期", recordedBy: "admin", recordedOn: d("2026-01-01"))
        let book = try PolicyBook(policies: [("m.json", measures)], continuations: [c])
        XCTAssertNotNil(book.inForce(on: d("2026-06-30")))
        XCTAssertNil(book.inForce(on: d("2026-07-01")))
    }
}
