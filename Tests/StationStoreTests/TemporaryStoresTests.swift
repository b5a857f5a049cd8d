import Foundation
import XCTest
import TestSupport

/// The shared test support removes the temporary stores a test made once that test finishes.
final class TemporaryStoresTests: XCTestCase {
    nonisolated(unsafe) static var madeByTheFirstTest: String?

    func test1_MakesAStore() throws {
        let db = try TemporaryStores.store()
        XCTAssertTrue(FileManager.default.fileExists(atPath: db.path))
        Self.madeByTheFirstTest = db.folder
    }

    func test2_ItIsGoneAfterThatTest() throws {
        let folder = try XCTUnwrap(Self.madeByTheFirstTest, "runs after test1")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "\(folder) removed after the test that made it")
    }
}
