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

    /// Opens the store for reading only when it exists already, so that a read (`policy show`)
    /// never creates one; a login without a user record is refused as by every command.
    static func existingStore(_ location: DataOptions) throws -> AppDatabase? {
        do {
            return try location.openStore(.read)
        } catch StoreAccessError.noStore {
            return nil
        }
    }
}
