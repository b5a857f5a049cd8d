import Foundation
import XCTest
@testable import StationStore
import GRDB

final class VerifyBackupTests: StoreTestCase {
    func populated() throws -> AppDatabase {
        let db = try openStore()
        for i in 1...5 { try db.save(sampleUnit(i), replacing: nil, by: "alice") }
        try db.undo(by: "alice")
        return db
    }

    /// Edits the file the way someone with the sqlite3 shell would: triggers dropped first and, to
    /// hide it, made again afterwards exactly as they were (so only the edit itself can show).
    func tamper(_ sql: String) throws {
        let raw = try DatabaseQueue(path: folder + "/stationdesk.sqlite")
        try raw.writeWithoutTransaction { db in
            let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            for t in triggers { try db.execute(sql: "DROP TRIGGER \(t["name"] as String)") }
            try db.execute(sql: sql)
            for t in triggers { try db.execute(sql: t["sql"] as String) }
        }
        try raw.close()
    }

    func testIntactStoreVerifies() throws {
        let report = try populated().verify()
        XCTAssertTrue(report.isIntact, "\(report.problems)")
        XCTAssertEqual(report.entries, 6)
        XCTAssertEqual(report.changes, 6)
        XCTAssertEqual(report.lastHash, try openStore().entry(6).hash)
        XCTAssertEqual(report.lastHash.count, 64)
    }

    func testJournalIsAppendOnlyInsideSQLite() throws {
        let db = try populated()
        XCTAssertThrowsError(try db.queue.write { try $0.execute(sql: "UPDATE journal_entry SET user = 'eve'") })
        XCTAssertThrowsError(try db.queue.write { try $0.execute(sql: "DELETE FROM journal_change") })
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testEditedEntryIsDetected() throws {
        _ = try populated()
        try tamper("UPDATE journal_entry SET user = 'eve' WHERE sequence = 2")
        let report = try openStore().verify()
        XCTAssertFalse(report.isIntact)
        XCTAssertTrue(report.problems.contains { $0.en.contains("entry 2: hash mismatch") && $0.zh.contains("第2条的哈希不符") }, "\(report.problems)")
    }

    func testEditedChangeIsDetected() throws {
        _ = try populated()
        try tamper("UPDATE journal_change SET after = replace(after, '柳州单位3', '假单位') WHERE id = 3")
        let report = try openStore().verify()
        XCTAssertTrue(report.problems.contains { $0.en.contains("entry 3: hash mismatch") && $0.zh.contains("第3条的哈希不符") }, "\(report.problems)")
    }

    func testDeletedLastEntryIsDetected() throws {
        _ = try populated()
        try tamper("DELETE FROM journal_entry WHERE sequence = 6; DELETE FROM journal_change WHERE entry = 6")
        let report = try openStore().verify()
        // The chain itself is still whole, but the records no longer match it.
        XCTAssertTrue(report.problems.contains { $0.en.contains("unit #5 is missing though the journal has it") && $0.zh.contains("unit #5 缺失") },
                      "\(report.problems)")
    }

    func testDeletedMiddleEntryIsDetected() throws {
        _ = try populated()
        try tamper("DELETE FROM journal_entry WHERE sequence = 3")
        let report = try openStore().verify()
        XCTAssertTrue(report.problems.contains { $0.en.contains("entry 3 is missing") && $0.zh.contains("日志第3条缺失") }, "\(report.problems)")
    }

    func testRecordEditedOutsideTheProgramIsDetected() throws {
        _ = try populated()
        try tamper("UPDATE unit SET contact = 'eve' WHERE id = 2")
        let report = try openStore().verify()
        XCTAssertEqual(report.problems.count, 1)
        XCTAssertTrue(report.problems[0].en.contains("unit #2 differs from its last journal entry"), "\(report.problems)")
        XCTAssertTrue(report.problems[0].zh.contains("unit #2 与日志不符"), "\(report.problems)")
    }

    /// A record is compared with its last change only: changed three times it verifies; put
    /// back (outside the program) as an earlier change left it, it no longer does.
    func testRecordIsComparedWithItsLastChange() throws {
        let db = try openStore()
        var unit = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        for name in ["第二名", "第三名"] {
            var edited = unit
            edited.name = name
            unit = try db.save(edited, replacing: unit, by: "alice")
        }
        XCTAssertTrue(try db.verify().isIntact)
        try tamper("UPDATE unit SET name = '第二名' WHERE id = \(unit.id!)")
        let report = try openStore().verify()
        XCTAssertEqual(report.problems.count, 1, "\(report.problems)")
        XCTAssertTrue(report.problems[0].en.contains("unit #\(unit.id!) differs from its last journal entry"), "\(report.problems)")
        XCTAssertTrue(report.problems[0].zh.contains("unit #\(unit.id!) 与日志不符"), "\(report.problems)")
    }

    /// A row written outside the program has no journal change; one deleted outside it still
    /// has a last change with an image; one deleted through the program (undone: its last
    /// change has no image) is no problem.
    func testRowsWrittenOrDeletedOutsideTheProgramAreDetected() throws {
        let db = try populated()
        XCTAssertNil(try db.unit(id: 5))
        try tamper("INSERT INTO unit(id, name, credit_code, kind, address, contact) SELECT 9, '外来单位', '91450200MA5XXXXX9X', kind, address, contact FROM unit WHERE id = 1")
        try tamper("DELETE FROM unit WHERE id = 4")
        let report = try openStore().verify()
        XCTAssertEqual(report.problems.count, 2, "\(report.problems)")
        XCTAssertTrue(report.problems.contains { $0.en.contains("unit #9 is not in the journal") && $0.zh.contains("unit #9 不在日志中") }, "\(report.problems)")
        XCTAssertTrue(report.problems.contains { $0.en.contains("unit #4 is missing though the journal has it") && $0.zh.contains("unit #4 缺失") },
                      "\(report.problems)")
    }

    /// Each problem is read in one language: the Chinese line has no English sentence, the
    /// English one no Chinese, and both name the record (a record edited, one deleted and a
    /// journal change altered, outside the program).
    func testProblemsAreInOneLanguageAtATime() throws {
        _ = try populated()
        try tamper("UPDATE unit SET contact = 'eve' WHERE id = 2")
        try tamper("DELETE FROM unit WHERE id = 3")
        try tamper("UPDATE journal_change SET after = NULL WHERE id = (SELECT min(id) FROM journal_change)")
        let report = try openStore().verify()
        XCTAssertGreaterThanOrEqual(report.problems.count, 3, "\(report.problems)")
        let zh = report.problemLines(.zh), en = report.problemLines(.en)
        for line in zh { XCTAssertFalse(line.contains("outside stationdesk") || line.contains(" the "), line) }
        for line in en { XCTAssertFalse(line.unicodeScalars.contains { $0.value >= 0x3000 }, line) }
        XCTAssertTrue(zh.contains { $0.contains("unit #2") && $0.contains("与日志不符") }, "\(zh)")
        XCTAssertTrue(en.contains { $0.contains("unit #2") && $0.contains("edited outside stationdesk") }, "\(en)")
        XCTAssertTrue(en.contains { $0.contains("unit #3") && $0.contains("deleted outside stationdesk") }, "\(en)")
    }

    func testBackupIsAConsistentStoreThatVerifies() throws {
        let db = try populated()
        let file = folder + "/backup.sqlite"
        try db.backup(to: file)
        let restored = folder + "/restored"
        try FileManager.default.createDirectory(atPath: restored, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: file, toPath: restored + "/stationdesk.sqlite")
        let copy = try AppDatabase.open(folder: restored)
        XCTAssertEqual(try copy.units(), try db.units())
        XCTAssertTrue(try copy.verify().isIntact)
        XCTAssertThrowsError(try db.backup(to: file)) { XCTAssertEqual($0 as? StoreAccessError, .backupExists(file: file)) }
    }
}
