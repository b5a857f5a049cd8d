import XCTest
@testable import StationStore
import StationDomain

/// `talentListRows()`: the talents list's lean read gives the same values as the full read.
final class TalentListRowsTests: StoreTestCase {
    func testListRowsEqualTheFullRecordsInIdOrder() throws {
        let db = try openStore()
        try db.write(command: "seed", by: "clerk") { w in
            let unit = try w.insert(sampleUnit(1))
            let station = try w.insert(Station(name: "甲站", type: .university, unitId: unit.id!, partnerIds: [], head: "张三",
                                               agreementDate: CivilDate("2024-01-01")!))
            try w.insert(Talent(name: "王五", category: .b, employer: "某公司", introducedOn: CivilDate("2024-05-01")!,
                                stationId: station.id, note: "证明", idNumber: "450202199001011234"))
            try w.insert(Talent(name: "赵六", category: nil, employer: "另一公司", introducedOn: CivilDate("2025-02-28")!,
                                stationId: nil))
        }
        let full = try db.talents(station: nil).sorted { $0.id! < $1.id! }
        let lean = try db.talentListRows()
        XCTAssertEqual(lean.map(\.id), full.map { $0.id! })
        XCTAssertEqual(lean.map(\.talent), full.map { var t = $0; t.note = ""; t.idNumber = ""; return t })
        XCTAssertEqual(lean[0].category, .b)
        XCTAssertNil(lean[1].category)
        XCTAssertNil(lean[1].stationId)
        XCTAssertEqual(lean[1].introducedOn, CivilDate("2025-02-28"))
    }

    func testEmptyStoreHasNoRows() throws {
        XCTAssertEqual(try openStore().talentListRows(), [])
    }

    func testAnUndecodableDateNamesTheTalent() throws {
        let db = try openStore()
        try db.write(command: "seed", by: "clerk") { w in
            try w.insert(Talent(name: "王五", category: .b, employer: "某公司", introducedOn: CivilDate("2024-05-01")!, stationId: nil))
        }
        try db.queue.write { try $0.execute(sql: "UPDATE talent SET introduced_on = '2024-13-01'") }
        XCTAssertThrowsError(try db.talentListRows()) { error in
            XCTAssertTrue("\(error)".contains("talent #1 introduced_on"), "\(error)")
        }
    }
}
