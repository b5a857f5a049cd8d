import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange

/// Every store command, performed as every role and as logins without one: the store decides,
/// inside the command's transaction, from the one role table (`Permission.role`). A refused login
/// leaves no journal entry; a permitted one is never refused for its role (the rule may still say
/// no for the facts). A new command adds one sample line to `samples`.
final class RoleTableTests: XCTestCase {
    static let today = CivilDate("2026-03-02")!
    static let noFiles = PolicyFiles(policies: [])

    /// One instance of every command (their inputs need not pass their rules).
    static func samples(unit: StationDomain.Unit, partner: Partner, station: Station? = nil, talent: Talent? = nil) throws
        -> [(String, any StoreCommand)] {
        let csv = try CSVTable.parse(text: "name,kind,city\n表格大学,university,杭州\n", fileName: "p.csv")
        let step = StepInput(applicationId: 1, step: .submit, expected: .draft, date: today, today: today, files: noFiles)
        let decision = StepInput(applicationId: 1, step: .bureauApprove, expected: .shortlisted, date: today, today: today, files: noFiles)
        let application = Application(roundId: 1, unitId: unit.id!, partnerIds: [partner.id!], type: .university,
                                      proposedName: "表格工作站", proposedHead: "某某", createdOn: today)
        return [
            ("unit-add", SaveUnit(StationDomain.Unit(name: "表格单位", creditCode: CreditCode.completing("91450200MA5T00002")!,
                                                     kind: .enterprise), replacing: nil)),
            ("unit-edit", SaveUnit(unit, replacing: unit)),
            ("unit-delete", DeleteUnit(unit)),
            ("partner-add", SavePartner(Partner(name: "表格学院", kind: .institute, city: "南宁"), replacing: nil)),
            ("partner-edit", SavePartner(partner, replacing: partner)),
            ("partner-delete", DeletePartner(partner)),
            ("partner-delete batch", Batch([DeletePartner(partner)])),
            ("import", ImportFile(kind: .partners, table: csv)),
            ("round-open", OpenRound(Round(year: 2026, places: 3, openedOn: today), today: today, files: noFiles)),
            ("application-add", SaveApplication(application, replacing: nil, today: today)),
            ("application step", TakeStep(step)),
            ("application decision", DecideStep(decision)),
            ("shortlist", ConfirmShortlist(roundId: 1, date: today, today: today, files: noFiles)),
            ("assign reviewers", AssignReviewers(applicationId: 1, reviewers: ["r"], date: today, files: noFiles)),
            ("site visit", RecordSiteVisit(application, visit: SiteVisit(date: today, findings: "看过"), today: today)),
            ("quota exception", RecordQuotaException(QuotaException(applicationId: 1, kind: .secondStationForUnit, reason: "理由",
                                                                   by: "a", on: today), today: today)),
        ] + stationSamples(station, talent) + reviewSamples(unit) + moneySamples
    }

    /// Issue 13's commands: score sheets, ties, users, policy.
    static func reviewSamples(_ unit: StationDomain.Unit) -> [(String, any StoreCommand)] {
        let form = ScoreForm(id: "f", version: 1, title: "表", subject: .evaluation, stationType: nil,
                             criteria: [.init(key: "a", title: "甲", max: 10)])
        let nowhere = ShareDirectory(path: "/nonexistent-share")
        return [
            ("sheet-draft", SaveDraft(SheetDraft(sheetId: 999, scores: ["a": 1]))),
            ("sheet-submit", SubmitSheet(SheetDraft(sheetId: 999, scores: ["a": 1]), form: form, on: today)),
            ("sheet-reopen", ReopenSheet(999, reason: "复核")),
            ("sheet-withdraw", WithdrawSheet(999, reason: "回避", on: today)),
            ("sheet-assign", AssignSheet(.evaluation, 999, to: "reviewer", form: form, deadline: nil)),
            ("tie-declare", DeclareTie(ReviewerTie(reviewer: "x", unitId: unit.id))),
            ("tie-remove", RemoveTie(999)),
            ("user-add", SaveUser(User(login: "表格用户", roles: []), replacing: nil)),
            ("user-deactivate", SetUserActive("nobody", deactivatedOn: today)),
            ("policy-load", LoadPolicy(file: "/nonexistent.json", share: nowhere, on: today)),
            ("policy-continue", ContinuePolicy(from: today, until: nil, reason: "r", share: nowhere, on: today)),
        ]
    }

    /// Issue 12's commands on a station and a talent.
    static func stationSamples(_ station: Station?, _ talent: Talent?) -> [(String, any StoreCommand)] {
        guard let s = station, let id = s.id, let t = talent, let tid = t.id else { return [] }
        let filing = StaffFiling(id: nil, stationId: id, filedOn: today, role: .staff, oldPerson: "", newPerson: "表格人", reason: "新增")
        let activity = Activity(stationId: id, on: today, duty: 1, title: "表格活动")
        let demand = TalentDemand(stationId: id, enterprise: "表格企业", need: "工程师", headcount: 1, collectedOn: today)
        return [
            ("station-filing", FileStaffChange(filing, policy: nil)),
            ("station-filing-acknowledge", AcknowledgeFiling(StaffFiling(id: 999, stationId: id, filedOn: today, role: .staff, oldPerson: "",
                                                                         newPerson: "某", reason: "x"), on: today)),
            ("activity-add", SaveActivity(activity, replacing: nil, policy: nil)),
            ("activity-delete", DeleteActivity(Activity(id: 999, stationId: id, on: today, duty: 1, title: "无"))),
            ("demand-add", SaveTalentDemand(demand, replacing: nil, policy: nil)),
            ("demand-delete", DeleteTalentDemand(TalentDemand(id: 999, stationId: id, enterprise: "无", need: "无", headcount: 1, collectedOn: today))),
            ("station-edit", EditStation(s, replacing: s, reason: "更正", policy: nil)),
            ("talent-add", SaveTalent(Talent(name: "表格人才", category: .g, employer: "表格企业", introducedOn: today, stationId: id),
                                      replacing: nil, policy: nil)),
            ("talent-edit", SaveTalent(t, replacing: t, policy: nil)),
            ("talent-recredit", RecreditTalents([tid], to: id, policy: nil)),
            ("talent-employer-kind", SetEmployerKind([tid], to: .enterprise)),
            ("talent-delete", DeleteTalent(t)),
        ]
    }

    /// Issue 14's commands (records that need not exist: the store says so after the role check).
    static var moneySamples: [(String, any StoreCommand)] {
        let rules = JudgingRules(files: noFiles, calendar: nil, today: today)
        let station = Station(id: 999, name: "表格站", type: .university, unitId: 1, partnerIds: [], head: "某", agreementDate: today)
        let evaluation = Evaluation(id: 999, stationId: 999, year: 2025, computedCount: 0)
        let subsidy = Subsidy(id: 999, stationId: 999, year: 2025, grade: .a, cap: .yuan(1))
        return [
            ("evaluation-open-year", OpenEvaluationYear(year: 2025, rules: rules)),
            ("evaluation-correct-count", CorrectEvaluationCount(evaluation, count: 1, reason: "理由")),
            ("evaluation-decide", DecideEvaluation(evaluation, flags: EvaluationFlags(), evaluator: .bureau, date: today,
                                                   reference: "文号", rules: rules)),
            ("station-revoke", RevokeStation(station, date: today, reference: "文号", rules: rules)),
            ("subsidy-amount", SetSubsidyAmount(subsidy, amount: .yuan(1))),
            ("subsidy-payment", RecordPayment(Payment(subsidyId: 999, paidOn: today, amount: .yuan(1)), today: today)),
            ("subsidy-spending", RecordSpending(SpendingLine(subsidyId: 999, on: today, use: .travel, amount: .yuan(1)), today: today)),
            ("subsidy-return", OrderReturn(Clawback(subsidyId: 999, orderedOn: today, amount: .yuan(1), reason: "理由"), today: today)),
        ]
    }

    /// Logins with one role each, one with none, and one the store does not know.
    static let logins: [(login: String, roles: Set<Role>?)] = [
        ("clerk", [.clerk]), ("reviewer", [.reviewer]), ("approver", [.approver]), ("admin", [.admin]),
        ("norole", []), ("stranger", nil),
    ]

    func perform<C: StoreCommand>(_ command: C, _ db: AppDatabase, by login: String) throws { _ = try db.perform(command, by: login) }
    func permission<C: StoreCommand>(of command: C) -> Permission { C.permission }

    func testEveryCommandAsEveryRoleAndAsLoginsWithoutOne() throws {
        let db = try StoreFixture.store()
        for (login, roles) in Self.logins {
            if let roles { try db.save(User(login: login, roles: roles), replacing: nil, by: StoreFixture.user) }
        }
        let unit = try db.perform(SaveUnit(StationDomain.Unit(name: "表格甲", creditCode: CreditCode.completing("91450200MA5T00001")!,
                                                              kind: .enterprise), replacing: nil), by: StoreFixture.user)
        let partner = try db.perform(SavePartner(Partner(name: "表格乙", kind: .university, city: "北京"), replacing: nil), by: StoreFixture.user)
        let (station, talent) = try db.write(command: "set-up", by: StoreFixture.user) { w -> (Station, Talent) in
            let u = try w.insert(StationDomain.Unit(name: "表格丙", creditCode: CreditCode.completing("91450200MA5T00003")!, kind: .enterprise))
            let p = try w.insert(Partner(name: "表格丁", kind: .university, city: "上海"))
            let s = try w.insert(Station(name: "表格工作站甲", type: .university, unitId: u.id!, partnerIds: [p.id!], head: "某",
                                         staff: ["乙"], agreementDate: CivilDate("2025-06-01")!))
            let t = try w.insert(Talent(name: "表格人", category: .g, employer: "某厂", introducedOn: CivilDate("2025-07-01")!, stationId: s.id!))
            return (s, t)
        }
        var refusedCount = 0, permittedCount = 0
        for (login, roles) in Self.logins {
            // Fresh records each round: a permitted delete may have removed them.
            for (label, command) in try Self.samples(unit: try db.unit(id: unit.id!) ?? unit, partner: try db.partner(id: partner.id!) ?? partner,
                                                     station: try db.fetch(Station.self, id: station.id!) ?? station,
                                                     talent: try db.fetch(Talent.self, id: talent.id!) ?? talent) {
                let needed = permission(of: command).role
                let before = try db.journalCount()
                var error: Error?
                do { try perform(command, db, by: login) } catch let e { error = e }
                let reasons = (error as? Refused)?.reasons ?? []
                if let roles, roles.contains(needed) {
                    permittedCount += 1
                    XCTAssertFalse(reasons.contains(.roleRequired(needed)) || reasons.contains(.notAUser(login: login)),
                                   "\(label) as \(login): permitted, yet refused for the role")
                } else {
                    refusedCount += 1
                    let expected: Refusal = roles == nil ? .notAUser(login: login) : .roleRequired(needed)
                    XCTAssertEqual(reasons, [expected], "\(label) as \(login): \(String(describing: error))")
                    XCTAssertEqual(try db.journalCount(), before, "\(label) as \(login): nothing journalled")
                }
            }
        }
        XCTAssertGreaterThan(permittedCount, 10)
        XCTAssertGreaterThan(refusedCount, 60)
    }

    /// An undo or redo needs, at that moment, the role its command needs: the journal's command
    /// names map back to the one role table, for every command and every application step.
    func testEveryJournalledCommandNameMapsToItsPermission() throws {
        let db = try StoreFixture.store()
        let unit = try db.perform(SaveUnit(StationDomain.Unit(name: "表格甲", creditCode: CreditCode.completing("91450200MA5T00001")!,
                                                              kind: .enterprise), replacing: nil), by: StoreFixture.user)
        let partner = try db.perform(SavePartner(Partner(name: "表格乙", kind: .university, city: "北京"), replacing: nil), by: StoreFixture.user)
        for (label, command) in try Self.samples(unit: unit, partner: partner) {
            XCTAssertEqual(CommandRoles.permission(forCommand: command.name), permission(of: command), "\(label): \(command.name)")
        }
        for step in ApplicationStep.allCases {
            let name = "application-" + step.rawValue.replacingOccurrences(of: "_", with: "-")
            XCTAssertEqual(CommandRoles.permission(forCommand: name), step.permission, name)
        }
        for kind in ["units", "partners", "stations", "talents"] { XCTAssertEqual(CommandRoles.permission(forCommand: "import-" + kind), .imports) }
        XCTAssertNil(CommandRoles.permission(forCommand: "preferences"), "anyone's own preferences")
    }

    /// The table itself, as SPEC "Roles" states it.
    func testTheOneRoleTable() {
        let clerk: [Permission] = [.units, .partners, .applications, .stations, .talents, .imports, .assignments, .evaluations, .spending]
        let reviewer: [Permission] = [.ownScoreSheets, .ownTies]
        let approver: [Permission] = [.decisions, .grades, .revocations, .subsidyAmounts, .payments, .clawbacks]
        let admin: [Permission] = [.users, .roles, .policy, .revert]
        XCTAssertEqual(Set(clerk + reviewer + approver + admin), Set(Permission.allCases), "every permission is in the table")
        for p in clerk { XCTAssertEqual(p.role, .clerk, "\(p)") }
        for p in reviewer { XCTAssertEqual(p.role, .reviewer, "\(p)") }
        for p in approver { XCTAssertEqual(p.role, .approver, "\(p)") }
        for p in admin { XCTAssertEqual(p.role, .admin, "\(p)") }
    }
}
