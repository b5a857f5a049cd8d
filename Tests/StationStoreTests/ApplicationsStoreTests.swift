import GRDB
import XCTest
@testable import StationStore
import StationDomain

/// The store's part of the applications round (issue 11): a continuation's plan period, station
/// periods, and the facts a step is judged on.
final class ApplicationsStoreTests: StoreTestCase {
    let day = CivilDate("2026-01-05")!

    func testContinuationKeepsItsPlanPeriodAndOldRowsReadTheDefault() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("admin")
        let plan = PlanPeriod(name: "十五五", firstYear: 2026, lastYear: 2030, stationCap: 7)
        try db.record(continuation: StoredContinuation(policyId: "m", from: CivilDate("2026-01-01")!, reason: "继续执行",
                                                       recordedBy: "admin", recordedOn: day, planPeriod: plan), by: "admin")
        XCTAssertEqual(try db.provisionalContinuations().first?.planPeriod, plan)
        XCTAssertEqual(try db.provisionalContinuations().first?.continuation.planPeriod, plan)
        // Undo takes the row away whole, columns and all; redo brings the plan back.
        _ = try db.undo(by: "admin")
        XCTAssertEqual(try db.provisionalContinuations().count, 0)
        _ = try db.redo(by: "admin")
        XCTAssertEqual(try db.provisionalContinuations().first?.planPeriod, plan)
        // A row recorded before the plan columns existed (they are NULL) reads as the default.
        try db.transaction { d in
            try d.execute(sql: "UPDATE provisional_continuation SET plan_name = NULL, plan_first_year = NULL, plan_last_year = NULL, plan_cap = NULL")
        }
        XCTAssertEqual(try db.provisionalContinuations().first?.planPeriod, ProvisionalContinuation.defaultPlanPeriod)
    }

    /// The facts of one application, read in one transaction, give the rules' context: quota
    /// counts leave the application itself out, a renewal's station is not new.
    func testFactsGiveTheContextOfAStep() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("clerk")
        let (app, other) = try db.write(command: "seed", by: "clerk") { w -> (Application, Application) in
            let u1 = try w.insert(sampleUnit(1)), u2 = try w.insert(sampleUnit(2))
            let p = try w.insert(Partner(name: "华东虚构大学", kind: .university, city: "上海"))
            let r = try w.insert(Round(year: 2026, places: 2, openedOn: CivilDate("2026-03-01")!))
            let old = try w.insert(Station(name: "老站", type: .university, unitId: u2.id!, partnerIds: [p.id!], head: "甲",
                                           staff: ["乙"], agreementDate: CivilDate("2026-02-01")!))
            _ = try w.insert(StationPeriod(stationId: old.id!, agreementDate: CivilDate("2023-02-01")!))
            _ = try w.insert(StationPeriod(stationId: old.id!, agreementDate: CivilDate("2026-02-01")!, renewal: true))
            func app(_ unit: Unit, _ state: ApplicationState) throws -> Application {
                try w.insert(Application(roundId: r.id!, unitId: unit.id!, partnerIds: [p.id!], type: .university,
                                         proposedName: "\(unit.name)工作站", proposedHead: "丙", staff: ["丁"], state: state,
                                         createdOn: CivilDate("2026-03-05")!))
            }
            return (try app(u1, .shortlisted), try app(u2, .bureauApproved))
        }
        let facts = try XCTUnwrap(try db.applicationFacts(id: app.id!))
        XCTAssertEqual(facts.partners.map(\.name), ["华东虚构大学"])
        XCTAssertEqual(facts.round?.places, 2)
        XCTAssertEqual(facts.periods.count, 2)
        var policy = try TestPolicy.measures()
        policy.planPeriod = ProvisionalContinuation.defaultPlanPeriod
        let c = facts.context(on: CivilDate("2026-06-01")!, by: "clerk", roles: [.approver], policy: policy)
        XCTAssertEqual(c.approvedInRound, 1, "the other application, not this one")
        // The renewed station was set up in 2023 (十四五): only the other approval counts in 十五五.
        XCTAssertEqual(c.usedInPlan, 1)
        XCTAssertNil(try db.applicationFacts(id: 999))
        XCTAssertEqual(other.state, .bureauApproved)
    }
}

/// The Measures as the policy file has them, for store tests that judge steps.
enum TestPolicy {
    static func measures() throws -> Policy {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/policy/2023-liuzhou-measures.json")
        return try ShareDirectory.loadPolicy(at: data.path)
    }
}
