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
        let policy = try ReportFixture.share.policyBook().policies[0]
        let stations = try db.stations()
        let talents = try db.talents(station: nil)
        let car = try XCTUnwrap(stations.first { $0.name.hasPrefix("华东") })
        let evaluations = try db.evaluations(station: car.id!)
        // Signed 2023-03-15: two evaluation years, ending 2024-03-14 and 2025-03-14 — never a third.
        XCTAssertEqual(evaluations.map(\.year), [2024, 2025])
        let spans = [("2023-03-15", "2024-03-14"), ("2024-03-15", "2025-03-14")]
        var graded = 0
        for (e, (from, through)) in zip(evaluations, spans) {
            let mine = talents.filter {
                $0.stationId == car.id && $0.category != nil
                    && CivilDate(from)! <= $0.introducedOn && $0.introducedOn <= CivilDate(through)!
            }
            XCTAssertEqual(e.computedCount, mine.filter { $0.employerKind == .enterprise }.count, "only enterprises count (\(e.year))")
            if mine.contains(where: { $0.employerKind == nil }) {
                XCTAssertNil(e.grade, "an unclassified employer leaves \(e.year) open")
            } else {
                XCTAssertEqual(e.grade, Grading.grade(count: e.computedCount, flags: e.flags, policy: policy))
                graded += 1
            }
        }
        XCTAssertGreaterThan(graded, 0, "the demo has a decided year to show")
        let caps = evaluations.compactMap(\.grade).filter { $0 != .unqualified }.map { policy.subsidyCap(for: $0) }
        XCTAssertEqual(try db.subsidies(station: car.id!).map(\.cap), caps)
        XCTAssertTrue(try db.subsidies(station: car.id!).allSatisfy { $0.approved == nil }, "amounts are the approver's: 待核定")
        let park = try XCTUnwrap(stations.first { $0.name.hasPrefix("南方") })
        let parkEvaluations = try db.evaluations(station: park.id!)
        XCTAssertEqual(parkEvaluations.map(\.grade), [.unqualified, .unqualified])
        XCTAssertEqual(park.endedOn, parkEvaluations.compactMap(\.decidedOn).max()?.adding(days: 30))
        XCTAssertFalse(park.revocationReference.isEmpty)
        XCTAssertTrue(try db.subsidies(station: park.id!).isEmpty, "unqualified years earn nothing")
        for s in stations {
            XCTAssertLessThanOrEqual(try db.subsidies(station: s.id!).count, 2, "at most two graded years per period: \(s.name)")
        }
    }

    func testSeedRefusesAStoreThatAlreadyHoldsData() throws {
        let db = try StoreFixture.seeded()
        XCTAssertThrowsError(try DemoData.seed(into: db, sampleFolder: StoreFixture.sampleFolder, by: "x")) {
            XCTAssertTrue("\($0)".contains("empty store"), "\($0)")
        }
        XCTAssertEqual(try db.journalCount(), 1 + 4)
    }
}
