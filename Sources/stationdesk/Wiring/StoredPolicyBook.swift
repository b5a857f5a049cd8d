import Foundation
import StationDomain
import StationStore

/// The policy book as everyone must see it: the share folder's files plus the versions an admin
/// loaded into the store and the continuations recorded there (SPEC "Policy as data").
/// Cost: one read of each policy table and a decode of every policy (a few ms).
enum StoredPolicyBook {
    static func load(share: ShareDirectory, db: AppDatabase?) throws -> PolicyBook {
        guard let db else { return try share.policyBook(stored: [], extra: []) }
        return try db.policyBook(share: share)
    }

    /// Opens the store only when it exists already, so that a read (`policy show`) never creates one.
    static func existingStore(_ location: DataOptions) throws -> AppDatabase? {
        let file = location.folder + "/" + AppDatabase.fileName
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        return try AppDatabase.open(folder: location.folder)
    }
}
