import Foundation
import XCTest
@testable import StationStore
import StationDomain
import TestSupport

/// Foundation has its own `Unit` (NSUnit); in these tests Unit is the 设站单位.
typealias Unit = StationDomain.Unit

/// Base for store tests: each test gets its own temporary folder, removed afterwards.
class StoreTestCase: XCTestCase {
    var folder: String = ""

    override func setUpWithError() throws {
        folder = try TemporaryStores.folder()   // removed after the test
    }

    func openStore() throws -> AppDatabase { try AppDatabase.open(folder: folder) }

    /// The store with `root` as first admin and each of `logins` a clerk (set-up entries first).
    func openStoreWithClerk(_ logins: String...) throws -> AppDatabase {
        let db = try openStore()
        try db.ensureFirstAdmin("root")
        for login in logins { try db.save(User(login: login, roles: [.clerk]), replacing: nil, by: "root") }
        return db
    }

    /// A valid credit code ending in the check character for the 17-character prefix `n`.
    func code(_ n: Int) -> String { TestCodes.code(n) }

    func sampleUnit(_ n: Int = 1, name: String? = nil) -> Unit {
        Unit(name: name ?? "柳州单位\(n)", creditCode: code(n), kind: .enterprise, address: "柳州市", contact: "张三")
    }

    func assertThrows<T>(_ body: @autoclosure () throws -> T, file: StaticString = #filePath, line: UInt = #line,
                         _ check: (StoreError) -> Bool) {
        do {
            _ = try body()
            XCTFail("expected a StoreError", file: file, line: line)
        } catch let error as StoreError {
            XCTAssertTrue(check(error), "unexpected error: \(error)", file: file, line: line)
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
        }
    }
}
