import XCTest
@testable import StationDomain

/// Issue 11's domain parts: the steps `t` offers (judged with their own records), the Art. 4
/// checklist's three answers, renewals and the continued plan period's cap, a round's standing.
final class ApplicationStepsTests: XCTestCase {
    let policy = Fixture.policy
    func continuedBook() throws -> PolicyBook {
        try PolicyBook(policies: [("m.json", policy)], continuations: [
            ProvisionalContinuation(policyId: policy.id, from: d("2026-01-01"), reason: "原政策继续执行", recordedBy: "admin",
                                    recordedOn: d("2026-01-02"))])
    }

    func ctx(_ roles: Set<Role> = [.clerk], on: String = "2026-06-01", reference: String = "", reason: String = "",
             partners: [Partner] = [Fixture.university], notice: Notice? = nil, objection: Objection? = nil,
             placement: ShortlistPlacement = .notRanked) -> TransitionContext {
        TransitionContext(on: d(on), by: "tester", roles: roles, reference: reference, reason: reason, partners: partners,
                          placement: placement, round: Round(id: 1, year: 2026, places: 3, openedOn: d("2026-03-01")),
                          notice: notice, objection: objection)
    }

    func testEachStateOffersItsSteps() {
        XCTAssertEqual(ApplicationStep.steps(from: .draft), [.submit, .withdraw, .reject])
        XCTAssertEqual(ApplicationStep.steps(from: .inNotice), [.lodgeObjection, .signAgreement, .withdraw, .reject])
        XCTAssertEqual(ApplicationStep.steps(from: .objection), [.dismissObjection, .upholdObjection, .withdraw])
        for final in ApplicationProcedure.finalStates { XCTAssertEqual(ApplicationStep.steps(from: final), []) }
        // Every step is a move the procedure has, from every state that offers it.
        for state in ApplicationState.allCases {
            for step in ApplicationStep.steps(from: state) {
                XCTAssertTrue(ApplicationProcedure.targets(from: state).contains(step.target), "\(state) \(step)")
            }
        }
    }

    func testAStepIsJudgedWithTheRecordItBrings() throws {
        let book = try continuedBook()
        let approved = Fixture.readyApplication(state: .groupApproved)
        XCTAssertTrue(ApplicationStep.publishNotice.judge(approved, context: ctx(), book: book).isAllowed)

        let notice = try NoticePeriod(publishedOn: d("2026-06-01"), calendar: TestData.calendar, policy: policy)
            .notice(roundId: 1, applicationIds: [10])   // runs 06-01 … 06-05
        let inNotice = Fixture.readyApplication(state: .inNotice)
        XCTAssertTrue(ApplicationStep.lodgeObjection.judge(inNotice, context: ctx(on: "2026-06-03", notice: notice), book: book).isAllowed)
        XCTAssertEqual(ApplicationStep.lodgeObjection.judge(inNotice, context: ctx(on: "2026-06-08", notice: notice), book: book).reasons,
                       [.objectionOutsideNotice(lodgedOn: d("2026-06-08"), first: d("2026-06-01"), last: d("2026-06-05"))])
        XCTAssertEqual(ApplicationStep.signAgreement.judge(inNotice, context: ctx(on: "2026-06-05", notice: notice), book: book).reasons,
                       [.noticeNotOver(lastDay: d("2026-06-05"))])
        XCTAssertTrue(ApplicationStep.signAgreement.judge(inNotice, context: ctx(on: "2026-06-08", notice: notice), book: book).isAllowed)

        let inObjection = Fixture.readyApplication(state: .objection)
        let open = Objection(applicationId: 10, lodgedOn: d("2026-06-03"), text: "材料不实")
        let upheld = ApplicationStep.upholdObjection.judge(inObjection, context: ctx([.approver], on: "2026-06-10", reason: "异议成立",
                                                                                   notice: notice, objection: open), book: book)
        XCTAssertTrue(upheld.isAllowed, "\(upheld)")
        XCTAssertEqual(ApplicationStep.upholdObjection.judge(inObjection, context: ctx([.clerk], on: "2026-06-10", reason: "异议成立",
                                                                                    notice: notice, objection: open), book: book).reasons,
                       [.roleRequired(.approver)])
        // Dismissed: back into the notice on a fresh notice the step publishes.
        XCTAssertTrue(ApplicationStep.dismissObjection.judge(inObjection, context: ctx([.approver], on: "2026-06-10", reason: "异议不成立",
                                                                                     notice: notice, objection: open), book: book).isAllowed)
        // Nothing to resolve: refused with the reason.
        XCTAssertEqual(ApplicationStep.upholdObjection.judge(inObjection, context: ctx([.approver], reason: "x"), book: book).reasons,
                       [.objectionNotResolved(.rejected)])
    }

    func testTheMenuLeavesTheTypedInputsToTheStepsForm() throws {
        let book = try continuedBook()
        let a = Fixture.readyApplication(state: .bureauApproved)
        XCTAssertTrue(ApplicationStep.groupApprove.judgeForMenu(a, context: ctx([.approver]), book: book).isAllowed)
        XCTAssertEqual(ApplicationStep.groupApprove.judge(a, context: ctx([.approver]), book: book).reasons, [.referenceRequired(.groupApproved)])
        XCTAssertEqual(ApplicationStep.groupApprove.judgeForMenu(a, context: ctx([.clerk]), book: book).reasons, [.roleRequired(.approver)])
        XCTAssertTrue(ApplicationStep.withdraw.judgeForMenu(a, context: ctx(), book: book).isAllowed)
    }

    func testNoPolicyInForceRefusesEveryStepButWithdrawalSayingWhatToDo() throws {
        let book = try PolicyBook(policies: [("m.json", policy)])
        let a = Fixture.readyApplication(state: .bureauApproved)
        let refused = ApplicationStep.groupApprove.judgeForMenu(a, context: ctx([.approver]), book: book)
        guard case .noPolicyInForce(let date, let standing)? = refused.reasons.first else { return XCTFail("\(refused)") }
        XCTAssertEqual(date, d("2026-06-01"))
        XCTAssertTrue(standing.contains("2025-12-31"), standing)
        XCTAssertTrue(refused.reasons.map(\.words.en).joined().contains("provisional continuation"), refused.description)
        XCTAssertTrue(ApplicationStep.withdraw.judgeForMenu(a, context: ctx(), book: book).isAllowed)
    }

    func testArt4_checklistLinesAreMetNotMetOrForTheReviewers() {
        var a = Fixture.readyApplication()
        a.conditions[3].state = .forReviewers   // 4: judged by reviewers
        a.conditions[5].state = .forReviewers   // 6: the university type's line, judged by reviewers
        XCTAssertTrue(ApplicationProcedure.submission(a, context: ctx(), policy: policy).isAllowed)
        a.conditions[1].state = .forReviewers   // 2 is a fact: the clerk must see it
        a.conditions[4].state = .notMet
        XCTAssertEqual(ApplicationProcedure.submission(a, context: ctx(), policy: policy).reasons,
                       [.conditionNotConfirmed(2), .conditionNotMet(5)])
        // Line 6 does not apply to the organization type whatever it says.
        var org = Fixture.readyApplication(type: .organization)
        org.conditions[5].state = .notMet
        XCTAssertTrue(ApplicationProcedure.submission(org, context: ctx(partners: [Fixture.park]), policy: policy).isAllowed)
    }

    func testConditionLinesStoredAsConfirmedStillRead() throws {
        let old = #"[{"confirmed":true,"evidence":"营业执照","note":"","number":1},{"confirmed":false,"evidence":"","note":"","number":2}]"#
        let lines = try JSONDecoder().decode([ConditionCheck].self, from: Data(old.utf8))
        XCTAssertEqual(lines.map(\.state), [.met, .unchecked])
        XCTAssertEqual(lines[0].evidence, "营业执照")
        let again = try JSONDecoder().decode([ConditionCheck].self, from: try JSONEncoder().encode(lines))
        XCTAssertEqual(again, lines)
        let visit = try JSONDecoder().decode(SiteVisit.self, from: Data(#"{"date":"2026-05-01","findings":"场地属实"}"#.utf8))
        XCTAssertEqual(visit.people, "")
    }

    /// The cap counts stations newly set up in the plan period: a renewal (its period row, or a
    /// legacy renewal station) is not new, and a renewed station counts by its first period.
    func testRenewalsAreNotNewStationsForTheCap() {
        var fifteenth = policy
        fifteenth.planPeriod = ProvisionalContinuation.defaultPlanPeriod
        let renewed = Fixture.station(id: 1, agreement: "2026-03-15")   // latest period 2026, set up 2023
        let new = Fixture.station(id: 2, unitId: 200, agreement: "2026-04-01")
        let legacy = Fixture.station(id: 3, unitId: 300, agreement: "2026-05-01", renews: 9)
        let periods = [StationPeriod(stationId: 1, agreementDate: d("2023-03-15")),
                       StationPeriod(stationId: 1, agreementDate: d("2026-03-15"), renewal: true)]
        XCTAssertEqual(QuotaRule.setUpOn(renewed, periods: periods), d("2023-03-15"))
        XCTAssertEqual(QuotaRule.usedInPlanPeriod(stations: [renewed, new, legacy], applications: [], rounds: [],
                                                  policy: fifteenth, periods: periods), 1)
        let round = Round(id: 1, year: 2026, places: 5, openedOn: d("2026-03-01"))
        var renewal = Fixture.readyApplication(id: 20, state: .bureauApproved); renewal.renewsStationId = 1
        let fresh = Fixture.readyApplication(id: 21, unitId: 400, state: .groupApproved)
        XCTAssertEqual(QuotaRule.usedInPlanPeriod(stations: [], applications: [renewal, fresh], rounds: [round], policy: fifteenth), 1)
        // The plan is full: a new station is refused, a renewal takes only a place of the round.
        var candidate = Fixture.readyApplication(id: 22, state: .shortlisted)
        XCTAssertEqual(QuotaRule.approval(candidate, round: round, approvedInRound: 1, usedInPlan: 10, exceptions: [], policy: fifteenth).reasons,
                       [.planCapReached(cap: 10, period: "十五五")])
        candidate.renewsStationId = 1
        XCTAssertTrue(QuotaRule.approval(candidate, round: round, approvedInRound: 1, usedInPlan: 10, exceptions: [], policy: fifteenth).isAllowed)
        XCTAssertEqual(QuotaRule.approval(candidate, round: round, approvedInRound: 5, usedInPlan: 10, exceptions: [], policy: fifteenth).reasons,
                       [.roundFull(places: 5)])
    }

    /// The line at min(round places, plan places left), ties at the line, a renewal judged by the
    /// round's places; the context of a step carries the placement and the counts without itself.
    func testRoundStandingDrawsTheLineAndTheContextCarriesIt() throws {
        var fifteenth = policy
        fifteenth.planPeriod = PlanPeriod(name: "十五五", firstYear: 2026, lastYear: 2030, stationCap: 4)
        let round = Round(id: 1, year: 2026, places: 3, openedOn: d("2026-03-01"))
        let form = try XCTUnwrap(policy.form(for: .application, type: .university))
        func sheet(_ app: Int64, _ reviewer: String, _ total: Int) -> ScoreSheet {
            var scores: [String: Score] = [:]
            var left = total
            for c in form.criteria { let v = min(c.max, left); scores[c.key] = Score(v); left -= v }
            return ScoreSheet(subject: .application, subjectId: app, reviewer: reviewer, formId: form.id,
                              formVersion: form.version, scores: scores, submittedOn: d("2026-05-01"))
        }
        var apps = (1...4).map { Fixture.readyApplication(id: Int64($0), unitId: Int64(100 + $0), state: .inReview) }
        apps[3].renewsStationId = 50
        let sheets: [Int64: [ScoreSheet]] = [1: [sheet(1, "r1", 90)], 2: [sheet(2, "r1", 80)], 3: [sheet(3, "r1", 80)], 4: [sheet(4, "r1", 70)]]
        // Two stations set up in 十五五 already: plan places left 2 < 3 places.
        let stations = [Fixture.station(id: 7, unitId: 7, agreement: "2026-01-10"), Fixture.station(id: 8, unitId: 8, agreement: "2026-02-10")]
        let standing = RoundStanding(round: round, rounds: [round], applications: apps, stations: stations, periods: [],
                                     sheets: sheets, policy: fifteenth)
        XCTAssertEqual(standing.planPlacesLeft, 2)
        XCTAssertEqual(standing.capacity, 2)
        XCTAssertEqual(standing.shortlist.selected.map(\.applicationId), [1])
        XCTAssertEqual(standing.shortlist.tied.map(\.applicationId), [2, 3])
        XCTAssertEqual(standing.placement(of: apps[1]), .tiedAtCutOff)
        XCTAssertEqual(standing.placement(of: apps[3]), .outside, "70 is below the round's 3 places too")

        let facts = ApplicationFacts(application: apps[1], round: round, rounds: [round], applications: apps, stations: stations,
                                     partners: [Fixture.university], sheets: sheets)
        let c = facts.context(on: d("2026-06-01"), by: "tester", roles: [.clerk], policy: fifteenth)
        XCTAssertEqual(c.placement, .tiedAtCutOff)
        XCTAssertEqual(c.usedInPlan, 2)
        XCTAssertEqual(ApplicationStep.shortlist.judge(apps[1], context: c, book: try continuedBook()).reasons.isEmpty, false)
        XCTAssertEqual(ApplicationProcedure.decide(apps[1], to: .shortlisted, context: c, policy: fifteenth).reasons, [.tiedAtCutOff])
    }
}

/// The records the steps write: the station an agreement sets up or renews, reviewers'
/// sheets, the site visit, the confirmed shortlist.
final class StepRecordsTests: XCTestCase {
    let policy = Fixture.policy

    func testAgreementSetsUpANewStationWithItsFirstPeriod() throws {
        var a = Fixture.readyApplication(state: .inNotice)
        a.staff = ["李四", "王五"]
        guard case let .newStation(s, period) = try StepRecords.agreement(a, on: d("2026-06-10"), plaqueOn: d("2026-06-20"),
                                                                           letterOn: d("2026-06-20"), stations: [], periods: [],
                                                                           policy: policy) else { return XCTFail("not new") }
        XCTAssertEqual(s.name, "广西大学柳州人才工作站")
        XCTAssertEqual(s.agreementDate, d("2026-06-10"))
        XCTAssertEqual(s.plaqueOn, d("2026-06-20"))
        XCTAssertEqual(s.appointmentLetterOn, d("2026-06-20"))
        XCTAssertEqual(s.staff, ["李四", "王五"])
        XCTAssertEqual(s.applicationId, 10)
        XCTAssertEqual(ManagementPeriod(station: s, policy: policy).end, d("2028-06-09"), "two years")
        XCTAssertEqual(period.agreementDate, d("2026-06-10"))
        XCTAssertFalse(period.renewal)
        // The name is a station's already (a revoked one's too: Art. 10.4): refused, named.
        var revoked = Fixture.station(id: 3, agreement: "2021-01-01", status: .revoked); revoked.name = a.proposedName
        XCTAssertThrowsError(try StepRecords.agreement(a, on: d("2026-06-10"), plaqueOn: nil, letterOn: nil, stations: [revoked],
                                                       periods: [], policy: policy)) { error in
            XCTAssertEqual((error as? Refused)?.reasons, [.stationNameUsed(name: a.proposedName, status: .revoked)])
        }
    }

    func testRenewalStartsTheStationsNextPeriod() throws {
        let old = Fixture.station(id: 7, agreement: "2024-12-15")   // period to 2026-12-14
        var a = Fixture.readyApplication(id: 20, state: .inNotice)
        a.renewsStationId = 7; a.proposedHead = "赵六"; a.staff = ["钱七"]
        // Signed before the period ends: the next period starts the day after.
        guard case let .renewal(s, rows) = try StepRecords.agreement(a, on: d("2026-11-20"), plaqueOn: nil, letterOn: d("2026-11-25"),
                                                                      stations: [old], periods: [], policy: policy) else {
            return XCTFail("not a renewal")
        }
        XCTAssertEqual(s.id, 7)
        XCTAssertEqual(s.agreementDate, d("2026-12-15"))
        XCTAssertEqual(ManagementPeriod(station: s, policy: policy).end, d("2028-12-14"))
        XCTAssertEqual(s.head, "赵六")
        XCTAssertEqual(rows.map(\.agreementDate), [d("2024-12-15"), d("2026-12-15")], "the imported station's first period is kept")
        XCTAssertEqual(rows.map(\.renewal), [false, true])
        XCTAssertEqual(QuotaRule.setUpOn(s, periods: rows), d("2024-12-15"), "set up in 十四五, not new in 2026")
        // Signed after the period ended: the next period starts on the agreement date.
        guard case let .renewal(late, lateRows) = try StepRecords.agreement(a, on: d("2027-01-05"), plaqueOn: nil, letterOn: nil,
                                                                             stations: [old], periods: [StationPeriod(stationId: 7, agreementDate: d("2024-12-15"))],
                                                                             policy: policy) else { return XCTFail("not a renewal") }
        XCTAssertEqual(late.agreementDate, d("2027-01-05"))
        XCTAssertEqual(lateRows.count, 1, "the first period is on record already")
        XCTAssertThrowsError(try StepRecords.agreement(a, on: d("2026-11-20"), plaqueOn: nil, letterOn: nil,
                                                       stations: [Fixture.station(id: 7, agreement: "2024-12-15", status: .revoked)],
                                                       periods: [], policy: policy)) { error in
            XCTAssertEqual((error as? Refused)?.reasons, [.stationNotActive(.revoked)])
        }
    }

    func testReviewersAreAssignedBetweenSubmissionAndTheShortlist() {
        XCTAssertTrue(StepRecords.assignmentOpen(Fixture.readyApplication(state: .inReview), reviewers: ["wang"]).isAllowed)
        XCTAssertTrue(StepRecords.assignmentOpen(Fixture.readyApplication(state: .submitted), reviewers: ["wang"]).isAllowed)
        XCTAssertEqual(StepRecords.assignmentOpen(Fixture.readyApplication(state: .shortlisted), reviewers: []).reasons,
                       [.assignmentClosed(.shortlisted), .noReviewerChosen])
    }

    func testSiteVisitDuringReview() throws {
        let a = Fixture.readyApplication(state: .inReview)
        let visited = try StepRecords.siteVisit(a, SiteVisit(date: d("2026-05-01"), people: "王平、李静", findings: "场地属实"),
                                                today: d("2026-05-02"))
        XCTAssertEqual(visited.siteVisit?.people, "王平、李静")
        XCTAssertThrowsError(try StepRecords.siteVisit(Fixture.readyApplication(state: .draft), SiteVisit(date: d("2026-05-03"), findings: " "),
                                                       today: d("2026-05-02"))) { error in
            XCTAssertEqual((error as? Refused)?.reasons, [.siteVisitClosed(.draft), .dateInFuture(d("2026-05-03")), .findingsRequired])
        }
    }

    func testConfirmingTheShortlistPlacesEveryApplicationAndTiesNeedAChoiceAndAReason() throws {
        let round = Round(id: 1, year: 2026, places: 2, openedOn: d("2026-03-01"))
        let form = try XCTUnwrap(policy.form(for: .application, type: .university))
        func sheet(_ app: Int64, _ total: Int) -> ScoreSheet {
            var scores: [String: Score] = [:], left = total
            for c in form.criteria { let v = min(c.max, left); scores[c.key] = Score(v); left -= v }
            return ScoreSheet(subject: .application, subjectId: app, reviewer: "r", formId: form.id, formVersion: form.version,
                              scores: scores, submittedOn: d("2026-05-01"))
        }
        let apps = (1...4).map { Fixture.readyApplication(id: Int64($0), unitId: Int64(100 + $0), state: .inReview) }
        let standing = RoundStanding(round: round, rounds: [round], applications: apps, stations: [], periods: [],
                                     sheets: [1: [sheet(1, 90)], 2: [sheet(2, 80)], 3: [sheet(3, 80)], 4: [sheet(4, 60)]],
                                     policy: { var p = policy; p.planPeriod = ProvisionalContinuation.defaultPlanPeriod; return p }())
        XCTAssertThrowsError(try StepRecords.shortlistMoves(standing, chosen: [2, 3], reason: "")) { error in
            XCTAssertEqual((error as? Refused)?.reasons, [.tiedAtCutOff, .tooManyChosenAtLine(chosen: 2, open: 1)])
        }
        let moves = try StepRecords.shortlistMoves(standing, chosen: [3], reason: "实地考察：3号场地与人员更完备")
        XCTAssertEqual(moves.map { "\($0.application.id!)\($0.target.rawValue)" },
                       ["1shortlisted", "2not_selected", "3shortlisted", "4not_selected"])
        XCTAssertEqual(moves[2].reason, "实地考察：3号场地与人员更完备")
        let unranked = RoundStanding(round: round, rounds: [round], applications: apps, stations: [], periods: [],
                                     sheets: [1: [sheet(1, 90)]], policy: policy)
        XCTAssertThrowsError(try StepRecords.shortlistMoves(unranked, chosen: [], reason: "")) { error in
            XCTAssertEqual((error as? Refused)?.reasons.count, 3)
        }
    }
}

extension ApplicationStepsTests {
    /// The steps' roles are the road's one table: the store's command and the menu agree.
    func testEachStepsPermissionIsTheProceduresOwn() {
        for state in ApplicationState.allCases {
            for step in ApplicationStep.steps(from: state) {
                XCTAssertEqual(step.permission, ApplicationProcedure.permission(from: state, to: step.target), "\(state) \(step)")
            }
        }
        // An approver alone does not take a clerk's step; a clerk alone does not decide.
        let a = Fixture.readyApplication()
        XCTAssertEqual(ApplicationProcedure.decide(a, to: .submitted, context: ctx([.approver]), policy: policy).reasons, [.roleRequired(.clerk)])
    }
}
