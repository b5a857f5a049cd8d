import XCTest
@testable import StationStore
import StationDomain

final class RecordSaveTests: StoreTestCase {
    func testInsertUpdateDeleteUnitEachOneJournalEntry() throws {
        let db = try openStore()
        let saved = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        XCTAssertNotNil(saved.id)
        var edited = saved
        edited.address = "柳州市城中区"
        try db.save(edited, replacing: saved, by: "alice")
        XCTAssertEqual(try db.unit(id: saved.id!)?.address, "柳州市城中区")
        try db.delete(edited, by: "alice")
        XCTAssertEqual(try db.units(), [])
        let log = try db.journal(limit: 10)
        XCTAssertEqual(log.map(\.command), ["unit-delete", "unit-edit", "unit-add"])
        XCTAssertEqual(log.map(\.sequence), [3, 2, 1])
        XCTAssertNil(log[2].changes[0].before)
        XCTAssertTrue(log[2].changes[0].after!.contains("柳州单位1"))
        XCTAssertTrue(log[1].changes[0].before!.contains("\"address\":\"柳州市\""))
        XCTAssertTrue(log[1].changes[0].after!.contains("城中区"))
        XCTAssertNil(log[0].changes[0].after)
    }

    func testUnitsAndPartnersComeBackByName() throws {
        let db = try openStore()
        try db.save(sampleUnit(2, name: "B厂"), replacing: nil, by: "alice")
        try db.save(sampleUnit(1, name: "A厂"), replacing: nil, by: "alice")
        XCTAssertEqual(try db.units().map(\.name), ["A厂", "B厂"])
        try db.save(Partner(name: "浙江大学", kind: .university, city: "杭州"), replacing: nil, by: "alice")
        try db.save(Partner(name: "北京大学", kind: .university, city: "北京"), replacing: nil, by: "alice")
        XCTAssertEqual(try db.partners().map(\.city), ["北京", "杭州"].sorted { a, b in
            // Whatever the collation, the order is the names' order.
            (a == "北京" ? "北京大学" : "浙江大学") < (b == "北京" ? "北京大学" : "浙江大学")
        })
    }

    func testSaveOverSomeoneElsesChangeIsAConflictFieldByField() throws {
        let db = try openStore()
        let original = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        var bobs = original
        bobs.contact = "李四"
        try db.save(bobs, replacing: original, by: "bob")
        var mine = original
        mine.contact = "王五"
        mine.address = "新地址"
        assertThrows(try db.save(mine, replacing: original, by: "alice")) { error in
            guard case .conflict(let c) = error else { return false }
            let contact = c.fields.first { $0.name == "contact" }
            return c.table == "unit" && contact?.theirs == "李四" && contact?.mine == "王五"
                && c.fields.contains { $0.name == "address" && $0.mine == "新地址" }
                && !c.fields.contains { $0.name == "name" }
                && c.lastChange?.user == "bob" && !c.deleted
        }
        XCTAssertEqual(try db.unit(id: original.id!)?.contact, "李四", "bob's change is not overwritten")
        XCTAssertEqual(try db.journalCount(), 2)
    }

    func testDeletingAChangedRecordIsAConflict() throws {
        let db = try openStore()
        let original = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        var bobs = original
        bobs.name = "改名"
        try db.save(bobs, replacing: original, by: "bob")
        assertThrows(try db.delete(original, by: "alice")) { if case .conflict = $0 { return true } else { return false } }
        XCTAssertEqual(try db.units().count, 1)
    }

    func testSavingADeletedRecordIsAConflictSayingSo() throws {
        let db = try openStore()
        let original = try db.save(sampleUnit(1), replacing: nil, by: "alice")
        try db.delete(original, by: "bob")
        var mine = original
        mine.contact = "x"
        assertThrows(try db.save(mine, replacing: original, by: "alice")) {
            if case .conflict(let c) = $0 { return c.deleted && c.lastChange?.user == "bob" } else { return false }
        }
    }

    func testBadCreditCodeIsRefusedNamingTheField() throws {
        let db = try openStoreWithClerk("alice")
        let before = try db.journalCount()
        var unit = sampleUnit(1)
        unit.creditCode = String(unit.creditCode.dropLast()) + (unit.creditCode.last == "0" ? "1" : "0")
        XCTAssertThrowsError(try db.perform(SaveUnit(unit, replacing: nil), by: "alice")) { error in
            guard let refused = error as? Refused, case .creditCodeInvalid(.checkCharacter)? = refused.reasons.first else {
                return XCTFail("\(error)")
            }
        }
        XCTAssertEqual(try db.journalCount(), before)
    }

    func testDuplicateCreditCodeIsRefusedNamingTheHolder() throws {
        let db = try openStoreWithClerk("alice")
        try db.perform(SaveUnit(sampleUnit(1), replacing: nil), by: "alice")
        XCTAssertThrowsError(try db.perform(SaveUnit(sampleUnit(1, name: "另一个"), replacing: nil), by: "alice")) { error in
            XCTAssertEqual(error as? Refused, Refused([.creditCodeUsed(code: self.code(1), holder: "柳州单位1")]))
        }
        XCTAssertEqual(try db.units().count, 1)
    }

    func testTheUniqueIndexStillGuardsWritesOutsideTheCommand() throws {
        let db = try openStore()
        try db.save(sampleUnit(1), replacing: nil, by: "alice")
        assertThrows(try db.save(sampleUnit(1, name: "另一个"), replacing: nil, by: "alice")) {
            if case .duplicate = $0 { return true } else { return false }
        }
        XCTAssertEqual(try db.units().count, 1)
    }

    func testFailedCommandLeavesNothing() throws {
        let db = try openStore()
        struct Boom: Error {}
        XCTAssertThrowsError(try db.write(command: "half", by: "alice") { writer in
            try writer.insert(self.sampleUnit(1))
            throw Boom()
        })
        XCTAssertEqual(try db.units(), [])
        XCTAssertEqual(try db.journalCount(), 0)
        XCTAssertEqual(try db.changeToken(), 0)
    }

    func testFirstAdminOnlyOnce() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("alice")
        try db.ensureFirstAdmin("bob")
        XCTAssertEqual(try db.users().map(\.login), ["alice"])
        XCTAssertEqual(try db.user("alice")?.roles, [.admin, .clerk, .approver])
        XCTAssertNil(try db.user("bob"))
        XCTAssertEqual(try db.journalCount(), 1)
    }

    func testOnlyAdminsManageUsers() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("alice")
        try db.save(User(login: "bob", displayName: "Bob", roles: [.reviewer]), replacing: nil, by: "alice")
        assertThrows(try db.save(User(login: "eve", roles: [.admin]), replacing: nil, by: "bob")) {
            if case .notPermitted(let u, _) = $0 { return u == "bob" } else { return false }
        }
        XCTAssertEqual(try db.users().map(\.login), ["alice", "bob"])
        XCTAssertEqual(try db.user("bob")?.roles, [.reviewer])
    }

    func testChangeTokenMovesWithEveryCommitFromAnotherConnection() throws {
        let db = try openStore()
        let other = try openStore()
        let before = try db.changeToken()
        try other.save(sampleUnit(1), replacing: nil, by: "bob")
        XCTAssertNotEqual(try db.changeToken(), before)
        XCTAssertEqual(try db.units().count, 1)
    }
}
