import XCTest
@testable import StationStore
import StationDomain

/// Issue 12's commands: each one journal entry and one undo step, refused inside the transaction
/// with every reason, and only for a clerk.
final class StationCommandTests: StoreTestCase {
    let day = CivilDate("2025-03-10")!
    var policy: Policy!

    override func setUpWithError() throws {
        try super.setUpWithError()
        policy = try TestPolicy.measures()
    }

    /// A clerk "alice", a reviewer "rita", a unit, two university partners and a station of 2025-03-10
    /// (head 张三, staff 李四), plus a revoked one.
    func setUpStations() throws -> (AppDatabase, Station, Station) {
        let db = try openStoreWithClerk("alice")
        try db.save(User(login: "rita", roles: [.reviewer]), replacing: nil, by: "root")
        let (s, r) = try db.write(command: "seed", by: "root") { w -> (Station, Station) in
            let unit = try w.insert(sampleUnit(1))
            let partner = try w.insert(Partner(name: "浙江大学", kind: .university, city: "杭州"))
            try w.insert(Partner(name: "深圳创业园", kind: .park, city: "深圳"))
            let s = try w.insert(Station(name: "浙大柳州人才工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                         head: "张三", staff: ["李四"], agreementDate: day))
            let r = try w.insert(Station(name: "已撤销的工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                         head: "王五", staff: ["赵六"], agreementDate: CivilDate("2024-03-01")!, status: .revoked,
                                         endedOn: CivilDate("2025-04-30")!))
            return (s, r)
        }
        return (db, s, r)
    }

    func entries(_ db: AppDatabase) throws -> Int { try db.journal(limit: 1000).count }

    func refusal(_ body: @autoclosure () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> [Refusal] {
        do { _ = try body(); XCTFail("expected a refusal", file: file, line: line); return [] } catch let r as Refused {
            return r.reasons
        } catch {
            XCTFail("\(error)", file: file, line: line); return []
        }
    }

    func testAHeadChangeFilingChangesTheHeadAndUndoesAsOneStep() throws {
        let (db, s, _) = try setUpStations()
        let before = try entries(db)
        let filing = StaffFiling(stationId: s.id!, filedOn: day.adding(days: 30), role: .head, oldPerson: "张三", newPerson: "钱七",
                                 reason: "工作调动")
        let stored = try db.perform(FileStaffChange(filing, policy: policy), by: "alice")
        XCTAssertEqual(try entries(db), before + 1)
        XCTAssertEqual(try db.fetch(Station.self, id: s.id!)?.head, "钱七")
        XCTAssertEqual(try db.staffFilings(station: s.id!).map(\.newPerson), ["钱七"])
        XCTAssertEqual(try db.journal(limit: 1).first?.command, "station-filing")
        // The Bureau acknowledges it later.
        try db.perform(AcknowledgeFiling(stored, on: day.adding(days: 35)), by: "alice")
        XCTAssertEqual(try db.staffFilings(station: s.id!).first?.acknowledgedOn, day.adding(days: 35))
        try db.undo(by: "alice")
        try db.undo(by: "alice")
        XCTAssertEqual(try db.fetch(Station.self, id: s.id!)?.head, "张三")
        XCTAssertEqual(try db.staffFilings(station: s.id!), [])
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testFilingsRefusedWithEveryReasonAndNothingWritten() throws {
        let (db, s, revoked) = try setUpStations()
        let before = try entries(db)
        let wrongHead = StaffFiling(stationId: s.id!, filedOn: CivilDate("2025-01-01")!, role: .head, oldPerson: "王五", newPerson: "钱七", reason: "")
        XCTAssertEqual(refusal(try db.perform(FileStaffChange(wrongHead, policy: policy), by: "alice")), [
            .outsideStationLife(record: .staffFiling, date: CivilDate("2025-01-01")!, station: s.name, start: day,
                                end: CivilDate("2027-03-09")!, endKind: .periodEnd),
            .filingReasonRequired, .filingNotCurrentHead(named: "王五", head: "张三"),
        ])
        let afterRevocation = StaffFiling(stationId: revoked.id!, filedOn: CivilDate("2025-05-01")!, role: .staff, oldPerson: "",
                                          newPerson: "孙八", reason: "新增")
        XCTAssertEqual(refusal(try db.perform(FileStaffChange(afterRevocation, policy: policy), by: "alice")).count, 1)
        XCTAssertEqual(try entries(db), before)
        XCTAssertEqual(try db.fetch(Station.self, id: s.id!)?.head, "张三")
    }

    func testOnlyAClerkMayChangeStationsOrTalents() throws {
        let (db, s, _) = try setUpStations()
        let activity = Activity(stationId: s.id!, on: day, duty: 1, title: "校园宣讲")
        let talent = Talent(name: "甲", category: .g, employer: "柳州某厂", introducedOn: day, stationId: s.id!)
        for login in ["rita", "nobody"] {
            let reasons = refusal(try db.perform(SaveActivity(activity, replacing: nil, policy: policy), by: login))
            XCTAssertTrue(reasons == [.roleRequired(.clerk)] || reasons == [.notAUser(login: login)], "\(login): \(reasons)")
            XCTAssertFalse(refusal(try db.perform(SaveTalent(talent, replacing: nil, policy: policy), by: login)).isEmpty)
        }
        XCTAssertEqual(try db.activities(station: s.id!), [])
        XCTAssertNoThrow(try db.perform(SaveActivity(activity, replacing: nil, policy: policy), by: "alice"))
    }

    func testActivitiesAndDemandKeptWithinTheLife() throws {
        let (db, s, revoked) = try setUpStations()
        var a = try db.perform(SaveActivity(Activity(stationId: s.id!, on: day.adding(days: 5), duty: 6, title: "交办任务", place: "市人才市场",
                                                     participants: "企业12家", outcome: "签约2人", evidence: "签到表"),
                                            replacing: nil, policy: policy), by: "alice")
        let original = a
        a.outcome = "签约3人"
        try db.perform(SaveActivity(a, replacing: original, policy: policy), by: "alice")
        XCTAssertEqual(try db.activities(station: s.id!).map(\.outcome), ["签约3人"])
        XCTAssertEqual(refusal(try db.perform(SaveActivity(Activity(stationId: revoked.id!, on: CivilDate("2025-05-01")!, duty: 1, title: "撤销后"),
                                                            replacing: nil, policy: policy), by: "alice")).count, 1)
        try db.perform(DeleteActivity(a), by: "alice")
        XCTAssertEqual(try db.activities(station: s.id!), [])

        let demand = TalentDemand(stationId: s.id!, enterprise: "柳州某厂", need: "电池工程师", headcount: 2, collectedOn: day.adding(days: 1),
                                  published: true, publishedWhere: "浙大就业网")
        let stored = try db.perform(SaveTalentDemand(demand, replacing: nil, policy: policy), by: "alice")
        XCTAssertEqual(try db.talentDemands(station: s.id!), [stored])
        var bad = demand; bad.headcount = 0
        XCTAssertEqual(refusal(try db.perform(SaveTalentDemand(bad, replacing: nil, policy: policy), by: "alice")), [.headcountInvalid(0)])
        try db.perform(DeleteTalentDemand(stored), by: "alice")
        XCTAssertEqual(try db.talentDemands(station: s.id!), [])
    }

    func testTerminationLetterAndStationEdit() throws {
        let (db, s, revoked) = try setUpStations()
        let letter = TerminationLetter(on: CivilDate("2027-03-20")!, reference: "柳科函〔2027〕5号")
        let ended = try db.perform(RecordTerminationLetter(station: s.id!, letter, policy: policy), by: "alice")
        XCTAssertEqual(ended.status, .ended)
        XCTAssertEqual(ended.endedOn, CivilDate("2027-03-09"))
        XCTAssertEqual(try db.fetch(Station.self, id: s.id!)?.terminationLetter, letter)
        XCTAssertEqual(refusal(try db.perform(RecordTerminationLetter(station: revoked.id!, letter, policy: policy), by: "alice")),
                       [.stationNotActive(.revoked)])
        try db.undo(by: "alice")

        // Editing the station's own fields needs a reason, which the journal keeps with the name.
        var renamed = try XCTUnwrap(db.fetch(Station.self, id: s.id!))
        renamed.name = "浙江大学柳州人才工作站"
        renamed.head = "不会被改"   // head changes only by filings
        XCTAssertEqual(refusal(try db.perform(EditStation(renamed, replacing: s, reason: "", policy: policy), by: "alice")), [.editReasonRequired])
        let saved = try db.perform(EditStation(renamed, replacing: s, reason: "按协议全称更正", policy: policy), by: "alice")
        XCTAssertEqual(saved.name, "浙江大学柳州人才工作站")
        XCTAssertEqual(saved.head, "张三")
        XCTAssertEqual(try db.journal(limit: 1).first?.summary, "浙江大学柳州人才工作站 — 按协议全称更正")
        var clash = saved; clash.name = revoked.name
        XCTAssertEqual(refusal(try db.perform(EditStation(clash, replacing: saved, reason: "x", policy: policy), by: "alice")),
                       [.stationNameUsed(name: revoked.name, status: .revoked)])
        let park = try XCTUnwrap(db.partners().first { $0.kind == .park })
        var wrongPartner = saved; wrongPartner.partnerIds = [park.id!]
        XCTAssertEqual(refusal(try db.perform(EditStation(wrongPartner, replacing: saved, reason: "x", policy: policy), by: "alice")),
                       [.partnerTypeMismatch(partner: park.name, kind: .park, type: .university)])
    }

    func testTalentsAddedEditedDeletedRecreditedAndClassified() throws {
        let (db, s, revoked) = try setUpStations()
        let unitName = try XCTUnwrap(db.units().first?.name)
        let t = try db.perform(SaveTalent(Talent(name: " 甲 ", category: .g, employer: unitName, employerKind: .enterprise, introducedOn: day,
                                                 stationId: s.id!, idNumber: "450203199001011234"), replacing: nil, policy: policy), by: "alice")
        XCTAssertEqual(t.name, "甲")
        XCTAssertNotNil(t.employerUnitId, "an employer that is a unit is linked to it")
        // Dated after the revoked station's end: refused with the dates.
        let late = Talent(name: "乙", category: .g, employer: "某店", introducedOn: CivilDate("2025-05-01")!, stationId: revoked.id!)
        let reasons = refusal(try db.perform(SaveTalent(late, replacing: nil, policy: policy), by: "alice"))
        XCTAssertEqual(reasons.count, 1)
        XCTAssertTrue(reasons.first.map { $0.stationTexts.zh.contains("2025-05-01") && $0.stationTexts.zh.contains("2025-04-30") } == true, "\(reasons)")

        var more: [Talent] = []
        for (i, name) in ["丙", "丁", "戊"].enumerated() {
            more.append(try db.perform(SaveTalent(Talent(name: name, category: .f, employer: "某店", introducedOn: day.adding(days: i),
                                                         stationId: revoked.id!), replacing: nil, policy: nil), by: "alice"))
        }
        let ids = more.map { $0.id! }
        // Re-credit three at once: one command, one undo step restores all three.
        let before = try entries(db)
        XCTAssertEqual(try db.perform(RecreditTalents(ids, to: s.id!, policy: policy), by: "alice"), 3)
        XCTAssertEqual(try entries(db), before + 1)
        XCTAssertEqual(try ids.map { try db.fetch(Talent.self, id: $0)?.stationId }, [s.id!, s.id!, s.id!])
        try db.undo(by: "alice")
        XCTAssertEqual(try ids.map { try db.fetch(Talent.self, id: $0)?.stationId }, [revoked.id!, revoked.id!, revoked.id!])
        // One dated before the new station's agreement: nothing moves, and it is named.
        let early = try db.perform(SaveTalent(Talent(name: "己", category: .g, employer: "某店", introducedOn: CivilDate("2024-06-01")!,
                                                     stationId: revoked.id!), replacing: nil, policy: policy), by: "alice")
        let refused = refusal(try db.perform(RecreditTalents(ids + [early.id!], to: s.id!, policy: policy), by: "alice"))
        XCTAssertEqual(refused.count, 1)
        XCTAssertTrue(refused[0].stationTexts.zh.contains("“己”"), refused[0].stationTexts.zh)
        XCTAssertEqual(try db.fetch(Talent.self, id: ids[0])?.stationId, revoked.id!)

        // Employer kind for many at once, then back.
        XCTAssertEqual(try db.perform(SetEmployerKind(ids, to: .institution), by: "alice"), 3)
        XCTAssertEqual(try db.talentListRows().filter { ids.contains($0.id) }.map(\.employerKind), [.institution, .institution, .institution])
        XCTAssertEqual(try db.journal(limit: 1).first?.summary, "institution")
        try db.undo(by: "alice")
        XCTAssertEqual(try db.unclassifiedTalentCount(), 4)

        // Edit and delete.
        var edited = try XCTUnwrap(db.fetch(Talent.self, id: t.id!))
        let original = edited
        edited.category = .a
        edited.employer = "别的公司"
        let saved = try db.perform(SaveTalent(edited, replacing: original, policy: policy), by: "alice")
        XCTAssertEqual(saved.category, .a)
        XCTAssertNil(saved.employerUnitId, "no unit bears the new employer's name")
        try db.perform(DeleteTalent(saved), by: "alice")
        XCTAssertNil(try db.fetch(Talent.self, id: t.id!))
        XCTAssertTrue(try db.verify().isIntact)
    }
}
