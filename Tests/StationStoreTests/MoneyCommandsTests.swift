import Foundation
import GRDB
import XCTest
@testable import StationStore
import StationDomain

/// Issue 14's commands on the road: each decided inside its transaction by the domain's rules,
/// each checked against the one role table (clerk opens years, corrects counts, records spending;
/// approver decides grades, revocations, amounts, payments and returns).
final class MoneyCommandsTests: StoreTestCase {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data").path
    static let share = ShareDirectory(path: data)
    let today = CivilDate("2025-12-01")!

    func rules(today: CivilDate? = nil) throws -> JudgingRules {
        JudgingRules(book: try Self.share.policyBook(), calendar: try Self.share.workdayCalendar(), today: today ?? self.today)
    }

    struct Fixture {
        var db: AppDatabase
        var station: Station
    }

    /// clara (clerk), alan (approver), rita (reviewer), adam (admin only); a station signed 2023-03-15
    /// with `enterprise` enterprise talents of category G in its first year (2023-03-15 … 2024-03-14)
    /// and one hospital talent.
    func fixture(enterprise: Int = 30, unclassified: Int = 0) throws -> Fixture {
        let db = try openStore()
        try db.ensureFirstAdmin("root")
        for (login, role) in [("clara", Role.clerk), ("alan", .approver), ("rita", .reviewer), ("adam", .admin)] {
            try db.save(User(login: login, roles: [role]), replacing: nil, by: "root")
        }
        let station = try db.write(command: "seed", by: "root") { w -> Station in
            let unit = try w.insert(sampleUnit(1))
            let partner = try w.insert(Partner(name: "华东虚构大学", kind: .university, city: "上海"))
            let s = try w.insert(Station(name: "华东虚构大学柳州工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                         head: "周一鸣", staff: ["李四"], agreementDate: CivilDate("2023-03-15")!))
            func talent(_ n: Int, _ kind: EmployerKind?) throws {
                try w.insert(Talent(name: "人才\(n)", category: .g, employer: "某单位", employerKind: kind,
                                    introducedOn: CivilDate("2023-09-01")!, stationId: s.id))
            }
            for n in 0..<enterprise { try talent(n, .enterprise) }
            for n in 0..<unclassified { try talent(100 + n, nil) }
            try talent(200, .institution)
            return s
        }
        return Fixture(db: db, station: station)
    }

    func evaluation(_ f: Fixture, year: Int = 2024) throws -> Evaluation {
        try XCTUnwrap(try f.db.evaluations(station: f.station.id!).first { $0.year == year })
    }

    func reasons(_ body: () throws -> Any) -> [Refusal] {
        do { _ = try body(); return [] } catch let r as Refused { return r.reasons } catch { return [.notAUser(login: "\(error)")] }
    }

    // MARK: roles

    /// Every command as every role, and as a login that is no user: only the role of the table may
    /// perform it, and a refusal writes nothing.
    func testEachCommandNeedsItsRole() throws {
        let f = try fixture()
        let r = try rules()
        try f.db.perform(OpenEvaluationYear(year: 2024, rules: r), by: "clara")
        let e = try evaluation(f)
        let decided = try f.db.perform(DecideEvaluation(e, flags: EvaluationFlags(), evaluator: .bureau, date: CivilDate("2024-04-01")!,
                                                        reference: "柳科评〔2024〕1号", rules: r), by: "alan")
        let subsidy = try XCTUnwrap(decided.subsidy)
        let withAmount = try f.db.perform(SetSubsidyAmount(subsidy, amount: .yuan(90_000)), by: "alan")
        try f.db.perform(RecordPayment(Payment(subsidyId: subsidy.id!, paidOn: CivilDate("2024-05-01")!, amount: .yuan(50_000)), today: today), by: "alan")
        let commands: [(String, Role, (String) throws -> Void)] = [
            ("open", .clerk, { try f.db.perform(OpenEvaluationYear(year: 2025, rules: r), by: $0) }),
            ("correct", .clerk, { try f.db.perform(CorrectEvaluationCount(decided.evaluation, count: 3, reason: "x"), by: $0) }),
            ("decide", .approver, { try f.db.perform(DecideEvaluation(e, flags: EvaluationFlags(), evaluator: .bureau,
                                                                       date: CivilDate("2024-04-01")!, reference: "x", rules: r), by: $0) }),
            ("revoke", .approver, { try f.db.perform(RevokeStation(f.station, date: CivilDate("2025-04-01")!, reference: "x", rules: r), by: $0) }),
            ("amount", .approver, { try f.db.perform(SetSubsidyAmount(withAmount, amount: .yuan(1)), by: $0) }),
            ("payment", .approver, { try f.db.perform(RecordPayment(Payment(subsidyId: subsidy.id!, paidOn: self.today, amount: .yuan(1)),
                                                                    today: self.today), by: $0) }),
            ("spending", .clerk, { try f.db.perform(RecordSpending(SpendingLine(subsidyId: subsidy.id!, on: self.today, use: .travel,
                                                                                amount: .yuan(1)), today: self.today), by: $0) }),
            ("return", .approver, { try f.db.perform(OrderReturn(Clawback(subsidyId: subsidy.id!, orderedOn: self.today, amount: .yuan(1),
                                                                          reason: "违规"), today: self.today), by: $0) }),
        ]
        let logins: [(String, Role?)] = [("clara", .clerk), ("alan", .approver), ("rita", .reviewer), ("adam", .admin), ("nobody", nil)]
        for (what, needed, perform) in commands {
            for (login, role) in logins where role != needed {
                let before = try f.db.journalCount()
                let got = reasons { try perform(login) }
                XCTAssertEqual(got, [role == nil ? .notAUser(login: login) : .roleRequired(needed)], "\(what) as \(login)")
                XCTAssertEqual(try f.db.journalCount(), before, "\(what) as \(login): nothing written")
            }
        }
    }

    // MARK: evaluations

    func testOpeningAYearMakesOneRecordPerStationDueOnce() throws {
        let f = try fixture(enterprise: 12)
        let opened = try f.db.perform(OpenEvaluationYear(year: 2024, rules: try rules()), by: "clara")
        XCTAssertEqual(opened.map(\.computedCount), [12], "enterprise talents only: the hospital's does not count")
        XCTAssertEqual(opened.map(\.flags.inNameOnly), [false])
        XCTAssertEqual(reasons { try f.db.perform(OpenEvaluationYear(year: 2024, rules: try self.rules()), by: "clara") },
                       [.noEvaluationDue(year: 2024)])
        XCTAssertEqual(reasons { try f.db.perform(OpenEvaluationYear(year: 2023, rules: try self.rules()), by: "clara") },
                       [.noEvaluationDue(year: 2023)], "signed 2023-03-15: no evaluation year ends in 2023")
    }

    func testACorrectionIsJournalledBesideTheComputedCount() throws {
        let f = try fixture(enterprise: 8)
        try f.db.perform(OpenEvaluationYear(year: 2024, rules: try rules()), by: "clara")
        let e = try evaluation(f)
        XCTAssertEqual(reasons { try f.db.perform(CorrectEvaluationCount(e, count: 10, reason: " "), by: "clara") },
                       [.correctionReasonRequired])
        let corrected = try f.db.perform(CorrectEvaluationCount(e, count: 10, reason: "补录两名"), by: "clara")
        XCTAssertEqual([corrected.computedCount, corrected.count], [8, 10])
        let entry = try XCTUnwrap(try f.db.journal(limit: 1).first)
        XCTAssertEqual(entry.command, "evaluation-correct-count")
        let change = try XCTUnwrap(try f.db.entry(entry.sequence).changes.first)
        XCTAssertTrue(change.after?.contains("\"computed_count\":8") == true && change.after?.contains("\"corrected_count\":10") == true,
                      change.after ?? "")
        XCTAssertTrue(change.after?.contains("补录两名") == true)
    }

    func testDecisionGradesFromTheTalentsAndCreatesTheSubsidyLine() throws {
        let f = try fixture(enterprise: 30)
        let r = try rules()
        try f.db.perform(OpenEvaluationYear(year: 2024, rules: r), by: "clara")
        let e = try evaluation(f)
        func decide(_ date: String, reference: String = "柳科评〔2024〕1号", evaluator: Evaluator = .bureau) -> [Refusal] {
            reasons { try f.db.perform(DecideEvaluation(e, flags: EvaluationFlags(), evaluator: evaluator, date: CivilDate(date)!,
                                                        reference: reference, rules: r), by: "alan") }
        }
        XCTAssertEqual(decide("2024-03-14"), [.evaluationYearNotOver(ends: CivilDate("2024-03-14")!)])
        XCTAssertEqual(decide("2025-12-02"), [.dateInFuture(CivilDate("2025-12-02")!)])
        XCTAssertEqual(decide("2024-04-01", reference: "", evaluator: .thirdParty("")), [.decisionReferenceRequired, .evaluatorNameRequired])
        let done = try f.db.perform(DecideEvaluation(e, flags: EvaluationFlags(), evaluator: .thirdParty("某评估咨询有限公司"),
                                                     date: CivilDate("2024-04-01")!, reference: "柳科评〔2024〕1号", rules: r), by: "alan")
        XCTAssertEqual(done.evaluation.grade, .a)
        XCTAssertEqual(done.evaluation.evaluator, .thirdParty("某评估咨询有限公司"))
        XCTAssertEqual(try f.db.evaluations(station: f.station.id!).first?.evaluator, .thirdParty("某评估咨询有限公司"), "stored")
        let line = try XCTUnwrap(done.subsidy)
        XCTAssertEqual(line.cap, .yuan(100_000))
        XCTAssertNil(line.approved, "待核定 until the approver decides the amount")
        XCTAssertEqual(line.decidedOn, CivilDate("2024-04-01"))
        XCTAssertEqual(try f.db.journal(limit: 1).first?.command, "evaluation-decide", "one entry for the grade and its line")
        // One undo takes both away.
        _ = try f.db.undo(by: "alan")
        XCTAssertNil(try evaluation(f).grade)
        XCTAssertEqual(try f.db.subsidies(station: f.station.id!), [])
    }

    func testAnUnclassifiedEmployerBlocksTheDecision() throws {
        let f = try fixture(enterprise: 30, unclassified: 2)
        let r = try rules()
        try f.db.perform(OpenEvaluationYear(year: 2024, rules: r), by: "clara")
        let got = reasons { try f.db.perform(DecideEvaluation(try self.evaluation(f), flags: EvaluationFlags(), evaluator: .bureau,
                                                              date: CivilDate("2024-04-01")!, reference: "x", rules: r), by: "alan") }
        XCTAssertEqual(got, [.unclassifiedEmployers(count: 2, names: ["人才100", "人才101"])])
    }

    func testTwoUnqualifiedYearsToRevocation() throws {
        let f = try fixture(enterprise: 3)
        let r = try rules()
        for (year, date) in [(2024, "2024-04-01"), (2025, "2025-04-01")] {
            try f.db.perform(OpenEvaluationYear(year: year, rules: r), by: "clara")
            let done = try f.db.perform(DecideEvaluation(try evaluation(f, year: year), flags: EvaluationFlags(otherGround: year == 2025 ? "虚报" : ""),
                                                         evaluator: .bureau, date: CivilDate(date)!, reference: "柳科评\(year)", rules: r), by: "alan")
            XCTAssertEqual(done.evaluation.grade, .unqualified)
            XCTAssertNil(done.subsidy, "unqualified earns nothing")
        }
        XCTAssertEqual(try f.db.evaluations(station: f.station.id!).last?.flags.otherGround, "虚报", "another ground, in words, stored")
        XCTAssertEqual(reasons { try f.db.perform(RevokeStation(f.station, date: CivilDate("2025-03-31")!, reference: "", rules: r), by: "alan") },
                       [.dateBeforeDecision(date: CivilDate("2025-03-31")!, decidedOn: CivilDate("2025-04-01")!), .decisionReferenceRequired])
        let revoked = try f.db.perform(RevokeStation(f.station, date: CivilDate("2025-04-30")!, reference: "柳科发〔2025〕12号", rules: r), by: "alan")
        XCTAssertEqual(revoked.status, .revoked)
        XCTAssertEqual(revoked.endedOn, CivilDate("2025-04-30"))
        XCTAssertEqual(revoked.revocationReference, "柳科发〔2025〕12号")
        XCTAssertEqual(reasons { try f.db.perform(RevokeStation(revoked, date: CivilDate("2025-05-01")!, reference: "y", rules: r), by: "alan") },
                       [.stationNotActive(.revoked)])
    }

    // MARK: money

    /// An A year to a subsidy paid in two payments; the payments never pass the amount; undo of the
    /// second payment brings the line back to partly paid.
    func testAmountPaymentsSpendingAndReturns() throws {
        let f = try fixture(enterprise: 30)
        let r = try rules()
        try f.db.perform(OpenEvaluationYear(year: 2024, rules: r), by: "clara")
        let line = try XCTUnwrap(try f.db.perform(DecideEvaluation(try evaluation(f), flags: EvaluationFlags(), evaluator: .bureau,
                                                                   date: CivilDate("2024-04-01")!, reference: "x", rules: r), by: "alan").subsidy)
        let id = line.id!
        func pay(_ fen: Int64, on date: String = "2024-05-01") -> [Refusal] {
            reasons { try f.db.perform(RecordPayment(Payment(subsidyId: id, paidOn: CivilDate(date)!, amount: Fen(fen), reference: "拨付单"),
                                                     today: self.today), by: "alan") }
        }
        XCTAssertEqual(pay(100), [.amountNotDecided], "待核定: nothing can be paid")
        XCTAssertEqual(reasons { try f.db.perform(SetSubsidyAmount(line, amount: Fen(10_000_001)), by: "alan") },
                       [.amountAboveCap(amount: Fen(10_000_001), cap: .yuan(100_000))])
        let decided = try f.db.perform(SetSubsidyAmount(line, amount: Fen(9_999_999)), by: "alan")
        XCTAssertEqual(decided.approved, Fen(9_999_999), "yuan and fen, kept as integer fen")
        XCTAssertEqual(pay(6_000_000), [])
        XCTAssertEqual(pay(4_000_000), [.paymentAboveAmount(paid: Fen(10_000_000), amount: Fen(9_999_999))])
        XCTAssertEqual(pay(3_999_999, on: "2024-03-31"), [.dateBeforeDecision(date: CivilDate("2024-03-31")!, decidedOn: CivilDate("2024-04-01")!)])
        XCTAssertEqual(pay(3_999_999, on: "2024-06-01"), [])
        let calendar = try XCTUnwrap(r.calendar)
        func state() throws -> SubsidyStanding {
            let s = try XCTUnwrap(try f.db.subsidies(station: f.station.id!).first)
            return try SubsidyRule.standing(s, payments: try f.db.payments(subsidy: id), spending: try f.db.spendingLines(subsidy: id),
                                            clawbacks: try f.db.clawbacks(subsidy: id), on: today, calendar: calendar, policy: r.fixedBook!.policies[0])
        }
        XCTAssertEqual(try state().state, .paid)
        _ = try f.db.undo(by: "alan")
        XCTAssertEqual(try state().state, .overdue, "the second payment undone: partly paid, and overdue by 2025-12-01")
        XCTAssertEqual(try state().paid, Fen(6_000_000))
        // Spending (clerk): an "other" use must be stated; never more than was paid.
        func spend(_ fen: Int64, _ use: FundUse, note: String = "") -> [Refusal] {
            reasons { try f.db.perform(RecordSpending(SpendingLine(subsidyId: id, on: CivilDate("2024-07-01")!, use: use, amount: Fen(fen),
                                                                   note: note), today: self.today), by: "clara") }
        }
        XCTAssertEqual(spend(100, .other), [.otherUseNotStated])
        XCTAssertEqual(spend(5_000_000, .salaries), [])
        XCTAssertEqual(spend(1_000_001, .other, note: "人才公寓"), [.spendingAbovePaid(spent: Fen(6_000_001), paid: Fen(6_000_000))])
        XCTAssertEqual(spend(1_000_000, .other, note: "人才公寓"), [])
        // Ordered return (approver): with a reason, never more than was paid.
        func order(_ fen: Int64, _ reason: String) -> [Refusal] {
            reasons { try f.db.perform(OrderReturn(Clawback(subsidyId: id, orderedOn: CivilDate("2025-01-10")!, amount: Fen(fen), reason: reason),
                                                   today: self.today), by: "alan") }
        }
        XCTAssertEqual(order(6_000_001, ""), [.clawbackReasonRequired, .clawbackAbovePaid(clawback: Fen(6_000_001), paid: Fen(6_000_000))])
        XCTAssertEqual(order(1_000_000, "人才公寓不属建设补助用途"), [])
        let s = try state()
        XCTAssertEqual(s.state, .returned)
        XCTAssertEqual([s.paid, s.spent, s.returned, s.balance], [Fen(6_000_000), Fen(6_000_000), Fen(1_000_000), Fen(-1_000_000)])
    }
}
