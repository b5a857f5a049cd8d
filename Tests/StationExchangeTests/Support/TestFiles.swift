import Foundation
import TestSupport

/// Paths of committed test files, found next to this source file (no bundle resources needed).
enum TestFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String { root.appendingPathComponent("Fixtures/\(name)").path }
    static func golden(_ name: String) -> URL { root.appendingPathComponent("Golden/\(name)") }

    /// A fresh empty folder under the system temporary folder, removed after the test.
    static func temporaryFolder() throws -> URL {
        URL(fileURLWithPath: try TemporaryStores.folder(prefix: "stationdesk-exchange"))
    }
}
