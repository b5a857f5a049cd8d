import Foundation
import XCTest

/// Issue 3's command-line behaviour, run against the freshly built binary (`stationdesk workdays …`,
/// `stationdesk policy …`), from the checkout and as a binary copied alone to another folder.
final class DomainCommandsTests: XCTestCase {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The binary beside this test bundle (SwiftPM builds every product before `swift test`).
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("stationdesk").path
    }

    struct Run { var status: Int32; var out: String; var err: String }

    func run(_ args: [String], binary: String = DomainCommandsTests.binary, cwd: String = DomainCommandsTests.checkout,
             env: [String: String] = [:]) throws -> Run {
        try Self.run(args, binary: binary, cwd: cwd, env: env)
    }

    /// Runs `binary` (not in a terminal) to its end from `cwd`, with a UTF-8 locale and a path (and
    /// `env`), and collects what it wrote. The other command-line tests run the program through it.
    static func run(_ args: [String], binary: String = DomainCommandsTests.binary, cwd: String = DomainCommandsTests.checkout,
                    env: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        var environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        environment.merge(env) { _, new in new }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.binary), "stationdesk not built at \(Self.binary)")
    }

    func testWorkdays_addBetweenIs() throws {
        let cases: [([String], String)] = [
            (["workdays", "add", "2024-02-09", "1"], "2024-02-18"),   // to the make-up Sunday
            (["workdays", "add", "2024-02-10", "0"], "2024-02-18"),   // N = 0 on a holiday: next working day
            (["workdays", "add", "2024-02-08", "0"], "2024-02-08"),   // N = 0 on a working day: itself
            (["workdays", "add", "2023-09-28", "1"], "2023-10-07"),   // National Day 2023, make-up Saturday
            (["workdays", "between", "2024-09-30", "2024-10-12"], "5"),
            (["workdays", "is", "2024-02-04"], "yes"),
            (["workdays", "is", "2024-02-12"], "no"),
        ]
        for (args, expected) in cases {
            let r = try run(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertEqual(r.out, expected + "\n", "\(args)")
        }
    }

    /// Past the table (it ends with 2026) `workdays add` counts weekends only and says so (issue 14).
    func testWorkdays_addPastTheTableIsMarkedProvisional() throws {
        let r = try run(["workdays", "add", "2026-12-30", "5"])   // Thu 31, Fri 1, Mon 4 … Wed 6 January 2027
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("2027-01-06 暂定："), r.out)
        XCTAssertTrue(r.out.contains("2027"), r.out)
        let inside = try run(["workdays", "add", "2026-12-01", "22"])
        XCTAssertEqual(inside.out, "2026-12-31\n", "inside the table: the plain date, no mark")
    }

    func testWorkdays_errorsNameTheYearOrTheArgument() throws {
        let cases: [([String], String)] = [
            (["workdays", "is", "2027-01-04"], "2027"),
            (["workdays", "add", "2003-12-30", "5"], "2003"),
            (["workdays", "between", "2003-12-30", "2004-01-05"], "2003"),
            (["workdays", "add", "2024-02-30", "1"], "DATE '2024-02-30' is not a date"),
            (["workdays", "add", "2024-02-01", "--", "-1"], "N must be 0 or more"),
        ]
        for (args, words) in cases {
            let r = try run(args, env: ["LANG": "en_US.UTF-8"])   // one language at a time: these words are English
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.out, "", "\(args): nothing on stdout")
            XCTAssertTrue(r.err.contains(words), "\(args): \(r.err)")
        }
    }

    func testPolicyCheck_goodAndBadFiles() throws {
        let good = try run(["policy", "check", "data/policy/2023-liuzhou-measures.json"])
        XCTAssertEqual(good.status, 0, good.err)
        XCTAssertTrue(good.out.contains("valid"))
        let text = try String(contentsOfFile: Self.checkout + "/data/policy/2023-liuzhou-measures.json", encoding: .utf8)
            .replacingOccurrences(of: "\"B\": 20", with: "\"B\": 35")
            .replacingOccurrences(of: "\"C\": 50000", with: "\"C\": -5")
        let bad = NSTemporaryDirectory() + "bad-policy-\(UUID().uuidString).json"
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let r = try run(["policy", "check", bad], env: ["LANG": "en_US.UTF-8"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("\(bad): gradeThresholds.A"), r.err)
        XCTAssertTrue(r.err.contains("\(bad): subsidyCapsYuan.C"), r.err)
        XCTAssertTrue(r.err.contains("negative cap"), r.err)
    }

    func testPolicyShow_saysPlainlyWhenExpired() throws {
        let expired = try run(["policy", "show", "--on", "2026-11-26"])
        XCTAssertEqual(expired.status, 0, expired.err)
        XCTAssertTrue(expired.out.contains("EXPIRED"), expired.out)
        XCTAssertTrue(expired.out.contains("expired 2025-12-31"), expired.out)
        let inForce = try run(["policy", "show", "--on", "2025-06-01"])
        XCTAssertTrue(inForce.out.contains("in force) until 2025-12-31"), inForce.out)
        XCTAssertTrue(inForce.out.contains("不超过 10 家"), inForce.out)
        XCTAssertTrue(inForce.out.contains("A ¥100,000.00"), inForce.out)
        // Without --on: today in Asia/Shanghai, which is past 2025-12-31 on this project's clock.
        // The server's zone must not shift the day: run it as if in Los Angeles (UTC-8/-7).
        var shanghai = Calendar(identifier: .gregorian)
        shanghai.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let c = shanghai.dateComponents([.year, .month, .day], from: Date())
        let expected = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        let today = try run(["policy", "show"], env: ["TZ": "America/Los_Angeles"])
        XCTAssertEqual(today.status, 0, today.err)
        XCTAssertTrue(today.out.hasPrefix("日期 (date): \(expected)\n"), "expected \(expected): \(today.out.prefix(40))")
    }

    func testBinaryAloneFindsItsDataOrSaysWhereItLooked() throws {
        let folder = NSTemporaryDirectory() + "alone-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/stationdesk"
        try FileManager.default.copyItem(atPath: Self.binary, toPath: copy)
        let lost = try run(["workdays", "is", "2024-02-04"], binary: copy, cwd: folder)
        XCTAssertEqual(lost.status, 1)
        XCTAssertTrue(lost.err.contains(folder + "/data"), lost.err)
        XCTAssertTrue(lost.err.contains("--share"), lost.err)
        let viaEnv = try run(["workdays", "is", "2024-02-04"], binary: copy, cwd: folder,
                             env: ["STATIONDESK_SHARE": Self.checkout + "/data"])
        XCTAssertEqual(viaEnv.out, "yes\n", viaEnv.err)
        let viaOption = try run(["workdays", "is", "--share", Self.checkout + "/data", "2024-02-04"], binary: copy, cwd: folder)
        XCTAssertEqual(viaOption.out, "yes\n", viaOption.err)
        // Beside the binary: a data/ folder next to it is found with no option.
        try FileManager.default.createSymbolicLink(atPath: folder + "/data", withDestinationPath: Self.checkout + "/data")
        XCTAssertEqual(try run(["workdays", "is", "2024-02-04"], binary: copy, cwd: "/").out, "yes\n")
    }
}
