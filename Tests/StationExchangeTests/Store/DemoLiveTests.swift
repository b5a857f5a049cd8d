import Foundation
import StationDomain
import StationStore
import TestSupport
import XCTest
@testable import StationExchange

/// `--demo` is a live programme on the day it is opened (issue 11): every date placed from today.
/// Tried on the session's day and on other days, including one past the working-day table.
final class DemoLiveTests: XCTestCase {
    func live(_ today: CivilDate) throws -> AppDatabase {
        let db = try TemporaryStores.store()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: db.folder) }
        try DemoLive.seed(into: db, share: ReportFixture.share, login: "me", today: today)
        return db
    }

    func testEveryAreaHasSomethingRealOnTheDayItIsOpened() throws {
        let today = CivilDate("2026-12-01")!
        let db = try live(today)
        let policy = try ReportFixture.share.policyBook().policies[0]
        let stations = try db.stations()
        func period(_ prefix: String) throws -> ManagementPeriod {
            ManagementPeriod(station: try XCTUnwrap(stations.first { $0.name.hasPrefix(prefix) }, prefix), policy: policy)
        }
        // Year 1, year 2, ending within 90 days, renewed (its next period running).
        XCTAssertTrue(try period("北方虚构交通大学柳州轨道").contains(today))
        XCTAssertLessThan(try period("北方虚构交通大学柳州轨道").start.days(to: today), 365)
        XCTAssertGreaterThan(try period("长三角").start.days(to: today), 365)
        XCTAssertTrue(try period("粤港澳").endsWithin(days: 90, of: today))
        let renewed = try XCTUnwrap(stations.first { $0.name.hasPrefix("西部") })
        XCTAssertEqual(try db.stationPeriods(station: renewed.id!).map(\.renewal), [false, true])
        XCTAssertTrue(ManagementPeriod(station: renewed, policy: policy).contains(today))
        // Nothing dated after today.
        XCTAssertFalse(try db.talents(station: nil).contains { $0.introducedOn > today })
        XCTAssertFalse(stations.contains { ($0.endedOn ?? $0.agreementDate) > today })

        // An evaluation year ended and open; a subsidy due and one overdue (待核定 is due too).
        let evaluations = try stations.compactMap(\.id).flatMap { try db.evaluations(station: $0) }
        XCTAssertTrue(evaluations.contains { $0.decidedOn == nil }, "an evaluation year open")
        XCTAssertFalse(evaluations.contains { ($0.decidedOn ?? today) > today })
        let calendar = try ReportFixture.share.workdayCalendar()
        let dues = try db.subsidies().compactMap { try SubsidyRule.due(of: $0, calendar: calendar, policy: policy)?.date }
        XCTAssertTrue(dues.contains { $0 < today }, "overdue: \(dues)")
        XCTAssertTrue(dues.contains { $0 >= today }, "due: \(dues)")

        // The Measures continued, so this year's round runs; its applications in several states.
        XCTAssertEqual(try db.provisionalContinuations().first?.planPeriod.name, "十五五")
        let round = try XCTUnwrap(db.rounds().first)
        XCTAssertEqual(round.year, 2026)
        let states = try db.applications(round: round.id!).map(\.state)
        for s in [ApplicationState.bureauApproved, .inNotice, .objection, .inReview, .draft, .withdrawn] {
            XCTAssertTrue(states.contains(s), "\(s) in \(states)")
        }
        let renewal = try XCTUnwrap(db.applications().first { $0.renewsStationId != nil })
        XCTAssertEqual(renewal.state, .bureauApproved, "waiting for the leading group's decision")
        XCTAssertEqual(try db.stations().first { $0.id == renewal.renewsStationId }?.name, "粤港澳大湾区虚构人才服务中心柳州工作站")
        let notice = try XCTUnwrap(db.notices(round: round.id!).first)
        XCTAssertTrue(notice.firstDay <= today && today <= notice.lastDay, "the notice is running")
        XCTAssertEqual(try db.objections(application: try XCTUnwrap(db.applications().first { $0.state == .objection }).id!).count, 1)

        // 张伟's application sheets: one new, one draft, one submitted.
        // A draft is kept apart from the sheet (only its reviewer sees it): the sheet itself shows no score.
        let mine = try db.mySheets("zhangwei").filter { $0.subject.kind == .application }
        XCTAssertTrue(mine.contains { $0.state == .new }, "new")
        XCTAssertTrue(mine.contains { $0.state == .draft && $0.sheet.scores.isEmpty }, "draft")
        XCTAssertTrue(mine.contains { $0.state == .submitted }, "submitted")

        // Set-up, not the user's: nothing to undo for the person at the terminal, who holds every role.
        XCTAssertThrowsError(try db.undo(by: "me"))
        XCTAssertEqual(try db.user("me")?.roles, [.admin, .clerk, .approver, .reviewer])
        XCTAssertTrue(try db.verify().isIntact)
    }

    /// Issue 14's "Done when" on the live demo, as the person at the terminal (every role): a year
    /// that ended long ago and could not be decided is left unopened; it is opened, its unclassified
    /// employers classified, decided by the Bureau, and its subsidy taken from the cap to paid with
    /// spending and an ordered return.
    func testANewUserOpensCountsDecidesAndPaysAYear() throws {
        let today = CivilDate("2026-12-01")!
        let db = try live(today)
        let rules = JudgingRules(files: try ReportFixture.share.loadPolicyFiles(), calendar: try ReportFixture.share.workdayCalendar(),
                                 today: today)
        let book = try ReportFixture.share.policyBook(stored: [], extra: try db.provisionalContinuations().map(\.continuation))
        let stations = try db.stations()
        // Years due and not opened: ended, with no evaluation record.
        var unopened: [(Station, EvaluationYear)] = []
        for s in stations {
            let own = try XCTUnwrap(book.inForce(on: s.agreementDate) ?? book.policies.first)
            let opened = Set(try db.evaluations(station: s.id!).map(\.year))
            for y in EvaluationYears.of(s, policy: own, periods: try db.stationPeriods(station: s.id!)) where y.end < today && !opened.contains(y.year) {
                unopened.append((s, y))
            }
        }
        let (station, span) = try XCTUnwrap(unopened.first, "a year left for the user to open")
        let opened = try db.perform(OpenEvaluationYear(year: span.year, rules: rules), by: "me")
        var evaluation = try XCTUnwrap(opened.first { $0.stationId == station.id })
        XCTAssertThrowsError(try db.perform(OpenEvaluationYear(year: span.year, rules: rules), by: "me"), "opened once") {
            XCTAssertEqual(($0 as? Refused)?.reasons, [.noEvaluationDue(year: span.year)])
        }
        // Counted: the talents with an unclassified employer block the decision, named.
        func decide() throws -> (evaluation: Evaluation, subsidy: Subsidy?) {
            try db.perform(DecideEvaluation(evaluation, flags: evaluation.flags, evaluator: .thirdParty("柳州某评估事务所"), date: today,
                                            reference: "柳科评〔2026〕99号", rules: rules), by: "me")
        }
        let own = try XCTUnwrap(book.inForce(on: station.agreementDate) ?? book.policies.first)
        let tally = TalentTally.of(try db.talents(station: station.id!), station: station, year: span, stationPolicy: own,
                                   countingPolicy: own, periods: try db.stationPeriods(station: station.id!))
        XCTAssertFalse(tally.unclassified.isEmpty, "why the demo could not decide it")
        XCTAssertThrowsError(try decide()) {
            XCTAssertEqual(($0 as? Refused)?.reasons, [.unclassifiedEmployers(count: tally.unclassified.count, names: tally.unclassified.map(\.name))])
        }
        _ = try db.perform(SetEmployerKind(tally.unclassified.compactMap(\.id), to: .enterprise), by: "me")
        let (decided, line) = try decide()
        evaluation = decided
        XCTAssertEqual(decided.computedCount, tally.count + tally.unclassified.count, "classified as enterprises, they count")
        XCTAssertEqual(decided.grade, Grading.grade(count: decided.computedCount, flags: decided.flags, policy: own))
        XCTAssertEqual(decided.evaluator, .thirdParty("柳州某评估事务所"))
        // The subsidy from its cap to paid, with spending and an ordered return.
        var subsidy = try XCTUnwrap(line, "a graded year earns its line")
        XCTAssertEqual(subsidy.cap, own.subsidyCap(for: try XCTUnwrap(decided.grade)))
        XCTAssertNil(subsidy.approved, "待核定")
        subsidy = try db.perform(SetSubsidyAmount(subsidy, amount: subsidy.cap), by: "me")
        let half = Fen(subsidy.cap.value / 2)
        _ = try db.perform(RecordPayment(Payment(subsidyId: subsidy.id!, paidOn: today, amount: half, reference: "拨1"), today: today), by: "me")
        _ = try db.perform(RecordPayment(Payment(subsidyId: subsidy.id!, paidOn: today, amount: subsidy.cap - half, reference: "拨2"), today: today),
                           by: "me")
        _ = try db.perform(RecordSpending(SpendingLine(subsidyId: subsidy.id!, on: today, use: .travel, amount: .yuan(1_000)), today: today), by: "me")
        _ = try db.perform(OrderReturn(Clawback(subsidyId: subsidy.id!, orderedOn: today, amount: .yuan(500), reason: "差旅超标"), today: today), by: "me")
        let standing = try SubsidyRule.standing(subsidy, payments: try db.payments(subsidy: subsidy.id!),
                                                spending: try db.spendingLines(subsidy: subsidy.id!), clawbacks: try db.clawbacks(subsidy: subsidy.id!),
                                                on: today, calendar: try ReportFixture.share.workdayCalendar(), policy: own)
        XCTAssertEqual([standing.paid, standing.spent, standing.returned, standing.balance],
                       [subsidy.cap, .yuan(1_000), .yuan(500), subsidy.cap - .yuan(1_500)])
        XCTAssertEqual(standing.state, .returned)
        XCTAssertTrue(try db.verify().isIntact)
    }

    /// The same on other days: the structure is relative to today.
    func testOtherDaysToo() throws {
        for day in ["2026-03-10", "2026-07-01"] {
            let today = CivilDate(day)!
            let db = try live(today)
            let states = try db.applications().map(\.state)
            XCTAssertTrue(states.contains(.inNotice) && states.contains(.objection) && states.contains(.bureauApproved), "\(day): \(states)")
            XCTAssertFalse(try db.talents(station: nil).contains { $0.introducedOn > today }, day)
        }
    }

    /// Past the working-day table (2027 here), a notice cannot be counted: the demo still opens,
    /// the round stopping short of the notice.
    func testADayPastTheCalendarStillOpens() throws {
        let db = try live(CivilDate("2027-03-10")!)
        XCTAssertFalse(try db.applications().isEmpty)
        XCTAssertEqual(try db.stations().count, 7)
    }
}
