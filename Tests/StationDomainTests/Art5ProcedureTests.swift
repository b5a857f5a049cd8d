import XCTest
@testable import StationDomain

/// Art. 5 (procedure, quota, notice), Art. 4 conditions, Art. 6 materials.
final class Art5ProcedureTests: XCTestCase {
    let policy = Fixture.policy
    let cal = TestData.calendar

    func ctx(_ roles: Set<Role> = Fixture.clerk, on: String = "2024-04-01", reference: String = "", reason: String = "",
             partners: [Partner] = [Fixture.university], stations: [Station] = [], exceptions: [QuotaException] = [],
             placement: ShortlistPlacement = .notRanked, round: Round? = nil, approvedInRound: Int = 0,
             usedInPlan: Int = 0, notice: Notice? = nil, objection: Objection? = nil, openAtLine: Int = 1,
             takenAtLine: [String] = []) -> TransitionContext {
        TransitionContext(on: d(on), by: "tester", roles: roles, reference: reference, reason: reason, partners: partners,
                          stations: stations, exceptions: exceptions, placement: placement, round: round,
                          approvedInRound: approvedInRound, usedInPlan: usedInPlan, notice: notice, objection: objection,
                          openAtLine: openAtLine, takenAtLine: takenAtLine)
    }

    func testArt5_everyStateHasItsSteps() {
        let expected: [ApplicationState: [ApplicationState]] = [
            .draft: [.submitted, .withdrawn, .rejected],
            .submitted: [.inReview, .withdrawn, .rejected],
            .inReview: [.shortlisted, .notSelected, .withdrawn, .rejected],
            .shortlisted: [.bureauApproved, .withdrawn, .rejected],
            .notSelected: [.withdrawn, .rejected],
            .bureauApproved: [.groupApproved, .withdrawn, .rejected],
            .groupApproved: [.inNotice, .withdrawn, .rejected],
            .inNotice: [.objection, .agreementSigned, .withdrawn, .rejected],
            .objection: [.inNotice, .rejected, .withdrawn],
            .agreementSigned: [], .withdrawn: [], .rejected: [],
        ]
        XCTAssertEqual(Set(expected.keys), Set(ApplicationState.allCases))
        for (state, targets) in expected {
            XCTAssertEqual(ApplicationProcedure.targets(from: state), targets, "\(state)")
        }
        let refused = ApplicationProcedure.decide(Fixture.readyApplication(), to: .bureauApproved,
                                                  context: ctx(Fixture.approver, reference: "x"), policy: policy)
        XCTAssertEqual(refused.reasons, [.transitionNotAllowed(from: .draft, to: .bureauApproved)])
    }

    func testArt6_Art4_submissionRefusedWithEveryReason() {
        var a = Fixture.readyApplication()
        a.materials[1].receivedOn = nil   // legal-person certificate
        a.materials[4].receivedOn = nil   // success cases
        a.conditions[2].confirmed = false // condition 3: formal agreement
        a.conditions[5].confirmed = false // condition 6: university type needs it
        a.staff = []
        let decision = ApplicationProcedure.decide(a, to: .submitted, context: ctx(), policy: policy)
        XCTAssertEqual(decision.reasons, [
            .materialMissing(.legalPersonCertificate), .materialMissing(.successCases),
            .conditionNotConfirmed(3), .conditionNotConfirmed(6),
            .tooFewStaff(found: 1, minimum: 2),
        ])
        XCTAssertThrowsError(try ApplicationProcedure.apply(a, to: .submitted, context: ctx(), policy: policy)) { error in
            XCTAssertEqual((error as? Refused)?.reasons.count, 5)
        }
    }

    func testArt4_6_conditionSixOnlyForUniversityType() {
        var a = Fixture.readyApplication(type: .organization)
        a.conditions[5].confirmed = false
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .submitted, context: ctx(partners: [Fixture.park]), policy: policy).isAllowed)
        a.type = .university
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .submitted, context: ctx(), policy: policy).reasons, [.conditionNotConfirmed(6)])
    }

    func testArt2_Art7_typeMustMatchPartners() {
        let cases: [(StationType, [Partner], [Refusal])] = [
            (.university, [Fixture.university, Fixture.institute], []),
            (.organization, [Fixture.park], []),
            (.university, [Fixture.park], [.partnerTypeMismatch(partner: "深圳创业园", kind: .park, type: .university)]),
            (.organization, [Fixture.university], [.partnerTypeMismatch(partner: "广西大学", kind: .university, type: .organization)]),
            (.organization, [Fixture.localPark], [.partnerInLiuzhou(partner: "柳东园区")]),
            (.university, [], [.noPartner]),
        ]
        for (type, partners, expected) in cases {
            XCTAssertEqual(StationTypeRule.check(type: type, partners: partners).reasons, expected, "\(type) \(partners.map(\.name))")
        }
        XCTAssertEqual(StationTypeRule.type(for: [Fixture.university, Fixture.institute]), .university)
        XCTAssertNil(StationTypeRule.type(for: [Fixture.university, Fixture.park]))
    }

    func testArt5_4_oneUnitOneStationUnlessException() {
        let a = Fixture.readyApplication()
        let existing = Fixture.station(id: 7, unitId: 100, agreement: "2023-05-01")
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .submitted, context: ctx(stations: [existing]), policy: policy).reasons,
                       [.unitAlreadyHasStation(station: "站7")])
        let exception = QuotaException(applicationId: 10, kind: .secondStationForUnit, reason: "人才特别集聚", by: "boss", on: d("2024-03-20"))
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .submitted, context: ctx(stations: [existing], exceptions: [exception]), policy: policy).isAllowed)
        let blank = QuotaException(applicationId: 10, kind: .secondStationForUnit, reason: "", by: "boss", on: d("2024-03-20"))
        XCTAssertFalse(ApplicationProcedure.decide(a, to: .submitted, context: ctx(stations: [existing], exceptions: [blank]), policy: policy).isAllowed,
                       "an exception needs a written reason")
        // A renewal of the unit's own station, an ended station, another unit's station: no conflict.
        var renewal = a; renewal.renewsStationId = 7
        XCTAssertTrue(ApplicationProcedure.decide(renewal, to: .submitted, context: ctx(stations: [existing]), policy: policy).isAllowed)
        let ended = Fixture.station(id: 8, unitId: 100, agreement: "2021-05-01", status: .ended)
        let other = Fixture.station(id: 9, unitId: 200, agreement: "2023-05-01")
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .submitted, context: ctx(stations: [ended, other]), policy: policy).isAllowed)
    }

    func testArt5_4_roundQuotaAndPlanCap() {
        let a = Fixture.readyApplication(state: .shortlisted)
        let round = Round(id: 1, year: 2024, places: 3, openedOn: d("2024-02-01"))
        let cases: [(Int, Int, [Refusal])] = [
            (2, 9, []),
            (3, 5, [.roundFull(places: 3)]),
            (0, 10, [.planCapReached(cap: 10, period: "十四五")]),
            (3, 10, [.roundFull(places: 3), .planCapReached(cap: 10, period: "十四五")]),
        ]
        for (inRound, inPlan, expected) in cases {
            let c = ctx(Fixture.approver, reference: "柳科发〔2024〕1号", round: round, approvedInRound: inRound, usedInPlan: inPlan)
            XCTAssertEqual(ApplicationProcedure.decide(a, to: .bureauApproved, context: c, policy: policy).reasons, expected, "\(inRound)/\(inPlan)")
        }
        let exception = QuotaException(applicationId: 10, kind: .beyondPlanCap, reason: "人才特别集聚", by: "boss", on: d("2024-05-01"))
        let c = ctx(Fixture.approver, reference: "x", exceptions: [exception], round: round, approvedInRound: 3, usedInPlan: 10)
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .bureauApproved, context: c, policy: policy).isAllowed)
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .bureauApproved, context: ctx(Fixture.approver, reference: "x"), policy: policy).reasons,
                       [.roundUnknown])
        XCTAssertEqual(QuotaRule.capacity(round: round, used: 8, policy: policy), 2)
        XCTAssertEqual(QuotaRule.capacity(round: round, used: 0, policy: policy), 3)
        XCTAssertEqual(QuotaRule.capacity(round: round, used: 12, policy: policy), 0)
        XCTAssertEqual(QuotaRule.capacity(round: Round(id: 2, year: 2026, places: 4, openedOn: d("2026-02-01")), used: 10, policy: policy), 4,
                       "a round outside the plan period has only its own places")
    }

    func testArt5_4_usedInPlanPeriodCountsSignedAndApproved() {
        let stations = [Fixture.station(id: 1, agreement: "2020-12-31"), Fixture.station(id: 2, agreement: "2021-01-01"),
                        Fixture.station(id: 3, agreement: "2025-12-31", status: .revoked), Fixture.station(id: 4, agreement: "2026-01-01")]
        let rounds = [Round(id: 1, year: 2024, places: 3, openedOn: d("2024-02-01")), Round(id: 2, year: 2026, places: 3, openedOn: d("2026-02-01"))]
        var apps = [ApplicationState.bureauApproved, .inNotice, .shortlisted, .agreementSigned, .objection]
            .enumerated().map { Fixture.readyApplication(id: Int64($0.offset), state: $0.element) }
        var late = Fixture.readyApplication(id: 99, state: .groupApproved); late.roundId = 2
        apps.append(late)
        // stations 2 and 3; applications bureau_approved, in_notice, objection of the 2024 round.
        XCTAssertEqual(QuotaRule.usedInPlanPeriod(stations: stations, applications: apps, rounds: rounds, policy: policy), 5)
    }

    func testArt5_2_shortlistTopScoresWithTiesAtTheCutOff() {
        func e(_ id: Int64, _ s: Int) -> Shortlist.Entry { Shortlist.Entry(applicationId: id, score: Points(s)) }
        let scores = [e(1, 90), e(2, 85), e(3, 80), e(4, 80), e(5, 70)]
        let cases: [(Int, [Int64], [Int64], [Int64])] = [
            (2, [1, 2], [], [3, 4, 5]),
            (3, [1, 2], [3, 4], [5]),      // 80 and 80 tie for the third place
            (4, [1, 2, 3, 4], [], [5]),
            (5, [1, 2, 3, 4, 5], [], []),
            (9, [1, 2, 3, 4, 5], [], []),
            (0, [], [], [1, 2, 3, 4, 5]),
        ]
        for (capacity, selected, tied, outside) in cases {
            let s = Shortlist(scores: scores, capacity: capacity)
            XCTAssertEqual(s.selected.map(\.applicationId), selected, "capacity \(capacity)")
            XCTAssertEqual(s.tied.map(\.applicationId), tied, "capacity \(capacity)")
            XCTAssertEqual(s.outside.map(\.applicationId), outside, "capacity \(capacity)")
        }
        let s = Shortlist(scores: scores, capacity: 3)
        XCTAssertEqual(s.openPlaces, 1)
        XCTAssertEqual(s.placement(of: 1), .selected)
        XCTAssertEqual(s.placement(of: 4), .tiedAtCutOff)
        XCTAssertEqual(s.placement(of: 5), .outside)
        XCTAssertEqual(s.placement(of: 42), .notRanked)
        // Exact fractions: 170/2 and 255/3 are both 85 and tie.
        let exact = Shortlist(scores: [Shortlist.Entry(applicationId: 1, score: Points(170, over: 2)),
                                       Shortlist.Entry(applicationId: 2, score: Points(255, over: 3))], capacity: 1)
        XCTAssertEqual(exact.tied.count, 2)
    }

    func testArt5_2_shortlistStepFollowsPlacement() {
        let a = Fixture.readyApplication(state: .inReview)
        let cases: [(ApplicationState, ShortlistPlacement, String, [Refusal])] = [
            (.shortlisted, .selected, "", []),
            (.shortlisted, .outside, "", [.outsideShortlist]),
            (.shortlisted, .tiedAtCutOff, "", [.tiedAtCutOff]),
            (.shortlisted, .tiedAtCutOff, "实地考察更优", []),
            (.notSelected, .outside, "", []),
            (.notSelected, .tiedAtCutOff, "", [.tiedAtCutOff]),
            (.notSelected, .selected, "", [.reasonRequired(.notSelected)]),
            (.shortlisted, .notRanked, "", [.notRanked]),
        ]
        for (target, placement, reason, expected) in cases {
            let c = ctx(reason: reason, placement: placement)
            XCTAssertEqual(ApplicationProcedure.decide(a, to: target, context: c, policy: policy).reasons, expected, "\(target) \(placement)")
        }
        // A tied application goes in only while the line has a place left for the tied: one place,
        // taken by 乙站, refuses it (with or without a reason); two places, one taken, let it in.
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .shortlisted, context: ctx(reason: "实地考察更优", placement: .tiedAtCutOff,
                                                                                  takenAtLine: ["乙站"]), policy: policy).reasons,
                       [.lineTaken(open: 1, by: ["乙站"])])
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .shortlisted, context: ctx(placement: .tiedAtCutOff, takenAtLine: ["乙站"]),
                                                   policy: policy).reasons, [.tiedAtCutOff, .lineTaken(open: 1, by: ["乙站"])])
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .shortlisted, context: ctx(reason: "实地考察更优", placement: .tiedAtCutOff,
                                                                                 openAtLine: 2, takenAtLine: ["乙站"]), policy: policy).isAllowed)
        // Going out stays open to it, with the reason.
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .notSelected, context: ctx(reason: "名额已由乙站占用", placement: .tiedAtCutOff,
                                                                                 takenAtLine: ["乙站"]), policy: policy).isAllowed)
    }

    func testArt5_2_decisionsNeedApproverAndReference() {
        let a = Fixture.readyApplication(state: .bureauApproved)
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .groupApproved, context: ctx(Fixture.clerk), policy: policy).reasons,
                       [.roleRequired(.approver), .referenceRequired(.groupApproved)])
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .groupApproved, context: ctx(Fixture.approver, reference: "领导小组第3次会议"), policy: policy).isAllowed)
        XCTAssertEqual(ApplicationProcedure.decide(Fixture.readyApplication(), to: .submitted, context: ctx([.reviewer]), policy: policy).reasons,
                       [.roleRequired(.clerk)])
    }

    func testArt5_withdrawAndRejectFromAnyStateBeforeAgreement() {
        for state in ApplicationState.allCases {
            let a = Fixture.readyApplication(state: state)
            let withdraw = ApplicationProcedure.decide(a, to: .withdrawn, context: ctx(reason: "单位撤回"), policy: policy)
            let reject = ApplicationProcedure.decide(a, to: .rejected, context: ctx(Fixture.approver, reason: "材料不实",
                objection: Objection(applicationId: 10, lodgedOn: d("2024-05-01"), text: "x", resolution: .rejected, resolvedOn: d("2024-05-03"))), policy: policy)
            let final = ApplicationProcedure.finalStates.contains(state)
            XCTAssertEqual(withdraw.isAllowed, !final, "withdraw from \(state)")
            XCTAssertEqual(reject.isAllowed, !final, "reject from \(state)")
        }
        let a = Fixture.readyApplication(state: .inReview)
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .withdrawn, context: ctx(), policy: policy).reasons, [.reasonRequired(.withdrawn)])
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .rejected, context: ctx(reason: "x"), policy: policy).reasons, [.roleRequired(.approver)])
    }

    func testArt5_3_noticeRunsFiveWorkingDaysCountingTheFirst() throws {
        let cases: [(String, String, String)] = [
            ("2024-04-01", "2024-04-01", "2024-04-08"),   // Mon; 04-04/05 Qingming off, Sun 04-07 made up
            ("2024-02-08", "2024-02-08", "2024-02-20"),   // Thu before Spring Festival: 08, 09, Sun 18, 19, 20
            ("2024-02-10", "2024-02-18", "2024-02-22"),   // published on a holiday: starts on the make-up Sunday
            ("2025-09-26", "2025-09-26", "2025-10-09"),   // Fri, Sun 09-28 made up, 29, 30; National Day off to 10-08
            ("2024-06-15", "2024-06-17", "2024-06-21"),   // Saturday publication: Mon–Fri
        ]
        for (published, first, last) in cases {
            let n = try NoticePeriod(publishedOn: d(published), calendar: cal, policy: policy)
            XCTAssertEqual(n.firstDay, d(first), published)
            XCTAssertEqual(n.lastDay, d(last), published)
            XCTAssertEqual(try cal.workdays(after: n.firstDay, through: n.lastDay), policy.noticeWorkingDays - 1)
            XCTAssertTrue(n.isRunning(on: n.lastDay))
            XCTAssertFalse(n.isOver(on: n.lastDay))
            XCTAssertTrue(n.isOver(on: n.lastDay.adding(days: 1)))
        }
        XCTAssertThrowsError(try NoticePeriod(publishedOn: d("2026-12-28"), calendar: cal, policy: policy)) { error in
            XCTAssertEqual(error as? WorkdayCalendarError, .yearNotCovered(year: 2027, covered: 2004...2026))
        }
    }

    func testArt5_3_noticeObjectionAndAgreement() throws {
        let period = try NoticePeriod(publishedOn: d("2024-06-17"), calendar: cal, policy: policy)   // to 06-21
        let notice = period.notice(roundId: 1, applicationIds: [10])
        let a = Fixture.readyApplication(state: .groupApproved)
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .inNotice, context: ctx(), policy: policy).reasons, [.noNotice])
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .inNotice, context: ctx(notice: notice), policy: policy).isAllowed)

        let inNotice = Fixture.readyApplication(state: .inNotice)
        XCTAssertEqual(ApplicationProcedure.decide(inNotice, to: .agreementSigned, context: ctx(on: "2024-06-21", notice: notice), policy: policy).reasons,
                       [.noticeNotOver(lastDay: d("2024-06-21"))])
        XCTAssertTrue(ApplicationProcedure.decide(inNotice, to: .agreementSigned, context: ctx(on: "2024-06-24", notice: notice), policy: policy).isAllowed)

        let open = Objection(applicationId: 10, lodgedOn: d("2024-06-19"), text: "异议")
        XCTAssertTrue(ApplicationProcedure.decide(inNotice, to: .objection, context: ctx(notice: notice, objection: open), policy: policy).isAllowed)
        XCTAssertEqual(ApplicationProcedure.decide(inNotice, to: .objection, context: ctx(notice: notice), policy: policy).reasons, [.noObjection])
        let late = Objection(applicationId: 10, lodgedOn: d("2024-06-24"), text: "迟到")
        XCTAssertEqual(ApplicationProcedure.decide(inNotice, to: .objection, context: ctx(notice: notice, objection: late), policy: policy).reasons,
                       [.objectionOutsideNotice(lodgedOn: d("2024-06-24"), first: d("2024-06-17"), last: d("2024-06-21"))])
        XCTAssertTrue(period.accepts(objectionOn: d("2024-06-21")))
        XCTAssertFalse(period.accepts(objectionOn: d("2024-06-22")))

        // Objection → in_notice only when dismissed and on a fresh notice; → rejected only when upheld.
        let inObjection = Fixture.readyApplication(state: .objection)
        let dismissed = Objection(applicationId: 10, lodgedOn: d("2024-06-19"), text: "x", resolution: .renotice, resolvedOn: d("2024-06-25"))
        let fresh = try NoticePeriod(publishedOn: d("2024-06-26"), calendar: cal, policy: policy).notice(roundId: 1, applicationIds: [10])
        XCTAssertEqual(ApplicationProcedure.decide(inObjection, to: .inNotice, context: ctx(Fixture.approver, notice: notice, objection: dismissed), policy: policy).reasons,
                       [.freshNoticeRequired(resolvedOn: d("2024-06-25"))])
        XCTAssertTrue(ApplicationProcedure.decide(inObjection, to: .inNotice, context: ctx(Fixture.approver, notice: fresh, objection: dismissed), policy: policy).isAllowed)
        XCTAssertEqual(ApplicationProcedure.decide(inObjection, to: .inNotice, context: ctx(Fixture.approver, notice: fresh, objection: open), policy: policy).reasons,
                       [.objectionNotResolved(.renotice)])
        XCTAssertEqual(ApplicationProcedure.decide(inObjection, to: .rejected, context: ctx(Fixture.approver, reason: "异议成立", objection: dismissed), policy: policy).reasons,
                       [.objectionNotResolved(.rejected)])
        let upheld = Objection(applicationId: 10, lodgedOn: d("2024-06-19"), text: "x", resolution: .rejected, resolvedOn: d("2024-06-25"))
        XCTAssertTrue(ApplicationProcedure.decide(inObjection, to: .rejected, context: ctx(Fixture.approver, reason: "异议成立", objection: upheld), policy: policy).isAllowed)
        // An open objection blocks the agreement even after the notice.
        XCTAssertEqual(ApplicationProcedure.decide(inNotice, to: .agreementSigned, context: ctx(on: "2024-06-24", notice: notice, objection: open), policy: policy).reasons,
                       [.objectionOpen])
    }

    func testArt5_3_applyRecordsTheEventAndTheStation() throws {
        let a = Fixture.readyApplication(state: .bureauApproved)
        let (moved, event) = try ApplicationProcedure.apply(a, to: .groupApproved,
            context: ctx(Fixture.approver, on: "2024-05-20", reference: "领导小组会议纪要〔2024〕5号"), policy: policy)
        XCTAssertEqual(moved.state, .groupApproved)
        XCTAssertEqual(event.from, .bureauApproved)
        XCTAssertEqual(event.to, .groupApproved)
        XCTAssertEqual(event.on, d("2024-05-20"))
        XCTAssertEqual(event.reference, "领导小组会议纪要〔2024〕5号")
        let station = ApplicationProcedure.station(from: a, agreementDate: d("2024-06-24"))
        XCTAssertEqual(station.name, a.proposedName)
        XCTAssertEqual(station.head, "张三")
        XCTAssertEqual(station.applicationId, 10)
        XCTAssertEqual(station.status, .active)
    }

    func testArt14_stepsAreJudgedByThePolicyInForceOnTheirDate() throws {
        let book = try PolicyBook(policies: [("m.json", policy)])
        let a = Fixture.readyApplication(state: .bureauApproved)
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .groupApproved, context: ctx(Fixture.approver, on: "2025-12-31", reference: "会议"),
                                                  book: book).isAllowed)
        let late = ApplicationProcedure.decide(a, to: .groupApproved, context: ctx(Fixture.approver, on: "2026-01-05", reference: "会议"), book: book)
        guard case .noPolicyInForce(let date, _)? = late.reasons.first else { return XCTFail("\(late)") }
        XCTAssertEqual(date, d("2026-01-05"))
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .withdrawn, context: ctx(on: "2026-01-05", reason: "单位撤回"), book: book).isAllowed,
                      "a unit may still withdraw")
        let continued = try PolicyBook(policies: [("m.json", policy)], continuations: [
            ProvisionalContinuation(policyId: policy.id, from: d("2026-01-01"), reason: "原政策继续执行", recordedBy: "admin", recordedOn: d("2026-01-02"))])
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .groupApproved, context: ctx(Fixture.approver, on: "2026-01-05", reference: "会议"),
                                                  book: continued).isAllowed)
    }

    func testArt5_4_exceptionOnlyCountsForItsOwnApplication() {
        let a = Fixture.readyApplication(state: .inReview)
        let other = QuotaException(applicationId: 99, kind: .beyondPlanCap, reason: "人才特别集聚", by: "boss", on: d("2024-05-01"))
        let mine = QuotaException(applicationId: 10, kind: .beyondPlanCap, reason: "人才特别集聚", by: "boss", on: d("2024-05-01"))
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .shortlisted, context: ctx(exceptions: [other], placement: .outside), policy: policy).reasons,
                       [.outsideShortlist])
        XCTAssertTrue(ApplicationProcedure.decide(a, to: .shortlisted, context: ctx(exceptions: [mine], placement: .outside), policy: policy).isAllowed)
    }

    func testArt5_5_oneRoundAYearInPrinciple() {
        let r2024 = Round(id: 1, year: 2024, places: 3, openedOn: d("2024-02-01"))
        let cases: [(Round, String, [Refusal])] = [
            (Round(year: 2025, places: 2, openedOn: d("2025-02-01")), "", []),
            (Round(year: 2024, places: 2, openedOn: d("2024-09-01")), "", [.secondRoundInYear(2024)]),
            (Round(year: 2024, places: 2, openedOn: d("2024-09-01")), "补充评选：上半年名额未满", []),
            (Round(year: 2025, places: 0, openedOn: d("2025-02-01")), "", [.roundPlaces(0)]),
            (r2024, "", []),   // editing the round itself is not a second round
        ]
        for (round, reason, expected) in cases {
            XCTAssertEqual(RoundRule.check(round, existing: [r2024], reasonForSecond: reason).reasons, expected, "\(round.year) \(round.places)")
        }
    }
}
