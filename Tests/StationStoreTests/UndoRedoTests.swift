import XCTest
@testable import StationStore
import StationDomain

final class UndoRedoTests: StoreTestCase {
    func testUndoAndRedoMyLastCommand() throws {
        let db = try openStore()
        let unit = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        var edited = unit
        edited.name = "新名字"
        try db.save(edited, replacing: unit, by: "alice")
        let undo = try db.undo(by: "alice")
        XCTAssertEqual(undo.kind, .undo)
        XCTAssertEqual(undo.undoes, 2)
        XCTAssertEqual(try db.unit(id: unit.id!)?.name, "柳州单位1")
        try db.undo(by: "alice")
        XCTAssertEqual(try db.units(), [])
        assertThrows(try db.undo(by: "alice")) { $0 == .nothingToUndo(user: "alice") }
        let redo = try db.redo(by: "alice")
        XCTAssertEqual(redo.kind, .redo)
        XCTAssertEqual(redo.redoes, 4)
        XCTAssertEqual(try db.unit(id: unit.id!)?.name, "柳州单位1")
        try db.redo(by: "alice")
        XCTAssertEqual(try db.unit(id: unit.id!)?.name, "新名字")
        assertThrows(try db.redo(by: "alice")) { $0 == .nothingToRedo(user: "alice") }
        // Undo after redo undoes the redo.
        try db.undo(by: "alice")
        XCTAssertEqual(try db.unit(id: unit.id!)?.name, "柳州单位1")
        // History is never deleted: 2 commands, 2 undos, 2 redos, 1 undo.
        XCTAssertEqual(try db.journalCount(), 7)
    }

    func testUndoIsPerUser() throws {
        let db = try openStore()
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        try db.save(sampleUnit(2), replacing: nil, by: "bob")
        try db.undo(by: "alice")
        XCTAssertEqual(try db.units().map(\.name), ["柳州单位2"])
        assertThrows(try db.undo(by: "alice")) { $0 == .nothingToUndo(user: "alice") }
    }

    func testANewCommandClearsRedo() throws {
        let db = try openStore()
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        try db.undo(by: "alice")
        try db.save(sampleUnit(2), replacing: nil, by: "alice")
        assertThrows(try db.redo(by: "alice")) { $0 == .nothingToRedo(user: "alice") }
    }

    func testUndoRefusedWhenSomeoneChangedTheRecordSince() throws {
        let db = try openStore()
        let unit = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        var bobs = unit
        bobs.contact = "鲍勃"
        try db.save(bobs, replacing: unit, by: "bob")
        assertThrows(try db.undo(by: "alice")) { error in
            guard case .undoConflict(let entry, let blocking) = error else { return false }
            return entry == 1 && blocking.count == 1 && blocking[0].user == "bob" && blocking[0].table == "unit"
                && blocking[0].rowId == unit.id && blocking[0].sequence == 2 && !blocking[0].time.isEmpty
                && error.description.contains("bob")
        }
        XCTAssertEqual(try db.unit(id: unit.id!)?.contact, "鲍勃")
        XCTAssertEqual(try db.journalCount(), 2)
    }

    func testUndoAndRedoSurviveRestart() throws {
        do {
            let db = try openStore()
            try db.save(sampleUnit(1), replacing: nil, by: "alice")
            try db.save(sampleUnit(2), replacing: nil, by: "alice")
            try db.undo(by: "alice")
        }
        let reopened = try openStore()
        try reopened.redo(by: "alice")
        XCTAssertEqual(try reopened.units().count, 2)
        try reopened.undo(by: "alice")
        try reopened.undo(by: "alice")
        XCTAssertEqual(try reopened.units(), [])
    }

    func testBulkCommandIsOneEntryAndOneUndoStep() throws {
        let db = try openStore()
        try db.write(command: "import", by: "alice") { writer in
            writer.summary = "导入 50 个单位"
            for i in 1...50 { try writer.insert(self.sampleUnit(i)) }
        }
        XCTAssertEqual(try db.journalCount(), 1)
        let entry = try db.entry(1)
        XCTAssertEqual(entry.changeCount, 50)
        XCTAssertEqual(entry.changes.count, 50)
        XCTAssertEqual(entry.summary, "导入 50 个单位")
        XCTAssertTrue(try db.verify().isIntact)
        try db.undo(by: "alice")
        XCTAssertEqual(try db.units(), [])
        XCTAssertEqual(try db.entry(2).changeCount, 50)
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testBulkUndoRefusedWhenOneRecordOfTheRunChangedAndRedoRoundTrips() throws {
        let db = try openStore()
        try db.write(command: "import", by: "alice") { writer in
            for i in 1...40 { try writer.insert(self.sampleUnit(i)) }
        }
        var unit = try XCTUnwrap(db.unit(id: 25))
        let original = unit
        unit.contact = "鲍勃改的"
        try db.save(unit, replacing: original, by: "bob")
        assertThrows(try db.undo(by: "alice")) { error in
            guard case .undoConflict(let entry, let blocking) = error else { return false }
            return entry == 1 && blocking.map(\.rowId) == [25] && blocking[0].user == "bob"
        }
        XCTAssertEqual(try db.units().count, 40)
        try db.undo(by: "bob")
        try db.undo(by: "alice")
        XCTAssertEqual(try db.units(), [])
        try db.redo(by: "alice")
        XCTAssertEqual(try db.units().count, 40)
        try db.undo(by: "alice")
        XCTAssertEqual(try db.units(), [])
        // The undo journalled every row, newest first, and the chain holds.
        let undo = try db.entry(try db.changeToken())
        XCTAssertEqual(undo.changes.first?.rowId, 40)
        XCTAssertEqual(undo.changes.last?.rowId, 1)
        XCTAssertTrue(undo.changes.allSatisfy { $0.after == nil && $0.before != nil })
        XCTAssertTrue(try db.verify().isIntact)
    }

    /// The run is checked while it is undone (issue 15): a row deleted outside the journal, and
    /// one changed by another user, roll the undo back and are named as before; nothing is written.
    func testBulkUndoRolledBackWhenRowsOfTheRunChangedOrVanished() throws {
        let db = try openStore()
        try db.write(command: "import", by: "alice") { writer in
            for i in 1...1_500 { try writer.insert(self.sampleUnit(i)) }   // past JournalWriter.bulkFrom
        }
        var unit = try XCTUnwrap(db.unit(id: 1_200))
        let original = unit
        unit.contact = "鲍勃改的"
        try db.save(unit, replacing: original, by: "bob")
        try db.queue.writeWithoutTransaction { try $0.execute(sql: "DELETE FROM unit WHERE id = 7") }
        let entries = try db.journalCount()
        assertThrows(try db.undo(by: "alice")) { error in
            guard case .undoConflict(let entry, let blocking) = error else { return false }
            return entry == 1 && blocking.map(\.rowId) == [7, 1_200] && blocking[1].user == "bob"
                && blocking[0].command == "在日志之外修改 (changed outside the journal)"
        }
        XCTAssertEqual(try db.units().count, 1_499, "nothing of the undo was kept")
        XCTAssertEqual(try db.journalCount(), entries)
        XCTAssertEqual(try db.unit(id: 1_200)?.contact, "鲍勃改的")
    }

    func testInsertThenUpdateInOneCommandJournalsBothInOrder() throws {
        let db = try openStore()
        let kept = try db.save(sampleUnit(9), replacing: nil, by: "alice")
        try db.write(command: "mixed", by: "alice") { writer in
            var a = try writer.insert(self.sampleUnit(1))
            try writer.insert(self.sampleUnit(2))
            a.contact = "改"
            try writer.update(a)
            var k = kept
            k.contact = "也改"
            try writer.update(k)
            try writer.insert(self.sampleUnit(3))
        }
        let entry = try db.entry(2)
        XCTAssertEqual(entry.changes.map(\.rowId), [2, 3, 2, kept.id!, 4])
        XCTAssertNil(entry.changes[0].before)
        XCTAssertTrue(entry.changes[0].after!.contains("\"contact\":\"张三\""), "the insert's image is the row as inserted")
        XCTAssertTrue(entry.changes[2].after!.contains("\"contact\":\"改\""))
        XCTAssertTrue(try db.verify().isIntact)
        try db.undo(by: "alice")
        XCTAssertEqual(try db.units(), [kept])
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testAdminRevertsAnyonesEntryUnderTheSameCheck() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("root")
        let unit = try db.save(sampleUnit(1), replacing: nil, by: "bob")
        assertThrows(try db.revert(sequence: 2, by: "bob")) { if case .notPermitted = $0 { return true } else { return false } }
        let revert = try db.revert(sequence: 2, by: "root")
        XCTAssertEqual(revert.kind, .revert)
        XCTAssertEqual(revert.undoes, 2)
        XCTAssertEqual(try db.units(), [])
        // Bob's own undo is now refused: the admin changed the record since.
        assertThrows(try db.undo(by: "bob")) { error in
            if case .undoConflict(_, let blocking) = error { return blocking.first?.user == "root" } else { return false }
        }
        _ = unit
    }

    func testTheFirstAdminCannotUndoOrRevertTheirOwnGrant() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("root")
        try db.save(sampleUnit(1), replacing: nil, by: "root")
        try db.undo(by: "root")
        // One `u` too many must not take away the only admin's roles.
        assertThrows(try db.undo(by: "root")) { $0 == .nothingToUndo(user: "root") }
        XCTAssertNil(try db.undoCandidate(for: "root"))
        assertThrows(try db.revert(sequence: 1, by: "root")) { if case .notPermitted = $0 { return true } else { return false } }
        XCTAssertEqual(try db.user("root")?.roles, [.admin, .clerk, .approver])
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testHistoryOfOneRecord() throws {
        let db = try openStore()
        let unit = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        try db.save(sampleUnit(2), replacing: nil, by: "alice")
        var e = unit
        e.contact = "c"
        try db.save(e, replacing: unit, by: "bob")
        let history = try db.history(table: "unit", id: unit.id!)
        XCTAssertEqual(history.map(\.sequence), [3, 1])
        XCTAssertEqual(history[0].user, "bob")
        XCTAssertEqual(history[0].changes.count, 1)
    }
}
