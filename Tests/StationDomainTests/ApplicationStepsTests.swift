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
        XCTAssertTrue(refused.description.contains("provisional continuation"), refused.description)
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
            var scores: [String: Int] = [:]
            var left = total
            for c in form.criteria { let v = min(c.max, left); scores[c.key] = v; left -= v }
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
