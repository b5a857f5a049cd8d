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

    func testArt10_3_chartCountIsPerCalendarYear() {
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
        // Only the station's evaluation years count: a tail calendar year graded before issue 14
        // (2023-03-15 … 2025-03-14 has years 2024 and 2025) neither proposes nor breaks a run.
        let station = Fixture.station(id: 1, agreement: "2023-03-15")
        XCTAssertNil(RevocationRule.proposal(evaluations: [e(2023, .unqualified), e(2024, .unqualified)], station: station, policy: policy))
        XCTAssertEqual(RevocationRule.proposal(evaluations: [e(2023, .c), e(2024, .unqualified), e(2025, .unqualified)],
                                               station: station, policy: policy), [2024, 2025])
        var revoked = station; revoked.status = .revoked
        XCTAssertNil(RevocationRule.proposal(evaluations: [e(2024, .unqualified), e(2025, .unqualified)], station: revoked, policy: policy))

        let s = RevocationRule.revoke(Fixture.station(id: 1, agreement: "2022-01-01"), on: d("2024-03-01"), reference: "柳科发〔2024〕9号")
        XCTAssertEqual(s.status, .revoked)
        XCTAssertEqual(s.revocationReference, "柳科发〔2024〕9号")
    }

    func testArt11_capByGradeOnlyForTheStationsEvaluationYears() throws {
        let station = Fixture.station(id: 1, agreement: "2023-07-01")   // years end 2024-06-30 and 2025-06-30
        let cases: [(Grade, Int, Fen?)] = [
            (.a, 2024, Fen.yuan(100_000)), (.b, 2024, Fen.yuan(80_000)), (.c, 2025, Fen.yuan(50_000)),
            (.unqualified, 2024, .zero), (.a, 2023, nil), (.a, 2022, nil), (.a, 2026, nil),
        ]
        for (grade, year, expected) in cases {
            let result = SubsidyRule.cap(grade: grade, year: year, station: station, policy: policy)
            switch (result, expected) {
            case (.success(let cap), .some(let e)): XCTAssertEqual(cap, e, "\(grade) \(year)")
            case (.failure(let refused), nil):
                XCTAssertEqual(refused.reasons, [.notAnEvaluationYear(year: year, years: "2023-07-01–2024-06-30，2024-07-01–2025-06-30")])
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
        let subsidy = Subsidy(id: 3, stationId: 1, year: 2024, grade: .b, cap: cap, approved: Fen.yuan(60_000))
        let paid = [Payment(id: 1, subsidyId: 3, paidOn: d("2024-10-01"), amount: Fen.yuan(40_000))]
        XCTAssertTrue(SubsidyRule.checkAmount(Fen.yuan(40_000), for: subsidy, payments: paid).isAllowed)
        XCTAssertEqual(SubsidyRule.checkAmount(Fen(3_999_999), for: subsidy, payments: paid).reasons,
                       [.amountBelowPaid(amount: Fen(3_999_999), paid: Fen.yuan(40_000))])
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
            let subsidy = Subsidy(stationId: 1, year: 2024, grade: .a, cap: .yuan(1), decidedOn: d(decided))
            XCTAssertEqual(try SubsidyRule.due(of: subsidy, calendar: cal, policy: policy), ProvisionalDate(date: d(due)))
        }
        // Strictly, the table ends with 2026; the money deadline is counted on with weekends only.
        XCTAssertThrowsError(try SubsidyRule.dueDate(decidedOn: d("2026-11-01"), calendar: cal, policy: policy)) { error in
            XCTAssertTrue("\(error)".contains("2027"), "\(error)")
        }
    }

    func testArt11_dueDatePastTheTableIsProvisional() throws {
        // 2026-12-01 (Tue): 22 working days left in December 2026 (no holiday there), then 38
        // Monday–Friday days of 2027 counted without holidays: Tuesday 2027-02-23.
        let subsidy = Subsidy(id: 1, stationId: 1, year: 2026, grade: .a, cap: .yuan(100_000), decidedOn: d("2026-12-01"))
        let due = try XCTUnwrap(try SubsidyRule.due(of: subsidy, calendar: cal, policy: policy))
        XCTAssertEqual(due, ProvisionalDate(date: d("2027-02-23"), provisional: true, missingYear: 2027))
        // One day earlier in the table is still exact when the count ends inside it.
        XCTAssertEqual(try cal.provisionalDate(addingWorkdays: 22, to: d("2026-12-01")), ProvisionalDate(date: d("2026-12-31")))
        XCTAssertEqual(try cal.provisionalDate(addingWorkdays: 23, to: d("2026-12-01")),
                       ProvisionalDate(date: d("2027-01-01"), provisional: true, missingYear: 2027))
        // Starting past the table: weekends only from the start.
        XCTAssertEqual(try cal.provisionalDate(addingWorkdays: 1, to: d("2027-01-01")).date, d("2027-01-04"))
        XCTAssertEqual(try cal.provisionalDate(addingWorkdays: 0, to: d("2027-01-02")).date, d("2027-01-04"))
        XCTAssertEqual(try cal.provisionalDate(addingWorkdays: 10, to: d("2027-01-04")).date, d("2027-01-18"))
        // Counts agree with dates, across the table's edge, and back.
        XCTAssertEqual(try cal.provisionalWorkdays(after: d("2026-12-01"), through: d("2027-02-23")), ProvisionalCount(count: 60, provisional: true))
        XCTAssertEqual(try cal.provisionalWorkdays(after: d("2027-02-23"), through: d("2026-12-01")), ProvisionalCount(count: -60, provisional: true))
        XCTAssertEqual(try cal.provisionalWorkdays(after: d("2026-12-01"), through: d("2026-12-31")), ProvisionalCount(count: 22))
        XCTAssertThrowsError(try cal.provisionalDate(addingWorkdays: 5, to: d("2003-12-20")))
        // Overdue and due-soon counts past the table carry the mark.
        let soon = try SubsidyRule.standing(subsidy, payments: [], on: d("2027-02-10"), calendar: cal, policy: policy)
        XCTAssertEqual(soon.timing, .dueSoon(workingDaysLeft: 9, provisional: true))
        XCTAssertEqual(soon.state, .toBeDecided)
        let late = try SubsidyRule.standing(subsidy, payments: [], on: d("2027-02-26"), calendar: cal, policy: policy)
        XCTAssertEqual(late.timing, .overdue(workingDaysLate: 3, provisional: true))
        XCTAssertEqual(late.state, .overdue)
    }

    func testArt11_subsidyLineAndStanding() throws {
        let station = Fixture.station(id: 1, agreement: "2023-07-01")
        let evaluation = Evaluation(stationId: 1, year: 2024, computedCount: 25, grade: .b, decidedOn: d("2024-09-02"))
        var subsidy = try SubsidyRule.line(for: evaluation, station: station, stationPolicy: policy, decisionPolicy: policy).get()
        XCTAssertEqual(subsidy.cap, Fen.yuan(80_000))
        XCTAssertNil(subsidy.approved, "no amount yet: 待核定")
        XCTAssertEqual(subsidy.decidedOn, d("2024-09-02"))
        subsidy.id = 5
        // No amount yet is not "nothing to pay": it is due on the same date and can be overdue.
        let undecided: [(String, SubsidyStanding.State, SubsidyStanding.Timing?)] = [
            ("2024-10-08", .toBeDecided, .pending),
            ("2024-11-15", .toBeDecided, .dueSoon(workingDaysLeft: 10, provisional: false)),
            ("2024-12-03", .overdue, .overdue(workingDaysLate: 2, provisional: false)),
        ]
        for (today, state, timing) in undecided {
            let s = try SubsidyRule.standing(subsidy, payments: [], on: d(today), calendar: cal, policy: policy)
            XCTAssertEqual(s.state, state, today)
            XCTAssertEqual(s.timing, timing, today)
            XCTAssertEqual(s.due, ProvisionalDate(date: d("2024-11-29")))
        }
        subsidy.approved = Fen.yuan(60_000)
        func pay(_ id: Int64, _ yuan: Int64) -> Payment { Payment(id: id, subsidyId: 5, paidOn: d("2024-11-01"), amount: .yuan(yuan)) }
        let cases: [(String, [Payment], SubsidyStanding.State, SubsidyStanding.Timing?)] = [
            ("2024-10-08", [], .awaitingPayment, .pending),
            ("2024-11-15", [], .awaitingPayment, .dueSoon(workingDaysLeft: 10, provisional: false)),   // 以内 includes 10
            ("2024-11-14", [], .awaitingPayment, .pending),                                           // 11 left
            ("2024-11-29", [], .awaitingPayment, .dueSoon(workingDaysLeft: 0, provisional: false)),
            ("2024-12-03", [], .overdue, .overdue(workingDaysLate: 2, provisional: false)),    // Mon 12-02, Tue 12-03
            ("2024-11-15", [pay(1, 10_000)], .partlyPaid, .dueSoon(workingDaysLeft: 10, provisional: false)),
            ("2024-12-03", [pay(1, 10_000)], .overdue, .overdue(workingDaysLate: 2, provisional: false)),
            ("2024-12-03", [pay(1, 10_000), pay(2, 50_000)], .paid, nil),
            ("2024-12-03", [pay(1, 60_000), Payment(subsidyId: 9, paidOn: d("2024-11-01"), amount: .yuan(1))], .paid, nil),
        ]
        for (today, payments, state, timing) in cases {
            let s = try SubsidyRule.standing(subsidy, payments: payments, on: d(today), calendar: cal, policy: policy)
            XCTAssertEqual(s.state, state, "\(today) \(payments.count)")
            XCTAssertEqual(s.timing, timing, "\(today) \(payments.count)")
        }
        subsidy.approved = .zero
        XCTAssertEqual(try SubsidyRule.standing(subsidy, payments: [], on: d("2024-12-03"), calendar: cal, policy: policy).state, .nothingToPay)

        // Lines only for decided, graded evaluation years of the station.
        let cases2: [(Evaluation, Refusal)] = [
            (Evaluation(stationId: 1, year: 2024, computedCount: 25), .notDecided(year: 2024)),
            (Evaluation(stationId: 1, year: 2024, computedCount: 5, grade: .unqualified, decidedOn: d("2024-09-02")),
             .noSubsidyForGrade(.unqualified)),
            (Evaluation(stationId: 1, year: 2023, computedCount: 40, grade: .a, decidedOn: d("2024-03-02")),
             .notAnEvaluationYear(year: 2023, years: "2023-07-01–2024-06-30，2024-07-01–2025-06-30")),
            (Evaluation(stationId: 1, year: 2026, computedCount: 40, grade: .a, decidedOn: d("2026-03-02")),
             .notAnEvaluationYear(year: 2026, years: "2023-07-01–2024-06-30，2024-07-01–2025-06-30")),
        ]
        for (e, reason) in cases2 {
            XCTAssertThrowsError(try SubsidyRule.line(for: e, station: station, stationPolicy: policy, decisionPolicy: policy).get()) {
                XCTAssertEqual(($0 as? Refused)?.reasons, [reason], "\(e.year)")
            }
        }
    }

    func testArt11_paymentsNeverAboveTheAmount() {
        var subsidy = Subsidy(id: 5, stationId: 1, year: 2024, grade: .a, cap: .yuan(100_000), decidedOn: d("2025-03-18"))
        let first = Payment(id: 1, subsidyId: 5, paidOn: d("2025-04-01"), amount: .yuan(60_000))
        XCTAssertEqual(SubsidyRule.checkPayment(first, subsidy: subsidy, payments: []).reasons, [.amountNotDecided])
        subsidy.approved = .yuan(100_000)
        XCTAssertTrue(SubsidyRule.checkPayment(first, subsidy: subsidy, payments: []).isAllowed)
        let second = Payment(subsidyId: 5, paidOn: d("2025-05-01"), amount: .yuan(40_000))
        XCTAssertTrue(SubsidyRule.checkPayment(second, subsidy: subsidy, payments: [first]).isAllowed, "exactly the amount")
        let over = Payment(subsidyId: 5, paidOn: d("2025-05-01"), amount: Fen(4_000_001))
        XCTAssertEqual(SubsidyRule.checkPayment(over, subsidy: subsidy, payments: [first]).reasons,
                       [.paymentAboveAmount(paid: Fen(10_000_001), amount: .yuan(100_000))])
        // Editing a payment does not count it twice.
        var edited = first; edited.amount = .yuan(100_000)
        XCTAssertTrue(SubsidyRule.checkPayment(edited, subsidy: subsidy, payments: [first]).isAllowed)
        let early = Payment(subsidyId: 5, paidOn: d("2025-03-17"), amount: .zero)
        XCTAssertEqual(SubsidyRule.checkPayment(early, subsidy: subsidy, payments: []).reasons,
                       [.amountNotPositive(.zero), .dateBeforeDecision(date: d("2025-03-17"), decidedOn: d("2025-03-18"))])
    }

    func testArt12_Art13_usesAndClawback() throws {
        let lines = [SpendingLine(subsidyId: 1, on: d("2024-12-01"), use: .salaries, amount: Fen.yuan(30_000)),
                     SpendingLine(subsidyId: 1, on: d("2024-12-02"), use: .travel, amount: Fen(150)),
                     SpendingLine(subsidyId: 1, on: d("2024-12-03"), use: .salaries, amount: Fen.yuan(5_000))]
        XCTAssertEqual(SubsidyRule.spendingByUse(lines), [.salaries: Fen.yuan(35_000), .travel: Fen(150)])
        let paid = [Payment(subsidyId: 1, paidOn: d("2024-11-01"), amount: Fen.yuan(50_000))]
        XCTAssertTrue(SubsidyRule.checkClawback(Fen.yuan(50_000), payments: paid).isAllowed)
        XCTAssertEqual(SubsidyRule.checkClawback(Fen.yuan(50_001), payments: paid).reasons,
                       [.clawbackAbovePaid(clawback: Fen.yuan(50_001), paid: Fen.yuan(50_000))])

        // Art. 12 ends in 等: "other" is a use, stated in words.
        let other = SpendingLine(subsidyId: 1, on: d("2024-12-04"), use: .other, amount: Fen.yuan(1_000), note: " ")
        XCTAssertEqual(SubsidyRule.checkSpending(other, payments: paid, spending: lines).reasons, [.otherUseNotStated])
        var stated = other; stated.note = "人才公寓租金补贴"
        XCTAssertTrue(SubsidyRule.checkSpending(stated, payments: paid, spending: lines).isAllowed)
        // Spending never above what was paid: 35,000.00 + 150 fen spent of 50,000.00.
        let most = SpendingLine(subsidyId: 1, on: d("2024-12-05"), use: .roadshow, amount: Fen(1_499_850))
        XCTAssertTrue(SubsidyRule.checkSpending(most, payments: paid, spending: lines).isAllowed)
        var tooMuch = most; tooMuch.amount = Fen(1_499_851)
        XCTAssertEqual(SubsidyRule.checkSpending(tooMuch, payments: paid, spending: lines).reasons,
                       [.spendingAbovePaid(spent: Fen(5_000_001), paid: Fen.yuan(50_000))])

        // Ordered returns together never above what was paid, each with a reason.
        let first = Clawback(id: 1, subsidyId: 1, orderedOn: d("2025-02-01"), amount: .yuan(30_000), reason: "违规列支")
        XCTAssertTrue(SubsidyRule.checkClawback(first, payments: paid, clawbacks: []).isAllowed)
        let second = Clawback(subsidyId: 1, orderedOn: d("2025-03-01"), amount: Fen(2_000_001), reason: "")
        XCTAssertEqual(SubsidyRule.checkClawback(second, payments: paid, clawbacks: [first]).reasons,
                       [.clawbackReasonRequired, .clawbackAbovePaid(clawback: Fen(5_000_001), paid: .yuan(50_000))])

        // The ledger: paid 50,000.00, spent 35,001.50, returned 30,000.00 → holds -15,001.50.
        let subsidy = Subsidy(id: 1, stationId: 1, year: 2024, grade: .c, cap: .yuan(50_000), approved: .yuan(50_000),
                              decidedOn: d("2024-09-02"))
        let s = try SubsidyRule.standing(subsidy, payments: paid, spending: lines, clawbacks: [first], on: d("2025-03-01"),
                                         calendar: cal, policy: policy)
        XCTAssertEqual(s.state, .returned)
        XCTAssertEqual([s.paid, s.spent, s.returned, s.balance], [.yuan(50_000), Fen(3_500_150), .yuan(30_000), Fen(-1_500_150)])
    }
}
