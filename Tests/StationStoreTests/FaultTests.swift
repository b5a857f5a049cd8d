import Foundation
import XCTest
@testable import StationStore
import StationDomain

/// Faults done for real, with separate processes: many writers at once, kill -9 in the middle of
/// writes, a full disk. Every command reported done must be there afterwards and `verify` must pass.
final class FaultTests: StoreTestCase {
    func partnerNames(_ db: AppDatabase) throws -> Set<String> { Set(try db.partners().map(\.name)) }

    func testManyProcessesWritingAtOnceLoseNothing() throws {
        _ = try openStore()  // created once, so the writers race on commands, not on the first migration
        let writers = 4, commands = 40
        let helpers = try (1...writers).map { try HelperProcess(["write", folder, "user\($0)", "\(commands)"]) }
        for h in helpers { XCTAssertEqual(h.finish(), 0, "\(h.lines.suffix(3))") }
        let db = try openStore()
        let names = try partnerNames(db)
        for w in 1...writers {
            for i in 1...commands { XCTAssertTrue(names.contains("user\(w)-\(i)"), "user\(w)-\(i) missing") }
        }
        XCTAssertEqual(try db.journalCount(), writers * commands)
        let report = try db.verify()
        XCTAssertTrue(report.isIntact, "\(report.problems)")
        // Each writer's undo still finds its own last command.
        try db.undo(by: "user2")
        XCTAssertFalse(try partnerNames(db).contains("user2-\(commands)"))
    }

    func testProcessesRacingToCreateTheStoreAllSucceed() throws {
        let fresh = folder + "/fresh"
        let helpers = try (1...4).map { try HelperProcess(["write", fresh, "first\($0)", "5"]) }
        for h in helpers { XCTAssertEqual(h.finish(), 0, "\(h.lines.suffix(3))") }
        let db = try AppDatabase.open(folder: fresh)
        XCTAssertEqual(try db.partners().count, 20)
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testKillNineDuringWritesKeepsEveryConfirmedCommand() throws {
        _ = try openStore()
        var confirmed: [String] = []
        var generator = SystemRandomNumberGenerator()
        for round in 1...15 {
            let helper = try HelperProcess(["write", folder, "k\(round)", "500"])
            helper.waitForDone(Int.random(in: 2...12, using: &generator))
            // Give it a moment to be inside the next commit, at a random point.
            usleep(UInt32.random(in: 0...3000, using: &generator))
            helper.kill9()
            _ = helper.finish()
            XCTAssertEqual(helper.process.terminationReason, .uncaughtSignal)
            confirmed += helper.done.map { "k\(round)-\($0)" }
            let db = try openStore()
            let names = try partnerNames(db)
            for name in confirmed { XCTAssertTrue(names.contains(name), "round \(round): confirmed \(name) lost") }
            let report = try db.verify()
            XCTAssertTrue(report.isIntact, "round \(round): \(report.problems)")
        }
        XCTAssertGreaterThan(confirmed.count, 8)
    }

    func testFileSizeLimitActsAsFullDiskAndStoreStaysUsable() throws {
        let db = try openStore()
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        let size = try FileManager.default.attributesOfItem(atPath: db.path)[.size] as! Int
        // Room for a few commands, then the file cannot grow.
        let helper = try HelperProcess(["write", folder, "full", "2000", "\(size + 24_576)"])
        let status = helper.finish()
        XCTAssertEqual(status, 3, "\(helper.lines.suffix(3))")
        let error = helper.lines.first { $0.hasPrefix("error ") } ?? ""
        XCTAssertTrue(error.contains("disk full") || error.contains("磁盘已满"), error)
        XCTAssertTrue(helper.lines.contains { $0.hasPrefix("usable ") }, "the failing process could still read: \(helper.lines.suffix(2))")
        XCTAssertGreaterThan(helper.done.count, 0)
        let reopened = try openStore()
        let names = try partnerNames(reopened)
        for i in helper.done { XCTAssertTrue(names.contains("full-\(i)")) }
        XCTAssertEqual(names.count, helper.done.count, "the failed command left nothing behind")
        XCTAssertTrue(try reopened.verify().isIntact)
        try reopened.save(sampleUnit(2), replacing: nil, by: "alice")
        XCTAssertEqual(try reopened.units().count, 2)
    }

    /// A real full file system: a 1 MiB tmpfs (needs root and mount; skipped elsewhere).
    func testRealFullDiskOnTmpfs() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to mount a tmpfs") }
        let mountPoint = folder + "/small"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=640k", "tmpfs", mountPoint]) == 0 else {
            throw XCTSkip("mount -t tmpfs is not allowed here")
        }
        defer { _ = run("/bin/umount", ["-l", mountPoint]) }
        let db = try AppDatabase.open(folder: mountPoint)
        var saved = 0
        var failure: StoreError?
        for i in 1...5000 {
            do {
                try db.save(Partner(name: "p\(i)", kind: .park, city: "深圳", contact: String(repeating: "满", count: 200)),
                            replacing: nil, by: "alice")
                saved += 1
            } catch let e as StoreError {
                failure = e
                break
            }
        }
        guard case .diskFull = failure else { return XCTFail("expected diskFull, got \(String(describing: failure))") }
        XCTAssertTrue(failure!.words.en.contains("disk full"))
        XCTAssertTrue(failure!.description.contains("磁盘已满"))
        XCTAssertEqual(try db.partners().count, saved)
        let reopened = try AppDatabase.open(folder: mountPoint)
        XCTAssertEqual(try reopened.partners().count, saved)
        XCTAssertTrue(try reopened.verify().isIntact)
    }

    private func run(_ tool: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}
