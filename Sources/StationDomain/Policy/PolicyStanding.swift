/// Where the rules stand on a date.
public enum PolicyStanding: Hashable, Sendable, CustomStringConvertible {
    case inForce(Policy)
    case continued(Policy, ProvisionalContinuation)
    /// No policy and no continuation; the last policy that expired before the date.
    case expired(Policy)
    /// Before the first policy's `validFrom` (or no policy at all).
    case notYetInForce(Policy?)

    /// A few words for the title bar: empty while a policy is simply in force, else e.g.
    /// "expired 2025-12-31, continued provisionally" (SPEC "Policy as data").
    public var titleBarText: String {
        switch self {
        case .inForce: return ""
        case .continued(let p, _): return "expired \(p.validUntil), continued provisionally"
        case .expired(let p): return "policy expired \(p.validUntil)"
        case .notYetInForce(let p): return p.map { "policy in force from \($0.validFrom)" } ?? "no policy loaded"
        }
    }

    /// The words for `policy show` and refusals.
    public var description: String {
        switch self {
        case .inForce(let p): return "\(p.title) 有效期至 \(p.validUntil) (in force until \(p.validUntil))"
        case .continued(let p, let c):
            return "\(p.title) 已于 \(p.validUntil) 到期，自 \(c.from) 起原政策继续执行：\(c.reason) "
                + "(expired \(p.validUntil), continued provisionally)"
        case .expired(let p):
            return "\(p.title) 已于 \(p.validUntil) 到期，目前没有有效政策 (expired \(p.validUntil); no policy in force)"
        case .notYetInForce(let p):
            if let p { return "\(p.title) 自 \(p.validFrom) 起施行，尚未生效 (not in force until \(p.validFrom))" }
            return "没有任何政策 (no policy loaded)"
        }
    }
}
