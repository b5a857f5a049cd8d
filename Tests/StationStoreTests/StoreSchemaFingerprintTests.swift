import XCTest
@testable import StationStore

/// The written-down fingerprint of the schema the migrations make: a write compares the store's
/// schema with it instead of building an in-memory store each process.
final class StoreSchemaFingerprintTests: XCTestCase {
    func testFingerprintIsTheMigrationsOwn() throws {
        let computed = StoreSchema.fingerprint(of: try StoreSchema.expected.get())
        XCTAssertEqual(StoreSchema.expectedFingerprint, computed,
                       "a migration changed the schema: set StoreSchema.expectedFingerprint to \"\(computed)\"")
    }

    func testAnyChangeChangesTheFingerprint() throws {
        var objects = try StoreSchema.expected.get()
        let before = StoreSchema.fingerprint(of: objects)
        objects[0].sql = (objects[0].sql ?? "") + " "
        XCTAssertNotEqual(StoreSchema.fingerprint(of: objects), before)
        objects = try StoreSchema.expected.get()
        objects.removeLast()
        XCTAssertNotEqual(StoreSchema.fingerprint(of: objects), before)
    }
}
