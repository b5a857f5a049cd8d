import Foundation
import XCTest
@testable import StationDomain

/// Half points (issue 13): a score as typed, as stored, and as the form allows it.
final class ScoreTests: XCTestCase {
    func testParseAcceptsDigitsAndHalvesOnly() {
        XCTAssertEqual(Score.parse("15"), 15)
        XCTAssertEqual(Score.parse("12.5"), Score(halves: 25))
        XCTAssertEqual(Score.parse("12.0"), 12)
        XCTAssertEqual(Score.parse("0"), 0)
        for bad in ["", ".5", "1.25", "1.2", "-3", "+3", "1e2", "１２", "12.5.0", "abc", "1234567"] {
            XCTAssertNil(Score.parse(bad), bad)
        }
    }

    func testShownWithoutTrailingZeros() {
        XCTAssertEqual(Score(20).description, "20")
        XCTAssertEqual(Score(halves: 39).description, "19.5")
        XCTAssertEqual(Score(halves: 1).description, "0.5")
        XCTAssertEqual(Score(halves: 25).points, Points(25, over: 2))
    }

    func testJSONIsAPlainNumberAndWholeScoresReadAsBefore() throws {
        let data = try JSONEncoder().encode(["a": Score(halves: 39), "b": Score(5)])
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("19.5") && text.contains("\"b\":5"), text)
        XCTAssertEqual(try JSONDecoder().decode([String: Score].self, from: Data(#"{"a":12,"b":7.5}"#.utf8)),
                       ["a": 12, "b": Score(halves: 15)])
        XCTAssertThrowsError(try JSONDecoder().decode([String: Score].self, from: Data(#"{"a":7.25}"#.utf8)))
    }

    func testLineCheckNamesTheBoundAndHalfPoints() {
        XCTAssertEqual(SheetCheck.line(21, max: 20, key: "k", halfPoints: true), .criterionOutOfBounds(key: "k", value: 21, max: 20))
        XCTAssertEqual(SheetCheck.line(Score(halves: 41), max: 20, key: "k", halfPoints: true),
                       .criterionOutOfBounds(key: "k", value: Score(halves: 41), max: 20))
        XCTAssertNil(SheetCheck.line(20, max: 20, key: "k", halfPoints: false))
        XCTAssertNil(SheetCheck.line(Score(halves: 39), max: 20, key: "k", halfPoints: true))
        XCTAssertEqual(SheetCheck.line(Score(halves: 39), max: 20, key: "k", halfPoints: false),
                       .halfPointsNotAllowed(key: "k", value: Score(halves: 39)))
    }

    func testHalfPointTotalsStayExactAndScale() {
        let form = ScoreForm(id: "f", version: 1, title: "t", subject: .application, stationType: .organization,
                             criteria: [.init(key: "a", title: "A", max: 15), .init(key: "b", title: "B", max: 80)],
                             scaleTo: 100, halfPoints: true)
        let total = SheetCheck.total(of: ["a": Score(halves: 25), "b": 70], form: form)
        XCTAssertEqual(total, Points(8250, over: 95))   // 82.5 of 95, scaled to 100
    }

    func testFormsWithoutTheFieldTakeWholePoints() throws {
        let policy = Fixture.policy
        XCTAssertTrue(policy.forms.allSatisfy { !$0.halfPoints })
        let json = #"{"id":"x","version":1,"title":"t","subject":"evaluation","criteria":[{"key":"a","title":"A","max":5}],"halfPoints":true}"#
        XCTAssertTrue(try JSONDecoder().decode(ScoreForm.self, from: Data(json.utf8)).halfPoints)
    }

    func testWithdrawnSheetsCountInNoAggregate() {
        var sheets = (0..<5).map { i in
            ScoreSheet(subject: .evaluation, subjectId: 1, reviewer: "r\(i)", formId: "evaluation-organization", formVersion: 1,
                       scores: ["building_funds": 20, "policy_promotion": 20, "statistics_demand": 20, "talent_projects": 25,
                                "recruitment": Score(i)], submittedOn: CivilDate("2024-12-01"))
        }
        XCTAssertEqual(ScoreAggregation(sheets: sheets, policy: Fixture.policy).sheets.count, 5)
        sheets[0].withdrawnOn = CivilDate("2024-12-02")
        let agg = ScoreAggregation(sheets: sheets, policy: Fixture.policy)
        XCTAssertEqual(agg.sheets.count, 4)
        XCTAssertFalse(agg.trimmed, "four sheets left: no trimming")
        XCTAssertEqual(sheets[0].state(hasDraft: false), .withdrawn)
    }
}
