import Foundation
import StationDomain

/// The policy book as everyone must see it: the share folder's files plus the versions an admin
/// loaded into the store and the continuations recorded there (SPEC "Policy as data").
extension AppDatabase {
    /// Cost: one read of each policy table and a decode of every policy (a few ms). Throws the
    /// domain's `PolicyError` on an overlap or a bad file.
    public func policyBook(share: ShareDirectory) throws -> PolicyBook {
        try share.policyBook(stored: try policyVersions(), extra: try provisionalContinuations().map(\.continuation))
    }
}

/// `policy load FILE` and 设置's `l` (admins): checks the file (every problem by field), then
/// against every file and stored version (overlaps, duplicate ids), then stores it.
public struct LoadPolicy: StoreCommand {
    public static let permission = Permission.policy
    public var name: String { "policy-load" }
    public var file: String
    public var share: ShareDirectory
    public var date: CivilDate

    public init(file: String, share: ShareDirectory, on date: CivilDate) { self.file = file; self.share = share; self.date = date }

    public func perform(_ tx: CommandContext) throws -> (policy: Policy, stored: StoredPolicyVersion) {
        let p = try ShareDirectory.loadPolicy(at: file)
        let content = try String(contentsOfFile: file, encoding: .utf8)
        let version = StoredPolicyVersion(policyId: p.id, version: p.version, validFrom: p.validFrom, validUntil: p.validUntil,
                                          content: content, loadedBy: tx.user, loadedOn: date)
        _ = try share.policyBook(stored: try tx.records(StoredPolicyVersion.self) + [version],
                                 extra: try tx.records(StoredContinuation.self).map(\.continuation))
        tx.subject = "\(p.id) v\(p.version)"
        return (p, try tx.insert(version))
    }
}

/// `policy continue` and 设置's `c` (admins): the policy that has expired by `from` continues
/// provisionally from then (open-ended without `until`), for `reason`, within `planPeriod` and its
/// cap; refused when a policy is in force or already continued on that day.
public struct ContinuePolicy: StoreCommand {
    public static let permission = Permission.policy
    public var name: String { "policy-continue" }
    public var from: CivilDate
    public var until: CivilDate?
    public var reason: String
    public var planPeriod: PlanPeriod
    public var share: ShareDirectory
    public var date: CivilDate

    public init(from: CivilDate, until: CivilDate?, reason: String, planPeriod: PlanPeriod = ProvisionalContinuation.defaultPlanPeriod,
                share: ShareDirectory, on date: CivilDate) {
        self.from = from; self.until = until; self.reason = reason; self.planPeriod = planPeriod; self.share = share; self.date = date
    }

    public func perform(_ tx: CommandContext) throws -> (policy: Policy, continuation: StoredContinuation) {
        let stored = try tx.records(StoredPolicyVersion.self)
        let continuations = try tx.records(StoredContinuation.self)
        let book = try share.policyBook(stored: stored, extra: continuations.map(\.continuation))
        let policy: Policy
        switch book.standing(on: from) {
        case .expired(let p): policy = p
        case .inForce(let p): throw Refused([.policyStillInForce(title: p.title, id: p.id, on: from, until: p.validUntil)])
        case .continued(let p, let c): throw Refused([.policyAlreadyContinued(id: p.id, from: c.from, by: c.recordedBy)])
        case .notYetInForce: throw Refused([.noPolicyExpired(on: from)])
        }
        let c = StoredContinuation(policyId: policy.id, from: from, until: until, reason: reason, recordedBy: tx.user,
                                   recordedOn: date, planPeriod: planPeriod)
        _ = try share.policyBook(stored: stored, extra: (continuations + [c]).map(\.continuation))   // reason, dates, plan checked
        tx.subject = "\(policy.id) \(from)"
        return (policy, try tx.insert(c))
    }
}
