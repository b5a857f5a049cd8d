import Foundation
import StationDomain
import StationStore
import TestSupport
@testable import StationExchange

/// A fresh store and files to import into it.
enum StoreFixture {
    static let user = "clerk1"

    /// The repository's data/sample folder (the demo data).
    static let sampleFolder = TestFiles.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/sample").path

    /// Writes `text` (UTF-8 with BOM, as Excel's "CSV UTF-8") to a temporary file and returns its path.
    static func file(_ text: String, name: String = "in.csv") throws -> String {
        let url = try TestFiles.temporaryFolder().appendingPathComponent(name)
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: url)
        return url.path
    }

    /// A temporary store whose first admin (also clerk and approver) is `user`.
    static func store() throws -> AppDatabase {
        let db = try TemporaryStores.store()
        try db.ensureFirstAdmin(user)
        return db
    }

    /// A temporary store with the demo's imported records (without its evaluation history).
    static func seeded() throws -> AppDatabase {
        let db = try store()
        try DemoData.seed(into: db, sampleFolder: sampleFolder, by: user, evaluationsThrough: nil)
        return db
    }
}
