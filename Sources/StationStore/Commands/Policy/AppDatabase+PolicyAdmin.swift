import Foundation
import StationDomain

/// Why an admin's `policy continue` was refused, in either language.
public enum PolicyAdminError: Error, Equatable, CustomStringConvertible {
    case stillInForce(title: String, id: String, on: CivilDate, until: CivilDate)
    case alreadyContinued(id: String, from: CivilDate, by: String)
    case nothingExpired(on: CivilDate)

    public var description: String { words(english: false) + " (" + words(english: true) + ")" }

    public func words(english en: Bool) -> String {
        switch self {
        case let .stillInForce(title, id, on, until):
            return en ? "policy \(id) is in force on \(on) until \(until); nothing to continue" : "\(on) 时“\(title)”仍然有效，无需继续执行"
        case let .alreadyContinued(id, from, by):
            return en ? "policy \(id) is already continued from \(from), recorded by \(by)" : "\(from) 起已在继续执行中（\(by) 记录）"
        case .nothingExpired(let on):
            return en ? "no policy has expired by \(on)" : "\(on) 之前没有到期的政策"
        }
    }
}

/// The admin's policy commands with every check behind them, shared by `stationdesk policy
/// load|continue` and the 设置 screen: the book as everyone must see it is the share folder's
/// files plus what admins loaded into the store (SPEC "Policy as data").
extension AppDatabase {
    /// The share folder's policies plus the stored versions and continuations (and one more of
    /// each, to check it before storing). Throws the domain's `PolicyError` on an overlap or a
    /// bad file. Cost: one read of each policy table and a decode of every policy (a few ms).
    public func policyBook(share: ShareDirectory, plus version: StoredPolicyVersion? = nil,
                           plusContinuation: StoredContinuation? = nil) throws -> PolicyBook {
        let stored = try policyVersions() + (version.map { [$0] } ?? [])
        let continuations = try provisionalContinuations() + (plusContinuation.map { [$0] } ?? [])
        return try share.policyBook(stored: stored, extra: continuations.map(\.continuation))
    }

    /// `policy load FILE`: checks the file (every problem by field), then against every file
    /// and stored version (overlaps, duplicate ids), then stores it as one command (admin only).
    @discardableResult
    public func loadPolicy(file: String, share: ShareDirectory, on today: CivilDate, by admin: String) throws -> (policy: Policy, stored: StoredPolicyVersion) {
        let p = try ShareDirectory.loadPolicy(at: file)
        let content = try String(contentsOfFile: file, encoding: .utf8)
        let version = StoredPolicyVersion(policyId: p.id, version: p.version, validFrom: p.validFrom, validUntil: p.validUntil,
                                          content: content, loadedBy: admin, loadedOn: today)
        _ = try policyBook(share: share, plus: version)
        return (p, try load(policy: version, by: admin))
    }

    /// `policy continue`: the policy that has expired by `from` continues provisionally from
    /// then (open-ended without `until`), for `reason`, within `planPeriod` and its cap; refused when a policy is in force or
    /// already continued on that day (admin only).
    @discardableResult
    public func continuePolicy(from start: CivilDate, until end: CivilDate?, reason: String,
                               planPeriod: PlanPeriod = ProvisionalContinuation.defaultPlanPeriod, share: ShareDirectory,
                               on today: CivilDate, by admin: String) throws -> (policy: Policy, continuation: StoredContinuation) {
        let book = try policyBook(share: share)
        let policy: Policy
        switch book.standing(on: start) {
        case .expired(let p): policy = p
        case .inForce(let p): throw PolicyAdminError.stillInForce(title: p.title, id: p.id, on: start, until: p.validUntil)
        case .continued(let p, let c): throw PolicyAdminError.alreadyContinued(id: p.id, from: c.from, by: c.recordedBy)
        case .notYetInForce: throw PolicyAdminError.nothingExpired(on: start)
        }
        let c = StoredContinuation(policyId: policy.id, from: start, until: end, reason: reason, recordedBy: admin, recordedOn: today,
                                   planPeriod: planPeriod)
        _ = try policyBook(share: share, plusContinuation: c)   // reason, dates, plan checked
        return (policy, try record(continuation: c, by: admin))
    }
}
