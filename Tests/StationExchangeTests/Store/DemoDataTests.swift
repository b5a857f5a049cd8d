import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange

final class DemoDataTests: XCTestCase {
    func testSeedLoadsEveryFileThroughTheImporterAsFourCommands() throws {
        let db = try StoreFixture.seeded()
        XCTAssertEqual(try db.units().count, 8)
        XCTAssertEqual(try db.partners().count, 7)
        XCTAssertEqual(try db.stations().count, 7)
        XCTAssertGreaterThan(try db.talentCount(), 250)
        XCTAssertEqual(try db.journalCount(), 4)
        for unit in try db.units() { XCTAssertNoThrow(try CreditCode(unit.creditCode), unit.name) }
        XCTAssertTrue(try db.units().contains { $0.name.count >= 20 }, "a long Chinese name to try screens with")
        let years = Set(try db.talents(station: nil).map(\.introducedOn.year))
        XCTAssertGreaterThanOrEqual(years.count, 3, "a few years of talents for the annual report and charts")
    }

    func testSeedRefusesAStoreThatAlreadyHoldsData() throws {
        let db = try StoreFixture.seeded()
        XCTAssertThrowsError(try DemoData.seed(into: db, sampleFolder: StoreFixture.sampleFolder, by: "x")) {
            XCTAssertTrue("\($0)".contains("empty store"), "\($0)")
        }
        XCTAssertEqual(try db.journalCount(), 4)
    }
}
