import GRDB
import XCTest
@testable import StationStore
import StationDomain

/// Nothing dangling: a record others refer to is never deleted (the refusal names them), an id
/// list (a station's partners) names only records that exist, and `verify` finds any that does not.
final class ReferenceTests: StoreTestCase {
    struct Fixture {
        var db: AppDatabase
        var partner: Partner
        var stations: [Station]
    }

    /// A partner two stations use, and a unit they belong to; alice is a clerk.
    func fixture() throws -> Fixture {
        let db = try openStoreWithClerk("alice")
        let unit = try db.perform(SaveUnit(sampleUnit(1), replacing: nil), by: "alice")
        let partner = try db.perform(SavePartner(Partner(name: "浙江虚构大学", kind: .university, city: "杭州"), replacing: nil), by: "alice")
        var stations: [Station] = []
        for name in ["浙大柳州汽车人才工作站", "浙大柳州医疗人才工作站"] {
            stations.append(try db.save(Station(name: name, type: .university, unitId: unit.id!, partnerIds: [partner.id!], head: "某",
                                                agreementDate: CivilDate("2024-05-01")!), replacing: nil, by: "alice"))
        }
        return Fixture(db: db, partner: partner, stations: stations)
    }

    /// The foreign keys read in one statement are those each registered table's own pragma lists,
    /// in registry order.
    func testForeignKeysReadAtOnceAreEachTablesOwn() throws {
        let db = try openStore()
        try db.queue.read { d in
            var expected: [String] = []
            for name in TableRegistry.names {
                for row in try Row.fetchAll(d, sql: "SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)", arguments: [name]) {
                    expected.append("\(name).\(row[1] as String)->\(row[0] as String)")
                }
            }
            let keys = try References.foreignKeys(d).map { "\($0.table).\($0.column)->\($0.target)" }
            XCTAssertEqual(keys, expected)
            XCTAssertTrue(keys.contains("application.unit_id->unit"), "a key the schema surely has is among them")
        }
    }

    func testDeletingAPartnerInUseIsRefusedNamingTheStationsAndWritesNothing() throws {
        let f = try fixture()
        let before = try f.db.journalCount()
        XCTAssertThrowsError(try f.db.perform(DeletePartner(f.partner), by: "alice")) { error in
            guard case .inUse(let table, let name, let by)? = (error as? Refused)?.reasons.first else { return XCTFail("\(error)") }
            XCTAssertEqual(table, "partner")
            XCTAssertEqual(name, "浙江虚构大学")
            XCTAssertEqual(Set(by.map(\.name)), Set(f.stations.map(\.name)))
            XCTAssertTrue(by.allSatisfy { $0.table == "station" })
            XCTAssertFalse("\(error)".contains("FOREIGN KEY") || "\(error)".contains("constraint failed"), "never SQLite's text")
        }
        XCTAssertEqual(try f.db.partners().count, 1)
        XCTAssertEqual(try f.db.journalCount(), before)
        // Once no station uses it, it may go.
        for s in f.stations { try f.db.delete(s, by: "alice") }
        XCTAssertNoThrow(try f.db.perform(DeletePartner(f.partner), by: "alice"))
    }

    func testAUnitInUseIsRefusedToo() throws {
        let f = try fixture()
        let unit = try XCTUnwrap(f.db.units().first)
        XCTAssertThrowsError(try f.db.perform(DeleteUnit(unit), by: "alice")) { error in
            guard case .inUse("unit", _, let by)? = (error as? Refused)?.reasons.first else { return XCTFail("\(error)") }
            XCTAssertEqual(by.count, 2)
        }
    }

    func testAStationNamingAMissingPartnerIsRefused() throws {
        let f = try fixture()
        let unit = try XCTUnwrap(f.db.units().first)
        XCTAssertThrowsError(try f.db.save(Station(name: "幽灵工作站", type: .university, unitId: unit.id!, partnerIds: [f.partner.id!, 999],
                                                   head: "某", agreementDate: CivilDate("2024-05-01")!), replacing: nil, by: "alice")) { error in
            XCTAssertEqual((error as? Refused)?.reasons, [.referenceMissing(table: "partner", id: 999)])
        }
        XCTAssertEqual(try f.db.stations().count, 2)
    }

    /// Undoing the partner's insert while stations use it would leave them dangling: refused.
    func testUndoThatWouldLeaveAReferenceDanglingIsRefused() throws {
        let db = try openStoreWithClerk("alice", "bob")
        let unit = try db.perform(SaveUnit(sampleUnit(1), replacing: nil), by: "bob")
        let partner = try db.perform(SavePartner(Partner(name: "浙江虚构大学", kind: .university, city: "杭州"), replacing: nil), by: "alice")
        _ = try db.save(Station(name: "浙大柳州工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!], head: "某",
                                agreementDate: CivilDate("2024-05-01")!), replacing: nil, by: "bob")
        XCTAssertThrowsError(try db.undo(by: "alice")) { error in
            guard case .inUse("partner", "浙江虚构大学", let by)? = (error as? Refused)?.reasons.first else { return XCTFail("\(error)") }
            XCTAssertEqual(by.map(\.name), ["浙大柳州工作站"])
        }
        XCTAssertEqual(try db.partners().count, 1)
    }

    func testVerifyReportsADanglingIdWrittenOutsideTheProgram() throws {
        let f = try fixture()
        XCTAssertTrue(try f.db.verify().danglingReferences.isEmpty)
        try f.db.queue.write { db in
            try db.execute(sql: "UPDATE station SET partner_ids = '[\(f.partner.id!), 4242]' WHERE id = ?", arguments: [f.stations[0].id!])
        }
        let report = try f.db.verify()
        XCTAssertEqual(report.danglingReferences, [DanglingReference(table: "station", id: f.stations[0].id!, column: "partner_ids",
                                                                     target: "partner", missingId: 4242)])
        let what = "station #\(f.stations[0].id!) partner_ids → partner #4242"
        XCTAssertTrue(report.problems.contains { $0.en == "dangling reference: \(what)" && $0.zh == "引用缺失：\(what)" }, "\(report.problems)")
    }
}

/// Two real processes racing: one deletes a partner while the other adds a station using it.
/// Each checks inside its own write transaction, so exactly one succeeds and nothing dangles —
/// whichever wins, every round.
final class ReferenceRaceTests: StoreTestCase {
    func testDeletingAPartnerWhileAnotherProcessUsesItNeverLeavesItDangling() throws {
        let db = try openStoreWithClerk("alice", "bob")
        let unit = try db.perform(SaveUnit(sampleUnit(1), replacing: nil), by: "alice")
        var outcomes: [String] = []
        for round in 0..<6 {
            let partner = try db.perform(SavePartner(Partner(name: "竞争大学\(round)", kind: .university, city: "杭州"), replacing: nil),
                                         by: "alice")
            let go = folder + "/go"
            try? FileManager.default.removeItem(atPath: go)
            let deleter = try HelperProcess(["reference", folder, "alice", "delete-partner", "\(partner.id!)"])
            let adder = try HelperProcess(["reference", folder, "bob", "add-station", "\(partner.id!)", "\(unit.id!)", "竞争工作站\(round)"])
            deleter.waitForLine("ready")
            adder.waitForLine("ready")
            XCTAssertTrue(FileManager.default.createFile(atPath: go, contents: Data()))
            XCTAssertEqual(deleter.finish(), 0)
            XCTAssertEqual(adder.finish(), 0)
            let d = deleter.lines.last ?? "", a = adder.lines.last ?? ""
            XCTAssertEqual([d, a].filter { $0 == "ok" }.count, 1, "round \(round): exactly one wins: \(d) / \(a)")
            if d == "ok" { XCTAssertTrue(a.hasPrefix("refused referenceMissing"), a) }
            if a == "ok" { XCTAssertTrue(d.hasPrefix("refused inUse"), d) }
            outcomes.append(d == "ok" ? "deleted" : "added")
        }
        XCTAssertTrue(try db.verify().danglingReferences.isEmpty)
        XCTAssertEqual(try db.stations().count, outcomes.filter { $0 == "added" }.count)
    }
}
