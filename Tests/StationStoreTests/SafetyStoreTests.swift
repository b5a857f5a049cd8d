import Foundation
import GRDB
import StationDomain
import XCTest
@testable import StationStore

/// Issue 10 at the store: a schema changed outside stationdesk is named by verify and written to
/// by nobody; a re-hashed history is caught by an anchor; stores are made only by `create`,
/// private whatever the umask; a failed backup leaves nothing behind.
final class SafetyStoreTests: StoreTestCase {
    var path: String { folder + "/stationdesk.sqlite" }

    /// Runs SQL on the store file as someone with the sqlite3 shell would.
    func shell(_ sql: String) throws {
        let raw = try DatabaseQueue(path: path)
        try raw.writeWithoutTransaction { try $0.execute(sql: sql) }
        try raw.close()
    }

    func created() throws -> AppDatabase {
        let (db, outcome) = try AppDatabase.create(folder: folder + "/data", firstAdmin: "alice")
        XCTAssertEqual(outcome, .created)
        return db
    }

    // MARK: point 4 — the schema

    func testAPlantedTriggerIsNamedByVerifyAndNoHonestWriteGoesThroughIt() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("alice")
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        try db.queue.close()
        try shell("CREATE TRIGGER pwn AFTER INSERT ON unit BEGIN UPDATE unit SET contact = 'pwn' WHERE id = new.id; END")
        let reopened = try openStore()
        let report = try reopened.verify()
        XCTAssertFalse(report.isIntact)
        XCTAssertEqual(report.schemaDifferences.count, 1, "\(report.schemaDifferences)")
        XCTAssertTrue(report.problems.contains { $0.en.contains("schema differs: extra trigger pwn (on table unit)") && $0.zh.contains("结构不符：多出触发器 pwn（在表 unit 上）") },
                      "\(report.problems)")
        // The next honest save is refused, so the trigger never puts 'pwn' under a clerk's name.
        XCTAssertThrowsError(try reopened.save(sampleUnit(2), replacing: nil, by: "alice")) { error in
            guard case .schemaAltered(_, let differences)? = error as? StoreAccessError else { return XCTFail("\(error)") }
            XCTAssertTrue(differences.contains { $0.en.contains("pwn") })
        }
        XCTAssertEqual(try reopened.units().map(\.contact), ["张三"])
        XCTAssertFalse(try reopened.units().contains { $0.contact == "pwn" })
    }

    func testEveryKindOfSchemaChangeIsNamed() throws {
        let db = try openStore()
        try db.queue.close()
        try shell("""
            DROP TRIGGER journal_entry_append_only_d; DROP INDEX unit_name; CREATE TABLE extra(x);
            CREATE VIEW everyone AS SELECT * FROM app_user; ALTER TABLE partner ADD COLUMN secret TEXT;
            CREATE INDEX sneaky ON talent(note);
            """)
        let report = try openStore().verify()
        let en = report.schemaDifferences.map(\.en)
        XCTAssertEqual(en.count, 6, "\(en)")
        for expected in ["trigger journal_entry_append_only_d (on table journal_entry) is missing",
                         "index unit_name (on table unit) is missing", "extra table extra",
                         "extra view everyone", "table partner has an extra column secret", "extra index sneaky (on table talent)"] {
            XCTAssertTrue(en.contains { $0.contains(expected) }, "\(expected) not in \(en)")
        }
    }

    func testAFreshStoreHasExactlyTheMigratedSchema() throws {
        let report = try openStore().verify()
        XCTAssertEqual(report.schemaDifferences, [])
        XCTAssertTrue(report.isIntact, "\(report.problems)")
    }

    // MARK: point 5 — anchors

    func testARehashedChainVerifiesAloneButNotAgainstItsAnchor() throws {
        let db = try openStore()
        for i in 1...4 { try db.save(sampleUnit(i), replacing: nil, by: "alice") }
        let anchor = try XCTUnwrap(try db.chainHead())
        XCTAssertEqual(anchor.sequence, 4)
        try db.queue.close()
        try StoreTampering.rehash(path, from: 2, "UPDATE journal_entry SET user = 'mallory' WHERE sequence = 2")
        let reopened = try openStore()
        XCTAssertEqual(try reopened.entry(2).user, "mallory")
        let alone = try reopened.verify()
        XCTAssertTrue(alone.isIntact, "the forgery is consistent in itself: \(alone.problems)")
        let report = try reopened.verify(anchors: [Anchor(head: anchor, file: "anchors.txt", line: 1)])
        XCTAssertEqual(report.anchorsChecked, 1)
        XCTAssertEqual(report.problems.count, 1, "\(report.problems)")
        XCTAssertTrue(report.problems[0].en.contains("anchors.txt:1") && report.problems[0].en.contains("rewritten"), report.problems[0].en)
        XCTAssertTrue(report.problems[0].zh.contains("锚点 ") && report.problems[0].zh.contains("anchors.txt:1") && report.problems[0].zh.contains("历史被改写"),
                      report.problems[0].zh)
    }

    func testATruncatedHistoryIsCaughtByItsAnchor() throws {
        let db = try openStore()
        for i in 1...3 { try db.save(sampleUnit(i), replacing: nil, by: "alice") }
        let anchor = try XCTUnwrap(try db.chainHead())
        try db.queue.close()
        // Entry 3 deleted with its change and its record: chain and records agree again.
        try StoreTampering.behindTheTriggers(path) { db in
            try db.execute(sql: "DELETE FROM journal_change WHERE entry = 3; DELETE FROM journal_entry WHERE sequence = 3; DELETE FROM unit WHERE id = 3")
        }
        let reopened = try openStore()
        let alone = try reopened.verify()
        XCTAssertTrue(alone.isIntact, "\(alone.problems)")
        let report = try reopened.verify(anchors: [Anchor(head: anchor, file: "a", line: 7)])
        XCTAssertTrue(report.problems.contains { $0.en.contains("entry 3 no longer exists") && $0.zh.contains("日志第3条已不存在") }, "\(report.problems)")
    }

    func testAnchorFilesParseAndAreKeptOutOfTheDataFolder() throws {
        let head = ChainHead(sequence: 12, hash: String(repeating: "ab", count: 32))
        let line = AnchorFile.line(head, takenAt: "2026-12-01 10:00:00.000+08:00", store: "/srv/s.sqlite")
        XCTAssertEqual(try AnchorFile.parse("# kept by the admin\n\n" + line, file: "f"), [Anchor(head: head, file: "f", line: 3)])
        XCTAssertThrowsError(try AnchorFile.parse("12 nothex\n", file: "f"))
        let outside = folder + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try AnchorFile.append(line, to: outside + "/anchors", dataFolder: folder + "/data")
        try AnchorFile.append(line, to: outside + "/anchors", dataFolder: folder + "/data")
        XCTAssertEqual(try AnchorFile.read(outside + "/anchors").count, 2, "appended, not replaced")
        XCTAssertThrowsError(try AnchorFile.append(line, to: outside + "/anchors", dataFolder: outside)) {
            guard case .anchorFile(_, _, let en)? = $0 as? StoreAccessError else { return XCTFail("\($0)") }
            XCTAssertTrue(en.contains("inside the data folder"), en)
        }
    }

    // MARK: point 6 — who creates a store, and how private it is

    func testOnlyCreateMakesAStoreAndAnEmptyFileIsNeverOne() throws {
        let data = folder + "/data"
        XCTAssertThrowsError(try AppDatabase.openExisting(folder: data, access: .read)) {
            XCTAssertEqual($0 as? StoreAccessError, .noStore(path: data + "/stationdesk.sqlite"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: data), "a read makes no folder either")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: data + "/stationdesk.sqlite", contents: Data())
        XCTAssertThrowsError(try AppDatabase.openExisting(folder: data, access: .write)) {
            XCTAssertEqual($0 as? StoreAccessError, .emptyFile(path: data + "/stationdesk.sqlite"))
        }
        XCTAssertThrowsError(try AppDatabase.create(folder: data, firstAdmin: "eve")) {
            XCTAssertEqual($0 as? StoreAccessError, .emptyFile(path: data + "/stationdesk.sqlite"))
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: data + "/stationdesk.sqlite")[.size] as? Int, 0)
    }

    func testCreateOnAnExistingStoreChangesNothing() throws {
        let db = try created()
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        let before = try Data(contentsOf: URL(fileURLWithPath: db.path))
        let (again, outcome) = try AppDatabase.create(folder: db.folder, firstAdmin: "mallory")
        XCTAssertEqual(outcome, .existing)
        XCTAssertNil(try again.user("mallory"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db.path)), before, "not a byte changed")
    }

    func testAStoreWithoutUsersIsClaimedOnlyByTheOwnerOfItsFile() throws {
        // What an older stationdesk's `log` left: a migrated store with no user at all.
        let db = try openStore()
        XCTAssertEqual(try db.userCount(), 0)
        let (claimed, outcome) = try AppDatabase.create(folder: folder, firstAdmin: "owner")
        XCTAssertEqual(outcome, .claimed, "the test runs as the file's owner")
        XCTAssertEqual(try claimed.user("owner")?.roles.contains(.admin), true)
        XCTAssertEqual(try AppDatabase.create(folder: folder, firstAdmin: "second").outcome, .existing)
    }

    func testALoginWithoutAUserRecordIsRefused() throws {
        let db = try created()
        XCTAssertEqual(try db.requireUser("alice").login, "alice")
        XCTAssertThrowsError(try db.requireUser("eve")) {
            XCTAssertEqual($0 as? StoreAccessError, .unknownUser(login: "eve", path: db.path))
        }
    }

    func testTheStoreAndEveryFileMadeLaterArePrivateUnderUmask022() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let db = try created()
        XCTAssertEqual(try mode(db.folder), 0o700)
        XCTAssertEqual(try mode(db.path), 0o600)
        // The rollback journal SQLite makes at the first write after opening, and a backup.
        let writer = try AppDatabase.openExisting(folder: db.folder, access: .write)
        try writer.save(sampleUnit(1), replacing: nil, by: "alice")
        XCTAssertEqual(try mode(db.path + "-journal"), 0o600)
        let backup = folder + "/backup.sqlite"
        try writer.backup(to: backup)
        XCTAssertEqual(try mode(backup), 0o600)
        for file in try FileManager.default.contentsOfDirectory(atPath: db.folder) {
            XCTAssertEqual(try mode(db.folder + "/" + file) & 0o077, 0, "\(file) is open to others")
        }
    }

    func testAGroupStoreIsSharedWithTheGroupOnly() throws {
        guard let group = getgrgid(100).map({ String(cString: $0.pointee.gr_name) }) else { throw XCTSkip("no group 100 here") }
        let old = umask(0o022)
        defer { umask(old) }
        let (db, outcome) = try AppDatabase.create(folder: folder + "/shared", firstAdmin: "alice", group: group)
        XCTAssertEqual(outcome, .created)
        XCTAssertEqual(try mode(db.folder), 0o2770)
        XCTAssertEqual(try mode(db.path), 0o660)
        XCTAssertEqual(try owner(db.folder).gid, 100)
        XCTAssertEqual(try owner(db.path).gid, 100)
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        XCTAssertEqual(try mode(db.path + "-journal"), 0o660, "the journal as shared as the store, despite umask 022")
        XCTAssertEqual(try owner(db.path + "-journal").gid, 100)
        try db.backup(to: folder + "/b.sqlite")
        XCTAssertEqual(try mode(folder + "/b.sqlite"), 0o660)
        XCTAssertEqual(try owner(folder + "/b.sqlite").gid, 100)
        XCTAssertThrowsError(try AppDatabase.create(folder: folder + "/x", firstAdmin: "a", group: "no-such-group-\(getpid())")) {
            XCTAssertEqual($0 as? StoreAccessError, .unknownGroup("no-such-group-\(getpid())"))
        }
    }

    // MARK: point 10 — a backup that fails leaves nothing and says what happened

    func testABackupOnAFullDiskLeavesNoFileAndSaysTheStoreIsUnchanged() throws {
        let db = try created()
        try db.write(command: "fill", by: "alice") { w in for i in 1...300 { try w.insert(self.sampleUnit(i)) } }
        let mountPoint = folder + "/small"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard StoreTampering.tool("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]) == 0 else {
            throw XCTSkip("mount -t tmpfs is not allowed here")
        }
        defer { _ = StoreTampering.tool("/bin/umount", ["-l", mountPoint]) }
        let file = mountPoint + "/backup.sqlite"
        XCTAssertThrowsError(try db.backup(to: file)) { error in
            guard let e = error as? StoreAccessError, case .backupFailed(let f, _, let full) = e else { return XCTFail("\(error)") }
            XCTAssertEqual(f, file)
            XCTAssertTrue(full, e.en)
            XCTAssertTrue(e.en.contains("the disk is full") && e.en.contains("nothing was left at \(file)")
                          && e.en.contains("the store itself is unchanged"), e.en)
            XCTAssertFalse(e.zh.contains("本次操作未保存"), "not the words for a failed command")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: file), "no 0-byte or partial backup left")
        XCTAssertTrue(try db.verify().isIntact)
    }

    // MARK: helpers

    func mode(_ path: String) throws -> mode_t {
        var st = stat()
        guard stat(path, &st) == 0 else { throw XCTSkip("cannot stat \(path)") }
        return st.st_mode & 0o7777
    }

    func owner(_ path: String) throws -> (uid: uid_t, gid: gid_t) {
        var st = stat()
        guard stat(path, &st) == 0 else { throw XCTSkip("cannot stat \(path)") }
        return (st.st_uid, st.st_gid)
    }
}
