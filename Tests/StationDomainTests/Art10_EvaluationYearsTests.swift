import XCTest
@testable import StationDomain

/// Issue 14's reading of Art. 8, 10 and 11: which years are evaluated, whose talents count, and
/// when the approver may decide — every boundary the issue lists.
final class Art10_EvaluationYearsTests: XCTestCase {
    let policy = Fixture.policy
    var calendarPolicy: Policy { var p = policy; p.evaluationYears = .calendar; return p }

    private func spans(_ agreement: String, _ p: Policy, status: StationStatus = .active, ended: String? = nil) -> [String] {
        var s = Fixture.station(id: 1, agreement: agreement, status: status)
        s.endedOn = ended.map { d($0) }
        return EvaluationYears.of(s, policy: p).map(\.description)
    }

    func testPolicyFieldDefaultsToManagement() throws {
        XCTAssertEqual(policy.evaluationYears, .management, "the shipped file says so")
        let absent = TestData.policyJSON.replacingOccurrences(of: "\"evaluationYears\": \"management\",\n", with: "")
        XCTAssertNotEqual(absent, TestData.policyJSON)
        XCTAssertEqual(try Policy.decode(json: absent, file: "p.json").evaluationYearMode, .management)
        let calendar = TestData.policyJSON.replacingOccurrences(of: "\"evaluationYears\": \"management\"", with: "\"evaluationYears\": \"calendar\"")
        XCTAssertEqual(try Policy.decode(json: calendar, file: "p.json").evaluationYearMode, .calendar)
        let wrong = TestData.policyJSON.replacingOccurrences(of: "\"evaluationYears\": \"management\"", with: "\"evaluationYears\": \"fiscal\"")
        XCTAssertThrowsError(try Policy.decode(json: wrong, file: "p.json")) { XCTAssertTrue("\($0)".contains("evaluationYears"), "\($0)") }
    }

    func testManagementYearsRunFromTheAgreement() {
        let cases: [(String, [String])] = [
            // Signed in March: two years, never a third "tail" year.
            ("2023-03-15", ["2023-03-15–2024-03-14", "2024-03-15–2025-03-14"]),
            ("2023-01-01", ["2023-01-01–2023-12-31", "2024-01-01–2024-12-31"]),
            ("2023-12-31", ["2023-12-31–2024-12-30", "2024-12-31–2025-12-30"]),
            // 29 February: years end on 28 February, the next starts 1 March.
            ("2024-02-29", ["2024-02-29–2025-02-28", "2025-03-01–2026-02-28"]),
        ]
        for (agreement, expected) in cases {
            XCTAssertEqual(spans(agreement, policy), expected, agreement)
        }
        let station = Fixture.station(id: 1, agreement: "2023-03-15")
        XCTAssertEqual(EvaluationYears.of(station, policy: policy).map(\.year), [2024, 2025], "named by the year they end in")
        XCTAssertNil(EvaluationYears.ending(in: 2023, station, policy: policy))
    }

    func testCalendarYearsNeedAtLeast183DaysInside() {
        let cases: [(String, [String])] = [
            // 2023: 292 days, 2024: 366, 2025: 73 (a 2½-month tail, not evaluated).
            ("2023-03-15", ["2023-01-01–2023-12-31", "2024-01-01–2024-12-31"]),
            // 2023-07-02 … 2023-12-31 is 183 days: evaluated; 2025-01-01 … 07-01 is 182: not.
            ("2023-07-02", ["2023-01-01–2023-12-31", "2024-01-01–2024-12-31"]),
            // One day later: 2023 has 182 (not), 2025-01-01 … 07-02 has 183 (evaluated).
            ("2023-07-03", ["2024-01-01–2024-12-31", "2025-01-01–2025-12-31"]),
            // 29 February 2024 … 28 February 2026: 2024 has 307 days, 2025 all, 2026 only 59.
            ("2024-02-29", ["2024-01-01–2024-12-31", "2025-01-01–2025-12-31"]),
            // 2022-07-02 … 2024-07-01 holds 29 February 2024: 183 + 365 + 183 days. Still two years:
            // the full one and, on the tie, the earlier.
            ("2022-07-02", ["2022-01-01–2022-12-31", "2023-01-01–2023-12-31"]),
        ]
        for (agreement, expected) in cases {
            XCTAssertEqual(spans(agreement, calendarPolicy), expected, agreement)
        }
    }

    func testNoPeriodEverHasMoreThanTwoEvaluationYears() {
        var day = d("2020-01-01")
        while day <= d("2025-12-31") {
            let s = Fixture.station(id: 1, agreement: day.description)
            for p in [policy, calendarPolicy] {
                let years = EvaluationYears.of(s, policy: p)
                XCTAssertEqual(years.count, 2, "\(day) \(p.evaluationYearMode)")
                XCTAssertEqual(Set(years.map(\.year)).count, years.count, "distinct names \(day)")
                XCTAssertEqual(years.map(\.ordinal), [1, 2])
                if let first = years.first, let last = years.last { XCTAssertEqual(last.year, first.year + 1, "consecutive \(day)") }
            }
            day = day.adding(days: 1)
        }
    }

    func testRevokedAndEndedStationsLeaveTheYearsAfterTheirEnd() {
        let cases: [(String, StationStatus, String?, Policy, [String])] = [
            // Ended at the period's end: both years stay.
            ("2023-03-15", .ended, "2025-03-14", policy, ["2023-03-15–2024-03-14", "2024-03-15–2025-03-14"]),
            // Revoked a day before year 2 ends: year 2 is not evaluated.
            ("2023-03-15", .revoked, "2025-03-13", policy, ["2023-03-15–2024-03-14"]),
            ("2023-03-15", .revoked, "2024-03-14", policy, ["2023-03-15–2024-03-14"]),
            ("2023-03-15", .revoked, "2024-03-13", policy, []),
            // Calendar mode, revoked 2025-04-30 (2023 and 2024 ended before it).
            ("2023-03-15", .revoked, "2025-04-30", calendarPolicy, ["2023-01-01–2023-12-31", "2024-01-01–2024-12-31"]),
            ("2023-03-15", .revoked, "2024-06-30", calendarPolicy, ["2023-01-01–2023-12-31"]),
        ]
        for (agreement, status, ended, p, expected) in cases {
            XCTAssertEqual(spans(agreement, p, status: status, ended: ended), expected, "\(agreement) \(status) \(ended ?? "")")
        }
    }

    func testARenewedStationKeepsTheYearsOfItsEarlierPeriod() {
        // A renewal continues the station: its record holds the latest agreement, the rows the earlier ones.
        let station = Fixture.station(id: 1, agreement: "2025-03-15")
        let periods = [StationPeriod(id: 1, stationId: 1, agreementDate: d("2023-03-15")),
                       StationPeriod(id: 2, stationId: 1, agreementDate: d("2025-03-15"), renewal: true),
                       StationPeriod(id: 3, stationId: 2, agreementDate: d("2020-01-01"))]
        XCTAssertEqual(EvaluationYears.of(station, policy: policy, periods: periods).map(\.year), [2024, 2025, 2026, 2027])
        XCTAssertEqual(EvaluationYears.of(station, policy: policy).map(\.year), [2026, 2027], "without the rows: this period only")
        // Renewed a month early: the first period's second year had not ended, so it is not evaluated twice.
        let early = [StationPeriod(stationId: 1, agreementDate: d("2023-03-15")), StationPeriod(stationId: 1, agreementDate: d("2025-02-15"))]
        var renewedEarly = station; renewedEarly.agreementDate = d("2025-02-15")
        XCTAssertEqual(EvaluationYears.of(renewedEarly, policy: policy, periods: early).map(\.description),
                       ["2023-03-15–2024-03-14", "2025-02-15–2026-02-14", "2026-02-15–2027-02-14"])
        // Two unqualified years across the renewal are consecutive evaluation years.
        func e(_ year: Int, _ grade: Grade) -> Evaluation { Evaluation(stationId: 1, year: year, computedCount: 0, grade: grade) }
        XCTAssertEqual(RevocationRule.proposal(evaluations: [e(2024, .c), e(2025, .unqualified), e(2026, .unqualified)],
                                               station: station, policy: policy, periods: periods), [2025, 2026])
        // Talents of the first period count in its years: the station's life starts with its first agreement.
        let span = EvaluationYears.of(station, policy: policy, periods: periods)[0]
        let t = TalentTally.of([talent(1, "2023-04-01", .enterprise)], station: station, year: span, stationPolicy: policy,
                               countingPolicy: policy, periods: periods)
        XCTAssertEqual(t.count, 1)
    }

    func testTheYearListsTheEvaluationYearsEndingInIt() {
        func st(_ id: Int64, _ agreement: String, _ status: StationStatus = .active, ended: String? = nil) -> Station {
            var s = Fixture.station(id: id, agreement: agreement, status: status)
            s.endedOn = ended.map { d($0) }
            return s
        }
        let stations = [st(1, "2023-03-15", .ended, ended: "2025-03-14"), st(2, "2023-03-15", .revoked, ended: "2025-03-13"),
                        st(3, "2025-01-10"), st(4, "2024-01-10")]
        let cases: [(Policy, Int, [Int64])] = [
            (policy, 2024, [1, 2]),
            (policy, 2025, [1, 4]),        // 2 revoked before its year 2 ended; 3 started in 2025: its year 1 ends 2026
            (policy, 2026, [4, 3]),
            (calendarPolicy, 2025, [4, 3]), // 3 has 356 days of 2025; 4's period ends 2026-01-09
            (calendarPolicy, 2023, [1, 2]),
        ]
        for (p, year, ids) in cases {
            XCTAssertEqual(EvaluationYears.due(in: year, stations, policy: { _ in p }).map(\.station.id), ids, "\(p.evaluationYearMode) \(year)")
        }
    }

    // MARK: whose talents count

    private func talent(_ id: Int64, _ date: String, _ kind: EmployerKind?, category: TalentCategory? = .g, station: Int64 = 1) -> Talent {
        Talent(id: id, name: "人才\(id)", category: category, employer: "某单位", employerKind: kind, introducedOn: d(date),
               stationId: station)
    }

    private func tally(_ talents: [Talent], agreement: String = "2023-03-15", year: Int, p: Policy? = nil,
                       ended: String? = nil) throws -> TalentTally {
        let p = p ?? policy
        var s = Fixture.station(id: 1, agreement: agreement)
        s.endedOn = ended.map { d($0) }
        let span = try XCTUnwrap(EvaluationYears.ending(in: year, s, policy: p))
        return TalentTally.of(talents, station: s, year: span, stationPolicy: p, countingPolicy: p)
    }

    func testOnlyEnterpriseTalentsOfCategoryGOrAboveInsideTheYearCount() throws {
        // Year 1 of 2023-03-15: 2023-03-15 … 2024-03-14.
        let talents = [
            talent(1, "2023-03-15", .enterprise),            // first day: counts
            talent(2, "2024-03-14", .enterprise),            // last day: counts
            talent(3, "2023-03-14", .enterprise),            // one day before: not
            talent(4, "2024-03-15", .enterprise),            // one day after (year 2): not
            talent(5, "2023-06-01", .enterprise),            // same day as 6…
            talent(6, "2023-06-01", .institution),           // …at a hospital: listed apart, not counted
            talent(7, "2023-06-01", .other),
            talent(8, "2023-06-01", .enterprise, category: nil),   // no category: not a G-or-above talent
            talent(9, "2023-06-01", .enterprise, category: .a),
            talent(10, "2023-06-01", .enterprise, station: 2),      // another station's
        ]
        let t = try tally(talents, year: 2024)
        XCTAssertEqual(t.counted.map(\.id), [1, 2, 5, 9])
        XCTAssertEqual(t.notEnterprise.map(\.id), [6, 7])
        XCTAssertEqual(t.unclassified, [])
        XCTAssertEqual(try tally(talents, year: 2025).counted.map(\.id), [4])
        var stricter = policy; stricter.countedFromCategory = .c
        XCTAssertEqual(try tally(talents, year: 2024, p: stricter).counted.map(\.id), [9])
    }

    func testTalentsOutsideTheStationsLifeDoNotCount() throws {
        // Calendar mode: 2023 is evaluated, but the station exists only from 2023-03-15.
        let talents = [talent(1, "2023-01-05", .enterprise), talent(2, "2023-03-14", .enterprise), talent(3, "2023-03-15", .enterprise)]
        XCTAssertEqual(try tally(talents, year: 2023, p: calendarPolicy).counted.map(\.id), [3])
        // 2023-07-03 … 2025-07-02 in calendar mode evaluates 2025 (183 days inside); the talents of
        // the rest of 2025 came after the period and do not count.
        let late = [talent(4, "2025-07-02", .enterprise), talent(5, "2025-07-03", .enterprise)]
        XCTAssertEqual(try tally(late, agreement: "2023-07-03", year: 2025, p: calendarPolicy).counted.map(\.id), [4])
    }

    func testGradeBoundariesFromTalentRecords() throws {
        let cases: [(Int, Grade)] = [(9, .unqualified), (10, .c), (19, .c), (20, .b), (29, .b), (30, .a)]
        for (n, grade) in cases {
            // n enterprise talents plus one institution talent on the same day, which never counts.
            let talents = (0..<n).map { talent(Int64($0), "2023-09-01", .enterprise) } + [talent(99, "2023-09-01", .institution)]
            let t = try tally(talents, year: 2024)
            XCTAssertEqual(t.count, n)
            XCTAssertEqual(Grading.grade(count: t.count, flags: EvaluationFlags(), policy: policy), grade, "\(n)")
        }
    }

    // MARK: opening and deciding

    func testOpeningTheYearCreatesOneRecordPerStationDue() {
        var nameOnly = Fixture.station(id: 2, agreement: "2023-05-01"); nameOnly.staff = []
        let stations = [Fixture.station(id: 1, agreement: "2023-03-15"), nameOnly, Fixture.station(id: 3, agreement: "2024-05-01")]
        let talents = [talent(1, "2023-04-01", .enterprise), talent(2, "2023-04-01", nil), talent(3, "2024-04-01", .enterprise)]
        let opened = EvaluationRule.open(year: 2024, stations: stations, existing: [], talents: talents,
                                         stationPolicy: { _ in self.policy }, countingPolicy: policy)
        XCTAssertEqual(opened.map(\.stationId), [1, 2])
        XCTAssertEqual(opened.map(\.computedCount), [1, 0])
        XCTAssertEqual(opened.map(\.flags.inNameOnly), [false, true], "a head and no other staff is in name only (Art. 4.2: 2 people)")
        XCTAssertEqual(opened.map(\.year), [2024, 2024])
        let again = EvaluationRule.open(year: 2024, stations: stations, existing: opened.enumerated().map { var e = $1; e.id = Int64($0); return e },
                                        talents: talents, stationPolicy: { _ in self.policy }, countingPolicy: policy)
        XCTAssertEqual(again, [], "opening twice adds nothing")
    }

    func testCorrectionNeedsAReasonAndIsKeptBesideTheComputedCount() throws {
        let e = Evaluation(id: 1, stationId: 1, year: 2024, computedCount: 8)
        let corrected = try EvaluationRule.correct(e, to: 10, reason: "补录3月引进人才").get()
        XCTAssertEqual([corrected.computedCount, corrected.count], [8, 10])
        XCTAssertEqual(corrected.correctionReason, "补录3月引进人才")
        XCTAssertThrowsError(try EvaluationRule.correct(e, to: 10, reason: "  ").get()) {
            XCTAssertEqual(($0 as? Refused)?.reasons, [.correctionReasonRequired])
        }
        var decided = e; decided.grade = .c; decided.decidedOn = d("2025-03-20")
        XCTAssertThrowsError(try EvaluationRule.correct(decided, to: 12, reason: "x").get()) {
            XCTAssertEqual(($0 as? Refused)?.reasons, [.alreadyDecided(on: d("2025-03-20"))])
        }
    }

    func testDecisionRules() throws {
        let station = Fixture.station(id: 1, agreement: "2023-03-15")
        let e = Evaluation(id: 1, stationId: 1, year: 2024, computedCount: 0)
        let thirty = TalentTally(counted: (0..<30).map { talent(Int64($0), "2023-09-01", .enterprise) })
        func decide(_ tally: TalentTally, flags: EvaluationFlags = EvaluationFlags(), evaluator: Evaluator = .bureau,
                    on date: String = "2024-03-15", reference: String = "柳科评〔2024〕1号", evaluation: Evaluation? = nil) throws -> Evaluation {
            try EvaluationRule.decide(evaluation ?? e, station: station, stationPolicy: policy, decisionPolicy: policy, tally: tally,
                                      flags: flags, evaluator: evaluator, on: d(date), reference: reference)
        }
        let a = try decide(thirty, evaluator: .thirdParty("某评估咨询有限公司"))
        XCTAssertEqual(a.grade, .a)
        XCTAssertEqual(a.computedCount, 30, "the count is refreshed from the talents at the decision")
        XCTAssertEqual(a.decidedOn, d("2024-03-15"))
        XCTAssertEqual(a.evaluator, .thirdParty("某评估咨询有限公司"))
        // Each named ground, and another ground in words, makes the year unqualified whatever the count.
        for flags in [EvaluationFlags(farBelowStandard: true), EvaluationFlags(didNotCooperate: true),
                      EvaluationFlags(inNameOnly: true), EvaluationFlags(otherGround: "虚报引进人才")] {
            XCTAssertEqual(try decide(thirty, flags: flags).grade, .unqualified, "\(flags)")
        }
        XCTAssertEqual(try decide(thirty, flags: EvaluationFlags(otherGround: "  ")).grade, .a, "a blank ground is none")
        // A correction grades instead of the computed count.
        var corrected = e; corrected.correctedCount = 20; corrected.correctionReason = "补录"
        XCTAssertEqual(try decide(thirty, evaluation: corrected).grade, .b)

        func refusals(_ body: () throws -> Evaluation) -> [Refusal] {
            do { _ = try body(); return [] } catch { return (error as? Refused)?.reasons ?? [] }
        }
        // Not before the evaluation year is over (it ends 2024-03-14).
        XCTAssertEqual(refusals { try decide(thirty, on: "2024-03-14") }, [.evaluationYearNotOver(ends: d("2024-03-14"))])
        // Any unclassified employer blocks the decision, named.
        let blocked = TalentTally(counted: thirty.counted, unclassified: [talent(50, "2023-09-01", nil)])
        XCTAssertEqual(refusals { try decide(blocked) }, [.unclassifiedEmployers(count: 1, names: ["人才50"])])
        XCTAssertEqual(refusals { try decide(thirty, evaluator: .thirdParty(" "), reference: "") },
                       [.decisionReferenceRequired, .evaluatorNameRequired])
        XCTAssertEqual(refusals { try decide(thirty, evaluation: a) }, [.alreadyDecided(on: d("2024-03-15"))])
        let tail = Evaluation(id: 2, stationId: 1, year: 2023, computedCount: 0)
        XCTAssertEqual(refusals { try decide(thirty, evaluation: tail) },
                       [.notAnEvaluationYear(year: 2023, years: "2023-03-15–2024-03-14，2024-03-15–2025-03-14")])
    }

    func testRevocationDecisionRules() {
        let station = Fixture.station(id: 1, agreement: "2023-03-15")
        func e(_ year: Int, _ grade: Grade, _ decided: String) -> Evaluation {
            Evaluation(stationId: 1, year: year, computedCount: 0, grade: grade, decidedOn: d(decided))
        }
        let two = [e(2024, .unqualified, "2024-04-01"), e(2025, .unqualified, "2025-04-01")]
        XCTAssertTrue(RevocationRule.checkRevocation(station, evaluations: two, policy: policy, on: d("2025-04-01"), reference: "柳科发〔2025〕1号").isAllowed)
        XCTAssertEqual(RevocationRule.checkRevocation(station, evaluations: two, policy: policy, on: d("2025-03-31"), reference: "").reasons,
                       [.dateBeforeDecision(date: d("2025-03-31"), decidedOn: d("2025-04-01")), .decisionReferenceRequired])
        XCTAssertEqual(RevocationRule.checkRevocation(station, evaluations: [two[0], e(2025, .c, "2025-04-01")], policy: policy,
                                                      on: d("2025-05-01"), reference: "x").reasons,
                       [.noRevocationProposal(needed: 2)])
        var revoked = station; revoked.status = .revoked
        XCTAssertEqual(RevocationRule.checkRevocation(revoked, evaluations: two, policy: policy, on: d("2025-05-01"), reference: "x").reasons,
                       [.stationNotActive(.revoked)])
    }
}
