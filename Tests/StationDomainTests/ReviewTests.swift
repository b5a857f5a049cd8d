import XCTest
@testable import StationDomain

/// Art. 5.2 expert review (评审) and Art. 10 annual review: SPEC "Default score sheets".
final class ReviewTests: XCTestCase {
    let policy = Fixture.policy

    /// A submitted evaluation sheet (organization form) whose criteria add up to `total`.
    func sheet(_ reviewer: String, total: Int, submitted: Bool = true) -> ScoreSheet {
        // building_funds 20, policy_promotion 20, statistics_demand 20, talent_projects 25, recruitment 15
        var left = total
        var scores: [String: Score] = [:]
        for (key, max) in [("building_funds", 20), ("policy_promotion", 20), ("statistics_demand", 20),
                           ("talent_projects", 25), ("recruitment", 15)] {
            scores[key] = Score(min(max, left)); left -= min(max, left)
        }
        return ScoreSheet(subject: .evaluation, subjectId: 1, reviewer: reviewer, formId: "evaluation-organization",
                          formVersion: 1, scores: scores, submittedOn: submitted ? d("2024-12-01") : nil)
    }

    func testPoints_exactArithmeticAndDisplay() {
        XCTAssertEqual(Points(170, over: 2), Points(85))
        XCTAssertEqual(Points(255, over: 3), Points(85))
        XCTAssertLessThan(Points(254, over: 3), Points(85))
        XCTAssertEqual(Points(1, over: 3) + Points(1, over: 6), Points(1, over: 2))
        XCTAssertEqual(Points(3, over: -6), Points(-1, over: 2))
        let shown: [(Points, String)] = [(Points(85), "85.00"), (Points(171, over: 2), "85.50"), (Points(256, over: 3), "85.33"),
                                         (Points(2, over: 3), "0.67"), (Points(-1, over: 3), "-0.33"), (Points(1, over: 200), "0.01")]
        for (p, text) in shown { XCTAssertEqual(p.description, text) }
    }

    func testSheetBoundsPerCriterion() throws {
        let form = try XCTUnwrap(policy.form(id: "evaluation-organization", version: 1))
        var s = sheet("r1", total: 70)
        XCTAssertTrue(SheetCheck.check(s, form: form, forSubmission: true).isAllowed)
        s.scores["recruitment"] = 16
        s.scores["building_funds"] = -1
        s.scores["bogus"] = 3
        s.scores["talent_projects"] = nil
        XCTAssertEqual(SheetCheck.check(s, form: form, forSubmission: true).reasons, [
            .criterionUnknown(key: "bogus"), .criterionOutOfBounds(key: "building_funds", value: -1, max: 20),
            .criterionOutOfBounds(key: "recruitment", value: 16, max: 15), .criterionNotScored(key: "talent_projects"),
        ])
        XCTAssertEqual(SheetCheck.check(s, form: form, forSubmission: false).reasons.count, 3, "a draft may leave criteria blank")
        let full = sheet("r1", total: 100)
        XCTAssertEqual(SheetCheck.total(of: full, form: form), Points(100))
    }

    func testOrganizationApplicationSheetIsScaledTo100() throws {
        let form = try XCTUnwrap(policy.form(for: .application, type: .organization))
        let all = Dictionary(uniqueKeysWithValues: form.criteria.map { ($0.key, Score($0.max)) })
        let s = ScoreSheet(subject: .application, subjectId: 1, reviewer: "r", formId: form.id, formVersion: 1, scores: all)
        XCTAssertEqual(SheetCheck.total(of: s, form: form), Points(100))
        var half = s; half.scores = ["venue_staff": 15, "talent_resources": 20, "track_record": 10]   // 45 of 95
        XCTAssertEqual(SheetCheck.total(of: half, form: form), Points(4500, over: 95))
        XCTAssertEqual(SheetCheck.total(of: half, form: form).description, "47.37")
    }

    func testAggregation_meanMedianSpreadBelowFiveSheets() {
        let agg = ScoreAggregation(sheets: [sheet("a", total: 80), sheet("b", total: 70), sheet("c", total: 91),
                                            sheet("d", total: 10, submitted: false)], policy: policy)
        XCTAssertEqual(agg.sheets.map(\.sheet.reviewer), ["c", "a", "b"], "drafts ignored, highest first")
        XCTAssertEqual(agg.aggregate, Points(241, over: 3))
        XCTAssertEqual(agg.mean, agg.aggregate)
        XCTAssertEqual(agg.median, Points(80))
        XCTAssertEqual(agg.spread, Points(21))
        XCTAssertFalse(agg.trimmed)
        XCTAssertTrue(agg.sheets.allSatisfy { !$0.dropped && !$0.outlier })
    }

    func testAggregation_fiveOrMoreDropOneHighestAndOneLowest() {
        let table: [([Int], Points, Bool)] = [
            ([90, 80, 70, 60], Points(75), false),               // 4 sheets: plain mean
            ([90, 80, 70, 60, 50], Points(70), true),            // drop 90 and 50
            ([90, 90, 70, 50, 50], Points(70), true),            // drop one 90 and one 50 only
            ([100, 80, 80, 80, 80, 0], Points(80), true),
        ]
        for (totals, expected, trimmed) in table {
            let sheets = totals.enumerated().map { sheet("r\($0.offset)", total: $0.element) }
            let agg = ScoreAggregation(sheets: sheets, policy: policy)
            XCTAssertEqual(agg.aggregate, expected, "\(totals)")
            XCTAssertEqual(agg.trimmed, trimmed, "\(totals)")
            XCTAssertEqual(agg.sheets.filter(\.dropped).count, trimmed ? 2 : 0, "\(totals)")
        }
        let even = ScoreAggregation(sheets: [90, 80, 70, 60].enumerated().map { sheet("r\($0.offset)", total: $0.element) }, policy: policy)
        XCTAssertEqual(even.median, Points(75))
    }

    func testAggregation_sheetsMoreThan20PointsFromTheMeanAreFlagged() {
        // 5 sheets: trimmed mean of 80, 75, 60 (drop 95 and 40) = 215/3 ≈ 71.67.
        let agg = ScoreAggregation(sheets: [sheet("a", total: 95), sheet("b", total: 80), sheet("c", total: 75),
                                            sheet("d", total: 60), sheet("e", total: 40)], policy: policy)
        XCTAssertEqual(agg.aggregate, Points(215, over: 3))
        XCTAssertEqual(agg.sheets.filter(\.outlier).map(\.sheet.reviewer), ["a", "e"])   // 23.33 and 31.67 away
        // Exactly 20 away is not "more than 20" (超过 excludes the number).
        let edge = ScoreAggregation(sheets: [sheet("a", total: 80), sheet("b", total: 40)], policy: policy)   // mean 60
        XCTAssertEqual(edge.sheets.filter(\.outlier).count, 0)
        let over = ScoreAggregation(sheets: [sheet("a", total: 81), sheet("b", total: 39)], policy: policy)   // mean 60, 21 away
        XCTAssertEqual(over.sheets.filter(\.outlier).count, 2)
    }

    func testAggregation_badSheetsLeftOutWithReasons() {
        var unknown = sheet("x", total: 50); unknown.formVersion = 9
        var broken = sheet("y", total: 50); broken.scores["recruitment"] = 99
        let agg = ScoreAggregation(sheets: [unknown, broken, sheet("z", total: 60)], policy: policy)
        XCTAssertEqual(agg.aggregate, Points(60))
        XCTAssertEqual(agg.problems.map(\.sheet.reviewer), ["x", "y"])
        XCTAssertEqual(agg.problems[0].reasons, [.formUnknown(id: "evaluation-organization", version: 9)])
        XCTAssertEqual(ScoreAggregation(sheets: [], policy: policy).aggregate, nil)
    }

    func testConflictOfInterest_reviewerTiedToUnitOrPartner() {
        let app = Fixture.readyApplication()   // unit 100, partner 1
        let ties = [ReviewerTie(reviewer: "wang", unitId: 100, note: "曾任该单位顾问"),
                    ReviewerTie(reviewer: "wang", partnerId: 1, note: "广西大学兼职教授"),
                    ReviewerTie(reviewer: "li", partnerId: 3, note: "other partner"),
                    ReviewerTie(reviewer: "zhao", unitId: 200)]
        let cases: [(String, [Refusal])] = [
            ("wang", [.reviewerTiedToUnit(reviewer: "wang", unitId: 100, note: "曾任该单位顾问"),
                      .reviewerTiedToPartner(reviewer: "wang", partnerId: 1, note: "广西大学兼职教授")]),
            ("li", []), ("zhao", []), ("nobody", []),
        ]
        for (reviewer, expected) in cases {
            XCTAssertEqual(ConflictOfInterest.check(reviewer: reviewer, application: app, ties: ties).reasons, expected, reviewer)
        }
        let station = Fixture.station(id: 1, unitId: 200, agreement: "2024-01-01")
        XCTAssertFalse(ConflictOfInterest.check(reviewer: "zhao", station: station, ties: ties).isAllowed)
    }
}
