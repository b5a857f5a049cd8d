import Foundation
import XCTest
@testable import StationStore
import StationDomain

/// Issue 11's commands: a year's round from intake to a signed agreement, each step decided by
/// the domain inside the store's transaction, with the roles of the road's table.
final class ApplicationCommandsTests: StoreTestCase {
    var files: PolicyFiles!
    var calendar: WorkdayCalendar!
    let today = CivilDate("2026-12-01")!

    override func setUpWithError() throws {
        try super.setUpWithError()
        let share = ShareDirectory(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path)
        files = try share.loadPolicyFiles()
        calendar = try share.workdayCalendar()
    }

    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    /// root (admin), clerk, boss (approver), and reviewers wang and li; the Measures continued.
    func store(continued: Bool = true) throws -> AppDatabase {
        let db = try openStoreWithClerk("clerk")
        try db.save(User(login: "boss", roles: [.approver]), replacing: nil, by: "root")
        try db.save(User(login: "wang", roles: [.reviewer]), replacing: nil, by: "root")
        try db.save(User(login: "li", roles: [.reviewer]), replacing: nil, by: "root")
        if continued {
            try db.record(continuation: StoredContinuation(policyId: "liuzhou-measures-revised", from: d("2026-01-01"),
                                                           reason: "市科技局通知：原政策继续执行", recordedBy: "root",
                                                           recordedOn: d("2026-01-05")), by: "root")
        }
        return db
    }

    struct World { var unit: Unit; var other: Unit; var partner: Partner; var park: Partner }

    func world(_ db: AppDatabase) throws -> World {
        try db.write(command: "seed", by: "root") { w in
            World(unit: try w.insert(sampleUnit(1, name: "柳州市虚构新材料科技有限公司")), other: try w.insert(sampleUnit(2)),
                  partner: try w.insert(Partner(name: "华东虚构理工大学", kind: .university, city: "上海")),
                  park: try w.insert(Partner(name: "南方虚构创新创业园", kind: .park, city: "深圳")))
        }
    }

    func ready(_ a: inout Application) {
        a.conditions = (1...6).map { ConditionCheck(number: $0, state: $0 >= 4 ? .forReviewers : .met) }
        a.materials = MaterialKind.allCases.map { MaterialReceipt(kind: $0, receivedOn: d("2026-03-10")) }
        a.staff = ["李工"]
    }

    func step(_ db: AppDatabase, _ a: Application, _ step: ApplicationStep, by user: String, on date: String,
              reference: String = "", reason: String = "", objector: String = "") throws -> Application {
        let input = StepInput(applicationId: a.id!, step: step, expected: try XCTUnwrap(db.fetch(Application.self, id: a.id!)).state,
                              date: d(date), reference: reference, reason: reason, objector: objector, plaqueOn: d(date),
                              letterOn: d(date), today: today, files: files, calendar: calendar)
        return input.isDecision ? try db.perform(DecideStep(input), by: user) : try db.perform(TakeStep(input), by: user)
    }

    func refused(_ body: @autoclosure () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> [Refusal] {
        do { _ = try body(); XCTFail("not refused", file: file, line: line); return [] } catch let r as Refused {
            return r.reasons
        } catch { XCTFail("\(error)", file: file, line: line); return [] }
    }

    func submittedSheets(_ db: AppDatabase, _ a: Application, totals: [String: Int]) throws {
        try db.write(command: "reviewers fill", by: "root") { w in
            for sheet in try w.records(ScoreSheet.self) where sheet.subjectId == a.id {
                var s = sheet
                var left = totals[s.reviewer] ?? 0
                for (key, max) in [("venue_staff", 15), ("funding_rules", 15), ("formal_agreement", 10), ("talent_resources", 20),
                                   ("track_record", 20), ("coordination", 15), ("discipline_fit", 5)] {
                    s.scores[key] = Score(min(max, left)); left -= min(max, left)
                }
                s.submittedOn = d("2026-05-20")
                try w.update(s)
            }
        }
    }

    /// From the Bureau opening the round to a signed agreement: each step one journal entry,
    /// refused steps say every reason, and the station appears with its two-year period.
    func testARoundFromIntakeToTheAgreement() throws {
        let db = try store()
        let w = try world(db)
        // Opening a round is the Bureau's: a clerk is refused by the role table.
        let open = OpenRound(Round(year: 2026, places: 2, openedOn: d("2026-03-02")), today: today, files: files)
        XCTAssertEqual(refused(try db.perform(open, by: "clerk")), [.roleRequired(.approver)])
        let round = try db.perform(open, by: "boss")
        XCTAssertEqual(refused(try db.perform(OpenRound(Round(year: 2026, places: 1, openedOn: d("2026-04-01")), today: today,
                                                        files: files), by: "boss")), [.secondRoundInYear(2026)])

        // Intake: partners of two types are refused with the mismatch named.
        var a = Application(roundId: round.id!, unitId: w.unit.id!, partnerIds: [w.partner.id!, w.park.id!], type: .university,
                            proposedName: "华东虚构理工大学柳州新材料人才工作站", proposedHead: "张三", createdOn: today)
        XCTAssertEqual(refused(try db.perform(SaveApplication(a, replacing: nil, today: today), by: "clerk")),
                       [.partnerTypeMismatch(partner: "南方虚构创新创业园", kind: .park, type: .university)])
        a.partnerIds = [w.partner.id!]
        a = try db.perform(SaveApplication(a, replacing: nil, today: today), by: "clerk")
        XCTAssertEqual(a.state, .draft)
        XCTAssertEqual(a.createdOn, today)

        // Submission refused with every reason, then accepted once the intake is complete.
        let missing = refused(try step(db, a, .submit, by: "clerk", on: "2026-03-10"))
        XCTAssertEqual(missing.count, 6 + 6 + 1, "\(missing)")   // 6 materials, lines 1–6 (university type), staff
        var complete = a
        ready(&complete)
        a = try db.perform(SaveApplication(complete, replacing: a, today: today), by: "clerk")
        a = try step(db, a, .submit, by: "clerk", on: "2026-03-10")
        a = try step(db, a, .startReview, by: "clerk", on: "2026-03-15")

        // Reviewers: a tie is refused naming it; then two sheets are created for the reviewers.
        try db.write(command: "tie", by: "root") { try $0.insert(ReviewerTie(reviewer: "li", partnerId: w.partner.id!, note: "校友")) }
        XCTAssertEqual(refused(try db.perform(AssignReviewers(applicationId: a.id!, reviewers: ["wang", "li"], date: d("2026-03-16"),
                                                              files: files), by: "clerk")),
                       [.reviewerTiedToPartner(reviewer: "li", partnerId: w.partner.id!, note: "校友")])
        // Every reviewer's reason at once, and nobody assigned: a tie, a clerk, a reviewer twice.
        XCTAssertEqual(refused(try db.perform(AssignReviewers(applicationId: a.id!, reviewers: ["wang", "li", "clerk", "wang"],
                                                              date: d("2026-03-16"), files: files), by: "clerk")),
                       [.reviewerTiedToPartner(reviewer: "li", partnerId: w.partner.id!, note: "校友"), .notAReviewer(login: "clerk"),
                        .alreadyAssigned(reviewer: "wang")])
        XCTAssertEqual(try db.reviewSheets(application: a.id!), [])
        try db.write(command: "untie", by: "root") { w in for t in try w.records(ReviewerTie.self) { try w.delete(t) } }
        let sheets = try db.perform(AssignReviewers(applicationId: a.id!, reviewers: ["wang", "li"], deadline: d("2026-04-16"),
                                                    date: d("2026-03-16"), files: files), by: "clerk")
        XCTAssertEqual(sheets.map(\.reviewer), ["wang", "li"])
        XCTAssertEqual(sheets.map(\.deadline), [d("2026-04-16"), d("2026-04-16")])
        try submittedSheets(db, a, totals: ["wang": 88, "li": 84])

        // The site visit, then the shortlist confirmed as one command.
        a = try db.perform(RecordSiteVisit(a, visit: SiteVisit(date: d("2026-05-25"), people: "王平、李静", findings: "场地属实"),
                                           today: today), by: "clerk")
        XCTAssertEqual(try db.perform(ConfirmShortlist(roundId: round.id!, date: d("2026-06-01"), today: today, files: files), by: "clerk"), 1)
        a = try XCTUnwrap(db.fetch(Application.self, id: a.id!))
        XCTAssertEqual(a.state, .shortlisted)

        // The decisions are the approver's and cite a reference.
        XCTAssertEqual(refused(try step(db, a, .bureauApprove, by: "clerk", on: "2026-06-05", reference: "柳科发〔2026〕8号")),
                       [.roleRequired(.approver)])
        XCTAssertEqual(refused(try step(db, a, .bureauApprove, by: "boss", on: "2026-06-05")), [.referenceRequired(.bureauApproved)])
        a = try step(db, a, .bureauApprove, by: "boss", on: "2026-06-05", reference: "柳科发〔2026〕8号")
        a = try step(db, a, .groupApprove, by: "boss", on: "2026-06-12", reference: "市委人才工作领导小组2026年第2次会议")
        a = try step(db, a, .publishNotice, by: "clerk", on: "2026-06-15")   // Mon 06-15 … Fri 06-19 (06-19 端午 is off: to 06-22)
        let notice = try XCTUnwrap(db.notices(round: round.id!).first)
        XCTAssertEqual(notice.applicationIds, [a.id!])
        XCTAssertEqual(refused(try step(db, a, .signAgreement, by: "clerk", on: notice.lastDay.description)),
                       [.noticeNotOver(lastDay: notice.lastDay)])
        a = try step(db, a, .signAgreement, by: "clerk", on: "2026-06-25")
        XCTAssertEqual(a.state, .agreementSigned)
        let station = try XCTUnwrap(db.stations().first { $0.applicationId == a.id })
        XCTAssertEqual(station.name, "华东虚构理工大学柳州新材料人才工作站")
        XCTAssertEqual(station.agreementDate, d("2026-06-25"))
        XCTAssertEqual(station.plaqueOn, d("2026-06-25"))
        XCTAssertEqual(station.staff, ["李工"])
        XCTAssertEqual(try db.stationPeriods(station: station.id!).map(\.agreementDate), [d("2026-06-25")])

        // Every step one journal entry, who and when recorded as events.
        let events = try db.applicationEvents(application: a.id!)
        XCTAssertEqual(events.map(\.to), [.submitted, .inReview, .shortlisted, .bureauApproved, .groupApproved, .inNotice, .agreementSigned])
        XCTAssertEqual(events.map(\.by), ["clerk", "clerk", "clerk", "boss", "boss", "clerk", "clerk"])
        XCTAssertEqual(events[3].reference, "柳科发〔2026〕8号")
        XCTAssertEqual(try db.journal(limit: 1).first?.command, "application-sign-agreement")
        // Undo of the agreement takes the station away and the application back into its notice.
        _ = try db.undo(by: "clerk")
        XCTAssertNil(try db.stations().first { $0.applicationId == a.id })
        XCTAssertEqual(try db.fetch(Application.self, id: a.id!)?.state, .inNotice)
    }

    /// With the Measures expired and nothing continued, a decision is refused saying what to do;
    /// a continuation recorded meanwhile (another process) lets the very next command through.
    func testNoPolicyInForceRefusesUntilAContinuationIsRecorded() throws {
        let db = try store(continued: false)
        let open = OpenRound(Round(year: 2026, places: 2, openedOn: d("2026-03-02")), today: today, files: files)
        guard case .noPolicyInForce(let date, _)? = refused(try db.perform(open, by: "boss")).first else { return XCTFail("not refused") }
        XCTAssertEqual(date, d("2026-03-02"))
        try db.record(continuation: StoredContinuation(policyId: "liuzhou-measures-revised", from: d("2026-01-01"), reason: "继续执行",
                                                       recordedBy: "root", recordedOn: d("2026-03-02")), by: "root")
        XCTAssertEqual(try db.perform(open, by: "boss").year, 2026)
    }

    /// A renewal continues its station: the next period starts, no station is created, and the
    /// plan period's cap does not count it.
    func testARenewalStartsTheStationsNextPeriod() throws {
        let db = try store()
        let w = try world(db)
        let old = try db.write(command: "imported station", by: "root") { t in
            try t.insert(Station(name: "华东虚构理工大学柳州人才工作站", type: .university, unitId: w.unit.id!, partnerIds: [w.partner.id!],
                                 head: "张三", staff: ["李四"], agreementDate: d("2024-12-20")))
        }
        let round = try db.perform(OpenRound(Round(year: 2026, places: 1, openedOn: d("2026-03-02")), today: today, files: files), by: "boss")
        var a = Application(roundId: round.id!, unitId: w.unit.id!, partnerIds: [w.partner.id!], type: .university,
                            proposedName: old.name, proposedHead: "赵六", renewsStationId: old.id, createdOn: today)
        ready(&a)
        a = try db.perform(SaveApplication(a, replacing: nil, today: today), by: "clerk")
        // The unit's own station is the one renewed: no Art. 5.4 refusal.
        for (s, by, on, ref) in [(ApplicationStep.submit, "clerk", "2026-03-10", ""), (.startReview, "clerk", "2026-03-11", "")] {
            a = try step(db, a, s, by: by, on: on, reference: ref)
        }
        _ = try db.perform(AssignReviewers(applicationId: a.id!, reviewers: ["wang"], date: d("2026-03-12"), files: files), by: "clerk")
        try submittedSheets(db, a, totals: ["wang": 80])
        _ = try db.perform(ConfirmShortlist(roundId: round.id!, date: d("2026-06-01"), today: today, files: files), by: "clerk")
        a = try step(db, a, .bureauApprove, by: "boss", on: "2026-06-05", reference: "柳科发〔2026〕9号")
        a = try step(db, a, .groupApprove, by: "boss", on: "2026-06-12", reference: "会议")
        a = try step(db, a, .publishNotice, by: "clerk", on: "2026-11-02")
        a = try step(db, a, .signAgreement, by: "clerk", on: "2026-11-16")
        let stations = try db.stations()
        XCTAssertEqual(stations.count, 1, "a renewal creates no station")
        // Signed before the period ended (2026-12-19): the next period starts the day after.
        XCTAssertEqual(stations[0].agreementDate, d("2026-12-20"))
        XCTAssertEqual(stations[0].head, "赵六")
        XCTAssertEqual(try db.stationPeriods(station: old.id!).map(\.renewal), [false, true])
        var fifteenth = try XCTUnwrap(files.policies.first?.policy)
        fifteenth.planPeriod = ProvisionalContinuation.defaultPlanPeriod
        XCTAssertEqual(QuotaRule.usedInPlanPeriod(stations: stations, applications: try db.applications(), rounds: try db.rounds(),
                                                  policy: fifteenth, periods: try db.stationPeriods()), 0,
                       "set up in 2024: not new in 十五五")
    }

    /// An objection upheld rejects; one dismissed needs a fresh notice and puts the application
    /// back in its notice.
    func testObjectionsUpheldAndDismissed() throws {
        let db = try store()
        let w = try world(db)
        let round = try db.perform(OpenRound(Round(year: 2026, places: 2, openedOn: d("2026-03-02")), today: today, files: files), by: "boss")
        func approved(_ unit: Unit, _ name: String) throws -> Application {
            var a = Application(roundId: round.id!, unitId: unit.id!, partnerIds: [w.partner.id!], type: .university,
                                proposedName: name, proposedHead: "张三", createdOn: today)
            ready(&a)
            return try db.write(command: "fixture", by: "root") { t in var x = a; x.state = .groupApproved; return try t.insert(x) }
        }
        var upheld = try approved(w.unit, "甲站"), dismissed = try approved(w.other, "乙站")
        upheld = try step(db, upheld, .publishNotice, by: "clerk", on: "2026-09-01")
        dismissed = try XCTUnwrap(db.fetch(Application.self, id: dismissed.id!))
        XCTAssertEqual(dismissed.state, .inNotice, "the round's notice covers both")
        // Outside the notice an objection is refused naming the days.
        let notice = try XCTUnwrap(db.notices(round: round.id!).first)
        guard case .objectionOutsideNotice? = refused(try step(db, upheld, .lodgeObjection, by: "clerk", on: "2026-09-30",
                                                               reason: "材料不实", objector: "张某")).first else { return XCTFail() }
        upheld = try step(db, upheld, .lodgeObjection, by: "clerk", on: notice.lastDay.description, reason: "办公场所与申报不符", objector: "张某（实名来信）")
        XCTAssertEqual(try db.objections(application: upheld.id!).first?.text, "张某（实名来信）：办公场所与申报不符")
        XCTAssertEqual(refused(try step(db, upheld, .signAgreement, by: "clerk", on: "2026-09-30")),
                       [.transitionNotAllowed(from: .objection, to: .agreementSigned)])
        upheld = try step(db, upheld, .upholdObjection, by: "boss", on: "2026-09-20", reason: "经核实，异议成立")
        XCTAssertEqual(upheld.state, .rejected)
        XCTAssertEqual(try db.objections(application: upheld.id!).first?.resolution, .rejected)

        dismissed = try step(db, dismissed, .lodgeObjection, by: "clerk", on: "2026-09-02", reason: "不实", objector: "匿名")
        dismissed = try step(db, dismissed, .dismissObjection, by: "boss", on: "2026-09-21", reason: "经核实，异议不成立")
        XCTAssertEqual(dismissed.state, .inNotice)
        let fresh = try XCTUnwrap(db.notices(round: round.id!).last)
        XCTAssertEqual(fresh.applicationIds, [dismissed.id!])
        XCTAssertEqual(fresh.publishedOn, d("2026-09-21"))
    }

    /// Withdrawal and rejection at any step before the agreement, each with its reason; rejection is
    /// the approver's. A quota exception (the approver's, with a reason) lets an approval past the
    /// plan period's cap.
    func testWithdrawRejectAndAQuotaException() throws {
        let db = try store()
        let w = try world(db)
        let round = try db.perform(OpenRound(Round(year: 2026, places: 3, openedOn: d("2026-03-02")), today: today, files: files), by: "boss")
        func shortlisted(_ unit: Unit, _ name: String) throws -> Application {
            var a = Application(roundId: round.id!, unitId: unit.id!, partnerIds: [w.partner.id!], type: .university,
                                proposedName: name, proposedHead: "张三", createdOn: today)
            ready(&a)
            return try db.write(command: "fixture", by: "root") { t in var x = a; x.state = .shortlisted; return try t.insert(x) }
        }
        let gone = try shortlisted(w.unit, "甲站")
        XCTAssertEqual(refused(try step(db, gone, .withdraw, by: "clerk", on: "2026-06-01")), [.reasonRequired(.withdrawn)])
        XCTAssertEqual(try step(db, gone, .withdraw, by: "clerk", on: "2026-06-01", reason: "单位主动撤回").state, .withdrawn)
        XCTAssertEqual(refused(try step(db, gone, .reject, by: "boss", on: "2026-06-02", reason: "x")),
                       [.transitionNotAllowed(from: .withdrawn, to: .rejected)], "closed")

        // The plan period is full: eight stations set up in 2026 and two approvals elsewhere.
        let full = try shortlisted(w.other, "乙站")
        try db.write(command: "fixture stations", by: "root") { t in
            for n in 0..<10 {
                let u = try t.insert(sampleUnit(10 + n))
                try t.insert(Station(name: "既有站\(n)", type: .university, unitId: u.id!, partnerIds: [w.partner.id!], head: "甲",
                                     agreementDate: d("2026-02-01")))
            }
        }
        XCTAssertEqual(refused(try step(db, full, .bureauApprove, by: "boss", on: "2026-06-05", reference: "柳科发〔2026〕8号")),
                       [.planCapReached(cap: 10, period: "十五五")])
        let exception = QuotaException(applicationId: full.id!, kind: .beyondPlanCap, reason: "人才特别集聚：新能源汽车产业链",
                                       by: "", on: d("2026-06-04"))
        XCTAssertEqual(refused(try db.perform(RecordQuotaException(exception, today: today), by: "clerk")), [.roleRequired(.approver)])
        let recorded = try db.perform(RecordQuotaException(exception, today: today), by: "boss")
        XCTAssertEqual(recorded.by, "boss")
        XCTAssertEqual(try step(db, full, .bureauApprove, by: "boss", on: "2026-06-05", reference: "柳科发〔2026〕8号").state, .bureauApproved)
        XCTAssertEqual(refused(try step(db, full, .reject, by: "clerk", on: "2026-06-06", reason: "材料不实")), [.roleRequired(.approver)])
        XCTAssertEqual(try step(db, full, .reject, by: "boss", on: "2026-06-06", reason: "材料不实").state, .rejected)
    }

    /// Confirming the shortlist is one command and one undo step; a tie needs the choice's reason.
    func testConfirmingTheShortlistIsOneUndoStep() throws {
        let db = try store()
        let w = try world(db)
        let round = try db.perform(OpenRound(Round(year: 2026, places: 1, openedOn: d("2026-03-02")), today: today, files: files), by: "boss")
        var apps: [Application] = []
        for (unit, name) in [(w.unit, "甲站"), (w.other, "乙站")] {
            var a = Application(roundId: round.id!, unitId: unit.id!, partnerIds: [w.partner.id!], type: .university,
                                proposedName: name, proposedHead: "张三", createdOn: today)
            ready(&a)
            a = try db.write(command: "fixture", by: "root") { t in var x = a; x.state = .inReview; return try t.insert(x) }
            _ = try db.perform(AssignReviewers(applicationId: a.id!, reviewers: ["wang"], date: d("2026-03-12"), files: files), by: "clerk")
            try submittedSheets(db, a, totals: ["wang": 80])
            apps.append(a)
        }
        XCTAssertEqual(refused(try db.perform(ConfirmShortlist(roundId: round.id!, date: d("2026-06-01"), today: today, files: files),
                                              by: "clerk")), [.tiedAtCutOff])
        let confirm = ConfirmShortlist(roundId: round.id!, chosen: [apps[1].id!], reason: "实地考察更优", date: d("2026-06-01"), today: today,
                                       files: files)
        XCTAssertEqual(try db.perform(confirm, by: "clerk"), 1)
        XCTAssertEqual(try db.applications(round: round.id!).map(\.state), [.notSelected, .shortlisted])
        XCTAssertEqual(try db.applicationEvents(application: apps[1].id!).last?.reason, "实地考察更优")
        _ = try db.undo(by: "clerk")
        XCTAssertEqual(try db.applications(round: round.id!).map(\.state), [.inReview, .inReview], "one undo step")
    }
}

/// Two processes approving the last place of a round at once: exactly one succeeds, the other is
/// refused by the rule that read the count under the write lock (real processes, released together).
final class LastPlaceRaceTests: StoreTestCase {
    func testTwoProcessesApprovingTheLastPlaceExactlyOneSucceeds() throws {
        let share = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path
        for attempt in 1...3 {
            let sub = folder + "/race\(attempt)"
            let db = try AppDatabase.open(folder: sub)
            try db.ensureFirstAdmin("root")
            for login in ["boss1", "boss2"] { try db.save(User(login: login, roles: [.approver]), replacing: nil, by: "root") }
            try db.record(continuation: StoredContinuation(policyId: "liuzhou-measures-revised", from: CivilDate("2026-01-01")!,
                                                           reason: "继续执行", recordedBy: "root", recordedOn: CivilDate("2026-01-02")!), by: "root")
            let ids = try db.write(command: "fixture", by: "root") { w -> [Int64] in
                let partner = try w.insert(Partner(name: "华东虚构理工大学", kind: .university, city: "上海"))
                let round = try w.insert(Round(year: 2026, places: 2, openedOn: CivilDate("2026-03-01")!))
                var out: [Int64] = []
                // One place is taken already: two shortlisted applications race for the other.
                for (n, state) in [(1, ApplicationState.groupApproved), (2, .shortlisted), (3, .shortlisted)] {
                    let unit = try w.insert(sampleUnit(n))
                    let a = try w.insert(Application(roundId: round.id!, unitId: unit.id!, partnerIds: [partner.id!], type: .university,
                                                     proposedName: "站\(n)", proposedHead: "张三", staff: ["李四"], state: state,
                                                     createdOn: CivilDate("2026-03-05")!))
                    if state == .shortlisted { out.append(a.id!) }
                }
                return out
            }
            let racers = try zip(["boss1", "boss2"], ids).map { login, id in
                try HelperProcess(["approve", sub, login, "\(id)", share, "2026-06-05", "2026-12-01"])
            }
            for r in racers { r.waitForLine("ready") }
            XCTAssertTrue(FileManager.default.createFile(atPath: sub + "/go", contents: Data()))
            for r in racers { XCTAssertEqual(r.finish(), 0, r.lines.joined(separator: "\n")) }
            let outcomes = racers.map { $0.lines.last ?? "" }
            XCTAssertEqual(outcomes.filter { $0 == "approved" }.count, 1, "\(outcomes)")
            XCTAssertEqual(outcomes.filter { $0.hasPrefix("refused") && $0.contains("名额已满") }.count, 1, "\(outcomes)")
            XCTAssertEqual(try db.applications().filter { $0.state == .bureauApproved }.count, 1)
            XCTAssertEqual(try db.journal(limit: 50).filter { $0.command == "application-bureau-approve" }.count, 1)
        }
    }
}
