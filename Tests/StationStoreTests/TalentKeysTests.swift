import XCTest
@testable import StationStore
import StationDomain

/// `talentKeys()`: the duplicate check's keys-only read, inside and outside a write.
final class TalentKeysTests: StoreTestCase {
    func testKeysMatchTheStoredTalentsInIdOrderInsideAndOutsideAWrite() throws {
        let db = try openStore()
        let day = CivilDate("2024-02-29")!
        let station = try db.write(command: "seed", by: "clerk") { w -> Station in
            let unit = try w.insert(sampleUnit(1))
            let station = try w.insert(Station(name: "站", type: .organization, unitId: unit.id!, partnerIds: [], head: "张三",
                                               agreementDate: day))
            try w.insert(Talent(name: "陈七", category: .e, employer: "柳州某厂", employerUnitId: unit.id!,
                                introducedOn: day, stationId: station.id!, note: "很长的备注", idNumber: "450203199001011234"))
            try w.insert(Talent(name: "周八", category: nil, employer: "别家", introducedOn: CivilDate("1999-12-31")!, stationId: nil))
            return station
        }
        let expected = try db.talents(station: nil).map { "\($0.name)|\($0.employer)|\($0.introducedOn)|\(String(describing: $0.stationId))" }
        func text(_ keys: [TalentKeyColumns]) -> [String] {
            keys.map { "\($0.name)|\($0.employer)|\($0.introducedOn)|\(String(describing: $0.stationId))" }
        }
        XCTAssertEqual(text(try db.talentKeys()), expected)
        XCTAssertEqual(expected, ["陈七|柳州某厂|2024-02-29|Optional(\(station.id!))", "周八|别家|1999-12-31|nil"])
        // Inside a write the keys include what the command itself has inserted so far.
        let inside = try db.write(command: "more", by: "clerk") { w -> [String] in
            try w.insert(Talent(name: "吴九", category: .g, employer: "某店", introducedOn: day, stationId: station.id!))
            return text(try w.talentKeys())
        }
        XCTAssertEqual(inside, expected + ["吴九|某店|2024-02-29|Optional(\(station.id!))"])
    }

    func testEmptyStoreHasNoKeys() throws {
        XCTAssertTrue(try openStore().talentKeys().isEmpty)
    }

    func testDateBytesAreParsedStrictly() {
        func parse(_ s: String) -> CivilDate? {
            Array(s.utf8).withUnsafeBytes { TalentKeyReader.civilDate($0) }
        }
        XCTAssertEqual(parse("2025-06-01"), CivilDate(year: 2025, month: 6, day: 1))
        XCTAssertNil(parse("2025-02-29"), "a day that does not exist")
        XCTAssertNil(parse("2025-6-01"))
        XCTAssertNil(parse("2025-06-0x"))
        XCTAssertNil(parse("2025/06/01"))
    }
}
