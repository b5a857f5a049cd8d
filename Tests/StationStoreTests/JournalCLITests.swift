import Foundation
import XCTest
@testable import StationStore
import GRDB

/// The journal's subcommands, run as the real `stationdesk` binary.
final class JournalCLITests: StoreTestCase {
    struct Result { var status: Int32; var out: String; var err: String }

    func stationdesk(_ args: [String]) throws -> Result {
        let binary = try HelperProcess.executable().deletingLastPathComponent().appendingPathComponent("stationdesk")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("stationdesk not built") }
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["STATIONDESK_DATA"] = folder + "/not-this-one"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    func testLogUndoRedoVerifyBackupAsTheLoginUser() throws {
        let me = LoginIdentity.current()
        let db = try openStore()
        try db.ensureFirstAdmin(me)   // as `init` does: the commands refuse a login without a user record
        try db.save(sampleUnit(1), replacing: nil, by: me)
        try db.save(sampleUnit(2), replacing: nil, by: me)

        let log = try stationdesk(["log", "--data", folder, "--limit", "1"])
        XCTAssertEqual(log.status, 0, log.err)
        XCTAssertTrue(log.out.hasPrefix("#3 "), log.out)
        XCTAssertFalse(log.out.contains("#2 "))

        let undo = try stationdesk(["undo", "--data", folder, "--lang", "en"])
        XCTAssertEqual(undo.status, 0, undo.err)
        XCTAssertEqual(try db.units().count, 1)
        XCTAssertEqual(try stationdesk(["redo", "--data", folder]).status, 0)
        XCTAssertEqual(try db.units().count, 2)

        let verify = try stationdesk(["verify", "--data", folder])
        XCTAssertEqual(verify.status, 0, verify.out + verify.err)
        XCTAssertTrue(verify.out.contains("5条日志"), verify.out)

        let backup = try stationdesk(["backup", "--data", folder, folder + "/copy.sqlite"])
        XCTAssertEqual(backup.status, 0, backup.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/copy.sqlite"))
    }

    func testVerifyFailsAfterAJournalRowIsEditedWithTheShell() throws {
        let db = try openStore()
        try db.ensureFirstAdmin(LoginIdentity.current())
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        try db.queue.close()
        // What someone with sqlite3 would have to do: the triggers refuse a plain UPDATE.
        let raw = try DatabaseQueue(path: folder + "/stationdesk.sqlite")
        XCTAssertThrowsError(try raw.write { try $0.execute(sql: "UPDATE journal_entry SET user = 'eve'") })
        try raw.writeWithoutTransaction {
            try $0.execute(sql: "DROP TRIGGER journal_entry_append_only_u; UPDATE journal_entry SET user = 'eve'")
        }
        try raw.close()
        let verify = try stationdesk(["verify", "--data", folder])
        XCTAssertEqual(verify.status, 1)
        XCTAssertTrue(verify.out.contains("第1条的哈希不符"), verify.out)
        XCTAssertFalse(verify.out.contains("hash mismatch"), "one language at a time:\n\(verify.out)")
        let english = try stationdesk(["verify", "--data", folder, "--lang", "en"])
        XCTAssertTrue(english.out.contains("entry 1: hash mismatch"), english.out)
        XCTAssertFalse(english.out.unicodeScalars.contains { $0.value >= 0x3000 }, english.out)
        // The dropped append-only trigger is named too (the schema check), beside the edited entry.
        XCTAssertTrue(verify.out.contains("journal_entry_append_only_u"), verify.out)
        XCTAssertTrue(verify.err.contains("发现3处问题"), verify.err)   // two entries edited, one trigger dropped
    }

    func testNothingToUndoAndForeignStoreAreClearErrors() throws {
        try openStore().ensureFirstAdmin(LoginIdentity.current())
        let undo = try stationdesk(["undo", "--data", folder, "--lang", "en"])
        XCTAssertEqual(undo.status, 1)
        XCTAssertTrue(undo.err.contains("nothing to undo"), undo.err)

        let other = folder + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: other + "/stationdesk.sqlite"))
        let log = try stationdesk(["log", "--data", other, "--lang", "en"])
        XCTAssertEqual(log.status, 1)
        XCTAssertTrue(log.err.contains("not a stationdesk store"), log.err)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other + "/stationdesk.sqlite")), Data(repeating: 0x41, count: 4096))
    }

    func testDataFolderComesFromTheEnvironmentWithoutDashDashData() throws {
        // STATIONDESK_DATA points at folder/not-this-one: init there creates that store, not ours,
        // and log then reads it.
        let result = try stationdesk(["init"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/not-this-one/stationdesk.sqlite"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/stationdesk.sqlite"))
        XCTAssertEqual(try stationdesk(["log"]).status, 0)
    }
}
