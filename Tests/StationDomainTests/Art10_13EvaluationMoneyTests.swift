import XCTest
@testable import StationDomain

/// Art. 10 grade and revocation, Art. 11 subsidy cap and due date, Art. 12 uses, Art. 13 clawback.
final class Art10_13EvaluationMoneyTests: XCTestCase {
    let policy = Fixture.policy
    let cal = TestData.calendar

    func testArt10_3_gradeBoundaries() {
        let cases: [(Int, Grade)] = [
            (0, .unqualified), (9, .unqualified), (10, .c), (11, .c), (19, .c), (20, .b),
            (29, .b), (30, .a), (31, .a), (500, .a),
        ]
        for (count, grade) in cases {
            XCTAssertEqual(Grading.grade(count: count, flags: EvaluationFlags(), policy: policy), grade, "count \(count)")
        }
    }

    func testArt10_4_flagsMakeUnqualifiedWhateverTheCount() {
        let flags = [EvaluationFlags(farBelowStandard: true), EvaluationFlags(didNotCooperate: true), EvaluationFlags(inNameOnly: true)]
        for f in flags {
            XCTAssertEqual(Grading.grade(count: 45, flags: f, policy: policy), .unqualified, "\(f)")
        }
        let e = Evaluation(stationId: 1, year: 2024, computedCount: 8, correctedCount: 21, correctionReason: "补录")
        XCTAssertEqual(Grading.grade(of: e, policy: policy), .b, "the corrected count grades")
    }

    func testArt10_3_correctedCountNeedsAReason() {
        let cases: [(Evaluation, [Refusal])] = [
            (Evaluation(stationId: 1, year: 2024, computedCount: 8), []),
            (Evaluation(stationId: 1, year: 2024, computedCount: 8, correctedCount: 12, correctionReason: "补录3月引进人才"), []),
            (Evaluation(stationId: 1, year: 2024, computedCount: 8, correctedCount: 12), [.correctionReasonRequired]),
            (Evaluation(stationId: 1, year: 2024, computedCount: 8, correctedCount: -1, correctionReason: " "),
             [.countNegative(-1), .correctionReasonRequired]),
        ]
        for (e, expected) in cases {
            XCTAssertEqual(Grading.checkCount(of: e).reasons, expected, "\(e.correctedCount as Any)")
        }
    }

    func testArt10_3_countIsComputedFromTalentRecords() {
        func t(_ category: TalentCategory?, _ date: String, station: Int64? = 1) -> Talent {
            Talent(name: "x", category: category, employer: "柳工", introducedOn: d(date), stationId: station)
        }
        let talents = [t(.a, "2024-01-01"), t(.g, "2024-12-31"), t(nil, "2024-06-01"), t(.c, "2023-12-31"),
                       t(.d, "2024-06-01", station: 2), t(.f, "2024-03-03")]
        XCTAssertEqual(TalentCount.count(talents, stationId: 1, year: 2024, policy: policy), 3)
        var stricter = policy; stricter.countedFromCategory = .c
        XCTAssertEqual(TalentCount.count(talents, stationId: 1, year: 2024, policy: stricter), 1)
    }

    func testArt10_4_twoConsecutiveUnqualifiedYearsProposeRevocation() {
        func e(_ year: Int, _ grade: Grade?) -> Evaluation {
            Evaluation(stationId: 1, year: year, computedCount: 0, grade: grade)
        }
        let cases: [([Evaluation], [Int]?)] = [
            ([e(2022, .unqualified), e(2023, .unqualified)], [2022, 2023]),
            ([e(2022, .unqualified), e(2023, .c)], nil),
            ([e(2022, .unqualified), e(2024, .unqualified)], nil),               // 2023 missing breaks the run
            ([e(2022, .unqualified), e(2023, nil), e(2024, .unqualified)], nil), // undecided year breaks it too
            ([e(2021, .unqualified), e(2022, .b), e(2023, .unqualified), e(2024, .unqualified)], [2023, 2024]),
            ([e(2024, .unqualified), e(2023, .unqualified), e(2022, .unqualified)], [2023, 2024]),   // order-free
            ([e(2024, .unqualified)], nil),
            ([], nil),
        ]
        for (evaluations, expected) in cases {
            XCTAssertEqual(RevocationRule.proposal(evaluations: evaluations, policy: policy), expected,
                           "\(evaluations.map { "\($0.year):\($0.grade?.rawValue ?? "-")" })")
        }
        let s = RevocationRule.revoke(Fixture.station(id: 1, agreement: "2022-01-01"), on: d("2024-03-01"), reference: "柳科发〔2024〕9号")
        XCTAssertEqual(s.status, .revoked)
        XCTAssertEqual(s.revocationReference, "柳科发〔2024〕9号")
    }

    func testArt11_capByGradeOnlyInsideTheManagementPeriod() throws {
        let station = Fixture.station(id: 1, agreement: "2023-07-01")   // 2023-07-01 … 2025-06-30
        let cases: [(Grade, Int, Fen?)] = [
            (.a, 2023, Fen.yuan(100_000)), (.b, 2024, Fen.yuan(80_000)), (.c, 2025, Fen.yuan(50_000)),
            (.unqualified, 2024, .zero), (.a, 2022, nil), (.a, 2026, nil),
        ]
        for (grade, year, expected) in cases {
            let result = SubsidyRule.cap(grade: grade, year: year, station: station, policy: policy)
            switch (result, expected) {
            case (.success(let cap), .some(let e)): XCTAssertEqual(cap, e, "\(grade) \(year)")
            case (.failure(let refused), nil):
                XCTAssertEqual(refused.reasons, [.yearOutsideManagementPeriod(year: year, period: "2023-07-01–2025-06-30")])
            default: XCTFail("\(grade) \(year): \(result)")
            }
        }
        XCTAssertEqual(Grading.subsidyCap(for: .a, policy: policy), Fen(10_000_000))
    }

    func testArt11_amountAtMostCap() {
        let cap = Fen.yuan(80_000)
        XCTAssertTrue(SubsidyRule.checkAmount(cap, cap: cap).isAllowed)
        XCTAssertTrue(SubsidyRule.checkAmount(.zero, cap: cap).isAllowed)
        XCTAssertEqual(SubsidyRule.checkAmount(cap + Fen(1), cap: cap).reasons, [.amountAboveCap(amount: Fen(8_000_001), cap: cap)])
        XCTAssertEqual(SubsidyRule.checkAmount(Fen(-1), cap: cap).reasons, [.amountNegative(Fen(-1))])
    }

    func testArt11_dueSixtyWorkingDaysAfterTheDecision() throws {
        let cases: [(String, String)] = [
            ("2024-01-02", "2024-03-29"),   // across Spring Festival 2024 with the make-up Sundays 02-04 and 02-18
            ("2024-09-02", "2024-11-29"),   // across Mid-autumn and National Day with 09-14, 09-29, 10-12 made up
        ]
        for (decided, due) in cases {
            let date = try SubsidyRule.dueDate(decidedOn: d(decided), calendar: cal, policy: policy)
            XCTAssertEqual(date, d(due), decided)
            XCTAssertEqual(try cal.workdays(after: d(decided), through: date), 60)
        }
        XCTAssertThrowsError(try SubsidyRule.dueDate(decidedOn: d("2026-11-01"), calendar: cal, policy: policy)) { error in
            XCTAssertTrue("\(error)".contains("2027"), "\(error)")
        }
    }

    func testArt11_subsidyRecordAndPaymentStatus() throws {
        let station = Fixture.station(id: 1, agreement: "2023-07-01")
        let evaluation = Evaluation(stationId: 1, year: 2024, computedCount: 25, grade: .b, decidedOn: d("2024-09-02"))
        var subsidy = try SubsidyRule.subsidy(for: evaluation, station: station, calendar: cal, policy: policy)
        XCTAssertEqual(subsidy.cap, Fen.yuan(80_000))
        XCTAssertEqual(subsidy.dueOn, d("2024-11-29"))
        subsidy.id = 5
        XCTAssertEqual(try SubsidyRule.status(subsidy, payments: [], on: d("2024-10-01"), calendar: cal, policy: policy), .nothingToPay)
        subsidy.approved = Fen.yuan(60_000)
        let cases: [(String, [Payment], PaymentStatus)] = [
            ("2024-10-08", [], .pending(due: d("2024-11-29"))),
            ("2024-11-15", [], .dueSoon(due: d("2024-11-29"), workingDaysLeft: 10)),   // 以内 includes 10
            ("2024-11-14", [], .pending(due: d("2024-11-29"))),                        // 11 left
            ("2024-11-29", [], .dueSoon(due: d("2024-11-29"), workingDaysLeft: 0)),
            ("2024-12-03", [], .overdue(due: d("2024-11-29"), workingDaysLate: 2)),    // Mon 12-02, Tue 12-03
            ("2024-12-03", [Payment(subsidyId: 5, paidOn: d("2024-11-01"), amount: Fen.yuan(60_000))], .paid),
            ("2024-12-03", [Payment(subsidyId: 5, paidOn: d("2024-11-01"), amount: Fen.yuan(10_000))],
             .overdue(due: d("2024-11-29"), workingDaysLate: 2)),
        ]
        for (today, payments, expected) in cases {
            XCTAssertEqual(try SubsidyRule.status(subsidy, payments: payments, on: d(today), calendar: cal, policy: policy), expected, today)
        }
        let outside = Evaluation(stationId: 1, year: 2026, computedCount: 40, grade: .a, decidedOn: d("2026-03-02"))
        XCTAssertThrowsError(try SubsidyRule.subsidy(for: outside, station: station, calendar: cal, policy: policy))
    }

    func testArt12_Art13_usesAndClawback() {
        let lines = [SpendingLine(subsidyId: 1, on: d("2024-12-01"), use: .salaries, amount: Fen.yuan(30_000)),
                     SpendingLine(subsidyId: 1, on: d("2024-12-02"), use: .travel, amount: Fen(150)),
                     SpendingLine(subsidyId: 1, on: d("2024-12-03"), use: .salaries, amount: Fen.yuan(5_000))]
        XCTAssertEqual(SubsidyRule.spendingByUse(lines), [.salaries: Fen.yuan(35_000), .travel: Fen(150)])
        let paid = [Payment(subsidyId: 1, paidOn: d("2024-11-01"), amount: Fen.yuan(50_000))]
        XCTAssertTrue(SubsidyRule.checkClawback(Fen.yuan(50_000), payments: paid).isAllowed)
        XCTAssertEqual(SubsidyRule.checkClawback(Fen.yuan(50_001), payments: paid).reasons,
                       [.clawbackAbovePaid(clawback: Fen.yuan(50_001), paid: Fen.yuan(50_000))])
    }
}
