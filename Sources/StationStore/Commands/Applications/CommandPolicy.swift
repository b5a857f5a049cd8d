import GRDB
import StationDomain

extension CommandContext {
    /// The rules as they stand inside this transaction: the share folder's files with the policy
    /// versions and provisional continuations stored now, so a continuation an admin records in
    /// another process judges the very next step. Cost: two small reads and a decode of each
    /// stored version (there are a handful).
    public func policyBook(_ files: PolicyFiles) throws -> PolicyBook {
        try files.book(stored: try records(StoredPolicyVersion.self),
                       continuations: try records(StoredContinuation.self).map(\.continuation))
    }
}
