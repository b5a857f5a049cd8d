/// An admin's record that an expired policy continues provisionally (原政策继续执行) from a date,
/// with the reason — until a successor policy is loaded or `until`, whichever comes first.
///
/// A continuation also says which plan period and cap it applies (SPEC "Policy as data"): the
/// expired policy's own period (“十四五” 2021–2025) is over, so the cap of Art. 5.4 is counted
/// afresh over `planPeriod` — by default the 15th Five-Year Plan, 2026–2030, cap 10.
public struct ProvisionalContinuation: Codable, Hashable, Sendable {
    /// The id of the policy that continues.
    public var policyId: String
    /// First day of the continuation (normally the day after the policy's `validUntil`).
    public var from: CivilDate
    /// Last day, when the continuation notice names one; nil: until a successor is loaded.
    public var until: CivilDate?
    /// Why (e.g. the Bureau's notice and its 文号).
    public var reason: String
    public var recordedBy: String
    public var recordedOn: CivilDate
    /// The plan period and station cap the continued rules apply (Art. 5.4 as continued).
    public var planPeriod: PlanPeriod

    /// The SPEC's default: the 15th Five-Year Plan (“十五五”), 2026–2030, no more than 10 stations.
    public static let defaultPlanPeriod = PlanPeriod(name: "十五五", firstYear: 2026, lastYear: 2030, stationCap: 10)

    public init(policyId: String, from: CivilDate, until: CivilDate? = nil, reason: String,
                recordedBy: String, recordedOn: CivilDate, planPeriod: PlanPeriod = defaultPlanPeriod) {
        self.policyId = policyId; self.from = from; self.until = until; self.reason = reason
        self.recordedBy = recordedBy; self.recordedOn = recordedOn; self.planPeriod = planPeriod
    }

    enum CodingKeys: String, CodingKey { case policyId, from, until, reason, recordedBy, recordedOn, planPeriod }

    /// `planPeriod` may be left out of `continuations.json` (and of rows stored before it
    /// existed): the default applies.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(policyId: try c.decode(String.self, forKey: .policyId), from: try c.decode(CivilDate.self, forKey: .from),
                  until: try c.decodeIfPresent(CivilDate.self, forKey: .until), reason: try c.decode(String.self, forKey: .reason),
                  recordedBy: try c.decode(String.self, forKey: .recordedBy), recordedOn: try c.decode(CivilDate.self, forKey: .recordedOn),
                  planPeriod: try c.decodeIfPresent(PlanPeriod.self, forKey: .planPeriod) ?? Self.defaultPlanPeriod)
    }

    public func covers(_ date: CivilDate) -> Bool { from <= date && (until.map { date <= $0 } ?? true) }

    /// The continued policy as it judges a date the continuation covers: the policy's rules with
    /// this continuation's plan period and cap.
    public func applied(to policy: Policy) -> Policy {
        var p = policy
        p.planPeriod = planPeriod
        return p
    }
}
