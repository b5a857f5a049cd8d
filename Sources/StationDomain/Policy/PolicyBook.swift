/// All policy versions known, plus any provisional continuations; answers "which rules judge a
/// decision dated D" (SPEC "Policy as data"). Validity ranges may not overlap: exactly one policy,
/// or none, is in force on any date. Lookups are linear in the (handful of) policies.
public struct PolicyBook: Sendable {
    /// Sorted by `validFrom`.
    public let policies: [Policy]
    public let continuations: [ProvisionalContinuation]

    /// Builds a book from already-decoded policies, each with the file it came from (for messages).
    /// Throws `PolicyError` listing every duplicate id, overlapping validity and continuation
    /// that does not fit.
    public init(policies named: [(file: String, policy: Policy)],
                continuations: [ProvisionalContinuation] = []) throws {
        let sorted = named.sorted { $0.policy.validFrom < $1.policy.validFrom }
        var problems: [PolicyProblem] = []
        var ids: [String: String] = [:]
        for (file, p) in sorted {
            if let other = ids[p.id] {
                problems.append(PolicyProblem(file: file, field: "id",
                    message: "“\(p.id)”与 \(other) 重复 (the same policy id is used by \(other))"))
            }
            ids[p.id] = file
        }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.policy.validFrom <= a.policy.validUntil {
            problems.append(PolicyProblem(file: b.file, field: "validFrom",
                message: "有效期 \(b.policy.validFrom)…\(b.policy.validUntil) 与 \(a.file) 的 "
                    + "\(a.policy.validFrom)…\(a.policy.validUntil) 重叠 (validity overlaps \(a.file))"))
        }
        for (i, c) in continuations.enumerated() {
            let field = "continuations[\(i)]"
            guard let p = sorted.first(where: { $0.policy.id == c.policyId })?.policy else {
                problems.append(PolicyProblem(file: "continuations", field: "\(field).policyId",
                    message: "没有 id 为“\(c.policyId)”的政策 (no policy with this id)"))
                continue
            }
            if c.from <= p.validUntil {
                problems.append(PolicyProblem(file: "continuations", field: "\(field).from",
                    message: "应晚于原政策截止日 \(p.validUntil) (must start after the policy's last day)"))
            }
            if let u = c.until, u < c.from {
                problems.append(PolicyProblem(file: "continuations", field: "\(field).until",
                    message: "早于 from \(c.from) (ends before it starts)"))
            }
            let plan = c.planPeriod
            if plan.name.trimmingCharacters(in: " ").isEmpty {
                problems.append(PolicyProblem(file: "continuations", field: "\(field).planPeriod.name",
                    message: "规划期须有名称，如“十五五” (the plan period needs a name, e.g. 十五五)"))
            }
            if plan.firstYear > plan.lastYear || !plan.contains(year: c.from.year) {
                problems.append(PolicyProblem(file: "continuations", field: "\(field).planPeriod",
                    message: "规划期 \(plan.firstYear)–\(plan.lastYear) 须包含继续执行起始年 \(c.from.year) (the plan period must run forward and include the year the continuation starts)"))
            }
            if plan.stationCap < 0 {
                problems.append(PolicyProblem(file: "continuations", field: "\(field).planPeriod.stationCap",
                    message: "名额上限不能为负：\(plan.stationCap) (the cap must not be negative)"))
            }
            if c.reason.trimmingCharacters(in: " ").isEmpty {
                problems.append(PolicyProblem(file: "continuations", field: "\(field).reason",
                    message: "继续执行须写明理由 (a provisional continuation needs a reason)"))
            }
        }
        guard problems.isEmpty else { throw PolicyError(problems) }
        self.policies = sorted.map(\.policy)
        self.continuations = continuations.sorted { $0.from < $1.from }
    }

    /// The policy whose own validity contains `date`, or a continued one (with the continuation's
    /// plan period and cap); nil when none. This is the one answer to "which policy governs a
    /// decision dated D".
    public func inForce(on date: CivilDate) -> Policy? {
        switch standing(on: date) {
        case .inForce(let p), .continued(let p, _): return p
        case .expired, .notYetInForce: return nil
        }
    }

    /// How the rules stand on `date`: in force, continued provisionally, expired, or before any policy.
    public func standing(on date: CivilDate) -> PolicyStanding {
        if let p = policies.first(where: { $0.isInForce(on: date) }) { return .inForce(p) }
        // A continuation only fills a gap: a successor in force always wins (checked above).
        if let c = continuations.last(where: { $0.covers(date) }),
           let p = policies.first(where: { $0.id == c.policyId }) {
            return .continued(c.applied(to: p), c)
        }
        if let last = policies.last(where: { $0.validUntil < date }) { return .expired(last) }
        return .notYetInForce(policies.first)
    }

    /// The policy that judges a decision dated `date`; throws `PolicyBookError.noPolicyInForce`
    /// (a decision dated when no policy is in force is refused).
    public func judging(on date: CivilDate) throws -> Policy {
        guard let p = inForce(on: date) else { throw PolicyBookError.noPolicyInForce(date: date, standing: standing(on: date)) }
        return p
    }
}

public enum PolicyBookError: Error, Hashable, Sendable, CustomStringConvertible {
    case noPolicyInForce(date: CivilDate, standing: PolicyStanding)

    public var description: String {
        switch self {
        case let .noPolicyInForce(date, standing):
            return "\(date) 没有有效政策，不能据此作出决定：\(standing) "
                + "(no policy in force on \(date); an admin may load a successor or record a provisional continuation)"
        }
    }
}
