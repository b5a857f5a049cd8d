import Foundation
import XCTest

/// `stationdesk user …`, `policy load` and `policy continue`, run as the built binary against a
/// fresh `--data` folder. The test's login is the store's first admin (first run makes it so).
final class AdminCommandsTests: XCTestCase {
    var data = ""

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: DomainCommandsTests.binary), "stationdesk not built")
        data = NSTemporaryDirectory() + "admin-e2e-\(UUID().uuidString)"
        let made = try run(["init"])   // the login running the test becomes the first admin
        XCTAssertEqual(made.status, 0, made.err)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: data) }

    /// Runs the binary from the checkout with `--data` appended after the subcommand's words.
    func run(_ args: [String]) throws -> DomainCommandsTests.Run { try DomainCommandsTests.run(args + ["--data", data]) }

    func testAdminAddsUserAndSetsRoles() throws {
        let add = try run(["user", "add", "zhangsan", "--roles", "clerk,reviewer", "--name", "张三"])
        XCTAssertEqual(add.status, 0, add.err)
        let roles = try run(["user", "roles", "zhangsan", "--roles", "approver"])
        XCTAssertEqual(roles.status, 0, roles.err)
        let list = try run(["user", "list"])
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertTrue(list.out.contains("zhangsan\t张三\tapprover\n"), list.out)
        let log = try run(["log"])
        XCTAssertTrue(log.out.contains("user-edit") && log.out.contains("user-add"), log.out)
    }

    func testBadRoleWordIsRefusedNamingTheAllowedOnes() throws {
        let r = try run(["user", "add", "lisi", "--roles", "clerk,boss"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("boss") && r.err.contains("clerk, reviewer, approver, admin"), r.err)
        XCTAssertFalse(try run(["user", "list"]).out.contains("lisi"))
    }

    func testNonAdminIsRefusedAndTheLastAdminStays() throws {
        let me = try run(["user", "list"]).out.split(separator: "\t").first.map(String.init) ?? ""
        XCTAssertFalse(me.isEmpty)
        let last = try run(["user", "roles", me, "--roles", "clerk"])
        XCTAssertEqual(last.status, 1)
        XCTAssertTrue(last.err.contains("最后一位管理员"), last.err)
        XCTAssertEqual(try run(["user", "add", "boss", "--roles", "admin"]).status, 0)
        XCTAssertEqual(try run(["user", "roles", me, "--roles", "clerk"]).status, 0, "another admin remains")
        let refused = try run(["user", "add", "eve", "--roles", "admin"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("无权管理用户"), refused.err)
        XCTAssertEqual(try run(["user", "list"]).status, 1, "a clerk may not list users either")
        XCTAssertEqual(try run(["policy", "continue", "--from", "2026-01-01", "--reason", "x"]).status, 1)
    }

    func testBadPolicyFileIsRefusedAndNothingStored() throws {
        let text = try String(contentsOfFile: DomainCommandsTests.checkout + "/data/policy/2023-liuzhou-measures.json", encoding: .utf8)
            .replacingOccurrences(of: "\"B\": 20", with: "\"B\": 35")
        let bad = data + "-bad.json"
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let r = try run(["policy", "load", bad])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("\(bad): gradeThresholds.A"), r.err)
        XCTAssertFalse(try run(["log"]).out.contains("policy-load"), "nothing stored")
    }

    func testOverlappingPolicyIsRefusedWithTheReason() throws {
        let text = try String(contentsOfFile: DomainCommandsTests.checkout + "/data/policy/2023-liuzhou-measures.json", encoding: .utf8)
            .replacingOccurrences(of: "\"liuzhou-measures-revised\"", with: "\"liuzhou-measures-2025\"")
            .replacingOccurrences(of: "\"validFrom\": \"2023-01-01\"", with: "\"validFrom\": \"2025-06-01\"")
            .replacingOccurrences(of: "\"validUntil\": \"2025-12-31\"", with: "\"validUntil\": \"2028-12-31\"")
        let file = data + "-overlap.json"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let r = try run(["policy", "load", file, "--lang", "en"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("overlaps"), r.err)
        XCTAssertFalse(try run(["log"]).out.contains("policy-load"), "nothing stored")
    }

    func testSuccessorPolicyLoadsAndJudgesItsDates() throws {
        let text = try String(contentsOfFile: DomainCommandsTests.checkout + "/data/policy/2023-liuzhou-measures.json", encoding: .utf8)
            .replacingOccurrences(of: "\"liuzhou-measures-revised\"", with: "\"liuzhou-measures-2026\"")
            .replacingOccurrences(of: "\"validFrom\": \"2023-01-01\"", with: "\"validFrom\": \"2026-01-01\"")
            .replacingOccurrences(of: "\"validUntil\": \"2025-12-31\"", with: "\"validUntil\": \"2028-12-31\"")
        let file = data + "-next.json"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let r = try run(["policy", "load", file])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(try run(["log"]).out.contains("policy-load"))
        let show = try run(["policy", "show", "--on", "2026-06-01"])
        XCTAssertTrue(show.out.contains("in force) until 2028-12-31"), show.out)
        let twice = try run(["policy", "load", file])
        XCTAssertEqual(twice.status, 1, "the same policy id twice is refused")
    }

    func testContinuationShowsInPolicyShow() throws {
        let before = try run(["policy", "show", "--on", "2026-03-01"])
        XCTAssertTrue(before.out.contains("EXPIRED"), before.out)
        let c = try run(["policy", "continue", "--from", "2026-01-01", "--reason", "市人社局通知继续执行"])
        XCTAssertEqual(c.status, 0, c.err)
        let after = try run(["policy", "show", "--on", "2026-03-01"])
        XCTAssertEqual(after.status, 0, after.err)
        XCTAssertTrue(after.out.contains("expired 2025-12-31, continued provisionally"), after.out)
        XCTAssertTrue(after.out.contains("市人社局通知继续执行"), after.out)
        // The default plan period and cap the continuation applies (SPEC "Policy as data").
        XCTAssertTrue(after.out.contains("规划期 (plan period): 十五五 2026–2030，新设工作站不超过 10 家"), after.out)
        XCTAssertTrue(after.out.contains("第五条 规划期 (plan period): 十五五 2026–2030，不超过 10 家"), after.out)
        let earlier = try run(["policy", "show", "--on", "2025-03-01"])
        XCTAssertTrue(earlier.out.contains("第五条 规划期 (plan period): 十四五 2021–2025"), earlier.out)
        let again = try run(["policy", "continue", "--from", "2026-02-01", "--reason", "again", "--lang", "en"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("already continued"), again.err)
    }

    func testContinuationTakesItsPlanPeriodAndCap() throws {
        let bad = try run(["policy", "continue", "--from", "2026-01-01", "--reason", "r", "--plan-years", "2031-2035"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.err.contains("planPeriod"), bad.err)
        let c = try run(["policy", "continue", "--from", "2026-01-01", "--reason", "市科技局通知", "--plan", "十五五",
                         "--plan-years", "2026-2030", "--cap", "6"])
        XCTAssertEqual(c.status, 0, c.err)
        XCTAssertTrue(c.out.contains("十五五 2026–2030，不超过 6 家"), c.out)
        let show = try run(["policy", "show", "--on", "2026-03-01"])
        XCTAssertTrue(show.out.contains("第五条 规划期 (plan period): 十五五 2026–2030，不超过 6 家"), show.out)
    }
}
