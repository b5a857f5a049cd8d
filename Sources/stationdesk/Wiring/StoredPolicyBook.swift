import Foundation
import StationDomain
import StationStore

/// The policy book as everyone must see it: the share folder's files plus the versions an admin
/// loaded into the store and the continuations recorded there (SPEC "Policy as data").
/// Cost: one read of each policy table and a decode of every policy (a few ms).
enum StoredPolicyBook {
    static func load(share: ShareDirectory, db: AppDatabase?,
                     plus version: StoredPolicyVersion? = nil, plusContinuation: StoredContinuation? = nil) throws -> PolicyBook {
        let stored = try (db?.policyVersions() ?? []) + (version.map { [$0] } ?? [])
        let continuations = try (db?.provisionalContinuations() ?? []) + (plusContinuation.map { [$0] } ?? [])
        return try share.policyBook(stored: stored, extra: continuations.map(\.continuation))
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
