import XCTest
@testable import StationDomain

/// SPEC "Policy as data": every number of the Measures lives in the policy file, checked here.
final class PolicyTests: XCTestCase {
    let policy = TestData.policy

    func testArt5_4_5_3_8_numbers() {
        XCTAssertEqual(policy.planPeriod, PlanPeriod(name: "十四五", firstYear: 2021, lastYear: 2025, stationCap: 10))
        XCTAssertEqual(policy.stationsPerUnit, 1)
        XCTAssertEqual(policy.minimumStaff, 2)
        XCTAssertEqual(policy.noticeWorkingDays, 5)
        XCTAssertEqual(policy.managementPeriodYears, 2)
    }

    func testArt10_11_numbers() {
        XCTAssertEqual(policy.countedFromCategory, .g)
        XCTAssertEqual(policy.gradeThresholds, GradeThresholds(a: 30, b: 20, c: 10))
        XCTAssertEqual(policy.subsidyCap(for: .a), Fen(10_000_000))
        XCTAssertEqual(policy.subsidyCap(for: .b), Fen(8_000_000))
        XCTAssertEqual(policy.subsidyCap(for: .c), Fen(5_000_000))
        XCTAssertEqual(policy.subsidyCap(for: .unqualified), .zero)
        XCTAssertEqual(policy.paymentWorkingDays, 60)
        XCTAssertEqual(policy.revocationConsecutiveUnqualifiedYears, 2)
    }

    func testArt14_validityAndRepeal() {
        XCTAssertEqual(policy.validUntil, d("2025-12-31"))
        XCTAssertEqual(policy.replaces, ["柳科规〔2023〕4号"])
        XCTAssertTrue(policy.isInForce(on: d("2025-12-31")))
        XCTAssertFalse(policy.isInForce(on: d("2026-01-01")))
    }

    func testTalentCategoriesAndKeyIndustries() {
        XCTAssertEqual(policy.talentCategories.map(\.code), TalentCategory.allCases)
        XCTAssertFalse(policy.keyIndustries.official, "the 5+5 list is not public: it must stay marked editable")
        XCTAssertFalse(policy.keyIndustries.items.isEmpty)
    }

    func testDefaultScoreSheets() throws {
        let expected: [(ScoreSubject, StationType, String, Int, Int)] = [
            (.application, .university, "application-review-university", 100, 100),
            (.application, .organization, "application-review-organization", 95, 100),
            (.evaluation, .university, "evaluation-university", 100, 100),
            (.evaluation, .organization, "evaluation-organization", 100, 100),
        ]
        for (subject, type, id, raw, shown) in expected {
            let form = try XCTUnwrap(policy.form(for: subject, type: type), "\(subject) \(type)")
            XCTAssertEqual(form.id, id)
            XCTAssertEqual(form.version, 1)
            XCTAssertEqual(form.rawMaximum, raw, id)
            XCTAssertEqual(form.maximum, shown, id)
            XCTAssertNotNil(policy.form(id: id, version: 1))
        }
        XCTAssertNil(policy.form(id: "evaluation-university", version: 2))
    }

    func testRoundTripThroughJSON() throws {
        let again = try Policy.decode(json: try policy.encodedJSON(), file: "round-trip")
        XCTAssertEqual(again, policy)
    }

    /// Each kind of mistake in a policy file: the message names the file, the field and the fault.
    func testPolicyFile_mistakes() {
        let json = TestData.policyJSON
        let cases: [(String, String, String, String)] = [
            // (what, mutated text, expected field, expected words)
            ("threshold order", json.replacingOccurrences(of: "\"B\": 20", with: "\"B\": 35"), "gradeThresholds.A", "threshold order"),
            ("threshold order C", json.replacingOccurrences(of: "\"C\": 10", with: "\"C\": 25"), "gradeThresholds.B", "threshold order"),
            ("negative cap", json.replacingOccurrences(of: "\"C\": 50000", with: "\"C\": -1"), "subsidyCapsYuan.C", "negative cap"),
            ("cap order", json.replacingOccurrences(of: "\"B\": 80000", with: "\"B\": 120000"), "subsidyCapsYuan.B", "may not earn more"),
            ("missing field", json.replacingOccurrences(of: "\"noticeWorkingDays\": 5,", with: ""), "noticeWorkingDays", "missing field"),
            ("wrong type", json.replacingOccurrences(of: "\"version\": 1,\n  \"title\"", with: "\"version\": \"one\",\n  \"title\""), "version", "wrong type"),
            ("bad date", json.replacingOccurrences(of: "\"2025-12-31\"", with: "\"2025-02-30\""), "validUntil", "invalid value"),
            ("empty validity", json.replacingOccurrences(of: "\"2025-12-31\"", with: "\"2022-12-31\""), "validUntil", "before it starts"),
            ("zero notice", json.replacingOccurrences(of: "\"noticeWorkingDays\": 5", with: "\"noticeWorkingDays\": 0"), "noticeWorkingDays", "at least 1"),
            ("criterion max", json.replacingOccurrences(of: "\"max\": 5 }", with: "\"max\": 0 }"), "forms[0].criteria[6].max", "at least 1"),
            ("duplicate key", json.replacingOccurrences(of: "\"key\": \"discipline_fit\"", with: "\"key\": \"venue_staff\""), "forms[0].criteria[6].key", "duplicate key"),
            ("category missing", json.replacingOccurrences(of: "\"code\": \"G\"", with: "\"code\": \"F\""), "talentCategories", "exactly once"),
            ("unknown category", json.replacingOccurrences(of: "\"countedFromCategory\": \"G\"", with: "\"countedFromCategory\": \"H\""), "countedFromCategory", "invalid value"),
            ("not JSON", String(json.dropLast(3)), "", "not valid JSON"),
            ("misspelt optional", json.replacingOccurrences(of: "\"scaleTo\": 100", with: "\"scaleto\": 100"), "forms[1].scaleto", "unknown field"),
            ("misplaced key", json.replacingOccurrences(of: "\"stationCap\": 10 }", with: "\"stationCap\": 10, \"cap\": 12 }"), "planPeriod.cap", "unknown field"),
        ]
        for (what, text, field, words) in cases {
            XCTAssertNotEqual(text, json, "\(what): the mutation must change the file")
            XCTAssertThrowsError(try Policy.decode(json: text, file: "p.json"), what) { error in
                guard let e = error as? PolicyError else { return XCTFail("\(what): \(error)") }
                XCTAssertTrue(e.problems.contains { $0.field == field && $0.message.contains(words) },
                              "\(what): expected \(field) / \(words), got \(e)")
                XCTAssertTrue(e.problems.allSatisfy { $0.file.hasPrefix("p.json") })
                XCTAssertTrue("\(e)".contains("p.json"), what)
            }
        }
    }

    func testSeveralMistakesAreAllReported() {
        let text = TestData.policyJSON
            .replacingOccurrences(of: "\"B\": 20", with: "\"B\": 35")
            .replacingOccurrences(of: "\"C\": 50000", with: "\"C\": -1")
        XCTAssertThrowsError(try Policy.decode(json: text, file: "p.json")) { error in
            let fields = (error as? PolicyError)?.problems.map(\.field) ?? []
            XCTAssertTrue(fields.contains("gradeThresholds.A"))
            XCTAssertTrue(fields.contains("subsidyCapsYuan.C"))
        }
    }
}
