import XCTest
@testable import StationStore
import StationDomain

/// `changedTables(since:)`: which tables the commands after a change token touched.
final class ChangedTablesTests: StoreTestCase {
    func testNamesTheTablesOfNewerCommandsOnly() throws {
        let db = try openStore()
        let start = try db.changeToken()
        XCTAssertEqual(try db.changedTables(since: start), [])
        let unit = try db.save(sampleUnit(1), replacing: nil, by: "clerk")
        let afterUnit = try db.changeToken()
        XCTAssertEqual(try db.changedTables(since: start), ["unit"])
        try db.write(command: "add talent", by: "clerk") { w in
            try w.insert(Talent(name: "王五", category: .b, employer: unit.name, introducedOn: CivilDate("2024-05-01")!, stationId: nil))
        }
        XCTAssertEqual(try db.changedTables(since: afterUnit), ["talent"])
        XCTAssertEqual(try db.changedTables(since: start), ["unit", "talent"])
        // An undo is a command too: it touches the table it restores.
        let beforeUndo = try db.changeToken()
        _ = try db.undo(by: "clerk")
        XCTAssertEqual(try db.changedTables(since: beforeUndo), ["talent"])
        // A token from the future (a restored older store): unknown, everything must reload.
        XCTAssertNil(try db.changedTables(since: try db.changeToken() + 5))
    }
}
