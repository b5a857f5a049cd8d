import Foundation
import StationStore
import XCTest

/// Temporary folders and stores for tests, removed when the test that made them finishes (an
/// XCTest observer, registered on first use), so a suite run leaves nothing in /tmp.
public enum TemporaryStores {
    /// A fresh empty folder, removed after the current test.
    public static func folder(prefix: String = "stationdesk-test") throws -> String {
        let path = try AppDatabase.makeTemporaryFolder(prefix: prefix)
        Cleanup.shared.remember(path)
        return path
    }

    /// A fresh store in a fresh folder, removed after the current test.
    public static func store() throws -> AppDatabase {
        try AppDatabase.open(folder: try folder())
    }
}

/// Removes what `TemporaryStores` made once each test case finishes.
final class Cleanup: NSObject, XCTestObservation, @unchecked Sendable {
    static let shared: Cleanup = {
        let c = Cleanup()
        XCTestObservationCenter.shared.addTestObserver(c)
        return c
    }()

    private let lock = NSLock()
    private var paths: [String] = []

    func remember(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.append(path)
    }

    func testCaseDidFinish(_ testCase: XCTestCase) {
        lock.lock()
        let done = paths
        paths.removeAll()
        lock.unlock()
        for p in done { try? FileManager.default.removeItem(atPath: p) }
    }
}
