import XCTest
@testable import StationStore
import StationDomain

/// Every record of SPEC goes in, comes back equal, is journalled, and undoes.
final class AllRecordsTests: StoreTestCase {
    let day = CivilDate("2025-03-10")!

    /// Builds one of every record, linked together, in one command; returns them as stored.
    func seed(_ db: AppDatabase) throws -> (station: Station, subsidy: Subsidy, application: Application) {
        try db.ensureFirstAdmin("admin")
        return try db.write(command: "seed", by: "clerk") { w in
            let unit = try w.insert(sampleUnit(1))
            let partner = try w.insert(Partner(name: "浙江大学", kind: .university, city: "杭州"))
            let round = try w.insert(Round(year: 2025, places: 3, openedOn: day, note: "第一批"))
            var application = Application(roundId: round.id!, unitId: unit.id!, partnerIds: [partner.id!], type: .university,
                                          proposedName: "浙大柳州人才工作站", proposedHead: "张三", staff: ["李四"], createdOn: day)
            application.conditions[2].confirmed = true
            application.conditions[2].evidence = "正式合作协议"
            application.materials[0].receivedOn = day
            application.siteVisit = SiteVisit(date: day.adding(days: 3), findings: "场地已落实")
            application = try w.insert(application)
            try w.insert(ApplicationEvent(applicationId: application.id!, from: .draft, to: .submitted, by: "clerk", on: day,
                                          reference: "柳科〔2025〕1号"))
            try w.insert(Notice(roundId: round.id!, applicationIds: [application.id!], publishedOn: day,
                                firstDay: day, lastDay: day.adding(days: 6)))
            try w.insert(Objection(applicationId: application.id!, lodgedOn: day, text: "异议内容", resolution: .renotice,
                                   resolvedOn: day.adding(days: 2)))
            try w.insert(QuotaException(applicationId: application.id!, kind: .beyondPlanCap, reason: "人才特别集聚",
                                        by: "admin", on: day))
            try w.insert(ScoreSheet(subject: .application, subjectId: application.id!, reviewer: "expert1",
                                    formId: "application-review", formVersion: 1, scores: ["venue": 12, "funding": 14],
                                    comment: "良", submittedOn: day))
            try w.insert(ReviewerTie(reviewer: "expert1", unitId: unit.id!, note: "曾任顾问"))
            let station = try w.insert(Station(name: "浙大柳州人才工作站", type: .university, unitId: unit.id!,
                                               partnerIds: [partner.id!], head: "张三", staff: ["李四", "王五"],
                                               agreementDate: day, applicationId: application.id!, plaqueOn: day))
            try w.insert(StaffFiling(stationId: station.id!, filedOn: day, role: .head, oldPerson: "张三", newPerson: "赵六",
                                     reason: "调动"))
            try w.insert(Activity(stationId: station.id!, on: day, duty: 1, title: "校园招聘会"))
            try w.insert(Talent(name: "陈七", category: .e, employer: "柳州某厂", employerUnitId: unit.id!,
                                introducedOn: day, stationId: station.id!, idNumber: "450203199001011234"))
            try w.insert(Talent(name: "周八", category: nil, employer: "别家", introducedOn: day, stationId: station.id!))
            try w.insert(Evaluation(stationId: station.id!, year: 2025, computedCount: 12, correctedCount: 11,
                                    correctionReason: "重复记录", flags: EvaluationFlags(didNotCooperate: true),
                                    grade: .c, decidedOn: day, decisionReference: "柳科〔2025〕9号"))
            let subsidy = try w.insert(Subsidy(stationId: station.id!, year: 2025, grade: .c, cap: .yuan(50_000),
                                               approved: .yuan(40_000), decidedOn: day, dueOn: day.adding(days: 90)))
            try w.insert(Payment(subsidyId: subsidy.id!, paidOn: day.adding(days: 30), amount: .yuan(40_000), reference: "付款1"))
            try w.insert(SpendingLine(subsidyId: subsidy.id!, on: day, use: .roadshow, amount: Fen(123_456), note: "路演"))
            try w.insert(Clawback(subsidyId: subsidy.id!, orderedOn: day, amount: .yuan(1_000), reason: "挪用"))
            return (station, subsidy, application)
        }
    }

    func testEveryRecordRoundTripsThroughTheStore() throws {
        let db = try openStore()
        let (station, subsidy, application) = try seed(db)
        XCTAssertEqual(try db.rounds().map(\.note), ["第一批"])
        let storedApp = try XCTUnwrap(db.applications(round: application.roundId).first)
        XCTAssertEqual(storedApp, application)
        XCTAssertEqual(storedApp.conditions[2].evidence, "正式合作协议")
        XCTAssertEqual(storedApp.siteVisit?.findings, "场地已落实")
        XCTAssertEqual(try db.applications(unit: application.unitId).count, 1)
        XCTAssertEqual(try db.applicationEvents(application: application.id!).map(\.reference), ["柳科〔2025〕1号"])
        XCTAssertEqual(try db.notices(round: application.roundId).first?.lastDay, day.adding(days: 6))
        XCTAssertEqual(try db.objections(application: application.id!).first?.resolution, .renotice)
        XCTAssertEqual(try db.quotaExceptions().first?.kind, .beyondPlanCap)
        let sheet = try XCTUnwrap(db.scoreSheets(subject: .application, id: application.id!).first)
        XCTAssertEqual(sheet.scores, ["venue": 12, "funding": 14])
        XCTAssertEqual(sheet.formVersion, 1)
        XCTAssertEqual(try db.scoreSheets(reviewer: "expert1"), [sheet])
        XCTAssertEqual(try db.scoreSheets(reviewer: "expert2"), [])
        XCTAssertEqual(try db.reviewerTies(reviewer: "expert1").first?.note, "曾任顾问")
        XCTAssertEqual(try db.stations(), [station])
        XCTAssertEqual(try db.staffFilings(station: station.id!).first?.newPerson, "赵六")
        XCTAssertEqual(try db.activities(station: station.id!).first?.duty, 1)
        let talents = try db.talents(station: station.id!)
        XCTAssertEqual(talents.map(\.name), ["陈七", "周八"])
        XCTAssertEqual(talents[0].idNumber, "450203199001011234")
        XCTAssertNil(talents[1].category)
        XCTAssertEqual(try db.countedTalents(station: station.id!, year: 2025, from: .g), 1)
        XCTAssertEqual(try db.countedTalents(station: station.id!, year: 2024, from: .g), 0)
        XCTAssertEqual(try db.talents(offset: 1, limit: 5).map(\.name), ["周八"])
        XCTAssertEqual(try db.talentCount(), 2)
        let evaluation = try XCTUnwrap(db.evaluations(station: station.id!).first)
        XCTAssertEqual(evaluation.count, 11)
        XCTAssertTrue(evaluation.flags.didNotCooperate)
        XCTAssertEqual(evaluation.grade, .c)
        XCTAssertEqual(try db.evaluations(year: 2025).count, 1)
        XCTAssertEqual(try db.subsidies(station: station.id!), [subsidy])
        XCTAssertEqual(try db.subsidies().first?.approved, .yuan(40_000))
        XCTAssertEqual(try db.payments(subsidy: subsidy.id!).first?.amount, .yuan(40_000))
        XCTAssertEqual(try db.spendingLines(subsidy: subsidy.id!).first?.amount, Fen(123_456))
        XCTAssertEqual(try db.clawbacks(subsidy: subsidy.id!).first?.reason, "挪用")
        XCTAssertEqual(try db.entry(2).changeCount, 20)
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testSeedUndoesAsOneStepLeavingEveryTableEmpty() throws {
        let db = try openStore()
        _ = try seed(db)
        try db.undo(by: "clerk")
        XCTAssertEqual(try db.stations(), [])
        XCTAssertEqual(try db.talentCount(), 0)
        XCTAssertEqual(try db.rounds(), [])
        XCTAssertEqual(try db.units(), [])
        XCTAssertEqual(try db.entry(3).changeCount, 20)
        let report = try db.verify()
        XCTAssertTrue(report.isIntact, "\(report.problems)")
        try db.redo(by: "clerk")
        XCTAssertEqual(try db.talentCount(), 2)
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testGenericSaveConflictAndForeignKeyRefusal() throws {
        let db = try openStore()
        let (station, _, _) = try seed(db)
        var mine = station
        mine.head = "我"
        var theirs = station
        theirs.status = .revoked
        theirs.revocationReference = "柳科〔2026〕2号"
        try db.save(theirs, replacing: station, by: "approver")
        assertThrows(try db.save(mine, replacing: station, by: "clerk")) { error in
            guard case .conflict(let c) = error else { return false }
            return c.table == "station" && c.fields.contains { $0.name == "status" && $0.theirs == "revoked" && $0.mine == "active" }
                && c.fields.contains { $0.name == "head" && $0.mine == "我" }
        }
        // A unit that applications and stations refer to cannot be deleted.
        let unit = try XCTUnwrap(db.units().first)
        XCTAssertThrowsError(try db.delete(unit, by: "clerk")) { error in
            guard case .inUse(let table, let name, let by)? = (error as? Refused)?.reasons.first else { return XCTFail("\(error)") }
            XCTAssertEqual(table, "unit")
            XCTAssertEqual(name, unit.name)
            XCTAssertTrue(by.contains { $0.table == "station" } && by.contains { $0.table == "application" }, "\(by)")
        }
        XCTAssertEqual(try db.units().count, 1)
    }

    func testPolicyVersionsAndContinuationsAreAdminOnly() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("admin")
        let policy = StoredPolicyVersion(policyId: "liuzhou-2023", version: 1, validFrom: CivilDate("2023-08-01")!,
                                         validUntil: CivilDate("2025-12-31")!, content: "{\"id\":\"liuzhou-2023\"}",
                                         loadedBy: "admin", loadedOn: day)
        assertThrows(try db.load(policy: policy, by: "clerk")) { if case .notPermitted = $0 { return true } else { return false } }
        try db.load(policy: policy, by: "admin")
        try db.record(continuation: StoredContinuation(policyId: "liuzhou-2023", from: CivilDate("2026-01-01")!,
                                                       reason: "柳科通〔2026〕1号", recordedBy: "admin", recordedOn: day), by: "admin")
        XCTAssertEqual(try db.policyVersions().map(\.content), [policy.content])
        XCTAssertEqual(try db.provisionalContinuations().first?.until, nil)
        XCTAssertEqual(try db.provisionalContinuations().first?.reason, "柳科通〔2026〕1号")
    }
}
