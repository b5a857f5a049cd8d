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
        XCTAssertEqual(try db.journalCount(), 1 + 4, "the first admin, then one entry per file")
        for unit in try db.units() { XCTAssertNoThrow(try CreditCode(unit.creditCode), unit.name) }
        XCTAssertTrue(try db.units().contains { $0.name.count >= 20 }, "a long Chinese name to try screens with")
        let years = Set(try db.talents(station: nil).map(\.introducedOn.year))
        XCTAssertGreaterThanOrEqual(years.count, 3, "a few years of talents for the annual report and charts")
    }

    func testFullSeedAddsTheEvaluationHistoryComputedFromTheTalents() throws {
        let db = try StoreFixture.store()
        try DemoData.seed(into: db, sampleFolder: StoreFixture.sampleFolder, by: StoreFixture.user)
        XCTAssertEqual(try db.journalCount(), 1 + 5)
        let stations = try db.stations()
        let car = try XCTUnwrap(stations.first { $0.name.hasPrefix("华东") })
        let evaluations = try db.evaluations(station: car.id!)
        XCTAssertEqual(evaluations.map(\.year), [2023, 2024])
        for e in evaluations {
            let counted = try db.countedTalents(station: car.id!, year: e.year, from: .g)
            XCTAssertEqual(e.computedCount, counted, "the count comes from the talents")
        }
        XCTAssertEqual(evaluations.map(\.grade), [.b, .a])
        XCTAssertEqual(try db.subsidies(station: car.id!).map(\.cap), [.yuan(80_000), .yuan(100_000)])
        let park = try XCTUnwrap(stations.first { $0.name.hasPrefix("南方") })
        XCTAssertEqual(try db.evaluations(station: park.id!).map(\.grade), [.unqualified, .unqualified])
        XCTAssertEqual(park.endedOn, CivilDate("2025-04-30"))
        XCTAssertFalse(park.revocationReference.isEmpty)
        XCTAssertTrue(try db.subsidies(station: park.id!).isEmpty, "unqualified years earn nothing")
    }

    func testSeedRefusesAStoreThatAlreadyHoldsData() throws {
        let db = try StoreFixture.seeded()
        XCTAssertThrowsError(try DemoData.seed(into: db, sampleFolder: StoreFixture.sampleFolder, by: "x")) {
            XCTAssertTrue("\($0)".contains("empty store"), "\($0)")
        }
        XCTAssertEqual(try db.journalCount(), 1 + 4)
    }
}
